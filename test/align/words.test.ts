import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundedDiff } from '../../src/align/words.js';
import { compare } from '../../src/engine/compare.js';

describe('boundedDiff', () => {
  it('is the ordinary word diff on ordinary sentences', () => {
    const parts = boundedDiff('the bridge opened on monday'.split(' '), 'the bridge opened on tuesday'.split(' '));
    assert.deepEqual(parts.map((p) => [p.added ? '+' : p.removed ? '-' : '=', p.value.join(' ')]), [['=', 'the bridge opened on'], ['-', 'monday'], ['+', 'tuesday']]);
  });

  it('past its budget keeps the shared ends and reports the middle removed and added whole, in bounded time', () => {
    // 40,000 words that differ throughout: Myers' diff would take minutes (a fuzzed 50,000-word sentence took 20 s)
    const a = ['start', ...Array.from({ length: 20_000 }, (_, i) => `a${i}`), 'end'];
    const b = ['start', ...Array.from({ length: 20_000 }, (_, i) => `b${(i * 7919) % 20_000}`), 'end'];
    const t = Date.now();
    const parts = boundedDiff(a, b);
    assert.ok(Date.now() - t < 5000, `took ${Date.now() - t} ms`);
    assert.deepEqual(parts.map((p) => [p.added, p.removed, p.count]), [[false, false, 1], [false, true, 20_000], [true, false, 20_000], [false, false, 1]]);
  });

  it('lets compare() finish on one very long sentence whose words are all reordered', () => {
    const words = (step: number) => Array.from({ length: 6000 }, (_, i) => `w${(i * step) % 6000}`).join(' ');
    const t = Date.now();
    const c = compare(`Officials said ${words(1)}.`, `Officials said ${words(7)}.`);
    assert.ok(Date.now() - t < 20_000, `took ${Date.now() - t} ms`);
    assert.equal(c.links.length, 1, 'the sentence is linked: its words were diffed');
    assert.ok(c.links[0]!.diff!.length >= 2);
  });
});
