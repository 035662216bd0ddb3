import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { creditOf, deriveForest, directionEvidence, maxArborescence, type TellingInput } from '../../src/corpus/derivation.js';
import { emptyScore, makeSet, ownStories, runSets, scoreSet } from '../../eval/derivation.js';
import { ai, edit, rng, summary, rewrite } from '../../eval/transform.js';
import { fit, groupOf } from '../../eval/train-derivation.js';
import { root } from './helpers.js';

const story = (name: string) => readFileSync(join(root, 'eval', 'derivation', 'stories', name), 'utf8');

/** Every parent assignment of n nodes under root n, by brute force: the best total weight of a tree. */
function bruteBest(n: number, w: number[][]): number {
  let best = -Infinity;
  const parent = new Array<number>(n).fill(n);
  const rec = (v: number) => {
    if (v === n) {
      // a tree: every node reaches the root
      for (let s = 0; s < n; s++) {
        let x = s;
        let steps = 0;
        while (x !== n && steps <= n) {
          x = parent[x]!;
          steps++;
        }
        if (x !== n) return;
      }
      let total = 0;
      for (let u = 0; u < n; u++) total += w[parent[u]!]![u]!;
      best = Math.max(best, total);
      return;
    }
    for (let p = 0; p <= n; p++) {
      if (p === v || !Number.isFinite(w[p]![v]!)) continue;
      parent[v] = p;
      rec(v + 1);
    }
  };
  rec(0);
  return best;
}

describe('maximum spanning arborescence', () => {
  it('matches brute force on random graphs of up to five nodes', () => {
    const r = rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + r.int(4);
      const w: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
      const edges: Array<{ u: number; v: number; w: number }> = [];
      for (let v = 0; v < n; v++) {
        w[n]![v] = 0.3;
        edges.push({ u: n, v, w: 0.3 });
        for (let u = 0; u < n; u++) {
          if (u === v || !r.chance(0.7)) continue;
          const x = Math.round(r.next() * 100) / 100;
          w[u]![v] = x;
          edges.push({ u, v, w: x });
        }
      }
      const parent = maxArborescence(n + 1, n, edges);
      assert.equal(parent[n], -1);
      let total = 0;
      for (let v = 0; v < n; v++) {
        assert.ok(Number.isFinite(w[parent[v]!]![v]!), `edge ${parent[v]}->${v} exists`);
        total += w[parent[v]!]![v]!;
      }
      // no cycles: every node reaches the root
      for (let s = 0; s < n; s++) {
        let x = s;
        for (let k = 0; k <= n && x !== n; k++) x = parent[x]!;
        assert.equal(x, n, `node ${s} reaches the root`);
      }
      assert.ok(Math.abs(total - bruteBest(n, w)) < 1e-9, `trial ${trial}: ${total} vs ${bruteBest(n, w)}`);
    }
  });
});

