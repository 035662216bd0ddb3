/**
 * Formatters of the story list and of one story: pure functions of the data in story-view.ts. JSON
 * is canonical; text is for the terminal; HTML is a self-contained page without any script (every
 * stored text escaped), with the derivation forest drawn as inline SVG and given again as a nested
 * list for screen readers. The server's pages reuse the HTML pieces with links to its own pages.
 */
import { escapeHtml } from '../report/html.js';
import type { Finding, Severity } from '../types.js';
import { pageFrame, safeLink, shortTime } from './timeline-format.js';
import type { ForestNode, StoryList, StoryTelling, StoryView, StorySummary } from './story-view.js';

export interface StoryFormatOptions {
  /** ANSI colours in the text format */
  color?: boolean;
}

const SEVERITIES: readonly Severity[] = ['material', 'notable', 'minor'];
const COLORS: Record<string, string> = { material: '\x1b[1;31m', notable: '\x1b[33m', minor: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

function clip(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

function counts(s: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((k) => s[k]).map((k) => `${s[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'no findings';
}

function where(a: { url: string | null; path: string | null; guid: string | null }): string {
  return a.url ?? a.path ?? a.guid ?? '';
}

function span(s: { firstAt: string; lastAt: string }): string {
  return s.firstAt === s.lastAt ? shortTime(s.firstAt) : `${shortTime(s.firstAt)} – ${shortTime(s.lastAt)}`;
}

// --- the list -------------------------------------------------------------------------------------

export function storiesJson(l: StoryList): string {
  return JSON.stringify(l, null, 2) + '\n';
}

function storyHead(s: StorySummary | StoryView['story']): string {
  return `${plural(s.articleCount, 'article')} · ${plural(s.outlets.length, 'outlet')} · ${span(s)} · ${plural(s.material, 'material finding')}${s.derived ? '' : ' (not derived yet)'}`;
}

export function storiesText(l: StoryList, options: StoryFormatOptions = {}): string {
  const c = (k: string, s: string) => (options.color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  for (const s of l.stories) {
    out.push(`${c('bold', `story ${s.id}`)}  ${c('bold', JSON.stringify(clip(s.title ?? '(no title)', 100)))}`);
    out.push(`  ${c(s.material ? 'material' : 'dim', storyHead(s))}`);
    for (const a of s.articles) out.push(`    article ${String(a.id).padEnd(6)} ${shortTime(a.at)}  ${a.outlet ?? '—'}  ${where(a)}${a.title ? `  ${JSON.stringify(clip(a.title, 80))}` : ''}`);
  }
  out.push(c('dim', l.total ? `${plural(l.total, 'story', 'stories')}${l.stories.length < l.total ? `, ${l.stories.length} shown from ${l.offset + 1}` : ''}` : 'no stories (ingest articles, or run storydiff group)'));
  return out.join('\n') + '\n';
}

export interface StoryLinks {
  story?: (id: number) => string;
  article?: (id: number) => string;
  compare?: (baseVersion: number, revisedVersion: number) => string;
}

export function storiesTable(l: StoryList, links: StoryLinks = {}): string {
  if (!l.stories.length) return '<p class="muted">No stories.</p>';
  const name = (s: StorySummary) => escapeHtml(s.title ?? `(story ${s.id}, no title)`);
  return (
    `<table><thead><tr><th scope="col">story</th><th scope="col" class="num">articles</th><th scope="col">outlets</th><th scope="col">first</th><th scope="col">last</th><th scope="col" class="num">material</th></tr></thead><tbody>` +
    l.stories
      .map(
        (s) =>
          `<tr><td>${links.story ? `<a href="${escapeHtml(links.story(s.id))}">${name(s)}</a>` : name(s)} <span class="meta">#${s.id}</span></td>` +
          `<td class="num">${s.articleCount}</td><td>${escapeHtml(s.outlets.join(', ') || '—')}</td><td>${escapeHtml(shortTime(s.firstAt))}</td><td>${escapeHtml(shortTime(s.lastAt))}</td>` +
          `<td class="num${s.material ? ' sev-material' : ''}">${s.material}${s.derived ? '' : '<span class="muted">*</span>'}</td></tr>`,
      )
      .join('') +
    `</tbody></table>` +
    (l.stories.some((s) => !s.derived) ? `<p class="meta">* not derived yet: the story's page derives it.</p>` : '')
  );
}

export function storiesHtml(l: StoryList): string {
  const body =
    `<h1>Stories</h1><p class="meta">${plural(l.total, 'story', 'stories')}, most recently active first · profile <strong>${escapeHtml(l.profile)}</strong></p>` +
    storiesTable(l) +
    l.stories
      .map(
        (s) =>
          `<section aria-labelledby="s${s.id}"><h2 id="s${s.id}">${escapeHtml(s.title ?? '(no title)')} <span class="meta">#${s.id}</span></h2><ul>` +
          s.articles.map((a) => `<li>article ${a.id} · ${escapeHtml(shortTime(a.at))} · ${escapeHtml(a.outlet ?? '—')} · ${safeLink(a.url) || escapeHtml(where(a))}${a.title ? ` · ${escapeHtml(a.title)}` : ''}</li>`).join('') +
          `</ul></section>`,
      )
      .join('\n');
  return pageFrame('storydiff: stories', body);
}

// --- one story -----------------------------------------------------------------------------------

export function storyJson(v: StoryView): string {
  return JSON.stringify(v, null, 2) + '\n';
}

/** One line of evidence for a derived telling. */
export function evidenceLine(t: StoryTelling): string {
  const d = t.derivation;
  if (!d) return 'original: no earlier telling it was made from';
  const e = d.evidence;
  const parts = [
    `score ${d.score.toFixed(2)}`,
    `${Math.round(e.contained * 100)}% of it carried from the source`,
    `${Math.round(e.covers * 100)}% of the source carried`,
    `${plural(e.passages, 'shared passage')}`,
  ];
  if (e.quotes) parts.push(plural(e.quotes, 'shared quotation'));
  if (e.credit) parts.push(`credits the source: "${e.credit}"`);
  if (e.update > 0) parts.push('marked as an update');
  if (e.order !== 'unknown') parts.push(e.order === 'after' ? 'published after it' : e.order === 'same' ? 'published at the same time' : 'published before it');
  return parts.join('; ');
}

function findingLines(f: Finding, c: (k: string, s: string) => string): string[] {
  const lines = [`        ${c(f.severity, f.severity.padEnd(8))} ${c('bold', f.check)}  ${clip(f.message, 200)}`];
  if (f.base) lines.push(`          ${c('dim', 'source')} "${clip(f.base.text)}"`);
  if (f.revised) lines.push(`          ${c('dim', 'this  ')} "${clip(f.revised.text)}"`);
  return lines;
}

export function storyText(v: StoryView, options: StoryFormatOptions = {}): string {
  const c = (k: string, s: string) => (options.color ? COLORS[k] + s + COLORS.reset : s);
  const byId = new Map(v.tellings.map((t) => [t.article.id, t]));
  const out: string[] = [];
  const s = v.story;
  out.push(c('bold', `Story ${s.id}: ${s.title ?? '(no title)'}`) + (s.mergedFrom !== undefined ? c('dim', `  (story ${s.mergedFrom} was merged into it)`) : ''));
  out.push(c('dim', `${storyHead(s)} · outlets: ${s.outlets.join(', ') || '—'} · profile ${v.profile}`));
  out.push('', c('bold', 'Derivation'));
  const label = (t: StoryTelling) => `article ${t.article.id}  ${t.article.outlet ?? '—'}  ${JSON.stringify(clip(t.article.title ?? where(t.article), 70))}`;
  const walk = (n: ForestNode, prefix: string, last: boolean, root: boolean) => {
    const t = byId.get(n.articleId)!;
    const sum = t.comparison ? `  ${SEVERITIES.filter((k) => t.comparison!.summary[k]).map((k) => c(k, `${t.comparison!.summary[k]} ${k}`)).join(', ') || c('dim', 'no findings')}` : '';
    const score = t.derivation ? c('dim', `  (${t.derivation.score.toFixed(2)})`) : c('dim', '  (original)');
    out.push(`  ${prefix}${root ? '● ' : last ? '└─ ' : '├─ '}${label(t)}${score}${sum}`);
    const next = root ? prefix : prefix + (last ? '   ' : '│  ');
    n.children.forEach((ch, i) => walk(ch, next, i === n.children.length - 1, false));
  };
  for (const r of v.forest) walk(r, '', true, true);
  out.push('', c('bold', 'Tellings'));
  for (const t of v.tellings) {
    out.push(`  ${label(t)}  ${shortTime(t.article.at)}  ${where(t.article)}`);
    out.push(`      ${t.source ? `from article ${t.source.articleId}: ` : ''}${evidenceLine(t)}`);
    if (t.derivation?.evidence.examples.length) out.push(c('dim', `      shared: "${clip(t.derivation.evidence.examples[0]!, 140)}"`));
    if (t.source && !t.comparison) out.push(c('dim', '      not compared yet'));
    if (t.comparison) {
      out.push(`      against its source: ${counts(t.comparison.summary)}`);
      for (const sev of SEVERITIES) for (const f of t.comparison.findings.filter((x) => x.severity === sev)) out.push(...findingLines(f, c));
    }
  }
  out.push('', c('bold', 'Timeline'));
  for (const e of v.timeline) {
    const what =
      e.kind === 'telling'
        ? `article ${e.articleId}${e.outlet ? ` (${e.outlet})` : ''}${e.source !== undefined ? ` from article ${e.source}${e.material ? `: ${c('material', `${e.material} material`)}` : ''}` : ' (original)'}`
        : `article ${e.articleId}${e.outlet ? ` (${e.outlet})` : ''} v${e.seq} fetched`;
    out.push(`  ${shortTime(e.at)}  ${what}${e.title && e.kind === 'telling' ? `  ${JSON.stringify(clip(e.title, 70))}` : ''}`);
  }
  return out.join('\n') + '\n';
}

// --- HTML ----------------------------------------------------------------------------------------

const BOX_W = 210;
const BOX_H = 52;
const GAP_X = 24;
const GAP_Y = 46;
/** Larger forests are given as the nested list only (a drawing that wide helps nobody). */
export const MAX_DRAWN = 80;

/** The forest as inline SVG: one box per telling (outlet, article, title), an arrow from each source to what was made from it. */
export function forestSvg(v: StoryView, links: StoryLinks = {}): string {
  const byId = new Map(v.tellings.map((t) => [t.article.id, t]));
  const pos = new Map<number, { x: number; y: number }>();
  let col = 0;
  let depthMax = 0;
  const place = (n: ForestNode, depth: number): number => {
    depthMax = Math.max(depthMax, depth);
    let x: number;
    if (!n.children.length) x = col++;
    else {
      const xs = n.children.map((ch) => place(ch, depth + 1));
      x = (xs[0]! + xs[xs.length - 1]!) / 2;
    }
    pos.set(n.articleId, { x, y: depth });
    return x;
  };
  for (const r of v.forest) place(r, 0);
  const width = Math.max(1, col) * (BOX_W + GAP_X) + GAP_X;
  const height = (depthMax + 1) * (BOX_H + GAP_Y) + GAP_Y / 2;
  const px = (x: number) => GAP_X + x * (BOX_W + GAP_X);
  const py = (y: number) => GAP_Y / 2 + y * (BOX_H + GAP_Y);
  const parts: string[] = [];
  for (const t of v.tellings) {
    if (!t.source || !pos.has(t.source.articleId)) continue;
    const a = pos.get(t.source.articleId)!;
    const b = pos.get(t.article.id)!;
    const x1 = px(a.x) + BOX_W / 2;
    const y1 = py(a.y) + BOX_H;
    const x2 = px(b.x) + BOX_W / 2;
    const y2 = py(b.y);
    parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2 - 6}" stroke="currentColor" stroke-width="1.5" marker-end="url(#arrow)"/>`);
    if (t.derivation) parts.push(`<text x="${(x1 + x2) / 2 + 4}" y="${(y1 + y2) / 2}" font-size="11" fill="currentColor">${t.derivation.score.toFixed(2)}</text>`);
  }
  for (const t of v.tellings) {
    const p = pos.get(t.article.id);
    if (!p) continue;
    const x = px(p.x);
    const y = py(p.y);
    const m = t.comparison?.summary.material ?? 0;
    const title = `article ${t.article.id} · ${t.article.outlet ?? 'no outlet'} · ${t.article.title ?? ''}${t.source ? ` · from article ${t.source.articleId}` : ' · original'}${t.comparison ? ` · ${counts(t.comparison.summary)}` : ''}`;
    const box =
      `<title>${escapeHtml(title)}</title>` +
      `<rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="6" fill="none" stroke="currentColor" stroke-width="${t.source ? 1 : 2.5}"/>` +
      `<text x="${x + 8}" y="${y + 18}" font-size="13" font-weight="600" fill="currentColor">${escapeHtml(clip(t.article.outlet ?? `article ${t.article.id}`, 24))}${m ? ` · ${m} material` : ''}</text>` +
      `<text x="${x + 8}" y="${y + 38}" font-size="12" fill="currentColor">${escapeHtml(clip(`#${t.article.id} ${t.article.title ?? ''}`, 30))}</text>`;
    const href = links.article?.(t.article.id);
    parts.push(href ? `<a href="${escapeHtml(href)}">${box}</a>` : `<g>${box}</g>`);
  }
  return (
    `<svg class="forest" role="img" aria-labelledby="forest-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="forest-title">Derivation forest: ${v.forest.length} original${v.forest.length === 1 ? '' : 's'}, ${v.tellings.length - v.forest.length} telling${v.tellings.length - v.forest.length === 1 ? '' : 's'} made from another</title>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>` +
    parts.join('') +
    `</svg>`
  );
}

/** The forest as a nested list (the text alternative of the drawing). */
export function forestList(v: StoryView, links: StoryLinks = {}): string {
  const byId = new Map(v.tellings.map((t) => [t.article.id, t]));
  const item = (n: ForestNode): string => {
    const t = byId.get(n.articleId)!;
    const name = `${escapeHtml(t.article.outlet ?? '—')}: ${escapeHtml(t.article.title ?? `article ${t.article.id}`)}`;
    const link = links.article ? `<a href="${escapeHtml(links.article(t.article.id))}">${name}</a>` : name;
    const sum = t.comparison ? ` · ${countsHtml(t.comparison.summary)}` : '';
    const how = t.derivation ? ` <span class="meta">(made from its parent: ${escapeHtml(t.derivation.score.toFixed(2))})</span>` : ' <span class="meta">(original)</span>';
    return `<li>${link} <span class="meta">#${t.article.id}</span>${how}${sum}${n.children.length ? `<ul>${n.children.map(item).join('')}</ul>` : ''}</li>`;
  };
  return `<ul class="forest-list">${v.forest.map(item).join('')}</ul>`;
}

function countsHtml(s: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((k) => s[k]).map((k) => `<span class="sev-${k}">${s[k]} ${k}</span>`);
  return parts.length ? parts.join(', ') : '<span class="muted">no findings</span>';
}

function findingsTable(fs: readonly Finding[]): string {
  if (!fs.length) return '';
  return (
    `<table><thead><tr><th scope="col">severity</th><th scope="col">check</th><th scope="col">source</th><th scope="col">this telling</th><th scope="col">message</th></tr></thead><tbody>` +
    fs
      .map(
        (f) =>
          `<tr><td class="sev-${f.severity}">${f.severity}</td><td class="check">${escapeHtml(f.check)}</td>` +
          `<td>${f.base ? `“${escapeHtml(clip(f.base.text, 240))}”` : '—'}</td><td>${f.revised ? `“${escapeHtml(clip(f.revised.text, 240))}”` : '—'}</td>` +
          `<td>${escapeHtml(clip(f.message, 400))}</td></tr>`,
      )
      .join('') +
    `</tbody></table>`
  );
}

/** The body of a story page (the CLI's page and the server's). */
export function storyBody(v: StoryView, links: StoryLinks = {}): string {
  const s = v.story;
  const art = (id: number) => (links.article ? `<a href="${escapeHtml(links.article(id))}">article ${id}</a>` : `article ${id}`);
  const tellings = v.tellings
    .map((t) => {
      const src = t.source ? ` from ${art(t.source.articleId)}` : '';
      const side = t.source && links.compare ? ` · <a href="${escapeHtml(links.compare(t.source.versionId, t.versionId))}">side by side</a>` : '';
      const ex = t.derivation?.evidence.examples.length ? `<p class="meta">Shared: “${escapeHtml(clip(t.derivation.evidence.examples[0]!, 200))}”</p>` : '';
      return (
        `<section class="change" aria-label="Telling: article ${t.article.id}"><h3>${escapeHtml(t.article.outlet ?? '—')}: ${escapeHtml(t.article.title ?? '(no title)')} <span class="meta">${art(t.article.id)}${src}</span></h3>` +
        `<p class="meta">${escapeHtml(shortTime(t.article.at))} · ${safeLink(t.article.url) || escapeHtml(where(t.article))}</p>` +
        `<p>${escapeHtml(evidenceLine(t))}</p>${ex}` +
        (t.comparison ? `<p>Against its source: ${countsHtml(t.comparison.summary)}${side}</p>${findingsTable(t.comparison.findings)}` : t.source ? '<p class="muted">Not compared yet.</p>' : '') +
        `</section>`
      );
    })
    .join('\n');
  const timeline = v.timeline
    .map(
      (e) =>
        `<li><span class="meta">${escapeHtml(shortTime(e.at))}</span> ${art(e.articleId)}${e.outlet ? ` (${escapeHtml(e.outlet)})` : ''} ` +
        (e.kind === 'telling'
          ? `${e.source !== undefined ? `made from ${art(e.source)}${e.material ? ` · <span class="sev-material">${e.material} material</span>` : ''}` : 'original'}${e.title ? ` · ${escapeHtml(e.title)}` : ''}`
          : `version ${e.seq} fetched`) +
        `</li>`,
    )
    .join('');
  const drawn = v.tellings.length <= MAX_DRAWN;
  return (
    `<header><h1>${escapeHtml(s.title ?? '(no title)')}</h1>` +
    `<p class="meta">Story ${s.id}${s.mergedFrom !== undefined ? ` (story ${s.mergedFrom} was merged into it)` : ''} · ${escapeHtml(storyHead(s))} · outlets: ${escapeHtml(s.outlets.join(', ') || '—')} · profile <strong>${escapeHtml(v.profile)}</strong></p></header>\n` +
    `<section aria-labelledby="forest-h"><h2 id="forest-h">Who made what from whom</h2>` +
    (drawn ? `<div class="forest-wrap">${forestSvg(v, links)}</div>` : `<p class="meta">${v.tellings.length} tellings: too many to draw; the list below gives the forest.</p>`) +
    `<details${drawn ? '' : ' open'}><summary>The forest as a list</summary>${forestList(v, links)}</details></section>\n` +
    `<section aria-labelledby="tellings-h"><h2 id="tellings-h">Tellings and what each changed from its source</h2>${tellings}</section>\n` +
    `<section aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2><ol class="timeline">${timeline}</ol></section>`
  );
}

export function storyHtml(v: StoryView): string {
  return pageFrame(`storydiff: ${v.story.title ?? `story ${v.story.id}`}`, storyBody(v));
}

export const STORY_FORMATS = { text: storyText, json: storyJson, html: storyHtml } satisfies Record<string, (v: StoryView, o?: StoryFormatOptions) => string>;
export const STORIES_FORMATS = { text: storiesText, json: storiesJson, html: storiesHtml } satisfies Record<string, (l: StoryList, o?: StoryFormatOptions) => string>;
export type StoryFormat = keyof typeof STORY_FORMATS;
