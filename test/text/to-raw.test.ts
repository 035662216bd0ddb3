import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, toRaw } from '../../src/text/normalize.js';

describe('toRaw', () => {
  it('never ends a span inside a raw character that folds to several (found by fuzzing)', () => {
    const raw = 'a 🄂. b ⅷ c';
    const n = normalize(raw);
    assert.equal(n.norm, 'a 1,. b viii c');
    // "1" alone is half of "🄂" (two code units): the span takes the whole character
    assert.deepEqual(toRaw(n.normToRaw, 0, 3), { start: 0, end: 4 });
    assert.equal(raw.slice(0, 4), 'a 🄂');
    assert.deepEqual(toRaw(n.normToRaw, 2, 4), { start: 2, end: 4 });
    // "vi" of "viii": the whole numeral
    const v = n.norm.indexOf('viii');
    assert.deepEqual(toRaw(n.normToRaw, v, v + 2), { start: raw.indexOf('ⅷ'), end: raw.indexOf('ⅷ') + 1 });
  });
});