describe('derivation', () => {
  const wire = story('ferry-strike-1.txt');
  const other = story('ferry-strike-2.txt');
  const t0 = Date.UTC(2026, 10, 24, 7);

  it('finds a rewrite and a summary of it, with their evidence, and leaves an independent report an original', () => {
    const rw = rewrite(wire, rng(3), { sourceOutlet: 'Coast Press', sourceIsWire: true, context: [] });
    const sm = summary(rw, rng(4));
    const tellings: TellingInput[] = [
      { id: 4, text: sm, publishedAt: t0 + 3 * 3600e3, outlet: 'Briefing' },
      { id: 2, text: other, publishedAt: t0 + 1800e3, outlet: 'Island Herald' },
      { id: 1, text: wire, publishedAt: t0, outlet: 'Coast Press' },
      { id: 3, text: rw, publishedAt: t0 + 2 * 3600e3, outlet: 'Daily Courier' },
    ];
    const byId = new Map(deriveForest(tellings).map((d) => [d.id, d]));
    assert.equal(byId.get(1)!.source, null);
    assert.equal(byId.get(2)!.source, null, 'an independent report of the same event is an original');
    assert.equal(byId.get(3)!.source, 1);
    assert.equal(byId.get(4)!.source, 3);
    const e = byId.get(3)!.evidence!;
    assert.ok(e.passages > 20 && e.contained > 0.6, JSON.stringify(e));
    assert.equal(e.order, 'after');
    assert.ok(e.examples.length >= 1 && e.examples.every((x) => wire.replace(/\s+/g, ' ').includes(x.replace(/…$/, '')) || rw.includes(x.slice(0, 20))));
    const s = byId.get(4)!.evidence!;
    assert.ok(s.contained > s.covers, 'a summary is mostly inside its source, not the reverse');
  });

  it('never makes a later telling the source of an earlier one when times are used; without them, a summary still points to its source', () => {
    const sm = summary(wire, rng(5));
    const withTimes = deriveForest([
      { id: 1, text: wire, publishedAt: t0 + 3600e3, outlet: null },
      { id: 2, text: sm, publishedAt: t0, outlet: null },
    ]);
    assert.equal(withTimes.find((d) => d.id === 1)!.source, null);
    assert.equal(withTimes.find((d) => d.id === 2)!.source, null, 'the summary is earlier: the full text cannot be its source, and it is not the full text\u2019s');
    const without = deriveForest(
      [
        { id: 1, text: wire, publishedAt: null, outlet: null },
        { id: 2, text: sm, publishedAt: null, outlet: null },
      ],
      { useTimes: false },
    );
    assert.equal(without.find((d) => d.id === 2)!.source, 1);
    assert.equal(without.find((d) => d.id === 2)!.evidence!.order, 'unknown');
  });

  it('directs a paraphrase without times by its relatives: the source holds what the siblings hold (outgroup)', () => {
    const ctx = { sourceOutlet: null, sourceIsWire: false, context: [] };
    const tellings: TellingInput[] = [
      { id: 1, text: ai(wire, rng(11)), publishedAt: null, outlet: null },
      { id: 2, text: wire, publishedAt: null, outlet: null },
      { id: 3, text: rewrite(wire, rng(12), ctx), publishedAt: null, outlet: null },
      { id: 4, text: rewrite(wire, rng(13), ctx), publishedAt: null, outlet: null },
    ];
    const d = new Map(deriveForest(tellings, { useTimes: false }).map((x) => [x.id, x]));
    assert.equal(d.get(2)!.source, null);
    assert.equal(d.get(1)!.source, 2);
    assert.ok(d.get(1)!.evidence!.outgroup > 0, 'the other rewrites hold the wording the paraphrase changed');
    // a pair alone has no relatives to ask
    const pair = deriveForest(tellings.slice(0, 2), { useTimes: false });
    assert.ok(pair.every((x) => x.evidence === null || x.evidence.outgroup === 0));
  });

  it('directs a reworded pair without times or relatives by its wording: the source has the usual words', () => {
    const source = [
      'Police said the fire began near the city hospital',
      'Police said about 40 people were hurt when the fire began near the old market on Tuesday evening.',
      'Officials said the big fire was started by a car that caught fire near the hospital gates.',
      'The city government said it would help the people who lost their homes in the fire.',
    ].join('\n');
    const reworded = [
      'Police stated the fire began near the city infirmary',
      'Police stated approximately 40 people were hurt when the fire commenced near the old market on Tuesday evening.',
      'Officials stated the sizeable fire was started by a car that caught fire near the infirmary gates.',
      'The city administration stated it would assist the people who lost their homes in the fire.',
    ].join('\n');
    for (const order of [[1, 2], [2, 1]]) {
      const tellings: TellingInput[] = order.map((id) => ({ id, text: id === 1 ? source : reworded, publishedAt: null, outlet: null }));
      const d = new Map(deriveForest(tellings, { useTimes: false }).map((x) => [x.id, x]));
      assert.equal(d.get(1)!.source, null);
      assert.equal(d.get(2)!.source, 1);
      assert.ok(d.get(2)!.evidence!.wording > 0, 'the source\u2019s own words are the more usual');
    }
  });

  it('directs two versions of one outlet\u2019s article without times by what the later one adds; across outlets, the one inside the other is the cut', () => {
    const paragraphs = wire.split('\n');
    // a later version with a paragraph of new information and no update note
    const added = 'Harbour officials said late on Tuesday that two more ferries would be kept in port until the dispute was settled, and that passengers holding tickets would be offered refunds.';
    const later = [...paragraphs.slice(0, 3), added, ...paragraphs.slice(3)].join('\n');
    for (const order of [[1, 2], [2, 1]]) {
      const tellings = (outlet: (id: number) => string): TellingInput[] => order.map((id) => ({ id, text: id === 1 ? wire : later, publishedAt: null, outlet: outlet(id) }));
      const one = new Map(deriveForest(tellings(() => 'Coast Press'), { useTimes: false }).map((x) => [x.id, x]));
      assert.equal(one.get(1)!.source, null);
      assert.equal(one.get(2)!.source, 1, 'one outlet: the version with the added paragraph is the later one');
      // the same texts from two outlets: the shorter is read as a cut of the longer
      const two = new Map(deriveForest(tellings((id) => (id === 1 ? 'Coast Press' : 'Island Herald')), { useTimes: false }).map((x) => [x.id, x]));
      assert.equal(two.get(1)!.source, 2);
    }
  });

  it('with times, links a later copy to its source though a copy of the copy makes the relatives point the other way', () => {
    // the copy adds a word to the headline; a copy of the copy holds it too, so the relatives say the
    // copy is the older form (outgroup), but it was published later: the order says which is older
    const lines = wire.split('\n');
    const copy = ['Explainer: ' + lines[0], ...lines.slice(1)].join('\n');
    const tellings: TellingInput[] = [
      { id: 1, text: wire, publishedAt: t0, outlet: 'Coast Press' },
      { id: 2, text: copy, publishedAt: t0 + 3600e3, outlet: 'Daily Courier' },
      { id: 3, text: copy, publishedAt: t0 + 2 * 3600e3, outlet: 'Harbor Times' },
    ];
    const d = new Map(deriveForest(tellings).map((x) => [x.id, x]));
    assert.equal(d.get(1)!.source, null);
    assert.equal(d.get(2)!.source, 1);
    assert.ok(d.get(2)!.evidence!.outgroup < 0, 'the relatives point the other way');
    // without times the relatives decide, and the copy is read as the older form
    const without = new Map(deriveForest(tellings, { useTimes: false }).map((x) => [x.id, x]));
    assert.notEqual(without.get(2)!.source, 1);
  });

  it('directs a rewrite without times whose only relative is its own later edit by its wording and its cut, not by the relatives', () => {
    // the edit holds the rewrite's wording, so the outgroup rule reads the rewrite as the older form;
    // the wording (the source's words are the more usual) and the cut (the rewrite is inside the
    // source) say the other way, and the fitted weights let them outweigh one relative
    const ctx = { sourceOutlet: null, sourceIsWire: false, context: [] };
    let right = 0;
    for (let k = 1; k <= 10; k++) {
      const rw = rewrite(wire, rng(k), ctx);
      const tellings: TellingInput[] = [
        { id: 1, text: wire, publishedAt: null, outlet: 'Coast Press' },
        { id: 2, text: rw, publishedAt: null, outlet: 'Daily Courier' },
        { id: 3, text: edit(rw, rng(k + 100), ctx), publishedAt: null, outlet: 'Daily Courier' },
      ];
      const d = deriveForest(tellings, { useTimes: false });
      if (d.map((x) => x.source).join() === ',1,2') right++;
    }
    assert.ok(right >= 7, `${right}/10 forests right`);
  });

  it('links the last of a chain without times to its direct source, not to the grandparent whose direction is clearer', () => {
    // two steps of copying leave clearer direction evidence than one: with the full probability of
    // the direction in the edge weight, the grandparent outweighed the closer direct source
    const ctx = { sourceOutlet: null, sourceIsWire: false, context: [] };
    const chains: Array<[string, string, string]> = [];
    const rw = rewrite(wire, rng(14), ctx);
    chains.push([rw, rewrite(rw, rng(114), ctx), 'rewrite of a rewrite']);
    for (const k of [12, 13]) {
      const ed = edit(wire, rng(k), ctx);
      chains.push([ed, edit(ed, rng(k + 100), ctx), `edit of an edit (${k})`]);
    }
    for (const [mid, last, what] of chains) {
      const oneOutlet = what.startsWith('edit');
      const tellings: TellingInput[] = [
        { id: 1, text: wire, publishedAt: null, outlet: 'Coast Press' },
        { id: 2, text: mid, publishedAt: null, outlet: oneOutlet ? 'Coast Press' : 'Daily Courier' },
        { id: 3, text: last, publishedAt: null, outlet: oneOutlet ? 'Coast Press' : 'Harbor Times' },
      ];
      assert.deepEqual(deriveForest(tellings, { useTimes: false }).map((x) => x.source), [null, 1, 2], what);
    }
  });

  it('reads a paragraph an update adds as new though it shares content words with a sentence already there', () => {
    // the added paragraph restates the offer in new words: by content stems it "stands" in the
    // earlier version, by its passages it is new, and a later version adds sentences more often than
    // it removes them
    const lines = wire.split('\n');
    const added = 'Union members want a raise of 9 percent across two years, while Bayside Transit offered 4 percent, the union said.';
    const later = [...lines.slice(0, 3), added, ...lines.slice(3)].join('\n');
    const tellings: TellingInput[] = [
      { id: 1, text: later, publishedAt: null, outlet: 'Coast Press' },
      { id: 2, text: wire, publishedAt: null, outlet: 'Coast Press' },
    ];
    const growth = directionEvidence(tellings, { useTimes: false }).find((e) => e.source === 2 && e.telling === 1)!.features.growth;
    assert.equal(growth, 1);
    assert.deepEqual(deriveForest(tellings, { useTimes: false }).map((x) => x.source), [2, null]);
  });

  it('scores two versions of one outlet as close whichever came first, and a copy by how much of it comes from its source', () => {
    // a later version that adds a paragraph holds all of the earlier one: versions are one text
    // edited, as close whichever came first, and only the direction says which did; between outlets
    // the added paragraph is not carried from the source
    const lines = wire.split('\n');
    const later = [...lines.slice(0, 4), other.split('\n')[2]!, ...lines.slice(4)].join('\n');
    const strengths = (outlet: string) => {
      const tellings: TellingInput[] = [
        { id: 1, text: wire, publishedAt: null, outlet: 'Coast Press' },
        { id: 2, text: later, publishedAt: null, outlet },
      ];
      const e = directionEvidence(tellings, { useTimes: false });
      return [e.find((x) => x.source === 1)!.strength, e.find((x) => x.source === 2)!.strength];
    };
    const [earlierFirst, laterFirst] = strengths('Coast Press');
    assert.equal(earlierFirst, laterFirst);
    const [fromWire, fromCopy] = strengths('Daily Courier');
    assert.ok(fromWire! < fromCopy!, `${fromWire} < ${fromCopy}`);
  });

  it('links a summary of the source to the source, not to a rewrite that left the lead alike', () => {
    const ctx = { sourceOutlet: null, sourceIsWire: false, context: [] };
    const tellings: TellingInput[] = [
      { id: 1, text: wire, publishedAt: 0, outlet: null },
      { id: 2, text: rewrite(wire, rng(5), ctx), publishedAt: 3_600_000, outlet: null },
      { id: 3, text: summary(wire, rng(105)), publishedAt: 7_200_000, outlet: null },
    ];
    const d = new Map(deriveForest(tellings).map((x) => [x.id, x]));
    assert.equal(d.get(2)!.source, 1);
    assert.equal(d.get(3)!.source, 1);
  });

  it('reads wire credits in their usual forms, by the outlet\u2019s name or the agency\u2019s other names', () => {
    assert.equal(creditOf('london (reuters) - the bank said', 'Reuters'), '(reuters)');
    assert.equal(creditOf('… the associated press contributed to this report.', 'AP'), 'the associated press contributed to this report');
    assert.equal(creditOf('the mayor told the daily courier on monday', 'Daily Courier'), 'told the daily courier');
    assert.equal(creditOf('according to afp, the talks failed', 'Agence France-Presse'), 'according to afp');
    assert.equal(creditOf('a map of the apartment', 'AP'), null);
    assert.equal(creditOf('anything', null), null);
  });

  it('has no edges for a single telling or unrelated ones', () => {
    assert.deepEqual(deriveForest([{ id: 9, text: wire, publishedAt: null, outlet: null }]).map((d) => d.source), [null]);
    const d = deriveForest([
      { id: 1, text: wire, publishedAt: t0, outlet: null },
      { id: 2, text: story('vaccine-trial-1.txt'), publishedAt: t0 + 1, outlet: null },
    ]);
    assert.deepEqual(d.map((x) => x.source), [null, null]);
  });

  it('reads the bodies: a headline reworded alike is no evidence, a headline copied whole is one passage', () => {
    const body = (t: string) => t.split('\n').slice(1).join('\n');
    const pair = (head: string) => {
      const tellings: TellingInput[] = [
        { id: 1, text: wire, publishedAt: null, outlet: 'Coast Press' },
        { id: 2, text: `${head}\n${body(other)}`, publishedAt: null, outlet: 'Island Herald' },
      ];
      return directionEvidence(tellings, { useTimes: false }, 0).find((e) => e.source === 1 && e.telling === 2)!;
    };
    const own = pair('Kell Island commuters face long detour as ferry workers strike');
    // two outlets converge on the event's words: six words in a row alike, not the whole headline
    const alike = pair('Ferry crews walk out over pay as island commuters face long detour');
    assert.equal(alike.strength, own.strength);
    assert.equal(alike.passages, own.passages);
    const copied = pair(wire.split('\n')[0]!);
    assert.equal(copied.passages, own.passages + 1);
  });

  it('lists, under a lower floor, the edges too weak to link, to show why a telling found no source', () => {
    const tellings: TellingInput[] = [
      { id: 1, text: wire, publishedAt: t0, outlet: 'Coast Press' },
      { id: 2, text: other, publishedAt: t0 + 1800e3, outlet: 'Island Herald' },
    ];
    assert.deepEqual(deriveForest(tellings).map((x) => x.source), [null, null]);
    assert.equal(directionEvidence(tellings).length, 0);
    const weak = directionEvidence(tellings, {}, 0).find((e) => e.source === 1 && e.telling === 2);
    assert.ok(weak && weak.strength > 0 && weak.strength <= 0.3 && weak.weight <= weak.strength, JSON.stringify(weak));
  });
});

