import type { Check } from './context.js';
import { uncarried } from './claims.js';
import { round } from '../align/align.js';

/** claim-dropped: content of the base that the revised telling no longer carries. */
export const claimDropped: Check = {
  meta: {
    id: 'claim-dropped',
    description: 'content of the base that the revision no longer carries',
    severity: 'notable',
    docs: 'docs/checks/claim-dropped.md',
  },
  run(ctx) {
    for (const u of uncarried('base', ctx)) {
      const text = ctx.base.norm.slice(u.start, u.end);
      ctx.report({
        message: u.scope === 'sentence' ? `Base content no longer carried: "${text}"` : `Base clause no longer carried: "${text}"`,
        base: { start: u.start, end: u.end },
        data: { scope: u.scope, sentence: u.sentence, coverage: round(u.coverage) },
      });
    }
  },
};
