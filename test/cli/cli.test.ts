import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync, readdirSync, mkdirSync, symlinkSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'storydiff.js');
const example = (f: string) => join(root, 'examples', 'harbor-fire', f);

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'storydiff-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('storydiff compare', () => {
  it('compares the bundled example as text', () => {
    const r = run(['compare', example('base.txt'), example('revised.txt'), '--fail-on', 'none']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /findings: \d+ material, \d+ notable/);
    assert.doesNotMatch(r.out, /\x1b\[/, 'no colour when not a terminal');
  });

  it('writes JSON of schema version 1 with raw offsets', () => {
    const r = run(['compare', example('base.txt'), example('revised.txt'), '--format', 'json', '--fail-on', 'none']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.schema, 'storydiff/comparison@1');
    assert.equal(j.profile, 'revision');
    const raw = readFileSync(example('revised.txt'), 'utf8');
    for (const f of j.findings) if (f.revised) assert.equal(raw.slice(f.revised.start, f.revised.end), f.revised.text);
    assert.deepEqual(Object.keys(j.summary), ['material', 'notable', 'minor']);
  });

  it('exits 1 when a finding reaches --fail-on, 0 when none does', () => {
    assert.equal(run(['compare', example('base.txt'), example('revised.txt'), '--fail-on', 'notable']).code, 1);
    const same = run(['compare', example('base.txt'), example('base.txt'), '--fail-on', 'minor']);
    assert.equal(same.code, 0);
    assert.match(same.out, /0 material, 0 notable, 0 minor/);
  });

  it('reads one side from standard input', () => {
    const r = run(['compare', example('base.txt'), '-', '--format', 'json', '--fail-on', 'none'], readFileSync(example('base.txt'), 'utf8'));
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).findings.length, 0);
  });

  it('compares a text that opens with an ordinal (issue 10 repro)', () => {
    const a = join(dir, 'third.txt');
    const b = join(dir, 'nothing.txt');
    writeFileSync(a, 'Third quarter 2020 earnings were $0.34 per diluted share.\n');
    writeFileSync(b, 'Nothing here.\n');
    const r = run(['compare', a, b]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /findings: 0 material/);
  });

  it('warns on standard error about an empty side, and --fail-on notable stops it', () => {
    const empty = join(dir, 'blank.txt');
    writeFileSync(empty, '  \n\n');
    const both = run(['compare', empty, empty]);
    assert.equal(both.code, 0);
    assert.match(both.err, /^storydiff: warning: \S+blank\.txt and \S+blank\.txt are both empty: there was nothing to compare\n$/);
    assert.equal(run(['compare', empty, empty, '--fail-on', 'notable']).code, 1);
    assert.equal(run(['compare', empty, empty, '--fail-on', 'none']).code, 0);
    const base = run(['compare', empty, example('revised.txt')]);
    assert.match(base.err, /blank\.txt \(the base\) is empty: everything in \S+revised\.txt is reported as added/);
    const revised = run(['compare', example('base.txt'), empty, '--fail-on', 'none']);
    assert.match(revised.err, /blank\.txt \(the revision\) is empty: everything in \S+base\.txt is reported as dropped/);
  });

  it('reports everything added when the base is empty', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const j = JSON.parse(run(['compare', empty, example('revised.txt'), '--format', 'json', '--fail-on', 'none']).out);
    assert.ok(j.findings.length > 0);
    assert.ok(j.findings.some((f: { check: string }) => f.check === 'claim-added'));
    assert.ok(j.findings.every((f: { check: string }) => f.check === 'claim-added' || f.check === 'quote-added'));
  });

  const bad: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['compare', join(dir, 'nope.txt'), example('base.txt')], /nope\.txt: no such file/],
    ['a directory', () => ['compare', dir, example('base.txt')], /is a directory/],
    ['a binary file', () => {
      const p = join(dir, 'bin.dat');
      writeFileSync(p, Buffer.from([0, 1, 2, 3, 255, 0]));
      return ['compare', p, example('base.txt')];
    }, /binary/],
    ['invalid UTF-8', () => {
      const p = join(dir, 'latin1.txt');
      writeFileSync(p, Buffer.from('caf\xe9 au lait', 'latin1'));
      return ['compare', p, example('base.txt')];
    }, /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['a file over the size limit', () => ['compare', example('base.txt'), example('revised.txt'), '--max-bytes', '100'], /over the 100 bytes limit/],
    ['an unknown format', () => ['compare', example('base.txt'), example('revised.txt'), '--format', 'xml'], /invalid/],
    ['a missing argument', () => ['compare', example('base.txt')], /needs BASE and REVISED/],
    ['both sides from standard input', () => ['compare', '-', '-'], /only one of BASE and REVISED/],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with one line and exit 2`, () => {
      const r = run(args());
      assert.equal(r.code, 2);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.equal(r.out, '');
    });
  }

  it('writes --out whole, and leaves nothing behind on error', () => {
    const out = join(dir, 'out', 'report.json');
    mkdirSync(dirname(out), { recursive: true });
    assert.equal(run(['compare', example('base.txt'), example('revised.txt'), '--format', 'json', '--out', out, '--fail-on', 'none']).code, 0);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).schema, 'storydiff/comparison@1');
    const out2 = join(dir, 'out', 'never.json');
    assert.equal(run(['compare', join(dir, 'nope'), example('revised.txt'), '--out', out2]).code, 2);
    assert.equal(existsSync(out2), false);
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['report.json']);
  });

  it('writes --out through a symlink to its target', () => {
    const target = join(dir, 'target.txt');
    const link = join(dir, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    assert.equal(run(['compare', example('base.txt'), example('base.txt'), '--out', link]).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.match(readFileSync(target, 'utf8'), /0 material, 0 notable/);
  });

  it('is deterministic, byte for byte', () => {
    const a = run(['compare', example('base.txt'), example('revised.txt'), '--format', 'json']).out;
    const b = run(['compare', example('base.txt'), example('revised.txt'), '--format', 'json']).out;
    assert.equal(a, b);
  });
});

describe('storydiff compare --batch', () => {
  it('streams one line per item in order, with an error line for a bad item', () => {
    const items = join(dir, 'items.jsonl');
    const b = readFileSync(example('base.txt'), 'utf8');
    const r2 = readFileSync(example('revised.txt'), 'utf8');
    writeFileSync(items, [
      JSON.stringify({ id: 'one', base: b, revised: r2 }),
      '{not json',
      JSON.stringify({ id: 'three', base: b }),
      '',
      JSON.stringify({ id: 4, base: b, revised: b }),
    ].join('\n') + '\n');
    const r = run(['compare', '--batch', items, '--fail-on', 'none']);
    assert.equal(r.code, 2, 'a bad line makes the exit code 2');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['one', null, 'three', '4']);
    assert.equal(lines[0].schema, 'storydiff/comparison@1');
    assert.match(lines[1].error, /line 2: not valid JSON/);
    assert.match(lines[2].error, /line 3: missing "revised"/);
    assert.equal(lines[3].findings.length, 0);
  });
  it('reports a line of invalid UTF-8 as an error line and goes on', () => {
    const items = join(dir, 'latin1.jsonl');
    writeFileSync(items, Buffer.concat([Buffer.from('{"id":"a","base":"caf'), Buffer.from([0xe9]), Buffer.from('","revised":"x"}\n'), Buffer.from(JSON.stringify({ id: 'b', base: 'The bridge opened.', revised: 'The bridge opened.' }) + '\n')]));
    const r = run(['compare', '--batch', items, '--fail-on', 'none']);
    assert.equal(r.code, 2);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b'], 'the id of a line with a bad byte elsewhere is still reported');
    assert.match(lines[0].error, /line 1: not valid UTF-8/);
  });
  it('names the field a line lacks, and refuses an id of the wrong type', () => {
    const items = join(dir, 'fields.jsonl');
    writeFileSync(items, [
      JSON.stringify({ base: 'a', revised: 'b' }),
      JSON.stringify({ id: { x: 1 }, base: 'a', revised: 'b' }),
      JSON.stringify({ id: 'c', revised: 'b' }),
      JSON.stringify({ id: 'd', base: 'a', revised: 7 }),
      Buffer.concat([Buffer.from('{"id":"caf'), Buffer.from([0xe9]), Buffer.from('","base":"a","revised":"b"}')]).toString('latin1'),
    ].join('\n') + '\n', 'latin1');
    const r = run(['compare', '--batch', items]);
    assert.equal(r.code, 2);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), [null, null, 'c', 'd', null]);
    assert.match(lines[0].error, /^line 1: missing "id"$/);
    assert.match(lines[1].error, /^line 2: "id" must be a string or a number \(got object\)$/);
    assert.match(lines[2].error, /^line 3: missing "base"$/);
    assert.match(lines[3].error, /^line 4: "revised" must be a string \(got number\)$/);
    assert.match(lines[4].error, /^line 5: not valid UTF-8/, 'an id with the bad byte in it is not guessed');
  });
  it('warns about an item with an empty side, and --fail-on notable stops it', () => {
    const items = join(dir, 'empty.jsonl');
    writeFileSync(items, [JSON.stringify({ id: 'e', base: '', revised: '' }), JSON.stringify({ id: 'f', base: 'The bridge opened.', revised: 'The bridge opened.' })].join('\n') + '\n');
    const r = run(['compare', '--batch', items]);
    assert.equal(r.code, 0);
    assert.match(r.err, /warning: line 1 \(id "e"\): the base and the revision are both empty/);
    assert.equal(run(['compare', '--batch', items, '--fail-on', 'notable']).code, 1);
  });
  it('refuses a binary batch file whole', () => {
    const items = join(dir, 'blob.jsonl');
    writeFileSync(items, Buffer.from([123, 0, 1, 2, 10, 0, 0]));
    const r = run(['compare', '--batch', items]);
    assert.equal(r.code, 2);
    assert.match(r.err, /looks like a binary file/);
    assert.equal(r.out, '');
  });
  it('refuses --out into a missing folder with one line', () => {
    const items = join(dir, 'one.jsonl');
    writeFileSync(items, JSON.stringify({ id: 'x', base: 'The bridge opened.', revised: 'The bridge opened.' }) + '\n');
    const r = run(['compare', '--batch', items, '--out', join(dir, 'no', 'such', 'out.jsonl')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no such directory/);
    assert.doesNotMatch(r.err, /\n\s+at /);
  });
  it('refuses a missing batch file', () => {
    const r = run(['compare', '--batch', join(dir, 'missing.jsonl')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /missing\.jsonl: no such file/);
  });
});

describe('batch progress bar', () => {
  it('draws a bar when the total is known, a count when it is not', async () => {
    const { bar } = await import('../../src/cli/compare.js');
    assert.equal(bar(0, 4), 'storydiff [------------------------]   0% 0/4');
    assert.equal(bar(1, 4), 'storydiff [######------------------]  25% 1/4');
    assert.equal(bar(4, 4), 'storydiff [########################] 100% 4/4');
    assert.equal(bar(7, 0), 'storydiff: 7 items');
  });
});
