import type { Check } from './context.js';
import { round, uncarried } from './claims.js';

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
  },
};
