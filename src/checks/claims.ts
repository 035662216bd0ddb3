/**
 * Shared by claim-added and claim-dropped: which sentences and clauses of one side the other side
 * does not carry.
 */
import { bestCoverage, candidates, coverage, rangeFeatures, unionCoverage } from '../align/align.js';
import type { CheckContext } from './context.js';
import { clauseFeaturesOf } from './pairs.js';
import { QUANTITY } from './number-changed.js';
import { sideOfTally, type Quantity } from '../extract/quantities.js';
import { bySentence } from '../extract/scan.js';
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
/** A clause counts as carried from this share of its content on (low: a clause is judged inside a sentence that is carried). */
const CLAUSE_CARRIED = 0.2;
/** A revised clause counts as carried by a base sentence the revision does not carry from this share on. */
const LOOSE_CARRIED = 0.4;
/**
 * A revision whose content is at most this share of the base's is a compression (a summary): its
 * sentences merge several of the base's in new words.
 */
const COMPRESSED = 0.6;
/**
 * In a compression, a clause of a revised sentence no base sentence carries as a whole counts as
 * carried by a base sentence from this share of its content on.
 */
const MERGE_CARRIED = 0.25;
/** Or by several base sentences, each carrying MERGE_PART of it, together MERGE_UNION. */
const MERGE_PART = 0.1;
const MERGE_UNION = 0.35;
/** Names count for less in a clause: a clause about the same people can still say something new. */
const NAME_FACTOR = 0.5;
/** Least distinctiveness of a figure that ties a clause to the base sentence giving it ("14,000", not "two" or "12"). */
const ANCHOR = 0.5;
/** A clause of a linked sentence that its own sources carry less than this is a residue: new words. */
const RESIDUAL = 0.34;

