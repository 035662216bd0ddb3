import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/text/doc.js';
import { people } from '../../src/extract/people.js';
import { speech, type Quote } from '../../src/extract/quotes.js';

/** An expected quotation: its words (without the marks), its speaker's full name (null: none) and cue. */
interface Expected {
  text: string;
  speaker: string | null;
  cue?: string | null;
  /** the quotation is split around its attribution into this many segments */
  segments?: number;
  partial?: boolean;
}

function quotesOf(text: string): { quotes: Quote[]; norm: string } {
  const doc = analyze(text);
  return { quotes: speech(doc, people(doc)).quotes, norm: doc.norm };
}

const cases: Array<[string, string, Expected[]]> = [
  // attribution after the quotation
  ['straight quotes, name and said after', '"We will rebuild the pier," Mayor Dana Whitfield said on Monday.', [{ text: 'We will rebuild the pier,', speaker: 'Dana Whitfield', cue: 'said on Monday' }]],
  ['said and name after a quotation ending in "this" or "was"', '\u201CWe have never seen anything like this,\u201D said fire chief Mark Olsen. "It was," said Rubio.', [{ text: 'We have never seen anything like this,', speaker: 'Mark Olsen' }, { text: 'It was,', speaker: 'Rubio' }]],
  ['curly quotes', '\u201CThe water is safe to drink,\u201D health commissioner Omar Haddad said.', [{ text: 'The water is safe to drink,', speaker: 'Omar Haddad', cue: 'said' }]],
  ['inverted attribution: said Name', '"Prices will fall by spring," said Laura Becker, an economist at Northgate Bank.', [{ text: 'Prices will fall by spring,', speaker: 'Laura Becker', cue: 'said' }]],
  ['inverted attribution with a title', '"The vote is postponed," said Senator Hugh Partridge.', [{ text: 'The vote is postponed,', speaker: 'Hugh Partridge', cue: 'said' }]],
  ['question mark before the attribution', 'Police Chief Maria Santos spoke first. "Who let the trucks through?" Santos asked.', [{ text: 'Who let the trucks through?', speaker: 'Maria Santos', cue: 'asked' }]],
  ['exclamation before the attribution', '"Get off the bridge!" Officer Tom Bryce shouted, and Bryce told reporters later that the crowd obeyed.', [{ text: 'Get off the bridge!', speaker: 'Tom Bryce', cue: 'shouted' }]],
  ['told reporters', '"We are not leaving," union leader Karen Oduya told reporters outside the plant.', [{ text: 'We are not leaving,', speaker: 'Karen Oduya', cue: 'told reporters' }]],
  ['wrote in a statement', 'The company founder, Peter Alvarez, resigned. "I take full responsibility," Alvarez wrote in a statement.', [{ text: 'I take full responsibility,', speaker: 'Peter Alvarez', cue: 'wrote in a statement' }]],
  ['said in an interview', '"Nobody warned us," farmer Jonas Lind said in an interview.', [{ text: 'Nobody warned us,', speaker: 'Jonas Lind', cue: 'said in an interview' }]],
  ['the speaker is a group', '"The dam held," officials said.', [{ text: 'The dam held,', speaker: 'officials' }]],
  ['the speaker is an organisation', '"No passengers were hurt," the Harbor Ferry Company said in a statement.', [{ text: 'No passengers were hurt,', speaker: 'Harbor Ferry Company' }]],
  // pronouns
  ['he resolves to the nearest man', 'Governor Alan Weiss visited the flooded town. "This is heartbreaking," he said.', [{ text: 'This is heartbreaking,', speaker: 'Alan Weiss', cue: 'said' }]],
  ['she resolves to the nearest woman', 'Senator Linda Moreau met Governor Alan Weiss on Friday. "We agreed on nothing," she said.', [{ text: 'We agreed on nothing,', speaker: 'Linda Moreau', cue: 'said' }]],
  ['he skips a woman named later', 'Coach Robert Hale praised striker Emma Lund. "She carried us," he said.', [{ text: 'She carried us,', speaker: 'Robert Hale', cue: 'said' }]],
  // attribution before the quotation
  ['introduced by a colon', 'Finance Minister Rosa Jimenez said: "The deficit will shrink next year."', [{ text: 'The deficit will shrink next year.', speaker: 'Rosa Jimenez', cue: 'said:' }]],
  ['introduced by said and a comma', 'Fire Chief Daniel Okafor said, "The cause is still unknown."', [{ text: 'The cause is still unknown.', speaker: 'Daniel Okafor', cue: 'said' }]],
  ['introduced by stating', 'Judge Helen Marsh adjourned the hearing, stating, "The defense needs more time."', [{ text: 'The defense needs more time.', speaker: 'Helen Marsh', cue: 'stating' }]],
  ['introduced by declaring and a colon', 'Prime Minister Ivo Petrov rejected the offer, declaring: "We will not be bought."', [{ text: 'We will not be bought.', speaker: 'Ivo Petrov', cue: 'declaring:' }]],
  ['posted on X that', 'Activist Nora Field posted on X that the march was "bigger than ever."', [{ text: 'bigger than ever.', speaker: 'Nora Field', cue: 'posted on X that', partial: true }]],
  ['told and a colon', 'Ambassador Felix Grant told the council: "My country will abstain."', [{ text: 'My country will abstain.', speaker: 'Felix Grant' }]],
  ['wrote and a colon', 'In a letter to staff, chief executive Mona Reyes wrote: "The merger is off."', [{ text: 'The merger is off.', speaker: 'Mona Reyes' }]],
  ['a dash-enclosed clause before the verb', 'Defense Secretary Paul Brandt \u2014 who has visited the base twice \u2014 said: "The runway must be repaired."', [{ text: 'The runway must be repaired.', speaker: 'Paul Brandt' }]],
  ['a relative clause between commas', 'Mayor Ines Duarte, who faces re-election in May, said: "Taxes will not rise."', [{ text: 'Taxes will not rise.', speaker: 'Ines Duarte' }]],
  // split quotations
  ['split around he said', 'Captain Leo Marsh spoke after the rescue. "The sea was rough," he said, "but the crew never hesitated."', [{ text: 'The sea was rough, but the crew never hesitated.', speaker: 'Leo Marsh', cue: 'said', segments: 2 }]],
  ['split around name said', '"We saved the archive," Director Ruth Amsel said, "and most of the paintings."', [{ text: 'We saved the archive, and most of the paintings.', speaker: 'Ruth Amsel', segments: 2 }]],
  ['split with curly quotes', '\u201CThe talks went well,\u201D Minister Jan Kowal said, \u201Cbut nothing is signed.\u201D', [{ text: 'The talks went well, but nothing is signed.', speaker: 'Jan Kowal', segments: 2 }]],
  // spanning sentences and paragraphs
  ['a quotation of two sentences', 'Senator Grace Obi said: "The bill is dead. We will try again next year."', [{ text: 'The bill is dead. We will try again next year.', speaker: 'Grace Obi' }]],
  ['three sentences then the attribution', '"We heard a bang. Then the lights went out. Nobody knew what to do," resident Carla Ruiz said.', [{ text: 'We heard a bang. Then the lights went out. Nobody knew what to do,', speaker: 'Carla Ruiz', cue: 'said' }]],
  ['a second quotation continues the speaker', 'Coach Ben Adler was blunt. "We played badly," Adler said. "I take the blame."', [
    { text: 'We played badly,', speaker: 'Ben Adler', cue: 'said' },
    { text: 'I take the blame.', speaker: 'Ben Adler' },
  ]],
  // partial quotations
  ['a partial quotation at the end of a sentence', 'Minister Eva Lind said a joint inquiry would be "premature."', [{ text: 'premature.', speaker: 'Eva Lind', partial: true }]],
  ['a partial quotation mid-sentence', 'Governor Alan Weiss called the storm "a once-in-a-century event" and asked for federal aid.', [{ text: 'a once-in-a-century event', speaker: 'Alan Weiss', partial: true }]],
  ['described as', 'President Lena Vogt described the strike as "an act of sabotage."', [{ text: 'an act of sabotage.', speaker: 'Lena Vogt', cue: 'described', partial: true }]],
  ['a partial quotation after adding that', 'Health Minister Ruth Cole told reporters the outbreak was over, adding that new cases were "very unlikely."', [{ text: 'very unlikely.', speaker: 'Ruth Cole', partial: true }]],
  ['a scare quote without a speaker', 'The so-called "peace tax" was repealed in 2019.', [{ text: 'peace tax', speaker: null }]],
  // nested single quotes and apostrophes
  ['nested single quotes', '"He told me, \'Run,\' and I ran," witness Sam Orte said.', [{ text: "He told me, 'Run,' and I ran,", speaker: 'Sam Orte', cue: 'said' }]],
  ['apostrophes are not quotes', '"There\'s no deal unless Poland\'s farmers agree," Minister Adam Nowak said.', [{ text: "There's no deal unless Poland's farmers agree,", speaker: 'Adam Nowak' }]],
  ['a decade with an apostrophe', 'Union boss Dale Cope said: "It\'s the worst strike since the \'90s."', [{ text: "It's the worst strike since the '90s.", speaker: 'Dale Cope' }]],
  ['single quotes in a headline', "Mayor Says 'No Bailout' For Stadium\nMayor Ron Tate ruled out public money on Monday.", [{ text: 'No Bailout', speaker: 'Mayor', cue: 'Says' }]],
  ['plural possessive apostrophe', 'The workers\' union, led by Mia Holt, said: "We accept the offer."', [{ text: 'We accept the offer.', speaker: 'Mia Holt' }]],
  // attributions news writes in other places
  ['the attribution at the end of the sentence', '"The call sealed it" for the prosecution, Inspector Paul Ryder told The Daily Courier.', [{ text: 'The call sealed it', speaker: 'Paul Ryder', cue: 'told The Daily Courier' }]],
  ['a person with an appositive before the verb', 'Michael J. Carver, the head of the agency\'s Boston office said the firm "lied to investors."', [{ text: 'lied to investors.', speaker: 'Michael J. Carver', partial: true }]],
  ['a court ruled', 'A coroner ruled in 2017 that the climber "died of exposure."', [{ text: 'died of exposure.', speaker: 'coroner', cue: 'ruled', partial: true }]],
  ['two people with one surname', 'Steve Olsen spoke for the family. His brother, Mark Olsen, died in 1988. "We never gave up," Steve Olsen said.', [{ text: 'We never gave up,', speaker: 'Steve Olsen' }]],
  ['"he" does not reach a name inside a quotation', 'Protesters chanted "Rutte out!" at the gates.\nOne driver honked at the crowd.\n"Shame about my tyres," he wrote.', [
    { text: 'Rutte out!', speaker: 'Protesters', cue: 'chanted' },
    { text: 'Shame about my tyres,', speaker: 'he', cue: 'wrote' },
  ]],
  ['a name with an appositive between the quotation and the verb', '"We will win," Senator Ann Cole, the party\'s leader in the chamber, said on Tuesday.', [{ text: 'We will win,', speaker: 'Ann Cole', cue: 'said on Tuesday' }]],
  ['according to', '"The plant will close in May," according to the company.', [{ text: 'The plant will close in May,', speaker: 'company', cue: 'according to' }]],
  ['a paragraph of quotation continues the speaker of the paragraph before', '"We will win," Ann Cole said.\n"Nobody can stop us now."\nThe crowd cheered.\n"It was loud," one guest said.', [
    { text: 'We will win,', speaker: 'Ann Cole', cue: 'said' },
    { text: 'Nobody can stop us now.', speaker: 'Ann Cole' },
    { text: 'It was loud,', speaker: 'one guest', cue: 'said' },
  ]],
  ['a quotation paragraph after narration has no speaker', 'Ann Cole spoke at the rally.\n"Nobody can stop us now."', [{ text: 'Nobody can stop us now.', speaker: null }]],
  // several speakers in one paragraph
  ['two speakers in one paragraph', '"We want a ceasefire," envoy Omar Saleh said. "We want guarantees first," Defense Minister Irena Volk said.', [
    { text: 'We want a ceasefire,', speaker: 'Omar Saleh' },
    { text: 'We want guarantees first,', speaker: 'Irena Volk' },
  ]],
  ['speakers in separate paragraphs', 'Chancellor Otto Brenner arrived late.\n"The summit is a success," Brenner said.\nOpposition leader Katja Ries disagreed. "It was a photo opportunity," she said.', [
    { text: 'The summit is a success,', speaker: 'Otto Brenner', cue: 'said' },
    { text: 'It was a photo opportunity,', speaker: 'Katja Ries', cue: 'said' },
  ]],
];

