import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SortedTable } from '../../src/text/table.js';

describe('SortedTable', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-table-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every line of a kind by word, the last line of the file included', () => {
    const p = join(dir, 'kinded.txt');
    writeFileSync(p, 'a big small\na small big\ns apple 3 n1\ns apples 1 n2\ns zebra 2 n3\n');
    const t = new SortedTable(p, true);
    assert.deepEqual(t.lines('s', 'apple'), ['s apple 3 n1']);
    assert.deepEqual(t.lines('s', 'zebra'), ['s zebra 2 n3']);
    assert.deepEqual(t.lines('a', 'small'), ['a small big']);
    assert.deepEqual(t.lines('s', 'appl'), []);
    assert.deepEqual(t.lines('s', 'zebras'), []);
  });
  it('finds the kinds in any order, one line long or absent, as the WordNet table has them (s, f, a, d)', () => {
    const p = join(dir, 'order.txt');
    writeFileSync(p, 's apple 3 n1\ns bear 1 n2\ns zebra 2 n3\nf apple 12\na big small\na small big\nd x y');
    const t = new SortedTable(p, true);
    assert.deepEqual(t.lines('f', 'apple'), ['f apple 12']);
    assert.deepEqual(t.lines('s', 'apple'), ['s apple 3 n1']);
    assert.deepEqual(t.lines('s', 'zebra'), ['s zebra 2 n3']);
    assert.deepEqual(t.lines('a', 'big'), ['a big small']);
    assert.deepEqual(t.lines('a', 'small'), ['a small big']);
    assert.deepEqual(t.lines('d', 'x'), ['d x y']);
    assert.deepEqual(t.lines('r', 'x'), []);
    assert.deepEqual(t.lines('a', 'zebra'), []);
  });
  it('gives every line of a repeated word, in file order', () => {
    const p = join(dir, 'repeated.txt');
    writeFileSync(p, 'a big little\na big small\na bigger x\nd big bigness\n');
    const t = new SortedTable(p, true);
    assert.deepEqual(t.lines('a', 'big'), ['a big little', 'a big small']);
    assert.deepEqual(t.lines('d', 'big'), ['d big bigness']);
  });
  it('reads unkinded UTF-8 tables', () => {
    const p = join(dir, 'plain.txt');
    writeFileSync(p, 'josé MaleName\nzoë FemaleName');
    const t = new SortedTable(p, false, 'utf8');
    assert.deepEqual(t.lines('', 'zoë'), ['zoë FemaleName']);
    assert.deepEqual(t.lines('', 'josé'), ['josé MaleName']);
  });
  it('says which table is missing', () => {
    assert.throws(() => new SortedTable(join(dir, 'nope.txt'), true), /nope\.txt is missing/);
  });
});
