import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../src/index.js';
import { rawQuotes } from '../src/engine/run.js';
import { analyze } from '../src/text/doc.js';

describe('engine: messages quote the raw text', () => {
  it('gives back curly quotes, apostrophes and dashes in the quoted parts of a message (issue 10)', () => {
    const base = 'Mayor Tom Becker said the shelter would open. “Nobody should have to spend tonight in a car,” Becker said. The mayor’s office — and the fire chief — agreed.\n';
    const c = compare(base, 'Mayor Tom Becker said the shelter would open.\n');
    const dropped = c.findings.filter((f) => f.check === 'claim-dropped').map((f) => f.message);
    assert.deepEqual(dropped, [
      'Base content no longer carried: "“Nobody should have to spend tonight in a car,” Becker said."',
      'Base content no longer carried: "The mayor’s office — and the fire chief — agreed."',
    ]);
    for (const f of c.findings) if (f.base) assert.ok(f.message.includes(f.base.text) || f.check === 'quote-dropped', f.message);
  });

  it('leaves words that are not in the reported sentences alone', () => {
    const doc = analyze('He said “yes” — twice.');
    const span = { start: 0, end: doc.norm.length };
    assert.equal(rawQuotes('Changed: "yes" became "no"', [[doc, span]]), 'Changed: "yes" became "no"');
    assert.equal(rawQuotes('Said: "He said "yes" — twice."', [[doc, span]]), 'Said: "He said “yes” — twice."');
    assert.equal(rawQuotes('No quotes here', [[doc, span]]), 'No quotes here');
    assert.equal(rawQuotes('"yes"', [[doc, null]]), '"yes"');
  });
});
