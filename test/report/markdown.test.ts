import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, format, type Comparison } from '../../src/index.js';
import { escapeCell } from '../../src/report/markdown.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = (f: string) => readFileSync(join(root, 'examples', 'harbor-fire', f), 'utf8');

/** A comparison made by hand, to control every string the formatter sees. */
function synthetic(text: string, message: string): Comparison {
  return {
    schema: 'storydiff/comparison@1',
    profile: 'faithful',
    base: { sentences: [], paragraphs: [] },
    revised: { sentences: [], paragraphs: [] },
    links: [],
    findings: [
      {
        check: 'number-changed', severity: 'material', confidence: 0.9, message,
        base: { start: 0, end: text.length, text }, revised: { start: 0, end: 2, text: '50' },
        data: {}, docs: 'https://github.com/storydiff/storydiff/blob/main/docs/checks/number-changed.md',
      },
      { check: 'claim-added', severity: 'minor', confidence: 0.5, message: 'plain', base: null, revised: { start: 0, end: 1, text: 'x' }, data: {} },
    ],
    summary: { material: 1, notable: 0, minor: 1 },
  };
}

/** Splits a table row into cells on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

describe('markdown format', () => {
  it('shows the profile, counts per severity and one table row per finding', () => {
    const c = compare(example('base.txt'), example('revised.txt'));
    const md = format('md', [c], { texts: [{ base: example('base.txt'), revised: example('revised.txt'), baseName: 'base.txt', revisedName: 'revised.txt' }] });
    assert.match(md, /^### storydiff: base\.txt → revised\.txt$/m);
    assert.match(md, new RegExp(`Profile \`revision\` · .*${c.summary.notable} notable · ${c.summary.minor} minor`));
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| severity'));
    assert.equal(rows.length, c.findings.length);
    rows.forEach((r, i) => {
      const [severity, check] = cells(r);
      assert.ok(severity!.includes(c.findings[i]!.severity));
      assert.ok(check!.includes(c.findings[i]!.check.replace(/-/g, '-')));
    });
  });

  it('gives the place of each side, so rows with the same words can be told apart (issue 10)', () => {
    const c = compare(example('base.txt'), example('revised.txt'));
    const md = format('md', [c], { texts: [{ base: example('base.txt'), revised: example('revised.txt') }] });
    const forty = md.split('\n').filter((l) => l.includes('number-changed'));
    assert.equal(forty.length, 2);
    assert.match(cells(forty[0]!)[2]!, /^“40” <sub>line 1, col 56<\/sub>$/);
    assert.match(cells(forty[1]!)[2]!, /^“40” <sub>line 3, col 102<\/sub>$/);
    assert.match(cells(forty[1]!)[3]!, /^“50” <sub>line 3, col 102<\/sub>$/);
    // without the texts: offsets
    assert.match(format('md', [c]), /“40” <sub>chars \d+-\d+<\/sub>/);
  });

  it('escapes pipes, newlines and markup so each finding stays one row and shows literally', () => {
    const hostile = 'a | b\nc <script>x</script> *bold* [link](javascript:x) `code` & more';
    const md = format('md', [synthetic(hostile, `msg | with\r\nbreak`)], {});
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| severity'));
    assert.equal(rows.length, 2);
    for (const r of rows) assert.equal(cells(r).length, 5, r);
    assert.ok(!md.includes('<script>'));
    assert.ok(md.includes('\\<script\\>'));
    assert.ok(md.includes('a \\| b<br>c'));
    assert.ok(md.includes('msg \\| with<br>break'));
    assert.ok(md.includes('&amp; more'));
    assert.ok(md.includes('\\[link\\]\\(javascript:x\\)'));
    assert.match(md, /\*\*1 material\*\*/);
  });

  it('escapeCell leaves plain words alone', () => {
    assert.equal(escapeCell('Fire Chief Maria Delgado said 40.'), 'Fire Chief Maria Delgado said 40.');
    assert.equal(escapeCell('a|b'), 'a\\|b');
  });

  it('says so when there is nothing to report', () => {
    const md = format('md', [compare('The bridge opened.', 'The bridge opened.')], {});
    assert.match(md, /No findings\./);
    assert.match(md, /0 material · 0 notable · 0 minor/);
  });

  it('is deterministic and renders one section per comparison in a batch', () => {
    const a = compare(example('base.txt'), example('revised.txt'), { id: 'one' });
    const b = compare('The bridge opened on Monday.', 'The bridge opened on Tuesday.', { id: 'two' });
    const first = format('md', [a, b], {});
    assert.equal(format('md', [a, b], {}), first);
    assert.equal(format('md', [compare(example('base.txt'), example('revised.txt'), { id: 'one' }), b], {}), first);
    assert.match(first, /^### storydiff: one$/m);
    assert.match(first, /^### storydiff: two$/m);
  });
});
