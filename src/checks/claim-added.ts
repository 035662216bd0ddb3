import type { Check } from './context.js';
import { uncarried } from './claims.js';
import { round } from '../align/align.js';
import { detailInsertions, detailSwaps } from './details.js';
import type { CheckContext } from './context.js';
import type { Placed } from '../align/binding.js';
import type { ValueKind } from './values.js';
import { QUANTITY } from './number-changed.js';
import { DATE } from './date-changed.js';
import { PLACE } from './place-changed.js';
import { NAME } from './name-changed.js';

/** The text last lower-cased: wordsIn is asked of one base text for every value of the revision. */
let lowered = { text: '', lower: '' };

/** The words stand in the text, as whole words, whatever their case. */
function wordsIn(text: string, words: string): boolean {
  const w = words.toLowerCase();
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  const t = lowered.lower;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    const before = i > 0 ? t[i - 1]! : ' ';
    const after = t[i + w.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Values in sentences the base carries that the base gives nowhere, in any form: a figure, a date, a
 * place or a name out of nowhere ("sales of $5mn" where the base has $5bn and no $5mn, an invented
 * first name). A value that stands in place of another is the value checks' (they supersede this).
 */
function unsupportedValues(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>): Array<{ kind: string; m: Placed & { start: number; end: number } }> {
  const out: Array<{ kind: string; m: Placed & { start: number; end: number } }> = [];
  const scan = <T extends Placed & { start: number; end: number }>(kind: ValueKind<T>, keep: (m: T) => boolean = () => true) => {
    const bm = kind.mentions(ctx.facts.base);
    for (const r of kind.mentions(ctx.facts.revised)) {
      if (!ctx.alignment.supports[r.sentence]!.length || !keep(r)) continue;
      if ((kind.sameCandidates?.(r, ctx.revised, bm, ctx.base) ?? bm).some((b) => kind.same(r, b, ctx.revised, ctx.base))) continue;
      // the base writes the same words, read there as something else ("the WhatsApp group")
      if (kind.id !== 'quantity' && wordsIn(ctx.base.norm, ctx.revised.norm.slice(r.start, r.end))) continue;
      out.push({ kind: kind.id, m: r });
    }
  };
  // "one", "a": too common as words to stand for a figure
  scan(QUANTITY, (q) => !(q.kind === 'count' && q.value <= 1) && !(q.kind === 'ordinal' && q.value <= 1));
  // relative dates ("this year") shift with the day of writing
  scan(DATE, (d) => d.relative === undefined);
  scan(PLACE);
  scan(NAME, (e) => e.kind !== 'other');
  return out;
}

/** claim-added: content of the revised telling with no support in the base. */
export const claimAdded: Check = {
  meta: {
    id: 'claim-added',
    description: 'content with no support in the base',
    severity: 'notable',
    profiles: { faithful: 'material' },
    docs: 'docs/checks/claim-added.md',
  },
  run(ctx) {
    for (const u of uncarried('revised', ctx)) {
      const text = ctx.revised.norm.slice(u.start, u.end);
      ctx.report({
        message: u.scope === 'sentence' ? `New content with no support in the base: "${text}"` : `New clause with no support in the base: "${text}"`,
        revised: { start: u.start, end: u.end },
        data: { scope: u.scope, sentence: u.sentence, coverage: round(u.coverage) },
      });
    }
    // a value the base gives nowhere
    for (const { kind, m } of unsupportedValues(ctx)) {
      const text = ctx.revised.norm.slice(m.start, m.end);
      ctx.report({
        message: `A ${kind === 'quantity' ? 'figure' : kind} the base gives nowhere: "${text}"`,
        revised: { start: m.start, end: m.end },
        data: { scope: 'value', kind, sentence: m.sentence, revised: text },
      });
    }
    // a detail the base never gives, added to a sentence it otherwise carries
    for (const t of detailInsertions(ctx.base, ctx.revised, ctx.alignment)) {
      ctx.report({
        message: `Detail with no support in the base: "${t.text}"`,
        revised: { start: t.start, end: t.end },
        data: { scope: 'detail', sentence: t.sentence, revised: t.text },
      });
    }
    // a detail the base does not have, standing where the base had another thing of the same kind
    for (const d of detailSwaps(ctx.base, ctx.revised, ctx.alignment)) {
      ctx.report({
        message: `Detail with no support in the base: "${d.revised.text}" where the base has "${d.base.text}"`,
        base: { start: d.base.start, end: d.base.end },
        revised: { start: d.revised.start, end: d.revised.end },
        data: { scope: 'detail', sentence: d.revised.sentence, base: d.base.text, revised: d.revised.text },
      });
    }
  },
};