describe('derivation evaluation', () => {
  it('makes the same shuffled set from the same seed, with known parents, earlier than their children', () => {
    const [s] = ownStories(join(root, 'eval', 'derivation', 'stories'));
    const a = makeSet(s!, 42);
    const b = makeSet(s!, 42);
    assert.deepEqual(a, b);
    const byId = new Map(a.tellings.map((t) => [t.id, t]));
    assert.ok(a.tellings.some((t) => t.parent === null));
    for (const t of a.tellings) if (t.parent !== null) assert.ok(byId.get(t.parent)!.publishedAt! < t.publishedAt!);
  });

  it('scores parents and directions', () => {
    const gold = [
      { id: 1, text: '', publishedAt: null, outlet: null, parent: null, kind: 'original' as const },
      { id: 2, text: '', publishedAt: null, outlet: null, parent: 1, kind: 'rewrite' as const },
      { id: 3, text: '', publishedAt: null, outlet: null, parent: 2, kind: 'summary' as const },
    ];
    const s = emptyScore();
    // 1 made from 2 (reversed), 3 from 2 (right)
    scoreSet(gold, [
      { id: 1, source: 2, score: 1, direction: 1, evidence: null, alternatives: [] },
      { id: 2, source: null, score: 0, direction: null, evidence: null, alternatives: [] },
      { id: 3, source: 2, score: 1, direction: 1, evidence: null, alternatives: [] },
    ], s);
    assert.deepEqual(s.parent, { right: 1, total: 3 });
    assert.deepEqual(s.direction, { right: 1, total: 2 });
  });

  it('runs on the stories written for storydiff with publication times well above chance', () => {
    const sets = ownStories(join(root, 'eval', 'derivation', 'stories')).map((s, i) => makeSet(s, 100 + i));
    const r = runSets(sets, true);
    assert.ok(r.parent.right / r.parent.total > 0.7, JSON.stringify(r.parent));
  });
});

describe('direction model training', () => {
  it('fits the weights of evidence that points the right way, without intercept', () => {
    // rows whose first term always points the right way and second at random: the first gets the weight
    const r = rng(3);
    const rows = Array.from({ length: 200 }, () => ({ x: [0.2 + r.next(), r.next() - 0.5, 0, 0, 0], offset: 0 }));
    const w = fit(rows);
    assert.ok(w[0]! > 2 && Math.abs(w[1]!) < 1, JSON.stringify(w));
  });

  it('keeps an ECB+ topic\u2019s two events and an own story\u2019s two tellings in one fold', () => {
    const set = (name: string) => ({ name, tellings: [] });
    assert.equal(groupOf(set('ecb+ 12_ecb')), groupOf(set('ecb+ 12_ecbplus')));
    assert.notEqual(groupOf(set('ecb+ 12_ecb')), groupOf(set('ecb+ 1_ecb')));
    assert.equal(groupOf(set('ferry-strike #1')), groupOf(set('ferry-strike #2')));
  });
});
