/**
 * Shared by claim-added and claim-dropped: which sentences and clauses of one side the other side
 * does not carry.
 */
import type { Doc } from '../types.js';
import { bestCoverage, rangeFeatures, unionCoverage, type Alignment } from '../align/align.js';
import type { Clause } from '../extract/clauses.js';

export interface Uncarried {
  sentence: number;
  /** normalized offsets */
  start: number;
  end: number;
  /** whole sentence, or one clause of a sentence that is otherwise carried */
  scope: 'sentence' | 'clause';
  coverage: number;
}

/** Least content words for a sentence or clause to count as a claim. */
const MIN_CONTENT = 3;
/** A clause counts as carried from this share of its content on. */
const CLAUSE_CARRIED = 0.3;
/** Names count for less in a clause: a clause about the same people can still say something new. */
const NAME_FACTOR = 0.5;

export function uncarried(side: 'base' | 'revised', doc: Doc, clauses: Clause[][], alignment: Alignment): Uncarried[] {
  const out: Uncarried[] = [];
  const own = side === 'base' ? alignment.baseFeatures : alignment.revisedFeatures;
  const other = side === 'base' ? alignment.revisedFeatures : alignment.baseFeatures;
  const index = side === 'base' ? alignment.index.revised : alignment.index.base;
  const links = (i: number): number[] =>
    side === 'base' ? alignment.supportedBy[i]! : alignment.supports[i]!.map((s) => s.base);
  doc.sentences.forEach((s, i) => {
    if (s.kind === 'heading') return;
    if (own[i]!.tokens.length < MIN_CONTENT) return;
    const linked = links(i);
    if (linked.length === 0) {
      out.push({ sentence: i, start: s.normStart, end: s.normEnd, scope: 'sentence', coverage: 0 });
      return;
    }
    const cs = clauses[i]!;
    if (cs.length < 2) return;
    for (const c of cs) {
      if (c.content < MIN_CONTENT) continue;
      const f = rangeFeatures(doc, c.tokens[0], c.tokens[1], alignment.weight, NAME_FACTOR);
      const viaLinks = unionCoverage(f, linked.map((x) => other[x]!));
      if (viaLinks >= CLAUSE_CARRIED) continue;
      const best = bestCoverage(f, other, index);
      if (best.coverage >= CLAUSE_CARRIED) continue;
      out.push({ sentence: i, start: c.start, end: c.end, scope: 'clause', coverage: Math.max(viaLinks, best.coverage) });
    }
  });
  return out;
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
