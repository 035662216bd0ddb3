/**
 * An article's timeline: every version with its times, and the findings between consecutive
 * versions, newest first. Comparisons come from the store; a pair not yet compared is compared with
 * the library's compare() and the result stored, so the next look is a read.
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { compare } from '../engine/compare.js';
import type { ArticleRow, ComparisonRow, Store, VersionMeta } from '../store/types.js';
import type { Comparison, Finding, Profile, Severity } from '../types.js';
import { canonicalUrl } from './identity.js';

export const TIMELINE_SCHEMA = 'storydiff/timeline@1' as const;

export interface TimelineVersion extends VersionMeta {
  /** present when asked for (`texts: true`) */
  text?: string;
}

export interface TimelineChange {
  from: { id: number; seq: number };
  to: { id: number; seq: number };
  /** when the newer version was first fetched */
  at: string;
  summary: Record<Severity, number>;
  findings: Finding[];
  /** the whole comparison (schema storydiff/comparison@1), when asked for (`comparisons: true`) */
  comparison?: Comparison;
}

export interface Timeline {
  schema: typeof TIMELINE_SCHEMA;
  article: ArticleRow;
  profile: Profile;
  /** versions fetched before this time are left out (their change to the next version is kept) */
  since: string | null;
  /** newest first */
  versions: TimelineVersion[];
  /** newest first; one per pair of consecutive versions */
  changes: TimelineChange[];
}

export interface TimelineOptions {
  profile?: Profile;
  since?: string | null;
  /** include each version's text */
  texts?: boolean;
  /** include each change's whole comparison */
  comparisons?: boolean;
  /** compare pairs not compared yet and store the result (default true) */
  computeMissing?: boolean;
  toolVersion?: string;
  now?: () => Date;
}

/** Finds an article by its id, URL (canonical or as stored), path, or feed GUID. */
export async function findArticle(store: Store, ref: string): Promise<ArticleRow | null> {
  const r = ref.trim();
  if (/^\d{1,15}$/.test(r)) {
    const byId = await store.article(Number(r));
    if (byId) return byId;
  }
  const url = /^https?:\/\//i.test(r) ? canonicalUrl(r) : null;
  if (url) {
    const a = (await store.articleByIdentity(`url:${url}`)) ?? (await store.articlesByLocator(url))[0];
    if (a) return a;
  } else {
    let abs = resolve(r);
    try {
      if (existsSync(abs)) abs = realpathSync(abs);
    } catch {
      /* as given */
    }
    const a = await store.articleByIdentity(`path:${abs}`);
    if (a) return a;
  }
  return (await store.articlesByLocator(r))[0] ?? null;
}

/** The timeline of an article (by row). */
export async function buildTimeline(store: Store, article: ArticleRow, options: TimelineOptions = {}): Promise<Timeline> {
  const profile = options.profile ?? 'revision';
  const since = options.since ?? null;
  const now = options.now ?? (() => new Date());
  const all = (await store.versions(article.id, { withText: Boolean(options.texts) })) as TimelineVersion[];
  const stored = new Map<string, ComparisonRow>();
  for (const c of await store.comparisonsOfArticle(article.id, profile)) stored.set(`${c.baseVersionId}-${c.revisedVersionId}`, c);
  const changes: TimelineChange[] = [];
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1]!;
    const b = all[i]!;
    if (since && b.fetchedAt < since) continue;
    let row = stored.get(`${a.id}-${b.id}`);
    let result = row?.result;
    if (!result && options.computeMissing !== false) {
      const [va, vb] = [await store.version(a.id), await store.version(b.id)];
      if (va && vb) {
        result = compare(va.text, vb.text, { profile });
        row = await store.saveComparison(a.id, b.id, profile, result, options.toolVersion ?? 'unknown', now().toISOString());
      }
    }
    if (!result) continue;
    changes.push({
      from: { id: a.id, seq: a.seq },
      to: { id: b.id, seq: b.seq },
      at: b.fetchedAt,
      summary: result.summary,
      findings: result.findings,
      ...(options.comparisons ? { comparison: result } : {}),
    });
  }
  const versions = all.filter((v) => !since || v.fetchedAt >= since).reverse();
  return { schema: TIMELINE_SCHEMA, article, profile, since, versions, changes: changes.reverse() };
}

/** A --since value: an ISO date or time, or a span back from now (`90m`, `36h`, `7d`, `2w`). */
export function parseSince(value: string, now = new Date()): string | null {
  const span = /^(\d+(?:\.\d+)?)\s*(m|min|h|d|w)$/i.exec(value.trim());
  if (span) {
    const n = Number(span[1]);
    const unit = { m: 60e3, min: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 }[span[2]!.toLowerCase() as 'm']!;
    return new Date(now.getTime() - n * unit).toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return null;
  const t = new Date(value.trim());
  return Number.isFinite(t.getTime()) ? t.toISOString() : null;
}
