import type { Check } from './context.js';
import type { Doc, Token } from '../types.js';
import { areAntonyms } from '../text/lexicon.js';
import { NEWS_ANTONYMS } from '../data/negation.js';
import { clausePairs } from './pairs.js';
import type { Stance } from '../extract/stance.js';

/** Least pairing score for comparing polarity: the clauses must clearly be the same statement. */
const FLIP_SCORE = 0.45;

/** True when the words are opposites, in WordNet or in the news antonym table. */
export function opposite(a: string, b: string): boolean {
  if (a === b) return false;
  for (const [x, y] of NEWS_ANTONYMS) if ((x.has(a) && y.has(b)) || (y.has(a) && x.has(b))) return true;
  return /^[a-z-]+$/.test(a) && /^[a-z-]+$/.test(b) && areAntonyms(a, b);
}

function words(doc: Doc, s: Stance): Token[] {
  return doc.tokens.slice(s.clause.tokens[0], s.clause.tokens[1]).filter((t) => /\p{L}/u.test(t.text));
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
    for (const pair of clausePairs(ctx)) {
      if (pair.score < FLIP_SCORE) continue;
      const rw = words(ctx.revised, pair.revised);
      const bw = words(ctx.base, pair.base);
      const rSet = new Set(rw.map((t) => t.lower));
      const bSet = new Set(bw.map((t) => t.lower));
      let antonym: [Token, Token] | undefined;
      for (const r of rw) {
        if (bSet.has(r.lower)) continue;
        const b = bw.find((x) => !rSet.has(x.lower) && opposite(x.lower, r.lower));
        if (b) {
          antonym = [b, r];
          break;
        }
      }
      const negationDiffers = pair.revised.negated !== pair.base.negated;
      if (negationDiffers === Boolean(antonym)) continue;
      const cueSide = (s: Stance) => s.negations.map((c) => c.text);
      const where = antonym
        ? { base: { start: antonym[0].start, end: antonym[0].end }, revised: { start: antonym[1].start, end: antonym[1].end } }
        : {
            base: { start: pair.base.clause.start, end: pair.base.clause.end },
            revised: { start: pair.revised.clause.start, end: pair.revised.clause.end },
          };
      ctx.report({
        message: antonym
          ? `Opposite meaning: "${antonym[0].text}" became "${antonym[1].text}"`
          : pair.revised.negated
            ? `Negation added: "${ctx.revised.norm.slice(pair.revised.clause.start, pair.revised.clause.end)}"`
            : `Negation removed: "${ctx.base.norm.slice(pair.base.clause.start, pair.base.clause.end)}"`,
        ...where,
        data: {
          base: { negated: pair.base.negated, cues: cueSide(pair.base) },
          revised: { negated: pair.revised.negated, cues: cueSide(pair.revised) },
          ...(antonym ? { antonyms: [antonym[0].lower, antonym[1].lower] } : {}),
        },
      });
    }
  },
};
