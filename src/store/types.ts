/**
 * The store: one interface, backends beside it (SQLite now; PostgreSQL in part 3). It keeps outlets,
 * articles, every version of every article, and comparisons between versions as plain JSON. It knows
 * nothing of the engine: corpus code calls compare() and hands the result here.
 *
 * Every method is async so that a networked backend fits the same interface. Times are ISO 8601
 * strings in UTC (`2026-11-24T09:15:00.000Z`): they sort as text in every SQL dialect.
 */
import type { Comparison } from '../types.js';
import type {
  BandCandidates, DerivationRow, GroupingInput, GroupingState, Placement, PlacementResult, PlacementUpdate, RebuiltGrouping, StoryArticleRow, StoryQuery, StoryRow, UnplacedArticle,
} from './story-types.js';

export * from './story-types.js';

/** How an article is identified: its canonical URL, else its feed GUID, else the path it was read from. */
export type IdentityKind = 'url' | 'guid' | 'path';

export interface Identity {
  kind: IdentityKind;
  /** unique key, e.g. `url:https://example.com/a`, `guid:<feed>#<guid>`, `path:/abs/file.html` */
  key: string;
  url: string | null;
  guid: string | null;
  path: string | null;
}

export interface OutletRow {
  id: number;
  name: string;
  articles: number;
  versions: number;
  /** last time any of its articles changed */
  lastChangedAt: string | null;
}

export interface ArticleRow {
  id: number;
  identity: string;
  kind: IdentityKind;
  url: string | null;
  guid: string | null;
  path: string | null;
  outletId: number | null;
  outlet: string | null;
  /** title of the newest version */
  title: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  lastChangedAt: string;
  versionCount: number;
  currentVersionId: number;
}

export interface VersionMeta {
  id: number;
  articleId: number;
  /** 1 for the first version of the article, then 2, 3, … */
  seq: number;
  title: string | null;
  byline: string | null;
  /** normalized-text hash (see corpus/hash.ts); a new version is stored only when it changes */
  hash: string;
  publishedAt: string | null;
  /** when this text was first fetched or read */
  fetchedAt: string;
  /** the last time this text was seen unchanged */
  lastSeenAt: string;
  /** how many fetches returned this text */
  seenCount: number;
  /** where the text came from: a path, a URL, `feed-url#guid`, `file.jsonl:12` */
  source: string;
}

export interface VersionRow extends VersionMeta {
  /** the telling as compare() sees it: headline first, one paragraph per line */
  text: string;
}

export interface ComparisonRow {
  id: number;
  baseVersionId: number;
  revisedVersionId: number;
  profile: string;
  /** storydiff's version that computed it */
  toolVersion: string;
  material: number;
  notable: number;
  minor: number;
  createdAt: string;
  result: Comparison;
}

/** A version as it arrives from a source, ready to store. */
export interface IncomingVersion {
  identity: Identity;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  text: string;
  hash: string;
  publishedAt: string | null;
  source: string;
  /** fingerprint of the raw input the text was made from (see SeenInput), or null */
  inputHash?: string | null;
}

/**
 * An input already stored: its fingerprint is the input hash of the current version of an article
 * (as knownInputs() said). Stored as an unchanged fetch of that version. When, inside the batch, the
 * version is no longer current (an earlier item of the batch, or another process, changed the
 * article), the batch fails with StaleInputError and nothing of it is stored: send it again in full.
 */
export interface SeenInput {
  seen: true;
  inputHash: string;
}

export type IngestStatus = 'new-article' | 'new-version' | 'unchanged';

export interface IngestOutcome {
  status: IngestStatus;
  articleId: number;
  versionId: number;
  /** the version this one follows, for a new version */
  previousVersionId?: number;
}

export interface ArticleQuery {
  outletId?: number;
  /** words that must all occur in the title (case-insensitive) */
  search?: string;
  limit?: number;
  offset?: number;
}

/** A pair of consecutive versions of an article. */
export interface VersionPair {
  articleId: number;
  baseVersionId: number;
  revisedVersionId: number;
}

