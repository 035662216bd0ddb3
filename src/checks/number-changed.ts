import type { Check } from './context.js';
import type { Doc } from '../types.js';
import { bySentence } from '../extract/scan.js';
import { compatible, type Quantity } from '../extract/quantities.js';
import { areSynonyms } from '../text/lexicon.js';
import { linkedBase } from './pairs.js';

/** Two quantities measure the same thing: same kind, and for counts and ordinals the same noun. */
export function sameDimension(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'count' || a.kind === 'ordinal') {
    if (!a.unit || !b.unit) return a.unit === b.unit;
    return a.unit === b.unit || areSynonyms(a.unit, b.unit);
  }
  // amounts of money compare across currencies: "$5 million" is not "5 million euros"
  return a.kind === 'money' || a.unit === b.unit;
}

/** Equal in some reading of the approximators, and in the same currency. */
function equal(a: Quantity, b: Quantity): boolean {
  return compatible(a, b) && (a.kind !== 'money' || a.unit === b.unit);
}

/**
 * The unit as a reader writes it: counts and ordinals match their noun by its stem ("polic"), and
 * the data gives the word itself ("police"), found among the words after the number.
 */
function unitWord(doc: Doc, q: Quantity): string {
  if (q.kind !== 'count' && q.kind !== 'ordinal') return q.unit;
  const [, next] = doc.sentenceTokens[q.sentence]!;
  for (let k = q.tokens[1]; k < next && k < q.tokens[1] + 4; k++) if (doc.tokens[k]!.stem === q.unit) return doc.tokens[k]!.lower;
  return q.unit;
}

function describe(q: Quantity, text: string, doc: Doc): Record<string, unknown> {
  return {
    text,
    kind: q.kind,
    value: q.value,
    low: q.low,
    high: Number.isFinite(q.high) ? q.high : null,
    unit: unitWord(doc, q),
    ...(q.approximator ? { approximator: q.approximator } : {}),
  };
}

/**
 * number-changed: a count, amount, percentage, duration or ordinal in a revised sentence that no
 * reading of the approximators makes equal to the same kind of quantity in its base sentences.
 */
export const numberChanged: Check = {
  meta: {
    id: 'number-changed',
    description: 'a count, amount, percentage or duration differs in value',
    severity: 'material',
    docs: 'docs/checks/number-changed.md',
  },
  run(ctx) {
    const bq = ctx.facts.base.quantities.filter((q) => q.kind !== 'year');
    const rq = ctx.facts.revised.quantities.filter((q) => q.kind !== 'year');
    const quantitiesIn = bySentence(bq);
    for (const q of rq) {
      const links = linkedBase(ctx.alignment, q.sentence);
      if (!links.length) continue; // a new sentence: its numbers are new content, not changed ones
      const linked = links.flatMap((b) => quantitiesIn.get(b) ?? []);
      let same = linked.filter((b) => sameDimension(q, b));
      // the linked sentences measure nothing alike: the base may state it in another sentence
      if (!same.length) same = bq.filter((b) => sameDimension(q, b) && b.unit !== '');
      if (!same.length || same.some((b) => equal(q, b))) continue;
      // the base may state it elsewhere (a summary draws on the whole text)
      if (bq.some((b) => sameDimension(q, b) && equal(q, b))) continue;
      const counterpart = same[0]!;
      const bt = ctx.base.norm.slice(counterpart.start, counterpart.end);
      const rt = ctx.revised.norm.slice(q.start, q.end);
      ctx.report({
        message: `Number changed: "${bt}" became "${rt}"`,
        base: { start: counterpart.start, end: counterpart.end },
        revised: { start: q.start, end: q.end },
        data: { base: describe(counterpart, bt, ctx.base), revised: describe(q, rt, ctx.revised) },
      });
    }
  },
};
