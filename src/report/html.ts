/**
 * HTML: one self-contained page (inline CSS and script, no network request of any kind) showing the
 * two tellings side by side, one row per link, with word-level changes and a findings panel.
 *
 * Safety: every piece of input text goes through escapeHtml(); the script reads its data from a
 * `<script type="application/json">` block (never evaluated) and writes only with textContent and
 * classes. A Content-Security-Policy meta tag allows nothing but this page's own style and script,
 * by their sha256 hashes. The output depends only on the input: same input, same bytes.
 */
import { createHash } from 'node:crypto';
import type { Comparison, Finding, Located, Severity, Span } from '../types.js';
import type { FormatOptions } from './index.js';

const SEVERITIES: readonly Severity[] = ['material', 'notable', 'minor'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values (& < > " '). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON for a `<script type="application/json">` block: no `<`, `>` or `&` (so no `</script>`), no U+2028/2029. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A CSP source expression for an inline element's exact content. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** The page's Content-Security-Policy: nothing but its own inline style and script. */
export function reportPolicy(): string {
  return `default-src 'none'; script-src ${cspHash(SCRIPT)}; style-src ${cspHash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

const CAPITAL: Record<Severity, string> = { material: 'Material', notable: 'Notable', minor: 'Minor' };

function clip(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

type Texts = NonNullable<FormatOptions['texts']>[number];

interface Row {
  kind: string;
  base: number[];
  revised: number[];
  diff: Array<['-' | '+', number, number]>;
  similarity?: number;
}

/**
 * Rows in reading order of the revised telling: each link is a row, an unlinked revised sentence is an
 * "added" row, and an unlinked base sentence a "dropped" row placed after the row that holds the
 * nearest earlier base sentence.
 */
export function rows(c: Comparison): Row[] {
  const byNumber = (a: number, b: number) => a - b;
  const out: Row[] = c.links.map((l) => ({ kind: l.kind, base: [...l.base].sort(byNumber), revised: [...l.revised].sort(byNumber), diff: l.diff ?? [], similarity: l.similarity }));
  const linkedR = new Set(c.links.flatMap((l) => l.revised));
  c.revised.sentences.forEach((_, i) => {
    if (!linkedR.has(i)) out.push({ kind: 'added', base: [], revised: [i], diff: [] });
  });
  const first = (r: Row) => (r.revised.length ? r.revised[0]! : r.base.length ? -1 : Number.MAX_SAFE_INTEGER);
  out.sort((a, b) => first(a) - first(b) || (a.base[0] ?? 0) - (b.base[0] ?? 0));
  const linkedB = new Set(c.links.flatMap((l) => l.base));
  for (let i = 0; i < c.base.sentences.length; i++) {
    if (linkedB.has(i)) continue;
    let anchor = -1;
    let best = -1;
    out.forEach((r, k) => {
      for (const b of r.base) if (b < i && b >= best) (best = b), (anchor = k);
    });
    let at = anchor + 1;
    while (out[at]?.kind === 'dropped') at++;
    out.splice(at, 0, { kind: 'dropped', base: [i], revised: [], diff: [] });
  }
  return out;
}

interface Mark extends Span {
  id: string;
}

/**
 * A sentence can stand in several links (a base sentence merged into one revised sentence and carried
 * whole by another). Its changes are shown in one row, its home: the row with the fewest sentences on
 * that side, then the closest link. In its other rows it is shown plain, with a pointer to its home,
 * so that words carried elsewhere do not read as deleted (issue 10). Returns, per row, the sentences
 * shown plain and whether their home is above or below.
 */
export function elsewhere(list: Row[], side: 'base' | 'revised'): Array<Map<number, 'above' | 'below'>> {
  const homes = new Map<number, number>();
  list.forEach((r, k) => {
    for (const i of r[side]) {
      const h = homes.get(i);
      if (h === undefined) {
        homes.set(i, k);
        continue;
      }
      const o = list[h]!;
      const better = r[side].length < o[side].length || (r[side].length === o[side].length && (r.similarity ?? 0) > (o.similarity ?? 0));
      if (better) homes.set(i, k);
    }
  });
  return list.map((r, k) => {
    const m = new Map<number, 'above' | 'below'>();
    for (const i of r[side]) {
      const h = homes.get(i)!;
      if (h !== k) m.set(i, h < k ? 'above' : 'below');
    }
    return m;
  });
}

/** One sentence's raw text, cut at word-diff and finding boundaries; each piece escaped. */
function sentenceHtml(raw: string, s: Span, diff: Span[], marks: Mark[], tag: 'del' | 'ins'): string {
  const cuts = new Set<number>([s.start, s.end]);
  const inside = (x: number) => x > s.start && x < s.end;
  for (const d of diff) for (const x of [d.start, d.end]) if (inside(x)) cuts.add(x);
  for (const m of marks) for (const x of [m.start, m.end]) if (inside(x)) cuts.add(x);
  const at = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k + 1 < at.length; k++) {
    const a = at[k]!;
    const b = at[k + 1]!;
    let piece = escapeHtml(raw.slice(a, b));
    if (diff.some((d) => d.start < b && d.end > a)) piece = `<${tag}>${piece}</${tag}>`;
    const ids = marks.filter((m) => m.start < b && m.end > a).map((m) => m.id);
    if (ids.length) piece = `<span class="fs" data-f="${escapeHtml(ids.join(' '))}">${piece}</span>`;
    html += piece;
  }
  return html;
}

function cellHtml(
  c: Comparison,
  raw: string,
  side: 'base' | 'revised',
  indices: number[],
  row: Row,
  marks: Mark[],
  plain: Map<number, 'above' | 'below'> = new Map(),
): string {
  const sentences = c[side].sentences;
  const sign = side === 'base' ? '-' : '+';
  const diff = row.diff.filter((d) => d[0] === sign).map((d) => ({ start: d[1], end: d[2] }));
  const parts: string[] = [];
  indices.forEach((i, k) => {
    const s = sentences[i];
    if (!s) return;
    if (k > 0 && i !== indices[k - 1]! + 1) parts.push('<span class="gap" aria-hidden="true">…</span>');
    const own = marks.filter((m) => m.start < s.end && Math.max(m.end, m.start + 1) > s.start);
    const zeroWidth = own.map((m) => (m.end > m.start ? m : { ...m, end: Math.min(m.start + 1, s.end) }));
    const home = plain.get(i);
    if (home) {
      // shown plain here: its changes are shown in its home row
      parts.push(
        `<span class="s k-${escapeHtml(s.kind)} also">${sentenceHtml(raw, s, [], zeroWidth, side === 'base' ? 'del' : 'ins')}</span>` +
          `<span class="also-note"> (also in a row ${home}, where its changes are shown)</span>`,
      );
      return;
    }
    parts.push(`<span class="s k-${escapeHtml(s.kind)}">${sentenceHtml(raw, s, diff, zeroWidth, side === 'base' ? 'del' : 'ins')}</span>`);
  });
  return parts.join(' ');
}

const KIND_LABEL: Record<string, string> = {
  same: 'same', edited: 'edited', split: 'split', merged: 'merged', moved: 'moved', added: 'added', dropped: 'dropped',
};

function tableHtml(c: Comparison, t: Texts, ci: number, names: { base: string; revised: string }): string {
  const marks = (side: 'base' | 'revised'): Mark[] =>
    c.findings.flatMap((f, fi) => {
      const l = f[side];
      return l ? [{ start: l.start, end: l.end, id: `${ci}-${fi}` }] : [];
    });
  const bm = marks('base');
  const rm = marks('revised');
  const list = rows(c);
  const plainB = elsewhere(list, 'base');
  const plainR = elsewhere(list, 'revised');
  const body = list
    .map((r, k) => {
      const kind = KIND_LABEL[r.kind] ?? r.kind;
      const b = r.base.length ? cellHtml(c, t.base, 'base', r.base, r, bm, plainB[k]) : '';
      const v = r.revised.length ? cellHtml(c, t.revised, 'revised', r.revised, r, rm, plainR[k]) : '';
      return (
        `<tr class="row r-${escapeHtml(r.kind)}">` +
        `<td class="side b">${b || '<span class="none">(not in the base)</span>'}</td>` +
        `<th scope="row" class="kind">${escapeHtml(kind)}</th>` +
        `<td class="side r">${v || '<span class="none">(not in the revision)</span>'}</td></tr>`
      );
    })
    .join('\n');
  return (
    `<table class="diff" aria-label="${escapeHtml(`Sentences of ${names.base} and ${names.revised}, aligned`)}">` +
    `<thead><tr><th scope="col" class="b">Base <span class="name">${escapeHtml(names.base)}</span></th>` +
    `<th scope="col" class="kind"><span class="sr-only">Change</span></th>` +
    `<th scope="col" class="r">Revised <span class="name">${escapeHtml(names.revised)}</span></th></tr></thead>\n` +
    `<tbody>\n${body}\n</tbody></table>`
  );
}

function quote(label: string, l: Located | null): string {
  if (!l) return '';
  return `<span class="q"><span class="ql">${label}</span> “${escapeHtml(clip(l.text, 140))}”</span>`;
}

function findingHtml(f: Finding, id: string): string {
  const docs = f.docs && /^https:\/\/[^\s"'<>]+$/.test(f.docs)
    ? ` <a class="docs" href="${escapeHtml(f.docs)}" rel="noopener noreferrer">about ${escapeHtml(f.check)}<span class="sr-only"> (documentation)</span></a>`
    : '';
  return (
    `<li class="fi" data-check="${escapeHtml(f.check)}">` +
    `<button type="button" class="finding sev-${f.severity}" data-finding="${id}">` +
    `<span class="badge">${f.severity}</span> <span class="check">${escapeHtml(f.check)}</span>` +
    `<span class="msg">${escapeHtml(clip(f.message, 300))}</span>` +
    quote('before', f.base) +
    quote('after', f.revised) +
    `</button>${docs}</li>`
  );
}

function countsHtml(summary: Record<Severity, number>, scope: string): string {
  return (
    `<ul class="counts" aria-label="Findings by severity">` +
    SEVERITIES.map((s) => `<li class="sev-${s}"><span class="count" data-scope="${scope}" data-count="${s}">${summary[s] ?? 0}</span> ${s}</li>`).join('') +
    `</ul>`
  );
}

function sectionHtml(c: Comparison, t: Texts | undefined, ci: number): string {
  const names = {
    base: t?.baseName ?? 'base',
    revised: t?.revisedName ?? 'revised',
  };
  const title = t?.baseName || t?.revisedName ? `${names.base} → ${names.revised}` : c.id ?? `Comparison ${ci + 1}`;
  const usable =
    t !== undefined &&
    c.base.sentences.every((s) => s.end <= t.base.length) &&
    c.revised.sentences.every((s) => s.end <= t.revised.length);
  const checks = new Map<string, number>();
  for (const f of c.findings) checks.set(f.check, (checks.get(f.check) ?? 0) + 1);
  const filters = checks.size
    ? `<fieldset class="filters"><legend>Show checks</legend>` +
      [...checks]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([check, n]) => `<label><input type="checkbox" checked data-check="${escapeHtml(check)}"> ${escapeHtml(check)} <span class="n">(${n})</span></label>`)
        .join('') +
      `</fieldset>`
    : '';
  const groups = SEVERITIES.map((sev) => {
    const items = c.findings.map((f, fi) => (f.severity === sev ? findingHtml(f, `${ci}-${fi}`) : '')).filter(Boolean);
    if (!items.length) return '';
    return `<section class="group sev-${sev}" aria-label="${CAPITAL[sev]} findings"><h4>${CAPITAL[sev]} <span class="n">(${items.length})</span></h4><ol>${items.join('\n')}</ol></section>`;
  }).join('\n');
  const linkedB = new Set(c.links.flatMap((l) => l.base)).size;
  const linkedR = new Set(c.links.flatMap((l) => l.revised)).size;
  const stats =
    `${c.base.sentences.length} base sentences, ${c.revised.sentences.length} revised; ` +
    `${c.base.sentences.length - linkedB} dropped, ${c.revised.sentences.length - linkedR} added`;
  return (
    `<section class="comparison" id="c${ci}" data-c="${ci}" aria-labelledby="c${ci}-title">\n` +
    `<header class="chead"><h2 id="c${ci}-title">${escapeHtml(title)}</h2>` +
    `<p class="meta">Profile <strong class="profile">${escapeHtml(c.profile)}</strong> · ${escapeHtml(stats)}</p>` +
    countsHtml(c.summary, String(ci)) +
    `</header>\n<div class="layout">\n` +
    `<aside class="panel" aria-labelledby="c${ci}-fh"><h3 id="c${ci}-fh">Findings</h3>${filters}` +
    (c.findings.length ? groups : '<p class="empty">No findings.</p>') +
    `</aside>\n<div class="text">` +
    (usable ? tableHtml(c, t, ci, names) : '<p class="empty">The texts were not given to the formatter: only the findings are shown.</p>') +
    `</div>\n</div>\n</section>`
  );
}

/** The page: header with counts and legend, one section per comparison, a status line. */
export function html(comparisons: Comparison[], options: FormatOptions): string {
  const total: Record<Severity, number> = { material: 0, notable: 0, minor: 0 };
  for (const c of comparisons) for (const s of SEVERITIES) total[s] += c.summary[s] ?? 0;
  const profiles = [...new Set(comparisons.map((c) => c.profile))].sort();
  const t0 = options.texts?.[0];
  const title = comparisons.length === 1 && (t0?.baseName || t0?.revisedName)
    ? `storydiff: ${t0.baseName ?? 'base'} → ${t0.revisedName ?? 'revised'}`
    : `storydiff report (${comparisons.length} comparison${comparisons.length === 1 ? '' : 's'})`;
  const data = {
    findings: comparisons.flatMap((c, ci) =>
      c.findings.map((f, fi) => ({
        id: `${ci}-${fi}`,
        severity: f.severity,
        check: f.check,
        message: clip(f.message, 300),
        before: f.base ? clip(f.base.text, 200) : null,
        after: f.revised ? clip(f.revised.text, 200) : null,
      })),
    ),
  };
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportPolicy())}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n` +
    `<meta name="generator" content="storydiff">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<a class="skip" href="#main">Skip to the report</a>\n` +
    `<header class="top"><h1>${escapeHtml(title)}</h1>` +
    `<p class="meta">Profile${profiles.length === 1 ? '' : 's'} <strong class="profile">${escapeHtml(profiles.join(', ') || 'none')}</strong></p>` +
    countsHtml(total, 'all') +
    LEGEND +
    `</header>\n<main id="main" tabindex="-1">\n` +
    comparisons.map((c, ci) => sectionHtml(c, options.texts?.[ci], ci)).join('\n') +
    (comparisons.length ? '' : '<p class="empty">Nothing was compared.</p>') +
    `\n</main>\n<footer class="status"><p id="status" role="status" aria-live="polite">` +
    (data.findings.length ? 'Select a finding, or press n and p to step through them.' : 'No findings.') +
    `</p></footer>\n` +
    `<script type="application/json" id="storydiff-data">${jsonForScript(data)}</script>\n` +
    `<script>${SCRIPT}</script>\n</body>\n</html>\n`
  );
}

const LEGEND =
  `<details class="legend" open><summary>Legend</summary><ul>` +
  `<li><del>removed words</del> words of the base not in the linked revised sentence</li>` +
  `<li><ins>added words</ins> words of the revision not in the linked base sentence</li>` +
  `<li><span class="sw r-dropped">dropped</span> a base sentence the revision does not carry</li>` +
  `<li><span class="sw r-added">added</span> a revised sentence with no support in the base</li>` +
  `<li><span class="also">plain text</span> <span class="also-note">(also in a row below)</span> a sentence that stands in two rows: its changes are shown in the other</li>` +
  `<li><span class="fs">finding</span> words a finding points at; <span class="fs hl">current</span> the selected finding</li>` +
  `<li>Keys: <kbd>n</kbd> next finding, <kbd>p</kbd> previous, <kbd>Esc</kbd> clear</li>` +
  `</ul></details>`;

const STYLE = `
:root{--bg:#fff;--fg:#1b1b1f;--muted:#5b5f6a;--line:#d6d8de;--panel:#f6f7f9;--del:#ffd7d5;--ins:#cdf3d2;--drop:#fff0ef;--add:#ebfbee;
--fs:#fff3bf;--fsbar:#e8a400;--hl:#ffd43b;--hlfg:#000;--material:#c92a2a;--notable:#a35200;--minor:#5b5f6a;--focus:#1c64f2}
@media (prefers-color-scheme:dark){:root{--bg:#16171b;--fg:#e6e7ea;--muted:#a2a6b0;--line:#3a3d45;--panel:#1f2127;--del:#5c2323;--ins:#1f4d2a;
--drop:#2e1c1c;--add:#1a2e20;--fs:#4a3f12;--fsbar:#d9a520;--hl:#f2c94c;--hlfg:#000;--material:#ff8787;--notable:#ffc078;--minor:#adb5bd;--focus:#74a7ff}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);color:var(--fg);padding:.5em}
.skip:focus{left:.5em;z-index:10}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header.top{padding:1em 1.5em;border-bottom:1px solid var(--line)}
h1{font-size:1.4em;margin:0 0 .3em}h2{font-size:1.2em;margin:0 0 .2em}h3{font-size:1.05em;margin:0 0 .5em}h4{font-size:.95em;margin:.8em 0 .3em}
.meta{margin:.2em 0;color:var(--muted)}.profile{color:var(--fg)}
.counts{list-style:none;display:flex;gap:1em;padding:0;margin:.3em 0;flex-wrap:wrap}
.counts li{font-weight:600}.count{font-size:1.2em}
.sev-material .count,.sev-material .badge,.group.sev-material h4{color:var(--material)}
.sev-notable .count,.sev-notable .badge,.group.sev-notable h4{color:var(--notable)}
.sev-minor .count,.sev-minor .badge,.group.sev-minor h4{color:var(--minor)}
.legend{margin-top:.5em;color:var(--muted);font-size:.9em}.legend ul{margin:.3em 0;padding-left:1.2em}
.sw{padding:0 .3em;border-left:3px solid var(--line)}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 .3em;font-size:.9em}
main{padding:0 1.5em 4em}main:focus{outline:none}
section.comparison{border-bottom:1px solid var(--line);padding:1em 0}
.layout{display:grid;grid-template-columns:minmax(16rem,22rem) minmax(0,1fr);gap:1.5em;align-items:start;margin-top:1em}
@media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr)}.panel{position:static!important;max-height:none!important}}
.panel{position:sticky;top:0;max-height:100vh;overflow:auto;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.8em}
.filters{border:1px solid var(--line);border-radius:4px;margin:0 0 .5em;padding:.3em .6em;font-size:.9em}
.filters label{display:inline-block;margin-right:.8em}
.panel ol{list-style:none;margin:0;padding:0}
.fi{margin:0 0 .5em}
button.finding{display:block;width:100%;text-align:left;font:inherit;font-size:.9em;color:inherit;background:var(--bg);
border:1px solid var(--line);border-left:4px solid var(--minor);border-radius:4px;padding:.4em .6em;cursor:pointer}
button.finding.sev-material{border-left-color:var(--material)}button.finding.sev-notable{border-left-color:var(--notable)}
button.finding:hover{border-color:var(--focus)}
button.finding.current{outline:2px solid var(--hl);background:var(--fs)}
.badge{font-weight:700;text-transform:uppercase;font-size:.75em;letter-spacing:.04em}
.check{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.msg{display:block;margin-top:.2em}.q{display:block;color:var(--muted);font-size:.9em}.ql{font-weight:600}
.docs{font-size:.8em;color:var(--muted)}
table.diff{width:100%;border-collapse:collapse;table-layout:fixed}
table.diff thead th{position:sticky;top:0;background:var(--bg);text-align:left;border-bottom:2px solid var(--line);padding:.3em .5em;z-index:1}
table.diff th.kind{width:5.5em;text-align:center}
.name{font-weight:400;color:var(--muted);font-size:.85em;overflow-wrap:anywhere}
td.side{vertical-align:top;padding:.4em .5em;border-bottom:1px solid var(--line);overflow-wrap:anywhere}
th.kind[scope=row]{vertical-align:top;font-weight:400;font-size:.75em;color:var(--muted);padding:.6em .2em;border-bottom:1px solid var(--line)}
tr.r-same td.side{color:var(--muted)}
tr.r-dropped td.b,.sw.r-dropped{background:var(--drop);border-left:3px solid var(--material)}
tr.r-added td.r,.sw.r-added{background:var(--add);border-left:3px solid #2b8a3e}
.none{color:var(--muted);font-style:italic;font-size:.85em}
.also{color:var(--muted)}.also-note{color:var(--muted);font-style:italic;font-size:.85em}
.s.k-headline{font-weight:700}.gap{color:var(--muted)}
del{background:var(--del);text-decoration:line-through;text-decoration-thickness:1px}
ins{background:var(--ins);text-decoration:none;border-bottom:1px solid currentColor}
.fs{box-shadow:inset 0 -3px 0 var(--fsbar);cursor:pointer}
.fs.hl,.fs.hl del,.fs.hl ins{background:var(--hl);color:var(--hlfg);outline:2px solid var(--hl)}
.empty{color:var(--muted)}
footer.status{position:fixed;bottom:0;left:0;right:0;background:var(--panel);border-top:1px solid var(--line);padding:.3em 1.5em;font-size:.9em}
footer.status p{margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#444;--panel:#fff;--fs:transparent;--fsbar:transparent;--hl:transparent}
body{font-size:11pt}.skip,.filters,footer.status,.docs,.legend summary{display:none}
.layout{display:block}.panel{position:static;max-height:none;overflow:visible;border:none;padding:0;margin-bottom:1em}
button.finding{border:none;border-left:3px solid #000;padding:.1em .5em;background:none}
table.diff thead th{position:static}tr{break-inside:avoid}section.comparison{break-before:auto}
del{background:none;text-decoration:line-through}ins{background:none;text-decoration:underline}
tr.r-dropped td.b,tr.r-added td.r{background:none}
button.finding.current,:focus,:focus-visible{outline:none}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

const SCRIPT = `
(function () {
  'use strict';
  var node = document.getElementById('storydiff-data');
  var data = { findings: [] };
  try { data = JSON.parse(node ? node.textContent || '' : ''); } catch (e) { /* keep the static page */ }
  var byId = {};
  data.findings.forEach(function (f) { byId[f.id] = f; });
  var status = document.getElementById('status');
  var current = null;

  function visible() {
    return Array.prototype.filter.call(document.querySelectorAll('button.finding'), function (b) {
      var li = b.closest('li');
      return !(li && li.hidden);
    });
  }
  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll('.hl'), function (el) { el.classList.remove('hl'); });
    if (current) { current.classList.remove('current'); current.removeAttribute('aria-current'); }
    current = null;
  }
  function say(text) { if (status) status.textContent = text; }
  function select(button, focus) {
    clear();
    var id = button.getAttribute('data-finding') || '';
    current = button;
    button.classList.add('current');
    button.setAttribute('aria-current', 'true');
    var spans = Array.prototype.filter.call(document.querySelectorAll('.fs[data-f]'), function (el) {
      return (el.getAttribute('data-f') || '').split(' ').indexOf(id) >= 0;
    });
    spans.forEach(function (el) { el.classList.add('hl'); });
    if (focus) button.focus({ preventScroll: true });
    button.scrollIntoView({ block: 'nearest' });
    var base = spans.filter(function (el) { return el.closest('td.b'); })[0];
    var revised = spans.filter(function (el) { return el.closest('td.r'); })[0];
    var first = revised || base;
    if (first) first.scrollIntoView({ block: 'center' });
    if (base && revised && base.closest('tr') !== revised.closest('tr')) base.scrollIntoView({ block: 'nearest' });
    var list = visible();
    var f = byId[id] || {};
    var text = 'Finding ' + (list.indexOf(button) + 1) + ' of ' + list.length + ': ' + (f.severity || '') + ', ' + (f.check || '') + '. ' + (f.message || '');
    if (f.before) text += ' Before: \\u201c' + f.before + '\\u201d.';
    if (f.after) text += ' After: \\u201c' + f.after + '\\u201d.';
    say(text);
  }
  function step(by) {
    var list = visible();
    if (!list.length) { say('No findings to show.'); return; }
    var i = current ? list.indexOf(current) : -1;
    var next = i < 0 ? (by > 0 ? 0 : list.length - 1) : (i + by + list.length) % list.length;
    select(list[next], true);
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var button = t.closest('button.finding');
    if (button) { select(button, false); return; }
    var span = t.closest('.fs[data-f]');
    if (span) {
      var id = (span.getAttribute('data-f') || '').split(' ')[0];
      var match = visible().filter(function (b) { return b.getAttribute('data-finding') === id; })[0];
      if (match) select(match, true);
    }
  });
  document.addEventListener('change', function (e) {
    var box = e.target;
    if (!(box instanceof HTMLInputElement) || !box.hasAttribute('data-check')) return;
    var section = box.closest('section.comparison');
    if (!section) return;
    var check = box.getAttribute('data-check');
    Array.prototype.forEach.call(section.querySelectorAll('li.fi'), function (li) {
      if (li.getAttribute('data-check') === check) li.hidden = !box.checked;
    });
    if (current && current.closest('li').hidden) { clear(); say('The selected finding is hidden by a filter.'); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t instanceof HTMLElement) {
      if (t.isContentEditable || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') return;
      if (t.tagName === 'INPUT' && !/^(checkbox|radio|button)$/.test(t.type)) return;
    }
    if (e.key === 'n') { e.preventDefault(); step(1); }
    else if (e.key === 'p') { e.preventDefault(); step(-1); }
    else if (e.key === 'Escape' && current) { clear(); say('No finding selected.'); }
  });
})();
`;
