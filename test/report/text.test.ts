import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, format } from '../../src/index.js';
import { lineColumn, place } from '../../src/report/place.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = (f: string) => readFileSync(join(root, 'examples', 'harbor-fire', f), 'utf8');

describe('text format', () => {
  it('says where each side stands in words: line and column, or character offsets without the texts', () => {
    const c = compare(example('base.txt'), example('revised.txt'));
    const out = format('text', [c], { texts: [{ base: example('base.txt'), revised: example('revised.txt') }] });
    assert.match(out, /^ {9}base {5}line 1, col 56 {5}"40"$/m);
    assert.match(out, /^ {9}revised {2}line 3, col 102 {4}"50"$/m);
    assert.doesNotMatch(out, / \d+:\d+ /, 'no bare line:column');
    assert.match(format('text', [c]), /^ {9}base {5}chars \d+-\d+ +"40"$/m);
  });
  it('counts lines from 1 and columns from 1', () => {
    assert.deepEqual(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    assert.equal(place('ab\ncd', { start: 3, end: 5 }), 'line 2, col 1');
  });
});
