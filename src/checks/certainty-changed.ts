import type { Check } from './context.js';
import { clausePairs } from './pairs.js';
import type { Stance } from '../extract/stance.js';

const LEVELS: Record<number, string> = { 1: 'established', 0: 'stated', [-1]: 'hedged', [-2]: 'questioned' };

/**
 * certainty-changed: the same statement made more or less certain: hedged ("reportedly", "may",
 * "some reports suggest"), called into question ("contested", "unconfirmed") or asserted as
 * established ("confirmed", "widely understood"). `data.direction` is "weaker" or "stronger".
 */
export const certaintyChanged: Check = {
  meta: {
    id: 'certainty-changed',
    description: 'a claim made more or less certain (hedged, qualified, called contested)',
    severity: 'notable',
    docs: 'docs/checks/certainty-changed.md',
  },
  run(ctx) {
    for (const pair of clausePairs(ctx)) {
      const b = pair.base.certainty;
      const r = pair.revised.certainty;
      if (b === r) continue;
      const side = (s: Stance) => ({ level: LEVELS[s.certainty], cues: s.certaintyCues.map((c) => c.text) });
      const direction = r < b ? 'weaker' : 'stronger';
      ctx.report({
        message: `Claim made ${direction === 'weaker' ? 'less' : 'more'} certain: ${LEVELS[b]} (${side(pair.base).cues.join(', ') || 'no hedge'}) became ${LEVELS[r]} (${side(pair.revised).cues.join(', ') || 'no hedge'})`,
        base: { start: pair.base.clause.start, end: pair.base.clause.end },
        revised: { start: pair.revised.clause.start, end: pair.revised.clause.end },
        data: { direction, base: side(pair.base), revised: side(pair.revised) },
      });
    }
  },
};
