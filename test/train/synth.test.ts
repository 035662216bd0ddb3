import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseArticle } from '../../train/entities.js';
import { CORRUPTIONS, changeValue, propose, type CorruptionType } from '../../train/corrupt.js';
import { pastBase, pastOf, thirdPerson } from '../../train/grammar.js';
import {
  REWRITES, activeReps, applyReps, contextSafe, dropClauseReps, leansBack, negationParaphraseReps, numberWordReps,
  passiveReps, synonymReps, titleMoveReps, typographyReps, type Rep, type Work,
} from '../../train/rewrite.js';
import { Rng } from '../../train/rng.js';
import { loadCorpus, prepare, synthesize, toJsonl, type Pair } from '../../train/synth.js';

/** The proposals of one type for the last sentence of a small article. */
function proposals(type: CorruptionType, ...sentences: string[]) {
  const info = analyseArticle('test', sentences);
  const s = info.sentences[sentences.length - 1]!;
  return propose(type, s, info, new Rng(1)).map((p) => ({ ...p, before: s.text.slice(p.start, p.end), after: applied(s.text, p) }));
}
const applied = (text: string, p: { start: number; end: number; text: string }) => text.slice(0, p.start) + p.text + text.slice(p.end);
const rewrite = (text: string, reps: Rep[]) => reps.map((r) => applied(text, r));

