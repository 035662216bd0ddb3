/**
 * Rows of the store's tables as the Store interface returns them, for every backend: a driver's
 * values (numbers, or PostgreSQL's BIGINT and COUNT as strings) become numbers, JSON text is parsed.
 */
import type { Comparison } from '../types.js';
import type { ArticleRow, ComparisonRow, IdentityKind, OutletRow, VersionMeta, VersionRow } from './types.js';
import type { DerivationRow, StoryArticleRow, StoryRow } from './story-types.js';

export type Row = Record<string, unknown>;

export const num = (v: unknown): number => Number(v);
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function articleRow(r: Row): ArticleRow {
  return {
    id: num(r.id),
    identity: String(r.identity),
    kind: r.identity_kind as IdentityKind,
    url: str(r.url),
    guid: str(r.guid),
    path: str(r.path),
    outletId: r.outlet_id === null ? null : num(r.outlet_id),
    outlet: str(r.outlet),
    title: str(r.title),
    firstSeenAt: String(r.first_seen_at),
    lastSeenAt: String(r.last_seen_at),
    lastChangedAt: String(r.last_changed_at),
    versionCount: num(r.version_count),
    currentVersionId: num(r.current_version_id),
  };
}

export function versionMeta(r: Row): VersionMeta {
  return {
    id: num(r.id),
    articleId: num(r.article_id),
    seq: num(r.seq),
    title: str(r.title),
    byline: str(r.byline),
    hash: String(r.content_hash),
    publishedAt: str(r.published_at),
    fetchedAt: String(r.fetched_at),
    lastSeenAt: String(r.last_seen_at),
    seenCount: num(r.seen_count),
    source: String(r.source),
  };
}

export function versionRow(r: Row): VersionRow {
  return { ...versionMeta(r), text: String(r.text) };
}

export function comparisonRow(r: Row): ComparisonRow {
  return {
    id: num(r.id),
    baseVersionId: num(r.base_version_id),
    revisedVersionId: num(r.revised_version_id),
    profile: String(r.profile),
    toolVersion: String(r.tool_version),
    material: num(r.material),
    notable: num(r.notable),
    minor: num(r.minor),
    createdAt: String(r.created_at),
    result: JSON.parse(String(r.result)) as Comparison,
  };
}

export function storyRow(r: Row): StoryRow {
  return {
    id: num(r.id),
    title: str(r.title),
    articleCount: num(r.article_count),
    firstAt: String(r.first_at),
    lastAt: String(r.last_at),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    revision: num(r.revision),
    derivedRevision: num(r.derived_revision),
  };
}

export function memberRow(r: Row): StoryArticleRow {
  return {
    storyId: num(r.story_id),
    articleId: num(r.article_id),
    versionId: num(r.version_id),
    currentVersionId: num(r.current_version_id),
    at: String(r.at),
    joinedAt: String(r.joined_at),
    score: r.score === null ? null : Number(r.score),
    viaArticleId: r.via_article_id === null ? null : num(r.via_article_id),
    title: str(r.title),
    url: str(r.url),
    path: str(r.path),
    guid: str(r.guid),
    outlet: str(r.outlet),
    versionCount: num(r.version_count),
    firstSeenAt: String(r.first_seen_at),
    lastChangedAt: String(r.last_changed_at),
  };
}

export function derivationRow(r: Row): DerivationRow {
  return {
    storyId: num(r.story_id),
    articleId: num(r.article_id),
    versionId: num(r.version_id),
    sourceArticleId: r.source_article_id === null ? null : num(r.source_article_id),
    sourceVersionId: r.source_version_id === null ? null : num(r.source_version_id),
    score: Number(r.score),
    direction: r.direction === null ? null : Number(r.direction),
    evidence: r.evidence === null ? null : JSON.parse(String(r.evidence)),
    computedAt: String(r.computed_at),
  };
}

/** The pairs given that are among the rows (base_version_id, revised_version_id) of comparisons read by their revised versions. */
export function storedPairs<P extends { baseVersionId: number; revisedVersionId: number }>(pairs: P[], rows: Row[]): P[] {
  const found = new Set(rows.map((r) => `${num(r.base_version_id)}:${num(r.revised_version_id)}`));
  return pairs.filter((p) => found.has(`${p.baseVersionId}:${p.revisedVersionId}`));
}

export function outletRow(r: Row): OutletRow {
  return { id: num(r.id), name: String(r.name), articles: num(r.articles), versions: num(r.versions), lastChangedAt: str(r.last_changed_at) };
}


/**
 * After a rebuild of the stories, the story each stored story not kept now lives on in: the new
 * story that holds most of its articles (the lower id on a tie), or null when none of its articles
 * was placed again. `old` maps article to its story before, `newIdOf` article to its story after.
 */
export function mergeTargets(old: Map<number, number>, kept: Set<number>, newIdOf: Map<number, number>): (story: number) => number | null {
  const votes = new Map<number, Map<number, number>>();
  for (const [article, story] of old) {
    if (kept.has(story)) continue;
    const to = newIdOf.get(article);
    if (to === undefined) continue;
    const v = votes.get(story) ?? new Map<number, number>();
    v.set(to, (v.get(to) ?? 0) + 1);
    votes.set(story, v);
  }
  return (story) => {
    const v = votes.get(story);
    return v ? [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0] : null;
  };
}
