import type { Check } from './context.js';
import type { Doc, Token } from '../types.js';
import { areAntonyms, hasAntonyms } from '../text/lexicon.js';
import { ENDING_VERBS, NEWS_ANTONYMS } from '../data/negation.js';
import { clauseFeaturesOf, clausePairs } from './pairs.js';
import { coverage } from '../align/align.js';
import type { Stance } from '../extract/stance.js';

/** Least pairing score for comparing polarity: the clauses must clearly be the same statement. */
const FLIP_SCORE = 0.4;
/** A negated revised clause is compared with its closest linked base clause from this share on. */
const CLOSEST_SCORE = 0.2;

/** word -> [group index, side] for each side of each news antonym group it stands in */
const SIDES = new Map<string, Array<[number, number]>>();
NEWS_ANTONYMS.forEach((pair, g) =>
  pair.forEach((words, side) => {
    for (const w of words) (SIDES.get(w) ?? SIDES.set(w, []).get(w)!).push([g, side]);
  }),
);

/** True when the words are opposites, in WordNet or in the news antonym table. */
const oppositeMemo = new Map<string, boolean>();

/** The word has an opposite in the news table or in WordNet. */
function hasOpposite(w: string): boolean {
  return SIDES.has(w) || (/^[a-z-]+$/.test(w) && hasAntonyms(w));
}

export function opposite(a: string, b: string): boolean {
  if (a === b) return false;
  const key = a < b ? a + ' ' + b : b + ' ' + a;
  let v = oppositeMemo.get(key);
  if (v === undefined) {
    if (oppositeMemo.size > 100_000) oppositeMemo.clear();
    oppositeMemo.set(key, (v = isOpposite(a, b)));
  }
  return v;
}

function isOpposite(a: string, b: string): boolean {
  for (const [g, side] of SIDES.get(a) ?? []) if (SIDES.get(b)?.some(([h, other]) => h === g && other !== side)) return true;
  return /^[a-z-]+$/.test(a) && /^[a-z-]+$/.test(b) && areAntonyms(a, b);
}


/**
 * negation-flipped: a statement whose polarity is reversed, by a negation added or removed
 * ("pleaded guilty" / "pleaded not guilty") or by a word swapped for its opposite ("increase" /
 * "decline"). A negation and an antonym together cancel out ("not guilty" / "innocent").
 */
export const negationFlipped: Check = {
  meta: {
    id: 'negation-flipped',
    description: "a statement's polarity is reversed (did / did not; agreed / refused)",
    severity: 'material',
    docs: 'docs/checks/negation-flipped.md',
  },
  run(ctx) {
    const reported = new Set<number>(); // revised clause starts already reported
    // opposites swapped inside linked sentences, in the same context
    for (const [r, sup] of ctx.alignment.supports.entries()) {
      if (!sup.length) continue;
      const swap = antonymSwap(ctx.base, ctx.revised, sup.map((x) => x.base), r);
      if (!swap) continue;
      const [b, rv] = swap;
      const rc = ctx.facts.revised.stances[r]!.find((st) => rv.start >= st.clause.start && rv.end <= st.clause.end);
      const bc = ctx.facts.base.stances[b.sentence]!.find((st) => b.start >= st.clause.start && b.end <= st.clause.end);
      // "not guilty" for "innocent": a negation on the opposite word itself cancels it out
      if (rc && bc && rc.negated !== bc.negated && (negates(rc, rv) || negates(bc, b))) {
        reported.add(rc.clause.start);
        continue;
      }
      if (rc) reported.add(rc.clause.start);
      ctx.report({
        message: `Opposite meaning: "${b.text}" became "${rv.text}"`,
        base: { start: b.start, end: b.end },
        revised: { start: rv.start, end: rv.end },
        data: {
          base: { negated: bc?.negated ?? false, cues: bc?.negations.map((c) => c.text) ?? [] },
          revised: { negated: rc?.negated ?? false, cues: rc?.negations.map((c) => c.text) ?? [] },
          antonyms: [b.lower, rv.lower],
        },
      });
    }
    // a negation added or removed
    for (const pair of clausePairs(ctx)) {
      if (pair.score < FLIP_SCORE || reported.has(pair.revised.clause.start)) continue;
      if (pair.revised.negated === pair.base.negated) continue;
      reported.add(pair.revised.clause.start);
      const cueSide = (st: Stance) => st.negations.map((c) => c.text);
      ctx.report({
        message: pair.revised.negated
          ? `Negation added: "${ctx.revised.norm.slice(pair.revised.clause.start, pair.revised.clause.end)}"`
          : `Negation removed: "${ctx.base.norm.slice(pair.base.clause.start, pair.base.clause.end)}"`,
        base: { start: pair.base.clause.start, end: pair.base.clause.end },
        revised: { start: pair.revised.clause.start, end: pair.revised.clause.end },
        data: {
          base: { negated: pair.base.negated, cues: cueSide(pair.base) },
          revised: { negated: pair.revised.negated, cues: cueSide(pair.revised) },
        },
      });
    }
    // a negation added in a linked sentence: the base clause closest to the negated one (among
    // the linked sentences) is not negated
    const baseClauses = clauseFeaturesOf(ctx, 'base');
    const revisedClauses = clauseFeaturesOf(ctx, 'revised');
    for (const [r, sup] of ctx.alignment.supports.entries()) {
      if (!sup.length) continue;
      ctx.facts.revised.stances[r]!.forEach((st, ci) => {
        if (!st.negated || reported.has(st.clause.start)) return;
        const f = revisedClauses(r)[ci]!;
        let best: { stance: Stance; score: number } | undefined;
        for (const x of sup) {
          baseClauses(x.base).forEach((g, bi) => {
            const score = coverage(f, g);
            if (!best || score > best.score) best = { stance: ctx.facts.base.stances[x.base]![bi]!, score };
          });
        }
        if (!best || best.score < CLOSEST_SCORE || best.stance.negations.length > 0) return;
        reported.add(st.clause.start);
        const b = best.stance.clause;
        ctx.report({
          message: `Negation added: "${ctx.revised.norm.slice(st.clause.start, st.clause.end)}"`,
          base: { start: b.start, end: b.end },
          revised: { start: st.clause.start, end: st.clause.end },
          data: { base: { negated: false, cues: [] }, revised: { negated: true, cues: st.negations.map((c) => c.text) } },
        });
      });
    }
  },
};

