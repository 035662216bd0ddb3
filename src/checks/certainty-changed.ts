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
      // a hedge the other side still puts on another clause of the sentence: the clauses were split or
      // joined another way ("said the gunmen fled and that the attack was believed to be linked" /
      // "The gunmen fled, and the attack is believed to be linked")
      if (b !== 0 && carriedIn(pair.base, ctx.facts.revised.stances[pair.revised.clause.sentence] ?? [])) continue;
      if (r !== 0 && carriedIn(pair.revised, ctx.facts.base.stances[pair.base.clause.sentence] ?? [])) continue;
      // "visitors had been expected" / "had been expected to attend": the cue's verb stands in the other
      if (r !== 0 && b === 0 && verbOfCueIn(pair.revised, ctx.base.norm.slice(pair.base.clause.start, pair.base.clause.end))) continue;
      if (b !== 0 && r === 0 && verbOfCueIn(pair.base, ctx.revised.norm.slice(pair.revised.clause.start, pair.revised.clause.end))) continue;
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

/** Another clause of `others` has the certainty of `st` by the same cue words. */
function carriedIn(st: Stance, others: Stance[]): boolean {
  const cues = st.certaintyCues.map((c) => c.text.toLowerCase()).join('|');
  return others.some((o) => o.certainty === st.certainty && o.certaintyCues.map((c) => c.text.toLowerCase()).join('|') === cues);
}

/** Every cue of `st` is a verb and "to" ("expected to", "believed to") whose verb the other clause's text has. */
function verbOfCueIn(st: Stance, text: string): boolean {
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  return st.certaintyCues.length > 0 && st.certaintyCues.every((c) => {
    const m = /^(\p{L}+) to$/u.exec(c.text.toLowerCase());
    return m !== null && words.has(m[1]!);
  });
}
