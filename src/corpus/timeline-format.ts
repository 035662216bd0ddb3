/**
 * Formatters of a timeline: pure functions (timeline, options) => string, by name, as the report's
 * formatters. JSON is canonical (schema storydiff/timeline@1); text, Markdown and HTML are views.
 * All article text is escaped in Markdown and HTML; the HTML page has no script at all and a
 * Content-Security-Policy that allows only its own style.
 */
import { cspHash, escapeHtml } from '../report/html.js';
import { escapeCell } from '../report/markdown.js';
import type { Finding, Located, Severity } from '../types.js';
import type { Timeline, TimelineChange, TimelineVersion } from './timeline.js';

export interface TimelineFormatOptions {
  /** ANSI colours in the text format */
  color?: boolean;
}

const SEVERITIES: readonly Severity[] = ['material', 'notable', 'minor'];
const COLORS: Record<string, string> = { material: '\x1b[1;31m', notable: '\x1b[33m', minor: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** `2026-11-24 14:15 UTC` */
export function shortTime(iso: string | null): string {
  if (!iso) return '—';
  return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}

function clip(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function counts(s: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((k) => s[k]).map((k) => `${s[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'no findings';
}

function articleName(t: Timeline): string {
  return t.article.url ?? t.article.path ?? t.article.guid ?? `article ${t.article.id}`;
}

function changeInto(t: Timeline): Map<number, TimelineChange> {
  return new Map(t.changes.map((c) => [c.to.id, c]));
}

// ---------------------------------------------------------------------------------------------
export function timelineJson(t: Timeline): string {
  return JSON.stringify(t, null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------
export function timelineText(t: Timeline, options: TimelineFormatOptions = {}): string {
  const c = (k: string, s: string) => (options.color ? COLORS[k] + s + COLORS.reset : s);
  const a = t.article;
  const out: string[] = [];
  out.push(c('bold', `${a.title ?? '(no title)'}`));
  out.push(c('dim', `article ${a.id} · ${articleName(t)}${a.outlet ? ` · ${a.outlet}` : ''} · ${a.versionCount} version${a.versionCount === 1 ? '' : 's'}${t.since ? ` · since ${shortTime(t.since)}` : ''}`));
  out.push('');
  const into = changeInto(t);
  for (const v of t.versions) {
    const seen = v.seenCount > 1 ? `  seen ${v.seenCount} times, last ${shortTime(v.lastSeenAt)}` : '';
    out.push(`${c('bold', `v${v.seq}`)}  ${shortTime(v.fetchedAt)}  version ${v.id}${seen}${v.title && v.title !== a.title ? `  "${clip(v.title, 80)}"` : ''}`);
    const ch = into.get(v.id);
    if (ch) {
      const sum = SEVERITIES.filter((k) => ch.summary[k]).map((k) => c(k, `${ch.summary[k]} ${k}`)).join(', ') || 'no findings';
      out.push(`    from v${ch.from.seq}: ${sum}`);
      for (const sev of SEVERITIES) for (const f of ch.findings.filter((x) => x.severity === sev)) out.push(...findingText(f, c));
    } else if (v.seq === 1) out.push(c('dim', '    first version'));
    else if (!t.changes.some((x) => x.from.id === v.id)) out.push(c('dim', '    (not compared)'));
  }
  if (!t.versions.length) out.push(c('dim', t.since ? `no versions since ${shortTime(t.since)}` : 'no versions'));
  return out.join('\n') + '\n';
}

function findingText(f: Finding, c: (k: string, s: string) => string): string[] {
  const lines = [`      ${c(f.severity, f.severity.padEnd(8))} ${c('bold', f.check)}  ${clip(f.message, 200)}`];
  if (f.base) lines.push(`        ${c('dim', 'before')} "${clip(f.base.text)}"`);
  if (f.revised) lines.push(`        ${c('dim', 'after ')} "${clip(f.revised.text)}"`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
function quoted(l: Located | null): string {
  return l ? `“${escapeCell(clip(l.text, 240))}”` : '—';
}

export function timelineMarkdown(t: Timeline): string {
  const a = t.article;
  const out: string[] = [];
  out.push(`## ${escapeCell(a.title ?? '(no title)')}`, '');
  out.push(`Article ${a.id} · ${escapeCell(articleName(t))}${a.outlet ? ` · ${escapeCell(a.outlet)}` : ''} · ${a.versionCount} version${a.versionCount === 1 ? '' : 's'}${t.since ? ` · since ${shortTime(t.since)}` : ''} · profile \`${t.profile}\``, '');
  out.push('| version | fetched | last seen | title | change from the version before |', '|---|---|---|---|---|');
  const into = changeInto(t);
  for (const v of t.versions) {
    const ch = into.get(v.id);
    const change = ch ? (ch.summary.material ? `**${counts(ch.summary)}**` : counts(ch.summary)) : v.seq === 1 ? 'first version' : '—';
    out.push(`| v${v.seq} (id ${v.id}) | ${shortTime(v.fetchedAt)} | ${shortTime(v.lastSeenAt)} | ${escapeCell(clip(v.title ?? '', 120))} | ${change} |`);
  }
  for (const ch of t.changes) {
    out.push('', `### v${ch.from.seq} → v${ch.to.seq} (${shortTime(ch.at)}): ${counts(ch.summary)}`, '');
    if (!ch.findings.length) {
      out.push('No findings.');
      continue;
    }
    out.push('| severity | check | before | after | message |', '|---|---|---|---|---|');
    for (const f of ch.findings) out.push(`| ${f.severity === 'material' ? '**material**' : f.severity} | ${escapeCell(f.check)} | ${quoted(f.base)} | ${quoted(f.revised)} | ${escapeCell(clip(f.message, 400))} |`);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
/** Shared by the timeline page and the server's corpus pages. */
export const CORPUS_STYLE = `
:root{--bg:#fff;--fg:#1b1b1f;--muted:#5b5f6a;--line:#d6d8de;--panel:#f6f7f9;--focus:#1c64f2;--material:#c92a2a;--notable:#a35200;--minor:#5b5f6a}
@media (prefers-color-scheme:dark){:root{--bg:#16171b;--fg:#e6e7ea;--muted:#a2a6b0;--line:#3a3d45;--panel:#1f2127;--focus:#74a7ff;--material:#ff8787;--notable:#ffc078;--minor:#adb5bd}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1em 1.5em 4em;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--focus)}:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);color:var(--fg);padding:.5em}.skip:focus{left:.5em;z-index:10}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.2em;margin:1.2em 0 .4em}h3{font-size:1.05em;margin:1em 0 .3em}
nav.top{display:flex;gap:1em;flex-wrap:wrap;align-items:center;border-bottom:1px solid var(--line);padding:.4em 0 .6em;margin-bottom:.6em}
.muted,.meta{color:var(--muted)}.url{word-break:break-all}
table{width:100%;border-collapse:collapse;margin:.4em 0}th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.3em .5em}
th{font-weight:600}td.num,th.num{text-align:right;white-space:nowrap}
.sev-material{color:var(--material);font-weight:700}.sev-notable{color:var(--notable);font-weight:600}.sev-minor{color:var(--minor)}
.check{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;white-space:nowrap}
.change{border:1px solid var(--line);border-radius:6px;background:var(--panel);padding:.4em .9em;margin:.8em 0}
.change h3{margin:.3em 0}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:inherit;font-size:.95em;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.6em;max-height:30em;overflow:auto}
form.inline{display:flex;gap:.8em;flex-wrap:wrap;align-items:end;margin:.6em 0}
label{font-weight:600;display:block}input[type=search],select{font:inherit;color:inherit;background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.3em}
button{font:inherit;font-weight:600;padding:.35em 1em;border-radius:4px;border:1px solid var(--focus);background:var(--focus);color:#fff;cursor:pointer}
.pager{display:flex;gap:1em;margin:.6em 0}
.forest-wrap{overflow-x:auto;margin:.4em 0}.forest-list ul{margin:.2em 0}ol.timeline{padding-left:1.4em}
@media print{nav.top,form{display:none}}
`;

export function corpusPolicy(): string {
  return `default-src 'none'; style-src ${cspHash(CORPUS_STYLE)}; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'self'`;
}

/** An http(s) link, or the escaped text when the value is not one. */
export function safeLink(url: string | null, text?: string): string {
  if (!url) return '';
  const shown = escapeHtml(text ?? url);
  return /^https?:\/\//i.test(url) ? `<a class="url" href="${escapeHtml(url)}" rel="noreferrer noopener">${shown}</a>` : `<span class="url">${shown}</span>`;
}

function countsHtml(s: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((k) => s[k]).map((k) => `<span class="sev-${k}">${s[k]} ${k}</span>`);
  return parts.length ? parts.join(', ') : '<span class="muted">no findings</span>';
}

/** A change: heading, counts and the table of findings. `versionHref` links a version (the server's pages). */
export function changeHtml(ch: TimelineChange, versionHref?: (id: number) => string, compareHref?: (from: number, to: number) => string): string {
  const v = (seq: number, id: number) => (versionHref ? `<a href="${escapeHtml(versionHref(id))}">v${seq}</a>` : `v${seq}`);
  const head = `<h3>${v(ch.from.seq, ch.from.id)} → ${v(ch.to.seq, ch.to.id)} <span class="meta">${escapeHtml(shortTime(ch.at))}</span></h3>`;
  const side = compareHref ? ` · <a href="${escapeHtml(compareHref(ch.from.id, ch.to.id))}">side by side</a>` : '';
  let body = `<p>${countsHtml(ch.summary)}${side}</p>`;
  if (ch.findings.length) {
    body +=
      `<table><thead><tr><th scope="col">severity</th><th scope="col">check</th><th scope="col">before</th><th scope="col">after</th><th scope="col">message</th></tr></thead><tbody>` +
      ch.findings
        .map(
          (f) =>
            `<tr><td class="sev-${f.severity}">${f.severity}</td><td class="check">${escapeHtml(f.check)}</td>` +
            `<td>${f.base ? `“${escapeHtml(clip(f.base.text, 240))}”` : '—'}</td><td>${f.revised ? `“${escapeHtml(clip(f.revised.text, 240))}”` : '—'}</td>` +
            `<td>${escapeHtml(clip(f.message, 400))}</td></tr>`,
        )
        .join('') +
      `</tbody></table>`;
  }
  return `<section class="change" aria-label="Change from version ${ch.from.seq} to ${ch.to.seq}">${head}${body}</section>`;
}

function versionItem(v: TimelineVersion): string {
  const seen = v.seenCount > 1 ? ` · seen ${v.seenCount} times, last ${escapeHtml(shortTime(v.lastSeenAt))}` : '';
  return (
    `<li id="v${v.id}"><strong>v${v.seq}</strong> <span class="meta">${escapeHtml(shortTime(v.fetchedAt))} · version ${v.id}${seen}` +
    `${v.publishedAt ? ` · published ${escapeHtml(shortTime(v.publishedAt))}` : ''}${v.byline ? ` · ${escapeHtml(v.byline)}` : ''}</span>` +
    `${v.title ? `<br>${escapeHtml(v.title)}` : ''}` +
    (v.text !== undefined ? `<details><summary>Text of v${v.seq}</summary><pre class="text">${escapeHtml(v.text)}</pre></details>` : '') +
    `</li>`
  );
}

/** A page head and body frame shared with the server's pages. */
export function pageFrame(title: string, body: string, nav = ''): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(corpusPolicy())}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n` +
    `<meta name="referrer" content="no-referrer">\n<title>${escapeHtml(title)}</title>\n<style>${CORPUS_STYLE}</style>\n</head>\n<body>\n` +
    `<a class="skip" href="#main">Skip to the content</a>\n${nav}<main id="main" tabindex="-1">\n${body}\n</main>\n</body>\n</html>\n`
  );
}

/** The timeline as one self-contained page: no script, no request of any kind. */
export function timelineHtml(t: Timeline): string {
  const a = t.article;
  const title = a.title ?? '(no title)';
  const body =
    `<header><h1>${escapeHtml(title)}</h1>` +
    `<p class="meta">Article ${a.id} · ${safeLink(a.url) || escapeHtml(articleName(t))}${a.outlet ? ` · ${escapeHtml(a.outlet)}` : ''} · ` +
    `${a.versionCount} version${a.versionCount === 1 ? '' : 's'} · first seen ${escapeHtml(shortTime(a.firstSeenAt))} · last change ${escapeHtml(shortTime(a.lastChangedAt))}` +
    `${t.since ? ` · since ${escapeHtml(shortTime(t.since))}` : ''} · profile <strong>${escapeHtml(t.profile)}</strong></p></header>\n` +
    `<section aria-labelledby="changes-h"><h2 id="changes-h">Changes, newest first</h2>` +
    (t.changes.length ? t.changes.map((c) => changeHtml(c)).join('\n') : '<p class="muted">No changes: one version only.</p>') +
    `</section>\n<section aria-labelledby="versions-h"><h2 id="versions-h">Versions, newest first</h2><ol reversed>${t.versions.map(versionItem).join('\n')}</ol></section>`;
  return pageFrame(`storydiff: ${title}`, body);
}

export const TIMELINE_FORMATS = {
  text: timelineText,
  json: timelineJson,
  md: timelineMarkdown,
  html: timelineHtml,
} satisfies Record<string, (t: Timeline, options?: TimelineFormatOptions) => string>;

export type TimelineFormat = keyof typeof TIMELINE_FORMATS;

export function formatTimeline(name: TimelineFormat, t: Timeline, options: TimelineFormatOptions = {}): string {
  const f = TIMELINE_FORMATS[name];
  if (!f) throw new RangeError(`unknown timeline format "${String(name)}"`);
  return f(t, options);
}