/** The clause's negation stands on the word (within three words before it): "not guilty". */
function negates(st: Stance, t: Token): boolean {
  return st.negations.some((c) => c.end <= t.start && t.start - c.end <= 20);
}

/** The word is the object of an ending verb within two words before it ("ending the war"). */
function ended(doc: Doc, i: number): boolean {
  const [a] = doc.sentenceTokens[doc.tokens[i]!.sentence]!;
  for (let k = Math.max(a, i - 2); k < i; k++) if (ENDING_VERBS.has(doc.tokens[k]!.lower)) return true;
  return false;
}

/** Context words: the content stems within five words of a token, inside its sentence. */
function context(doc: Doc, i: number): Set<string> {
  const t = doc.tokens[i]!;
  const [a, b] = doc.sentenceTokens[t.sentence]!;
  const out = new Set<string>();
  for (let k = Math.max(a, i - 5); k < Math.min(b, i + 6); k++) if (k !== i && doc.tokens[k]!.content) out.add(doc.tokens[k]!.stem);
  return out;
}

/**
 * A word of the revised sentence whose opposite stands in a linked base sentence, where neither
 * sentence has the other's word and the two share a word of context.
 */
function antonymSwap(base: Doc, revised: Doc, linked: number[], r: number): [Token, Token] | undefined {
  const [ra, rb] = revised.sentenceTokens[r]!;
  const rWords = new Set<string>();
  for (let i = ra; i < rb; i++) rWords.add(revised.tokens[i]!.lower);
  for (const b of linked) {
    const [ba, bb] = base.sentenceTokens[b]!;
    const bWords = new Set<string>();
    for (let k = ba; k < bb; k++) bWords.add(base.tokens[k]!.lower);
    // only words that have an opposite at all are paired
    const bCand: number[] = [];
    for (let k = ba; k < bb; k++) {
      const bt = base.tokens[k]!;
      if (!bt.capitalized && !rWords.has(bt.lower) && hasOpposite(bt.lower)) bCand.push(k);
    }
    if (!bCand.length) continue;
    for (let i = ra; i < rb; i++) {
      const rt = revised.tokens[i]!;
      if (rt.capitalized || !/^\p{L}+$/u.test(rt.text) || bWords.has(rt.lower) || !hasOpposite(rt.lower)) continue;
      for (const k of bCand) {
        const bt = base.tokens[k]!;
        if (!opposite(bt.lower, rt.lower)) continue;
        if (ended(revised, i) || ended(base, k)) continue;
        const rc = context(revised, i);
        const bc = context(base, k);
        if ([...rc].some((w) => bc.has(w))) return [bt, rt];
      }
    }
  }
  return undefined;
}
