import type { Check } from './context.js';
import { uncarried } from './claims.js';
import { round } from '../align/align.js';
import { detailInsertions, detailSwaps } from './details.js';

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
