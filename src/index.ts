/** storydiff's public API: re-exports only. */
export { compare, SCHEMA, PROFILES } from './engine/compare.js';
export { CHECKS } from './checks/index.js';
export { FORMATS, format } from './report/index.js';
export type { FormatName, FormatOptions } from './report/index.js';
export type {
  BlockKind, CheckMeta, CompareOptions, Comparison, Finding, Link, LinkKind, Located, Profile, Severity,
  SideSummary, Span,
} from './types.js';
export { openStore } from './corpus/open.js';
export type { Corpus, StoredComparison } from './corpus/corpus.js';
export type { OpenOptions } from './store/index.js';
export type { Failure, IngestOptions, IngestSummary, Progress, VersionEvent } from './corpus/ingest.js';
export type { WatchOptions, WatchSummary } from './corpus/watch.js';
export type { Timeline, TimelineChange, TimelineOptions, TimelineVersion } from './corpus/timeline.js';
export type {
  ArticleQuery, ArticleRow, ComparisonRow, Identity, IdentityKind, OutletRow, Store, StoreStats, VersionMeta, VersionRow,
} from './store/types.js';
