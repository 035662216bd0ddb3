/**
 * Articles from HTML: a whole page goes through the same extractor as the server (Mozilla's
 * Readability on a linkedom document, blocks as lines); a fragment from a feed is turned into lines
 * directly. The page's own metadata gives the canonical URL, the byline, the publication time and
 * the site's name.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockLines } from '../server/extract.js';
import { collapseLines } from './hash.js';

type DomNode = Parameters<typeof blockLines>[0];

/** The least an article must say, in words (the server's extractor uses the same bar). */
const MIN_WORDS = 10;

export interface PageArticle {
  title: string | null;
  byline: string | null;
  /** headline first, one paragraph per line */
  text: string;
  publishedAt: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

/** A time as ISO 8601 UTC, or null when it does not parse. */
export function isoTime(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value.trim());
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return d.toISOString();
}

function wordCount(lines: string[]): number {
  let n = 0;
  for (const l of lines) for (const w of l.split(/\s+/)) if (/\p{L}|\p{N}/u.test(w)) n++;
  return n;
}

/** The headline first (unless the text already starts with it), then the paragraphs. */
export function composeText(title: string | null, lines: string[]): string {
  return composeFromText(title, lines.join('\n'));
}

/**
 * The same from a whole text (a line is a paragraph): white space collapsed within lines, lines
 * trimmed, blank lines dropped (as the content hash does).
 */
export function composeFromText(title: string | null, text: string): string {
  const body = collapseLines(text);
  if (!title) return body ? body + '\n' : '';
  const nl = body.indexOf('\n');
  const first = nl < 0 ? body : body.slice(0, nl);
  if (first.toLowerCase() === title.toLowerCase()) return body + '\n';
  return body ? `${title}\n${body}\n` : `${title}\n`;
}

/** Text of an HTML fragment (a feed item's content), one line per block; markup never survives. */
export function fragmentLines(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockLines(document.body as unknown as DomNode);
}

/** Plain text of a short HTML string such as a title: tags dropped, entities decoded, one line. */
export function plainText(html: string | null | undefined): string | null {
  if (!html) return null;
  if (!/[<&]/.test(html)) return clean(html);
  return clean(fragmentLines(html).join(' '));
}

function meta(document: { querySelector(s: string): { getAttribute(n: string): string | null } | null }, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const v = clean(document.querySelector(s)?.getAttribute(s.startsWith('link') ? 'href' : 'content'));
    if (v) return v;
  }
  return null;
}

/** The article of a whole page, or null when the page has no readable article. */
export function articleFromPage(html: string): PageArticle | null {
  if (!html.trim()) return null;
  const { document } = parseHTML(html);
  if (!document?.documentElement) return null;
  // metadata first: Readability changes the document
  const canonicalUrl = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const publishedMeta = meta(document, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]');
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const lines = fragmentLines(parsed.content);
  if (wordCount(lines) < MIN_WORDS) return null;
  const title = clean(parsed.title);
  return {
    title,
    byline: clean(parsed.byline)?.replace(/^by\s+/i, '') || null,
    text: composeText(title, lines),
    publishedAt: isoTime(publishedMeta ?? parsed.publishedTime),
    canonicalUrl,
    siteName: clean(parsed.siteName),
  };
}
