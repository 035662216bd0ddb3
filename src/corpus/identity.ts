/**
 * An article's identity: its canonical URL, else its feed GUID (scoped by the feed), else the path it
 * was read from. The canonical URL drops what does not name the page: the fragment, default ports,
 * and tracking parameters (the list below: Google Analytics' utm_*, click ids of ad networks, mail
 * campaign ids), so a link from a feed and the same page shared elsewhere are one article.
 */
import type { Identity } from '../store/types.js';

/** Query parameters that track a visit and never select content. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  'ocid', 'cmpid', 'smid', 'smtyp', '_ga', '_gl', 'ref_src', 'ref_url', 'rss', 'at_medium', 'at_campaign', 'at_custom1',
  'at_custom2', 'at_custom3', 'at_custom4',
]);

/** The canonical form of an http(s) URL, or null when the value is not one. */
export function canonicalUrl(value: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const keep = [...u.searchParams].filter(([k]) => !k.toLowerCase().startsWith('utm_') && !TRACKING.has(k.toLowerCase()));
  u.search = '';
  for (const [k, v] of keep) u.searchParams.append(k, v);
  return u.href;
}

export function urlIdentity(url: string): Identity {
  return { kind: 'url', key: `url:${url}`, url, guid: null, path: null };
}

/** A GUID is unique only within its feed (many feeds number their items 1, 2, 3…). */
export function guidIdentity(guid: string, scope: string): Identity {
  return { kind: 'guid', key: `guid:${scope}#${guid}`, url: null, guid, path: null };
}

export function pathIdentity(path: string): Identity {
  return { kind: 'path', key: `path:${path}`, url: null, guid: null, path };
}

/** The identity of an item from what is known of it, in order of preference. */
export function identityOf(item: { url?: string | null; guid?: string | null; guidScope?: string; path?: string | null }): Identity | null {
  const url = item.url ? canonicalUrl(item.url) : null;
  if (url) {
    const id = urlIdentity(url);
    if (item.guid) id.guid = item.guid;
    return id;
  }
  if (item.guid) return guidIdentity(item.guid, item.guidScope ?? '');
  if (item.path) return pathIdentity(item.path);
  return null;
}