describe('quotations', () => {
  let total = 0;
  for (const [name, text, expected] of cases) {
    total += expected.length;
    it(name, () => {
      const { quotes, norm } = quotesOf(text);
      assert.equal(quotes.length, expected.length, `quotes: ${JSON.stringify(quotes.map((q) => q.text))}`);
      expected.forEach((e, k) => {
        const q = quotes[k]!;
        assert.equal(q.text, e.text);
        // the span covers the quoted words: from the first segment's start to the last one's end
        assert.equal(norm.slice(q.segments[0]!.start, q.segments[0]!.end), e.text.slice(0, q.segments[0]!.end - q.segments[0]!.start));
        assert.equal(q.speaker?.name ?? null, e.speaker, `speaker of ${e.text}`);
        if (e.cue !== undefined) assert.equal(q.cue ?? null, e.cue, `cue of ${e.text}`);
        if (e.segments !== undefined) assert.equal(q.segments.length, e.segments);
        if (e.partial !== undefined) assert.equal(q.partial, e.partial, `partial: ${e.text}`);
      });
    });
  }
  it('covers at least 40 quotations', () => assert.ok(total >= 40, `${total}`));
});

describe('reported speech', () => {
  const statements = (text: string) => {
    const doc = analyze(text);
    return speech(doc, people(doc)).statements.map((s) => ({ speaker: s.speaker.name, cue: s.cue, text: s.text }));
  };
  const cases: Array<[string, string, { speaker: string; cue?: string; text: string }]> = [
    ['said that', 'Mayor Dana Whitfield said that the pier would reopen in June.', { speaker: 'Dana Whitfield', cue: 'said that', text: 'the pier would reopen in June' }],
    ['promised that', 'Finance Minister Rosa Jimenez promised that pensions would not be cut.', { speaker: 'Rosa Jimenez', cue: 'promised that', text: 'pensions would not be cut' }],
    ['urged', 'Senator Grace Obi urged the committee to release the report.', { speaker: 'Grace Obi', cue: 'urged', text: 'the committee to release the report' }],
    ['noted it would be', 'Governor Alan Weiss visited the site, noting it would be costly to rebuild the dam.', { speaker: 'Alan Weiss', cue: 'noting', text: 'it would be costly to rebuild the dam' }],
    ['who …, said on Friday that', 'Judge Helen Marsh, who led the inquiry, said on Friday that the report was complete.', { speaker: 'Helen Marsh', cue: 'said on Friday that', text: 'the report was complete' }],
    ['he added that', 'Coach Ben Adler was blunt. He added that the team needed new defenders.', { speaker: 'Ben Adler', cue: 'added that', text: 'the team needed new defenders' }],
    ['and reiterated that', 'Chancellor Otto Brenner thanked the hosts and reiterated that sanctions would stay.', { speaker: 'Otto Brenner', cue: 'reiterated that', text: 'sanctions would stay' }],
    ['a group speaker', 'Local officials said the road would stay closed for a week.', { speaker: 'Local officials', cue: 'said', text: 'the road would stay closed for a week' }],
  ];
  for (const [name, text, e] of cases) {
    it(name, () => {
      const ss = statements(text);
      const hit = ss.find((s) => s.text === e.text);
      assert.ok(hit, `got ${JSON.stringify(ss)}`);
      assert.equal(hit.speaker, e.speaker);
      if (e.cue) assert.equal(hit.cue, e.cue);
    });
  }
  it('ignores passive "are reported to"', () => {
    const ss = statements('The envoys are reported to be backing a new plan.');
    assert.deepEqual(ss, []);
  });
  it('takes the attribution of a direct quotation for no reported speech', () => {
    const ss = statements('"We held the line," Captain Ruth Amos told reporters at the scene.');
    assert.deepEqual(ss, []);
  });
  it('ignores a noun use ("claims of")', () => {
    const ss = statements('There were Russian claims of territorial gains in the east.');
    assert.deepEqual(ss, []);
  });
});
