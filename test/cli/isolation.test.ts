/**
 * Isolation of internal errors on the command line: a bug met on one batch item becomes an error line
 * for that id and the batch goes on (exit 2 at the end); a bug met comparing two files is one line that
 * names them and asks for a report; the stack is printed only with --debug. The tests hand main() a
 * compare() that fails on a marked text.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { compare } from '../../src/index.js';
import type { Engine } from '../../src/cli/compare.js';

const engine: Engine = (base, revised, options) => {
  if (base.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'lower')");
  return compare(base, revised, options);
};

/** Runs main() in process with the failing engine; standard error is captured. */
async function run(args: string[]): Promise<{ code: number; err: string }> {
  const write = process.stderr.write;
  let err = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(['node', 'storydiff', ...args], { engine });
    return { code, err };
  } finally {
    process.stderr.write = write;
  }
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'storydiff-isolation-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('internal errors', () => {
  it('in a batch: an error line for the item, every other result kept, exit 2 at the end', async () => {
    const items = join(dir, 'items.jsonl');
    const out = join(dir, 'out.jsonl');
    const lines = [];
    for (let i = 0; i < 6; i++) lines.push(JSON.stringify({ id: `item-${i}`, base: i === 2 ? 'BOOM. The bridge opened.' : `The bridge opened on day ${i}.`, revised: 'The bridge opened.' }));
    writeFileSync(items, lines.join('\n') + '\n');
    const r = await run(['compare', '--batch', items, '--out', out, '--fail-on', 'none']);
    assert.equal(r.code, 2);
    const got = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(got.map((l) => l.id), ['item-0', 'item-1', 'item-2', 'item-3', 'item-4', 'item-5']);
    assert.equal(got.filter((l) => l.schema === 'storydiff/comparison@1').length, 5);
    const bad = got[2];
    assert.equal(Object.keys(bad).sort().join(), 'error,id');
    assert.match(bad.error, /^line 3: internal error while comparing item "item-2": Cannot read properties of undefined \(reading 'lower'\)\. This is a bug in storydiff: please report it at https:\/\/\S+ /);
    assert.doesNotMatch(bad.error, /\n/);
    assert.match(r.err, /1 of 6 items met an internal error/);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack without --debug');
  });

  it('in a batch with --debug: the stack on standard error, naming the line and id', async () => {
    const items = join(dir, 'debug.jsonl');
    writeFileSync(items, JSON.stringify({ id: 'x', base: 'BOOM', revised: 'y' }) + '\n');
    const r = await run(['compare', '--batch', items, '--out', join(dir, 'debug.out.jsonl'), '--debug']);
    assert.equal(r.code, 2);
    assert.match(r.err, /storydiff: line 1 \(id "x"\): TypeError: Cannot read properties/);
    assert.match(r.err, /\n\s+at /);
  });

  it('comparing two files: one line naming both, asking for a report, no output file; the stack only with --debug', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const out = join(dir, 'never.txt');
    writeFileSync(a, 'BOOM. The bridge opened.\n');
    writeFileSync(b, 'The bridge opened.\n');
    const r = await run(['compare', a, b, '--out', out]);
    assert.equal(r.code, 2);
    assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
    assert.match(r.err, new RegExp(`^storydiff: internal error while comparing ${a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} with \\S+b\\.txt: Cannot read properties`));
    assert.match(r.err, /please report it at https:\/\/\S+ with the input \(--debug prints the stack\)/);
    assert.equal(existsSync(out), false);
    const d = await run(['compare', a, b, '--out', out, '--debug']);
    assert.equal(d.code, 2);
    assert.match(d.err, /\nTypeError: Cannot read properties of undefined[^\n]*\n\s+at /);
  });
});
