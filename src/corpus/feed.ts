/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, through @rowanmanning/feed-parser (lenient, tested on real
 * feeds, resolves relative links against the feed's own link). Around it:
 *
 * - A feed that declares entities in a DOCTYPE is refused before parsing: no entity expansion (the
 *   "billion laughs") and no external entity (a local file or a URL) is ever read. A plain DOCTYPE
 *   naming a DTD, as RSS 0.91 feeds have, is fine: the DTD is not fetched.
 * - A document whose root is not <rss>, <feed> or <rdf:RDF> is refused as "not a feed".
 * - What the parser leaves as markup is made plain text: RSS titles in CDATA keep their tags
 *   (`Budget for <em>ferry</em> repairs`), item content is HTML; both go through the HTML reader.
 * - An RSS 1.0 item's rdf:about is not taken as its id by the parser: its link serves instead.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { composeText, fragmentLines, isoTime, plainText } from './html.js';
import { canonicalUrl } from './identity.js';

export class FeedError extends Error {}

export interface FeedItem {
  /** position in the feed, from 1 */
  index: number;
  guid: string | null;
  url: string | null;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** headline first, one paragraph per line; empty when the item carries no text */
  text: string;
}

export interface ParsedFeed {
  title: string | null;
  /** the feed's own URL (rel=self) or its site's URL, to scope GUIDs */
  home: string | null;
  items: FeedItem[];
}

/** The first element of an XML document, after the prolog, comments and DOCTYPE. */
function rootName(xml: string): string | null {
  const re = /<(!--[\s\S]*?--|\?[\s\S]*?\?|![A-Za-z][^>]*|([A-Za-z_][\w.:-]*))/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2]) return m[2];
    if (m[1]!.startsWith('!DOCTYPE') && m[1]!.includes('[')) {
      // skip an internal subset: up to "]>"
      const end = xml.indexOf(']>', m.index);
      if (end < 0) return null;
      re.lastIndex = end + 2;
    }
  }
  return null;
}

/** True when the text looks like an RSS or Atom document (by its root element). */
export function looksLikeFeed(text: string): boolean {
  const root = rootName(text.slice(0, 65536))?.toLowerCase();
  return root === 'rss' || root === 'feed' || root === 'rdf:rdf' || Boolean(root?.endsWith(':rdf'));
}

export function parseFeedXml(xml: string, feedUrl?: string): ParsedFeed {
  const head = xml.slice(0, 65536);
  if (/<!DOCTYPE[^>[]*\[/i.test(head) && /<!ENTITY/i.test(xml)) {
    throw new FeedError('declares XML entities in a DOCTYPE; refused (entity expansion and external entities are never read)');
  }
  const root = rootName(head);
  if (!root) throw new FeedError(xml.trim() ? 'is not XML (expected an RSS or Atom feed)' : 'is empty (expected an RSS or Atom feed)');
  if (!looksLikeFeed(xml)) throw new FeedError(`is not an RSS or Atom feed (its root element is <${root}>)`);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    const msg = (e as Error).message.replace(/\s+/g, ' ').slice(0, 200);
    throw new FeedError(`is not a readable feed (${msg})`);
  }
  const home = feed.self ?? feed.url ?? feedUrl ?? null;
  const items = feed.items.map((it, i): FeedItem => {
    const title = plainText(it.title);
    const body = it.content ?? it.description ?? '';
    const lines = body ? fragmentLines(body) : [];
    const url = it.url ? canonicalUrl(it.url, feedUrl ?? feed.url ?? undefined) : null;
    const byline = it.authors.map((a) => plainText(a.name)).filter(Boolean).join(', ') || null;
    return {
      index: i + 1,
      guid: it.id ? it.id.trim() || null : null,
      url,
      title,
      byline,
      publishedAt: isoTime(it.published ?? it.updated),
      text: lines.length ? composeText(title, lines) : '',
    };
  });
  return { title: plainText(feed.title), home, items };
}
