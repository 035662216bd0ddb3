import type { Check } from './context.js';
import type { Place } from '../extract/places.js';
import { valueClaims, type ValueKind } from './values.js';
import { CAPITAL_OF } from '../data/capitals.js';

/** One place, or a capital for its country ("Kyiv" / "Ukraine"): the country's seat stands for it in news. */
function samePlace(a: Place, b: Place): boolean {
  if (a.key === b.key) return true;
  const ca = CAPITAL_OF.get(a.key.toLowerCase());
  const cb = CAPITAL_OF.get(b.key.toLowerCase());
  return ca === b.key || cb === a.key;
}

export const PLACE: ValueKind<Place> = {
  id: 'place',
  mentions: (facts) => facts.places,
  same: (a, b) => samePlace(a, b),
  signature: (p) => p.key,
  comparable: (a, b) => !samePlace(a, b),
  distinct: () => 0.3,
};

/**
 * place-changed: a place in a revised sentence standing where the base had another one (at the same
 * place of a linked sentence, or bound to the same event). The engine drops it when the base names
 * the new place for the same thing, or the revision still names the old one for it.
 */
export const placeChanged: Check = {
  meta: {
    id: 'place-changed',
    description: 'where an event happened differs',
    severity: 'material',
    docs: 'docs/checks/place-changed.md',
  },
  run(ctx) {
    for (const claim of valueClaims(ctx, PLACE)) {
      const q = claim.base;
      const p = claim.revised;
      ctx.report({
        message: `Place changed: "${q.name}" became "${p.name}"`,
        base: { start: q.start, end: q.end },
        revised: { start: p.start, end: p.end },
        data: { base: { text: q.name, place: q.key }, revised: { text: p.name, place: p.key } },
        claim,
      });
    }
  },
};