export function uncarried(side: 'base' | 'revised', ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>): Uncarried[] {
  const { alignment } = ctx;
  const doc = ctx[side];
  const otherSide = side === 'base' ? 'revised' : 'base';
  const otherClauses = clauseFeaturesOf(ctx, otherSide);
  const clauses = ctx.facts[side].clauses;
  const out: Uncarried[] = [];
  const own = side === 'base' ? alignment.baseFeatures : alignment.revisedFeatures;
  const other = side === 'base' ? alignment.revisedFeatures : alignment.baseFeatures;
  const index = side === 'base' ? alignment.index.revised : alignment.index.base;
  const linksOf = (s: 'base' | 'revised', i: number): number[] =>
    s === 'base' ? alignment.supportedBy[i]! : alignment.supports[i]!.map((x) => x.base);
  const carried = (s: 'base' | 'revised', x: number) => linksOf(s, x).length > 0;
  const content = (fs: typeof own) => fs.reduce((n, f) => n + f.tokens.length, 0);
  // in a compression (a summary), a sentence no base sentence carries whole may merge several in
  // new words; in a revision of like length it is new reporting, judged whole
  const merges = side === 'revised' && content(own) <= COMPRESSED * content(other);
  // the figures of each telling by sentence, made when anchored() first asks
  let baseFigures: Map<number, Quantity[]> | undefined;
  let revisedFigures: Map<number, Quantity[]> | undefined;
  doc.sentences.forEach((s, i) => {
    if (s.kind === 'heading') return;
    if (own[i]!.tokens.length < MIN_CONTENT) return;
    const linked = linksOf(side, i);
    const cs = clauses[i]!;
    if (linked.length === 0) {
      const parts = merges && cs.length >= 2 ? newClauses(i) : undefined;
      if (parts) out.push(...parts);
      // in a revision of like length too, a sentence each of whose clauses a base sentence carries
      // much of, or ties to itself by a distinctive figure, merges them: nothing in it is new
      else if (!merges && cs.length >= 2 && allCarried(i)) return;
      else out.push({ sentence: i, start: s.normStart, end: s.normEnd, scope: 'sentence', coverage: 0 });
      return;
    }
    if (cs.length < 2) return;
    // a clause holding most of a linked sentence was judged with the sentence
    const sentenceContent = own[i]!.tokens.length;
    for (const c of cs) {
      if (c.content < MIN_CONTENT || c.content >= 0.6 * sentenceContent) continue;
      const f = rangeFeatures(doc, c.tokens[0], c.tokens[1], alignment.weight, NAME_FACTOR);
      const viaLinks = unionCoverage(f, linked.map((x) => other[x]!));
      if (viaLinks >= CLAUSE_CARRIED) continue;
      // only sentences that are themselves carried can carry a clause
      const best = bestCoverage(f, other, index, (x) => carried(otherSide, x));
      if (best.coverage >= CLAUSE_CARRIED) continue;
      // a revised clause may restate a base sentence the aligner left alone, folded into a sentence
      // drawn from others ("..., each able to supply some 16,000 homes"): one that carries much of it,
      // or a part of it and the distinctive figure it gives ("leaving some 14,000 properties without
      // electricity" for "Around 14,000 homes lost power")
      if (side === 'revised') {
        const loose = bestCoverage(f, other, index, () => true);
        if (loose.coverage >= LOOSE_CARRIED || (loose.coverage >= MERGE_PART && anchoredIn(c, f))) continue;
      }
      if (reworded(f, linked)) continue;
      out.push({ sentence: i, start: c.start, end: c.end, scope: 'clause', coverage: Math.max(viaLinks, best.coverage) });
    }
  });
  return out;

  /**
   * The clauses of revised sentence i that no base sentence carries MERGE_CARRIED of, when some
   * other clause is carried (undefined when none is: the sentence is new as a whole).
   */
  function newClauses(i: number): Uncarried[] | undefined {
    const found: Uncarried[] = [];
    let carriedOne = false;
    for (const c of clauses[i]!) {
      if (c.content < MIN_CONTENT) continue;
      const f = rangeFeatures(doc, c.tokens[0], c.tokens[1], alignment.weight, NAME_FACTOR);
      const best = bestCoverage(f, other, index, () => true);
      if (best.coverage >= MERGE_PART && anchoredIn(c, f)) {
        carriedOne = true;
        continue;
      }
      // carried by one base sentence, or by several that each carry a part of it
      const several = best.coverage >= MERGE_PART ? unionCoverage(f, candidates(f, index).map((x) => other[x]!).filter((g) => coverage(f, g) >= MERGE_PART)) : 0;
      if (best.coverage >= MERGE_CARRIED || several >= MERGE_UNION) carriedOne = true;
      else found.push({ sentence: i, start: c.start, end: c.end, scope: 'clause', coverage: best.coverage });
    }
    return carriedOne ? found : undefined;
  }

  /** Every clause of revised sentence i is carried by a base sentence: LOOSE_CARRIED of it, or a part and its distinctive figure. */
  function allCarried(i: number): boolean {
    let any = false;
    for (const c of clauses[i]!) {
      if (c.content < MIN_CONTENT) continue;
      const f = rangeFeatures(doc, c.tokens[0], c.tokens[1], alignment.weight, NAME_FACTOR);
      const best = bestCoverage(f, other, index, () => true);
      if (best.coverage < LOOSE_CARRIED && !(best.coverage >= MERGE_PART && anchoredIn(c, f))) return false;
      any = true;
    }
    return any;
  }

  /**
   * The revised clause gives a distinctive figure ("14,000", not "two"; not a year, which a story
   * gives for many things) that a base sentence carrying a part of it gives too: the clause tells of
   * what that sentence tells, whatever its words.
   */
  function anchoredIn(c: Clause, f: ReturnType<typeof rangeFeatures>): boolean {
    return side === 'revised' && candidates(f, index).some((j) => coverage(f, other[j]!) >= MERGE_PART && anchored(c, j));
  }

  /** anchoredIn for base sentence j. */
  function anchored(c: Clause, j: number): boolean {
    // (the figures by sentence, read once per call of uncarried: a long text asks this of many clauses)
    const inBase = (baseFigures ??= bySentence(QUANTITY.mentions(ctx.facts.base))).get(j) ?? [];
    if (!inBase.length) return false;
    // both sides of a tally the base sentence gives, however common each number is ("with 82 TDs
    // voting in favour and 61 against" / "voted by 82 to 61")
    const own = ((revisedFigures ??= bySentence(QUANTITY.mentions(ctx.facts.revised))).get(c.sentence) ?? []).filter((q) => q.tokens[0] >= c.tokens[0] && q.tokens[1] <= c.tokens[1]);
    if (inBase.some((x) => x.kind === 'score' && own.some((q) => q.value === x.value && sideOfTally(q, x)) && own.some((q) => q.value === x.second && sideOfTally(q, x)))) return true;
    // (a count may be one side of a tally: "with 82 TDs voting in favour" / "voted by 82 to 61")
    return own.some((q) => q.kind !== 'year' && QUANTITY.distinct(q, ctx.revised) >= ANCHOR && inBase.some((x) => QUANTITY.same(q, x, ctx.revised, ctx.base) || sideOfTally(q, x)));
  }

  /**
   * A clause that a linked sentence of the other side says in other words: that sentence has a
   * clause of its own that its sources do not carry, and the two share a word. A rewording is an
   * edit (the word diff shows it), not content added or dropped.
   */
  function reworded(f: ReturnType<typeof rangeFeatures>, linked: number[]): boolean {
    for (const x of linked) {
      const sources = linksOf(otherSide, x).map((y) => own[y]!);
      for (const g of otherClauses(x)) {
        if (unionCoverage(g, sources) >= RESIDUAL) continue;
        if (coverage(f, g) > 0) return true;
      }
    }
    return false;
  }
}

