/**
 * JSON lines of articles: one object per line, `{url, title, text | html, published, outlet}`, and
 * optionally `id` (or `guid`) and `byline`. An article is identified by its url, else by its id
 * (scoped by its outlet, else by the file). `html` may be a whole page (read by the article
 * extractor) or a fragment (read as blocks).
 */
import { articleFromPage, composeFromText, composeText, fragmentLines, isoTime, plainText } from './html.js';
import { canonicalUrl, guidIdentity, urlIdentity } from './identity.js';
import type { Identity } from '../store/types.js';

export interface JsonlArticle {
  identity: Identity;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  text: string;
}

const optionalString = (o: Record<string, unknown>, k: string): string | null => {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new Error(`"${k}" must be a string`);
  return v;
};

/** Reads one line; throws an Error whose message says what is wrong with it. */
export function parseArticleLine(line: string, scope: string): JsonlArticle {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected an object {url, title, text or html, published, outlet}');
  const o = v as Record<string, unknown>;
  const rawUrl = optionalString(o, 'url');
  const idValue = o.id ?? o.guid;
  if (idValue !== undefined && idValue !== null && typeof idValue !== 'string' && typeof idValue !== 'number') throw new Error('"id" must be a string or a number');
  const id = idValue === undefined || idValue === null ? null : String(idValue);
  const outlet = plainText(optionalString(o, 'outlet'));
  let title = plainText(optionalString(o, 'title'));
  const text = optionalString(o, 'text');
  const html = optionalString(o, 'html');
  if (text !== null && html !== null) throw new Error('give "text" or "html", not both');
  let published = isoTime(optionalString(o, 'published'));
  if (optionalString(o, 'published') && !published) throw new Error(`"published" is not a date: ${JSON.stringify(String(o.published).slice(0, 40))}`);
  let byline = plainText(optionalString(o, 'byline'));
  let body: string;
  if (html !== null) {
    if (/<(html|body|head)\b/i.test(html.slice(0, 4096))) {
      const page = articleFromPage(html);
      if (!page) throw new Error('"html" holds no readable article');
      title ??= page.title;
      byline ??= page.byline;
      published ??= page.publishedAt;
      body = composeText(title, page.text.split('\n'));
    } else body = composeText(title, fragmentLines(html));
  } else if (text !== null) body = composeFromText(title, text);
  else throw new Error('"text" or "html" is required');
  if (!body.trim()) throw new Error('the article is empty (no title and no text)');
  let identity: Identity;
  if (rawUrl !== null) {
    const url = canonicalUrl(rawUrl);
    if (!url) throw new Error(`"url" is not an http or https URL: ${JSON.stringify(rawUrl.slice(0, 80))}`);
    identity = urlIdentity(url);
    if (id) identity.guid = id;
  } else if (id) identity = guidIdentity(id, outlet ? `outlet:${outlet}` : scope);
  else throw new Error('"url" or "id" is required to identify the article');
  return { identity, outlet, title, byline, publishedAt: published, text: body };
}
