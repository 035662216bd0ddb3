/**
 * Pairs of clauses that say the same thing: each clause of a revised sentence with the clause of its
 * linked base sentences that carries most of it. Shared by the checks that compare stance (polarity,
 * certainty, attribution) across tellings.
 */
import { coverage, rangeFeatures, type Alignment, type SentenceFeatures } from '../align/align.js';
import type { Doc } from '../types.js';
import type { Facts } from '../extract/facts.js';
import type { Stance } from '../extract/stance.js';
import type { CheckContext } from './context.js';

export interface ClausePair {
  revised: Stance;
  base: Stance;
  /** how much of each other the two clauses carry (the larger of the two coverages) */
  score: number;
}

const cache = new WeakMap<Alignment, ClausePair[]>();
const featureCache = new WeakMap<Alignment, { base: SentenceFeatures[][]; revised: SentenceFeatures[][] }>();

/** Least score for two clauses to count as the same statement. */
export const PAIR_SCORE = 0.34;

function clauseFeatures(doc: Doc, facts: Facts, weight: (k: string) => number): SentenceFeatures[][] {
  return facts.clauses.map((cs) => cs.map((c) => rangeFeatures(doc, c.tokens[0], c.tokens[1], weight)));
}

/** Features of every clause of each side (names at full weight), computed once per comparison. */
export function clauseFeaturesOf(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>, side: 'base' | 'revised'): SentenceFeatures[][] {
  let f = featureCache.get(ctx.alignment);
  if (!f) {
    f = {
      base: clauseFeatures(ctx.base, ctx.facts.base, ctx.alignment.weight),
      revised: clauseFeatures(ctx.revised, ctx.facts.revised, ctx.alignment.weight),
    };
    featureCache.set(ctx.alignment, f);
  }
  return f[side];
}

export function clausePairs(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>): ClausePair[] {
  const hit = cache.get(ctx.alignment);
  if (hit) return hit;
  const { alignment } = ctx;
  const bf = clauseFeaturesOf(ctx, 'base');
  const rf = clauseFeaturesOf(ctx, 'revised');
  const bs = ctx.facts.base.stances;
  const rs = ctx.facts.revised.stances;
  const out: ClausePair[] = [];
  alignment.supports.forEach((sup, r) => {
    if (!sup.length) return;
    rf[r]!.forEach((f, ci) => {
      let best: ClausePair | undefined;
      for (const s of sup) {
        bf[s.base]!.forEach((g, bi) => {
          const score = Math.max(coverage(f, g), coverage(g, f));
          if (score >= PAIR_SCORE && (!best || score > best.score)) best = { revised: rs[r]![ci]!, base: bs[s.base]![bi]!, score };
        });
      }
      if (best) out.push(best);
    });
  });
  cache.set(alignment, out);
  return out;
}

/** Base sentences linked to a revised sentence. */
export function linkedBase(alignment: Alignment, r: number): number[] {
  return alignment.supports[r]!.map((s) => s.base);
}
