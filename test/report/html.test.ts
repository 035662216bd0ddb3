import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, format, type Comparison, type FormatOptions } from '../../src/index.js';
import { elsewhere, escapeHtml, jsonForScript, rows } from '../../src/report/html.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = (f: string) => readFileSync(join(root, 'examples', 'harbor-fire', f), 'utf8');
const base = example('base.txt');
const revised = example('revised.txt');
const texts = [{ base, revised, baseName: 'base.txt', revisedName: 'revised.txt' }];

const HOSTILE_BASE =
  'Fire at the <script>window.__pwned=1</script> Warehouse\n\n' +
  'A fire broke out on Tuesday at a warehouse, forcing the evacuation of 40 homes. <img src=x onerror="window.__pwned=1"> was seen.\n' +
  'The mayor said "it\'s fine" & calm.\n';
const HOSTILE_REVISED =
  'Fire at the <script>window.__pwned=1</script> Warehouse\n\n' +
  'A fire broke out on Wednesday at a warehouse, forcing the evacuation of 50 homes. <img src=x onerror="window.__pwned=1"> was seen.\n' +
  'Click <a href="javascript:window.__pwned=1">x</a> for more </script><script>window.__pwned=1</script>.\n';

function render(cs: Comparison[], t: FormatOptions["texts"] = texts): string {
  return format('html', cs, { texts: t });
}

function inlineContent(html: string, tag: 'script' | 'style'): string[] {
  const re = tag === 'style' ? /<style>([\s\S]*?)<\/style>/g : /<script>([\s\S]*?)<\/script>/g;
  return [...html.matchAll(re)].map((m) => m[1]!);
}

