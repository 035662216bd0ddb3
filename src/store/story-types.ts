/**
 * The store's part of stories: the rows and arguments of grouping (placing an article in a story,
 * the candidate index, document frequencies, rebuilding) and of derivation. The algorithms live in
 * src/corpus; the store only keeps their results, and makes a placement safe when several processes
 * place articles at once (see Placement).
 */

/** The grouping's counters. */
export interface GroupingState {
  /** bumped by every rebuild: a placement prepared before a rebuild is refused */
  epoch: number;
  /** articles counted in the document frequencies */
  articles: number;
}

/** An article already placed that shares LSH band keys with a new one. */
export interface BandCandidate {
  articleId: number;
  /** band keys shared */
  hits: number;
  /** its story (never one merged away) */
  storyId: number;
  storySize: number;
  /** the encoded fingerprint */
  fingerprint: string;
}

export interface BandCandidates extends GroupingState {
  candidates: BandCandidate[];
  /** rows of the index under the new article's band keys: a placement checks that none was added since */
  bucketRows: number;
}

/**
 * Where an article goes, as decided from a BandCandidates read. The store applies it in one
 * transaction, after checking that the index under the article's band keys and the epoch are as
 * read: an article placed meanwhile by another process that shares a band key with this one (and so
 * could have been its candidate) makes the placement fail with GroupingConflictError, and the caller
 * reads and decides again. Stories named here that were merged away meanwhile are followed to the
 * story they joined.
 */
export interface Placement {
  articleId: number;
  versionId: number;
  /** encoded fingerprint */
  fingerprint: string;
  bands: number[];
  title: string | null;
  /** the article's time in its story (ISO) */
  at: string;
  /** stories joined, best first: none starts a new story; several are merged into one */
  matches: Array<{ storyId: number; score: number; via: number }>;
  /** when (ISO) */
  now: string;
  /** what the decision was made on */
  expect: { epoch: number; bucketRows: number };
}

export interface PlacementResult {
  storyId: number;
  /** true when the article started a new story */
  created: boolean;
  /** stories merged into storyId */
  merged: number[];
  /** true when the article had been placed already (nothing changed) */
  already: boolean;
}

/** A new version of an article already placed: its fingerprint is replaced and its new band keys added. */
export interface PlacementUpdate {
  articleId: number;
  versionId: number;
  fingerprint: string;
  bands: number[];
  title: string | null;
  now: string;
}

/** A whole grouping, built in memory, replacing the stored one in one transaction. */
export interface RebuiltGrouping {
  stories: Array<{
    /** a story id to keep (the stored story that shares most articles with this one), or null for a new id */
    keepId: number | null;
    title: string | null;
    members: Array<{ articleId: number; versionId: number; at: string; score: number | null; via: number | null; fingerprint: string; bands: number[] }>;
  }>;
  /** document frequencies of the hashed terms and keys */
  terms: Map<number, number>;
  articles: number;
  now: string;
}

export interface StoryRow {
  id: number;
  title: string | null;
  articleCount: number;
  firstAt: string;
  lastAt: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  derivedRevision: number;
  /** the id asked for, when it was a story merged into this one */
  mergedFrom?: number;
}

export interface StoryQuery {
  limit?: number;
  offset?: number;
}

/** An article of a story with what placed it. */
export interface StoryArticleRow {
  storyId: number;
  articleId: number;
  /** the version fingerprinted when placed (or last updated) */
  versionId: number;
  currentVersionId: number;
  at: string;
  joinedAt: string;
  score: number | null;
  viaArticleId: number | null;
  title: string | null;
  url: string | null;
  path: string | null;
  guid: string | null;
  outlet: string | null;
  versionCount: number;
  firstSeenAt: string;
  lastChangedAt: string;
}

/** An article in the order a rebuild places them. */
export interface GroupingInput {
  articleId: number;
  /** its current version */
  versionId: number;
  title: string | null;
  /** its first version's publication time */
  publishedAt: string | null;
  firstSeenAt: string;
}

/** An article not placed in any story yet (placed by the next ingest or `storydiff group`). */
export interface UnplacedArticle extends GroupingInput {
  text: string;
}

export interface DerivationRow {
  storyId: number;
  articleId: number;
  versionId: number;
  sourceArticleId: number | null;
  sourceVersionId: number | null;
  score: number;
  direction: number | null;
  /** the evidence as JSON (corpus/derivation.ts DerivationEvidence), or null for an original */
  evidence: unknown;
  computedAt: string;
}

/** The other process changed what a placement was decided on: read and decide again. */
export class GroupingConflictError extends Error {}
