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
const featureCache = new WeakMap<Alignment, { base: Map<number, SentenceFeatures[]>; revised: Map<number, SentenceFeatures[]> }>();

/** Least pairing score for two clauses to count as the same statement. */
export const PAIR_SCORE = 0.34;

/**
 * Features of the clauses of a sentence (names at full weight), computed on first use and kept for
 * the comparison: checks ask only about linked sentences, and ask again.
 */
export function clauseFeaturesOf(
  ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>,
  side: 'base' | 'revised',
): (sentence: number) => SentenceFeatures[] {
  let f = featureCache.get(ctx.alignment);
  if (!f) featureCache.set(ctx.alignment, (f = { base: new Map(), revised: new Map() }));
  const memo = f[side];
  const doc: Doc = ctx[side];
  const facts: Facts = ctx.facts[side];
  return (sentence) => {
    let list = memo.get(sentence);
    if (!list) {
      list = facts.clauses[sentence]!.map((c) => rangeFeatures(doc, c.tokens[0], c.tokens[1], ctx.alignment.weight));
      memo.set(sentence, list);
    }
    return list;
  };
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
    rf(r).forEach((f, ci) => {
      let best: ClausePair | undefined;
      let bestBoth = 0;
      let bestPlace = Infinity;
      for (const s of sup) {
        bf(s.base).forEach((g, bi) => {
          const there = coverage(f, g);
          const back = coverage(g, f);
          const score = Math.max(there, back);
          // of equally scored clauses, the one that also covers the other way is the counterpart
          // ("X said" covers "X won't go" as well as "X won't go" itself does), then the one at the
          // same place in its sentence (a clause the sentence repeats)
          const tie = !!best && score === best.score && (there + back > bestBoth || (there + back === bestBoth && Math.abs(bi - ci) < bestPlace));
          if (score >= PAIR_SCORE && (!best || score > best.score || tie)) {
            best = { revised: rs[r]![ci]!, base: bs[s.base]![bi]!, score };
            bestBoth = there + back;
            bestPlace = Math.abs(bi - ci);
          }
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