describe('html format', () => {
  it('escapeHtml escapes & < > " \'', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('jsonForScript cannot close its script element and parses back', () => {
    const v = { s: '</script><script>alert(1)</script> & \u2028' };
    const j = jsonForScript(v);
    assert.ok(!/[<>&\u2028]/.test(j));
    assert.deepEqual(JSON.parse(j), v);
  });

  it('shows counts per severity and the profile', () => {
    const c = compare(base, revised, { profile: 'faithful' });
    const html = render([c]);
    for (const s of ['material', 'notable', 'minor'] as const) {
      assert.ok(html.includes(`data-scope="0" data-count="${s}">${c.summary[s]}<`), s);
      assert.ok(html.includes(`data-scope="all" data-count="${s}">${c.summary[s]}<`), s);
    }
    assert.match(html, /Profile <strong class="profile">faithful<\/strong>/);
    assert.equal((html.match(/<button type="button" class="finding /g) ?? []).length, c.findings.length);
  });

  it('shows every sentence of both tellings in the two columns', () => {
    const c = compare(base, revised);
    const rs = rows(c);
    const b = new Set(rs.flatMap((r) => r.base));
    const r = new Set(rs.flatMap((x) => x.revised));
    assert.equal(b.size, c.base.sentences.length);
    assert.equal(r.size, c.revised.sentences.length);
    assert.equal(rs.filter((x) => x.kind === 'dropped').length, c.base.sentences.length - new Set(c.links.flatMap((l) => l.base)).size);
    const html = render([c]);
    assert.equal((html.match(/<tr class="row /g) ?? []).length, rs.length);
    // every character of the word diff, and nothing else, is inside <del> (base) or <ins> (revised)
    const table = html.slice(html.indexOf('<table class="diff"'), html.indexOf('</table>'));
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const [tag, sign, side] of [['del', '-', 'base'], ['ins', '+', 'revised']] as const) {
      const shown = [...table.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => unescape(m[1]!)).join('');
      let expected = '';
      // a sentence standing in two rows has its changes shown in one of them (its home)
      const plain = elsewhere(rs, side);
      for (const [k, l] of rs.entries()) {
        const sentences = l[side].filter((i) => !plain[k]!.has(i)).map((i) => c[side].sentences[i]!);
        for (const [sg, s, e] of l.diff ?? []) {
          if (sg !== sign) continue;
          for (const x of sentences) if (Math.max(s, x.start) < Math.min(e, x.end)) expected += (side === 'base' ? base : revised).slice(Math.max(s, x.start), Math.min(e, x.end));
        }
      }
      // rows follow the revised telling, links may not: compare the characters, not their order
      const letters = (x: string) => [...x.replace(/\s+/g, '')].sort().join('');
      assert.equal(letters(shown), letters(expected), tag);
    }
  });

  it('shows a base sentence that stands in two rows plain in one, with its changes in the other (issue 10)', () => {
    const c = compare(base, revised);
    const html = render([c]);
    const merged = html.match(/<tr class="row r-merged">.*?<\/tr>/)![0];
    assert.match(merged, /<span class="s k-body also">Mayor Tom Becker thanked the crews and said the city would open a shelter at Lincoln High School for displaced families\.<\/span><span class="also-note"> \(also in a row below, where its changes are shown\)<\/span>/);
    assert.doesNotMatch(merged, /<del>[^<]*(Mayor|thanked|shelter)/, 'its words are not struck through where another row carries them');
    assert.match(html, /<tr class="row r-same"><td class="side b"><span class="s k-body">Mayor Tom Becker thanked the crews/);
  });

  it('marks each finding\'s words on both sides', () => {
    const c = compare(base, revised);
    const html = render([c]);
    c.findings.forEach((f, i) => {
      const id = `0-${i}`;
      const marked = [...html.matchAll(/<span class="fs" data-f="([^"]*)">/g)].filter((m) => m[1]!.split(' ').includes(id));
      assert.ok(marked.length >= (f.base ? 1 : 0) + (f.revised ? 1 : 0), `finding ${id} ${f.check}`);
    });
  });

  it('escapes hostile article text and never lets it become markup', () => {
    const c = compare(HOSTILE_BASE, HOSTILE_REVISED);
    assert.ok(c.findings.length > 0);
    const html = render([c], [{ base: HOSTILE_BASE, revised: HOSTILE_REVISED, baseName: '<b>base</b>', revisedName: 'r"evised' }]);
    assert.ok(!html.includes('<script>window.__pwned'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<a href="javascript'));
    assert.ok(!html.includes('<b>base</b>'));
    assert.ok(html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
    assert.ok(html.includes('onerror=&quot;window.__pwned=1&quot;'));
    // exactly two executable-or-data scripts: the JSON data and the page's own script
    assert.equal((html.match(/<script/g) ?? []).length, 2);
    assert.equal((html.match(/<\/script>/g) ?? []).length, 2);
    const data = /<script type="application\/json" id="storydiff-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    assert.ok(!data.includes('<'));
    const parsed = JSON.parse(data) as { findings: Array<{ message: string }> };
    assert.equal(parsed.findings.length, c.findings.length);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const a = render([compare(base, revised)]);
    const b = render([compare(base, revised)]);
    assert.equal(a, b);
    assert.equal(render([compare(HOSTILE_BASE, HOSTILE_REVISED)], [{ base: HOSTILE_BASE, revised: HOSTILE_REVISED }]), render([compare(HOSTILE_BASE, HOSTILE_REVISED)], [{ base: HOSTILE_BASE, revised: HOSTILE_REVISED }]));
  });

  it('references no network resource: no src, no stylesheet link, no url(), http(s) only in documentation links', () => {
    const html = render([compare(base, revised)]);
    const data = /<script type="application\/json" id="storydiff-data">[\s\S]*?<\/script>/;
    const page = html.replace(data, '');
    assert.doesNotMatch(page, /\ssrc\s*=/i);
    assert.doesNotMatch(page, /<link\b/i);
    assert.doesNotMatch(page, /url\s*\(/i);
    assert.doesNotMatch(page, /@import/i);
    assert.doesNotMatch(page, /<(img|iframe|object|embed|video|audio|source|base)\b/i);
    const urls = [...page.matchAll(/https?:\/\/[^\s"'<>]*/g)];
    assert.ok(urls.length > 0);
    for (const m of urls) {
      const before = page.slice(Math.max(0, m.index! - 40), m.index!);
      assert.match(before, /<a class="docs" href="$/, `unexpected URL ${m[0]}`);
      assert.match(m[0], /^https:\/\/github\.com\/storydiff\/storydiff\/blob\/main\/docs\/checks\/[a-z-]+\.md$/);
    }
  });

  it('carries a Content-Security-Policy allowing only its own style and script, by hash', () => {
    const html = render([compare(base, revised)]);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(meta, 'CSP meta tag');
    const policy = meta[1]!.replace(/&#39;/g, "'");
    assert.match(policy, /default-src 'none'/);
    const [style] = inlineContent(html, 'style');
    const [script] = inlineContent(html, 'script');
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    assert.ok(policy.includes(`style-src ${hash(style!)}`), policy);
    assert.ok(policy.includes(`script-src ${hash(script!)}`), policy);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), 'the policy comes before any style or script');
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, 'no inline style attributes or event handlers');
  });

  it('renders one section per comparison in a batch, with totals in the header', () => {
    const a = compare(base, revised, { id: 'harbor' });
    const b = compare('The bridge opened on Monday.', 'The bridge opened on Tuesday.', { id: 'bridge' });
    const html = format('html', [a, b], { texts: [{ base, revised }, { base: 'The bridge opened on Monday.', revised: 'The bridge opened on Tuesday.' }] });
    assert.equal((html.match(/<section class="comparison"/g) ?? []).length, 2);
    assert.ok(html.includes(`data-scope="all" data-count="material">${a.summary.material + b.summary.material}<`));
    assert.match(html, /<h2 id="c1-title">bridge<\/h2>/);
  });

  it('without the texts, still lists the findings', () => {
    const c = compare(base, revised);
    const html = format('html', [c], {});
    assert.match(html, /only the findings are shown/);
    assert.equal((html.match(/<button type="button" class="finding /g) ?? []).length, c.findings.length);
  });
});