describe('synthetic pairs from the corpus', () => {
  let prepared: ReturnType<typeof prepare>;
  let pairs: Pair[];
  before(() => {
    prepared = prepare(loadCorpus());
    pairs = synthesize(prepared, { seed: 11, count: 3000 });
  });

  it('are the same bytes for the same seed, and differ for another', () => {
    const a = toJsonl(synthesize(prepared, { seed: 5, count: 400 }));
    const b = toJsonl(synthesize(prepared, { seed: 5, count: 400 }));
    const c = toJsonl(synthesize(prepared, { seed: 6, count: 400 }));
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it('have the requested size, balance and fields', () => {
    assert.equal(pairs.length, 3000);
    assert.equal(pairs.filter((p) => p.consistent).length, 1500);
    assert.equal(new Set(pairs.map((p) => p.id)).size, pairs.length);
    assert.equal(new Set(pairs.map((p) => p.base + '\u0000' + p.revised)).size, pairs.length);
    for (const p of pairs) {
      assert.deepEqual(Object.keys(p), ['id', 'article', 'group', 'base', 'revised', 'consistent', 'edits', 'rewrites']);
      assert.notEqual(p.base, p.revised);
      assert.equal(p.consistent, p.edits.length === 0);
      if (p.consistent) assert.ok(p.rewrites.length > 0, p.id);
    }
  });

  it('have exact offsets: each span is the slice it names, and nothing else changed', () => {
    for (const p of pairs) {
      for (const e of p.edits) {
        for (const [side, text] of [[e.base, p.base], [e.revised, p.revised]] as const) {
          assert.ok(side && side.start < side.end && side.end <= text.length, p.id);
          assert.equal(text.slice(side.start, side.end), side.text, p.id);
        }
        assert.notEqual(e.base!.text, e.revised!.text, p.id);
        if (p.rewrites.length === 0) {
          // a plain corruption: the revision is the base with the one edit applied
          assert.equal(p.base.slice(0, e.base!.start) + e.revised!.text + p.base.slice(e.base!.end), p.revised, p.id);
          assert.equal(e.base!.start, e.revised!.start, p.id);
        }
      }
    }
  });

  it('take the base from consecutive sentences of the named article', () => {
    const byId = new Map(loadCorpus().map((a) => [a.id, a.text]));
    for (const p of pairs) {
      const lines = byId.get(p.article)!.split('\n').map((l) => l.trim());
      assert.ok(lines.join(' ').includes(p.base.replace(/\n/g, ' ')), p.id);
      assert.ok(p.base.split('\n').every((part) => part.length > 0), p.id);
    }
  });

  it('produce every corruption type, well represented, and every rewrite the corpus allows', () => {
    const types = new Map<string, number>();
    for (const p of pairs) for (const e of p.edits) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    for (const t of CORRUPTIONS) assert.ok((types.get(t) ?? 0) >= 40, `${t}: ${types.get(t) ?? 0}`);
    const rewrites = new Set(pairs.flatMap((p) => p.rewrites));
    for (const r of REWRITES) if (r !== 'active') assert.ok(rewrites.has(r), r);
  });
});

describe('corruptions', () => {
  it('a number after "at least" or "more than" only grows; "up to" only shrinks', () => {
    for (const p of proposals('number-change', 'Police said at least 8 people died and more than 50 were hurt.')) {
      const [a, b] = [Number(p.before), Number(p.text)];
      assert.ok(b > a, `${p.before} -> ${p.text}`);
    }
    for (let k = 0; k < 50; k++) {
      assert.ok(changeValue(40, 0, 'up', false, new Rng(k)) > 40);
      assert.ok(changeValue(40, 0, 'down', false, new Rng(k)) < 40);
      assert.ok(changeValue(2, 0, false, false, new Rng(k)) >= 2); // "two buildings" never becomes "one buildings"
    }
  });

  it('a number is not a year, a time, a date, an address or a label', () => {
    const got = proposals('number-change', 'In 2008, the bomb went off at 5:30 p.m. on Oregon 214 in the 2500 block, on December 15, Article 60 says.');
    assert.deepEqual(got, []);
  });

  it('a date change moves weekdays, months, days, years and clock times', () => {
    const got = proposals('date-change', 'The bank was bombed on Friday, December 12, 2008, at 5:30 p.m., officials said.');
    const kinds = new Set(got.map((p) => p.kind));
    for (const k of ['weekday', 'month', 'day', 'year', 'time']) assert.ok(kinds.has(k), k);
    for (const p of got) assert.notEqual(p.before, p.text);
    assert.deepEqual(proposals('date-change', 'Thousands of shoppers came out on Black Friday to buy presents for the children.'), []);
  });

  it('negation is added to an auxiliary or a past verb, and removed with the right verb form', () => {
    const added = proposals('negation-added', 'The suspect was arrested on Monday and Smith admitted the theft.').map((p) => p.after);
    assert.ok(added.includes('The suspect was not arrested on Monday and Smith admitted the theft.'));
    const removed = proposals('negation-removed', 'The actor did not attend the hearing in Los Angeles on Monday.').map((p) => p.after);
    assert.deepEqual(removed, ['The actor attended the hearing in Los Angeles on Monday.']);
    assert.deepEqual(proposals('negation-removed', 'He failed to really understand the defence in the first game.'), []);
    // a sentence with a negation already gets no second one; a clause under "whether" is not flipped
    assert.deepEqual(proposals('negation-added', 'The man was not charged and police have released him.'), []);
    assert.deepEqual(proposals('negation-added', 'It is debatable whether the funds were worth the benefits they created.'), []);
  });

  it('no generator edits inside a quotation except quote-altered, which edits only inside one', () => {
    const s = '"The two men were arrested on Friday in Boston," Smith said.';
    for (const t of CORRUPTIONS) {
      for (const p of proposals(t, 'John Smith is a police spokesman in Boston.', s)) {
        const inside = p.start >= 1 && p.end <= s.indexOf('," ') + 1;
        assert.equal(inside, t === 'quote-altered', `${t}: ${p.before} -> ${p.text}`);
      }
    }
  });

  it('antonyms skip other senses: "last summer", "opened fire", "a few", "how many"', () => {
    for (const s of ['He was killed last summer in a shooting near the park.', 'The gunman opened fire on the crowd outside the bank.', 'A few people saw how many cars were there.']) {
      assert.deepEqual(proposals('antonym', s).filter((p) => /last|opened|few|many/i.test(p.before)), [], s);
    }
    assert.ok(proposals('antonym', 'Shares of the company rose sharply on Monday.').some((p) => p.text === 'fell'));
  });

  it('pronouns are swapped, but not in "he or she"', () => {
    assert.ok(proposals('pronoun-swap', 'John Smith was convicted on Monday.', 'He said his lawyer would appeal the ruling.').some((p) => p.after === 'She said his lawyer would appeal the ruling.'));
    assert.deepEqual(proposals('pronoun-swap', 'Whoever did it, he or she will be caught soon.'), []);
    assert.deepEqual(proposals('pronoun-swap', 'When a player is paid millions by a franchise, he is in the driver\'s seat.'), []);
    assert.deepEqual(proposals('pronoun-swap', 'The storm hit the coast on Monday.', 'He said the damage was severe.'), []); // nobody named to point at
  });

  it('a role becomes another role, never a synonym or a gender variant', () => {
    const got = proposals('role-change', 'Her spokesman Harlan Boll said she died peacefully in her sleep.').filter((p) => p.kind === 'title');
    assert.ok(got.length > 0);
    for (const p of got) assert.ok(!/spokes(?:wo)?(?:man|person)/i.test(p.text), p.text);
  });

  it('participants swap around an asymmetric verb, not around "and" or a symmetric verb', () => {
    const ctx = ['Wladimir Klitschko fought Tony Thompson in Bern.'];
    assert.deepEqual(proposals('participant-swap', ...ctx, 'In 2008, Klitschko stopped Thompson in the 11th round.').map((p) => p.text), ['Thompson stopped Klitschko']);
    assert.deepEqual(proposals('participant-swap', ...ctx, 'In 2008, Klitschko met Thompson in the 11th round.'), []);
    assert.deepEqual(proposals('participant-swap', ...ctx, 'In 2008, Klitschko and Thompson met in the 11th round.'), []);
  });

  it('a speaker is the source of the statement, not the subject of what was said', () => {
    const ctx = 'Tim Fanning and Eric Allen Kirkpatrick were named in the report.';
    assert.ok(proposals('speaker-changed', ctx, 'The man was arrested on Friday, said Tim Fanning of the police.').length > 0);
    assert.deepEqual(proposals('speaker-changed', ctx, 'Police say Eric Allen Kirkpatrick, who had been fired, is accused of murder.').filter((p) => p.kind === 'named'), []);
  });

  it('a name is swapped for another person, never one sharing a word with it', () => {
    const got = proposals('name-swap', 'Paul Weitz and Chris Weitz wrote the script.', 'Critics praised Chris Weitz for the film on Monday.');
    assert.ok(got.length > 0);
    for (const p of got) assert.ok(!/Weitz/.test(p.text), p.text);
  });

  it('an invented detail is not put inside a denial', () => {
    assert.ok(proposals('detail-added', 'A man was shot in the park.').some((p) => p.after === 'A man was shot dead in the park.'));
    assert.deepEqual(proposals('detail-added', 'Police said the man was not a suspect in the case.'), []);
  });

  it('hedges are added and removed', () => {
    assert.ok(proposals('hedge-added', 'The driver was drinking when the car was stopped.').some((p) => /reportedly stopped|apparently stopped|may have been stopped/.test(p.after)));
    assert.deepEqual(proposals('hedge-removed', 'Police arrested the suspected gunman on Friday.').map((p) => p.after), ['Police arrested the gunman on Friday.']);
    assert.deepEqual(proposals('hedge-removed', 'The ruling came in May after a long trial.'), []); // the month, not the modal
    assert.deepEqual(proposals('hedge-removed', 'The police would not discuss a possible motive for the bombing.'), []); // under a denial
  });

  it('an article before the replaced word is fixed', () => {
    for (const p of proposals('place-swap', 'A bomb went off at an Oregon bank on Friday.')) {
      assert.match(p.after, /\b(?:a [^aeiouAEIOU]|an [aeiouAEIOU])/);
    }
  });
});

describe('faithful rewrites', () => {
  it('numbers in other words keep the value', () => {
    const out = rewrite('He married two weeks before the shooting, and 50 percent of the voters agreed.', numberWordReps('He married two weeks before the shooting, and 50 percent of the voters agreed.'));
    assert.ok(out.includes('He married 14 days before the shooting, and 50 percent of the voters agreed.'));
    assert.ok(out.includes('He married two weeks before the shooting, and half of the voters agreed.'));
    assert.deepEqual(numberWordReps('He was paid $5 a year and trained once a week.'), []);
  });

  it('synonyms and negation paraphrases keep the fact; quotations are not touched', () => {
    assert.deepEqual(rewrite('Prior to the ruling, the jury failed to agree.', synonymReps('Prior to the ruling, the jury failed to agree.')), ['Before the ruling, the jury failed to agree.']);
    assert.deepEqual(rewrite('The jury failed to agree.', negationParaphraseReps('The jury failed to agree.')), ['The jury did not agree.']);
    assert.deepEqual(synonymReps('"We have numerous children here," she said.'), []);
    assert.deepEqual(synonymReps('He was convicted of assault with a deadly weapon.').map((r) => r.text), ['found guilty of']);
  });

  it('a title moves after the name with its article', () => {
    assert.deepEqual(rewrite('The actress died, said spokesman Harlan Boll.', titleMoveReps('The actress died, said spokesman Harlan Boll.')), ['The actress died, said Harlan Boll, a spokesman.']);
    assert.deepEqual(rewrite('Mayor John Smith said the plant would close.', titleMoveReps('Mayor John Smith said the plant would close.')), ['John Smith, the mayor, said the plant would close.']);
    // "deputy director" is not "director": no move when a modifier stands before the title
    assert.deepEqual(titleMoveReps('The rule was approved by deputy director Millicent Tidwell on Monday.'), []);
    assert.deepEqual(titleMoveReps('The fire damaged Alaska Gov. Sarah Palin\'s church on Friday.'), []);
  });

  it('clauses are dropped whole, never the verb of the sentence', () => {
    const s = 'Lohan, who is 26, entered the clinic, a converted ranch near Malibu, on Friday.';
    assert.ok(rewrite(s, dropClauseReps(s)).includes('Lohan entered the clinic, a converted ranch near Malibu, on Friday.'));
    const t = 'No one was injured, but several people, including two children, were inside the church.';
    for (const r of rewrite(t, dropClauseReps(t))) assert.match(r, /were inside/);
    const u = 'No one was injured in the fire, which was set while people, including two children, were inside.';
    assert.deepEqual(dropClauseReps(u), []);
    // a leading phrase that limits the claim stays; a date may go
    assert.deepEqual(dropClauseReps('In one video, Kimani is clad in a red hoodie and taunts a rival.'), []);
    assert.deepEqual(rewrite('In 2008, Klitschko stopped Thompson in the 11th round.', dropClauseReps('In 2008, Klitschko stopped Thompson in the 11th round.')), ['Klitschko stopped Thompson in the 11th round.']);
  });

  it('passive and active keep who did what', () => {
    assert.deepEqual(rewrite('Police arrested the man on Friday.', passiveReps('Police arrested the man on Friday.')), ['The man was arrested by police on Friday.']);
    assert.deepEqual(rewrite('The victim was shot by a gunman on Friday.', activeReps('The victim was shot by a gunman on Friday.')), ['A gunman shot the victim on Friday.']);
    assert.deepEqual(passiveReps('A man fired four days earlier from his job returned.'), []);
  });

  it('typography turns quotes curly in pairs', () => {
    const s = '"It was really strong," said Sara, who didn\'t leave.';
    assert.deepEqual(rewrite(s, [typographyReps(s)].flat()).length, typographyReps(s).length);
    const w: Work = { src: 0, text: s };
    applyReps(w, typographyReps(s));
    assert.equal(w.text, '“It was really strong,” said Sara, who didn’t leave.');
  });

  it('a replacement keeps clear of the corrupted span and shifts it', () => {
    const text = 'Prior to the trial, Smith was not charged.';
    const w: Work = { src: 0, text, mark: [text.indexOf('was not'), text.indexOf('was not') + 7] };
    applyReps(w, [...synonymReps(w.text), { start: text.indexOf('not'), end: text.indexOf('not') + 3, text: 'xx' }]);
    assert.equal(w.text, 'Before the trial, Smith was not charged.');
    assert.equal(w.text.slice(w.mark![0], w.mark![1]), 'was not');
  });

  it('a sentence that leans on the one before keeps its predecessor', () => {
    assert.ok(leansBack('He was 91.'));
    assert.ok(!leansBack('The bank opened at 9 a.m. on Friday.'));
    assert.ok(leansBack("That's in part to accommodate the filming schedule."));
    const leans = (src: number) => src === 1;
    const ws = (order: number[]): Work[] => order.map((src) => ({ src, text: '' }));
    assert.ok(contextSafe(ws([0, 1, 2]), leans));
    assert.ok(!contextSafe(ws([1, 0, 2]), leans));
    assert.ok(!contextSafe(ws([1, 2]), leans));
    assert.ok(contextSafe(ws([0, 1]), leans));
  });
});

describe('helpers', () => {
  it('verb forms are only given when sure', () => {
    assert.equal(pastBase('admitted'), 'admit');
    assert.equal(pastBase('negotiated'), 'negotiate');
    assert.equal(pastBase('went'), 'go');
    assert.equal(pastBase('hundred'), undefined);
    assert.equal(pastOf('want'), 'wanted');
    assert.equal(pastOf('admit'), undefined);
    assert.equal(thirdPerson('try'), 'tries');
  });

  it('the PRNG is seeded and uniform enough', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    assert.deepEqual(xs, Array.from({ length: 1000 }, () => b.next()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    assert.ok(Math.abs(mean - 0.5) < 0.05);
  });
});
