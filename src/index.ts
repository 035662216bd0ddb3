/** storydiff's public API: re-exports only. */
export { compare, SCHEMA, PROFILES } from './engine/compare.js';
export { CHECKS } from './checks/index.js';
export { FORMATS, format } from './report/index.js';
export type { FormatName, FormatOptions } from './report/index.js';
export type {
  BlockKind, CheckMeta, CompareOptions, Comparison, Finding, Link, LinkKind, Located, Profile, Severity,
  SideSummary, Span,
} from './types.js';
