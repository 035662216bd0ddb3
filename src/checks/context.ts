/** What a check sees: both tellings, their alignment and the extracted facts, and a way to report. */
import type { Doc, Span } from '../types.js';
import type { Alignment } from '../align/align.js';
import type { Facts } from '../extract/facts.js';
import type { ValueClaim } from './values.js';

export interface Report {
  message: string;
  /** offsets into the base telling's normalized text, or null */
  base?: Span | null;
  /** offsets into the revised telling's normalized text, or null */
  revised?: Span | null;
  data?: Record<string, unknown>;
  /** a proposed change of a value: the engine weighs the evidence in both tellings before reporting it */
  claim?: ValueClaim;
}

export interface CheckContext {
  base: Doc;
  revised: Doc;
  alignment: Alignment;
  facts: { base: Facts; revised: Facts };
  report(finding: Report): void;
}

export interface Check {
  meta: import('../types.js').CheckMeta;
  run(context: CheckContext): void;
}