export interface StoreStats {
  outlets: number;
  articles: number;
  versions: number;
  comparisons: number;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** the database's path or connection string, for messages */
  readonly location: string;
  /** the schema version after the migrations that ran on open */
  schemaVersion(): Promise<number>;
  /**
   * Stores a batch of incoming versions in one transaction: all or nothing. Items are applied in
   * order, so the same article twice in a batch gives two versions when its text changed.
   * `at` is the fetch time recorded for every item.
   */
  ingestBatch(items: Array<IncomingVersion | SeenInput>, at: string): Promise<IngestOutcome[]>;
  /** the input hashes, among those given, of versions that are their article's current version */
  knownInputs(inputHashes: string[]): Promise<Set<string>>;
  outlets(): Promise<OutletRow[]>;
  outlet(id: number): Promise<OutletRow | null>;
  /** articles, most recently changed first */
  articles(query?: ArticleQuery): Promise<ArticleRow[]>;
  countArticles(query?: Omit<ArticleQuery, 'limit' | 'offset'>): Promise<number>;
  article(id: number): Promise<ArticleRow | null>;
  articleByIdentity(key: string): Promise<ArticleRow | null>;
  /** articles whose url or guid column equals the value (an article URL given without canonical form) */
  articlesByLocator(value: string): Promise<ArticleRow[]>;
  /** an article's versions, oldest first, with or without their texts; `since` keeps versions fetched at or after it */
  versions(articleId: number, options?: { since?: string; withText?: boolean }): Promise<VersionRow[] | VersionMeta[]>;
  version(id: number): Promise<VersionRow | null>;
  /** the texts of the versions given, by id (versions not stored are left out) */
  versionTexts(ids: number[]): Promise<Map<number, string>>;
  comparison(baseVersionId: number, revisedVersionId: number, profile: string): Promise<ComparisonRow | null>;
  /** stored comparisons whose revised version belongs to the article, for one profile */
  comparisonsOfArticle(articleId: number, profile: string): Promise<ComparisonRow[]>;
  /** the pairs among those given that have a stored comparison under the profile */
  storedComparisons(pairs: Array<{ baseVersionId: number; revisedVersionId: number }>, profile: string): Promise<Array<{ baseVersionId: number; revisedVersionId: number }>>;
  /** stores a comparison (replacing one for the same pair and profile) */
  saveComparison(baseVersionId: number, revisedVersionId: number, profile: string, result: Comparison, toolVersion: string, at: string): Promise<ComparisonRow>;
  /** consecutive version pairs of the given articles (all when omitted) that have no comparison under the profile */
  missingComparisons(profile: string, articleIds?: number[]): Promise<VersionPair[]>;
  stats(): Promise<StoreStats>;

  // --- stories (see story-types.ts) ---------------------------------------------------------------
  groupingState(): Promise<GroupingState>;
  /** articles sharing band keys with the given ones (the newest `perBucket` of each key), the most shared first, at most `limit` */
  bandCandidates(bands: number[], limit: number, perBucket: number): Promise<BandCandidates>;
  /** document frequencies of hashed terms and keys (absent: 0) */
  documentFrequencies(terms: number[]): Promise<Map<number, number>>;
  /** adds to the document frequencies (counts per hashed term) and to the articles counted, in one transaction */
  addDocumentFrequencies(terms: Map<number, number>, articles: number): Promise<void>;
  /** places an article in one transaction; throws GroupingConflictError when what it was decided on changed */
  placeArticle(p: Placement): Promise<PlacementResult>;
  /** replaces the fingerprint of a placed article by its new version's and bumps its story's revision; null when the article is not placed */
  updatePlacement(u: PlacementUpdate): Promise<number | null>;
  /** articles in no story, oldest first */
  unplacedArticles(limit: number): Promise<UnplacedArticle[]>;
  /** every article, by its time (first version's publication, else first seen), then id: the order a rebuild places them */
  groupingOrder(): Promise<GroupingInput[]>;
  /** every placed article with its story, for a rebuild that keeps story ids */
  placedArticles(): Promise<Array<{ articleId: number; storyId: number }>>;
  /** replaces the whole grouping (stories kept by id, others pointed at where most of their articles went) */
  replaceGrouping(g: RebuiltGrouping): Promise<void>;
  /** stories, most recently active first (merged-away stories left out) */
  stories(q?: StoryQuery): Promise<StoryRow[]>;
  countStories(): Promise<number>;
  /** a story by id; an id merged into another gives that one, with mergedFrom set */
  story(id: number): Promise<StoryRow | null>;
  /** the articles of the given stories, in order of their time */
  storyArticles(storyIds: number[]): Promise<StoryArticleRow[]>;
  storyOfArticle(articleId: number): Promise<number | null>;
  /** stories whose derivation is older than their membership, oldest change first */
  staleStories(limit: number): Promise<number[]>;
  derivations(storyId: number): Promise<DerivationRow[]>;
  /** replaces a story's derivation rows if its revision is still `revision`; false when it changed meanwhile */
  saveDerivations(storyId: number, revision: number, rows: Array<Omit<DerivationRow, 'storyId' | 'computedAt'>>, at: string): Promise<boolean>;
  /** material findings of the stored comparisons between each telling of the stories and its source, per story */
  storyMaterial(storyIds: number[], profile: string): Promise<Map<number, number>>;

  close(): Promise<void>;
}

/** A SeenInput whose version is no longer current: the batch was rolled back; send its items in full. */
export class StaleInputError extends Error {}

/** A store problem the user can act on (no such database, not a storydiff database, locked, disk full). One line. */
export class StoreError extends Error {}
