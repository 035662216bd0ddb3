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
