import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/text/doc.js';

const split = (text: string) => analyze(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  const cases: Array<[string, string, string[]]> = [
    ['titles with dotted abbreviations', 'U.S. Senator Marco Rubio spoke. He left.', ['U.S. Senator Marco Rubio spoke.', 'He left.']],
    ['month abbreviations before a day', 'The vote is on Jan. 5 in Paris. It was delayed.', ['The vote is on Jan. 5 in Paris.', 'It was delayed.']],
    ['personal titles', 'Mr. Smith and Dr. Jones met Gov. Hochul. They talked.', ['Mr. Smith and Dr. Jones met Gov. Hochul.', 'They talked.']],
    ['initials', 'J.D. Vance and George W. Bush spoke. Then they left.', ['J.D. Vance and George W. Bush spoke.', 'Then they left.']],
    ['decimals', 'Prices rose 3.5 percent in May. Wages fell.', ['Prices rose 3.5 percent in May.', 'Wages fell.']],
    ['a quotation closing after the full stop', '"We will win." The crowd cheered.', ['"We will win."', 'The crowd cheered.']],
    ['a quotation with its attribution', '"We will win," she said. The crowd cheered.', ['"We will win," she said.', 'The crowd cheered.']],
    ['an exclamation inside a quote then lower case', '"Stop!" he shouted at them.', ['"Stop!" he shouted at them.']],
    ['an ellipsis inside a sentence', 'He paused... and then went on. Next.', ['He paused... and then went on.', 'Next.']],
    ['a dotted abbreviation that ends a sentence', 'He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
    ['curly quotes', 'She said: “It is over.” Then she left.', ['She said: “It is over.”', 'Then she left.']],
    ['a.m. and p.m.', 'It began at 9 p.m. on Friday. Crews arrived.', ['It began at 9 p.m. on Friday.', 'Crews arrived.']],
    ['company suffixes', 'Harbor Grain Co. said it would help. Others did not.', ['Harbor Grain Co. said it would help.', 'Others did not.']],
    ['a page reference before a number', 'The ruling is on p. 12 of the filing. It was sealed.', ['The ruling is on p. 12 of the filing.', 'It was sealed.']],
    ['a number abbreviation before a number', 'He wore No. 23 for the club. Fans cheered.', ['He wore No. 23 for the club.', 'Fans cheered.']],
    ['a time before a social title', 'The vote ended at 6 p.m. Mr. Ortiz left soon after.', ['The vote ended at 6 p.m.', 'Mr. Ortiz left soon after.']],
    ['an opening time phrase', 'At 5 a.m. Mr. Ortiz went to the office. He left.', ['At 5 a.m. Mr. Ortiz went to the office.', 'He left.']],
    ['a web address ending a sentence', 'Details are at https://example.org/report.html. Please read them.', ['Details are at https://example.org/report.html.', 'Please read them.']],
    ['an e-mail address ending a sentence', 'Write to tips@example.org. Someone will answer.', ['Write to tips@example.org.', 'Someone will answer.']],
    ['a number ending a sentence', 'Shares closed at 101.25. Trading was light.', ['Shares closed at 101.25.', 'Trading was light.']],
    ['the pronoun I, then an initial', 'The winners were you and I. Did you call Anna K. Berg?', ['The winners were you and I.', 'Did you call Anna K. Berg?']],
    ['initials in a name after a lower-case word', 'The tower was designed by I. M. Pei in 1989. It opened.', ['The tower was designed by I. M. Pei in 1989.', 'It opened.']],
    ['a spaced ellipsis inside a quotation', '"We will . . . Rebuild it," she said. Then she left.', ['"We will . . . Rebuild it," she said.', 'Then she left.']],
    ['a full stop and a spaced ellipsis', 'The talks failed. . . . The mood was grim.', ['The talks failed.', '. . . The mood was grim.']],
    ['an elision in brackets', '"The plan [...] Worked well," he wrote. Officials disagreed.', ['"The plan [...] Worked well," he wrote.', 'Officials disagreed.']],
    ['list items on one line', '1. Close the port 2. Open the school', ['1. Close the port', '2. Open the school']],
    ['list items with full stops', 'a) The port closes. b) The school opens.', ['a) The port closes.', 'b) The school opens.']],
    ['bulleted items', '• Roads closed • Schools shut', ['• Roads closed', '• Schools shut']],
    ['a number that does not continue the list', '1) The fund grew 3) The rate fell', ['1) The fund grew 3) The rate fell']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(split(text), expected));
  }

  it('keeps a headline without a full stop as its own sentence', () => {
    const text = 'Storm Hits Coast\nThe storm hit the coast on Friday. Power was cut.';
    const doc = analyze(text);
    assert.deepEqual(split(text), ['Storm Hits Coast', 'The storm hit the coast on Friday.', 'Power was cut.']);
    assert.equal(doc.sentences[0]!.kind, 'headline');
  });

  it('finds a summary block before the headline', () => {
    const text = 'Officials met in Geneva. Talks will go on.\nOfficials Meet In Geneva For A Second Round Of Talks\nThe talks began on Monday.';
    const kinds = analyze(text).sentences.map((s) => s.kind);
    assert.deepEqual(kinds, ['summary', 'summary', 'headline', 'body']);
  });

  it('tells a short section label from a headline', () => {
    const text = 'The talks began on Monday in Geneva.\nThe Stakes\nBoth sides want a deal.';
    const kinds = analyze(text).sentences.map((s) => s.kind);
    assert.deepEqual(kinds, ['body', 'heading', 'body']);
  });
});
