import type { Check } from './context.js';
import { bySentence } from '../extract/scan.js';
import type { Place } from '../extract/places.js';
import { linkedBase } from './pairs.js';

/**
 * place-changed: a revised sentence names a place its base sentences do not (nor does the rest of
 * the base), while a place of those base sentences is gone from the revised telling.
 */
export const placeChanged: Check = {
  meta: {
    id: 'place-changed',
    description: 'where an event happened differs',
    severity: 'material',
    docs: 'docs/checks/place-changed.md',
  },
  run(ctx) {
    const bp = ctx.facts.base.places;
    const rp = ctx.facts.revised.places;
    const revisedKeys = new Set(rp.map((p) => p.key));
    const baseKeys = new Set(bp.map((p) => p.key));
    const placesIn = bySentence(bp);
    const used = new Set<Place>();
    for (const p of rp) {
      const linked = linkedBase(ctx.alignment, p.sentence).flatMap((b) => placesIn.get(b) ?? []);
      // the place stands in the linked base sentences, or in the base but not in them while they
      // name no place the revised telling lost: no change
      if (linked.some((q) => q.key === p.key)) continue;
      const gone = linked
        .filter((q) => !revisedKeys.has(q.key) && !used.has(q));
      if (!gone.length) continue;
      // a place the base names elsewhere counts as changed only in the same role ("in London" / "in Moscow")
      if (baseKeys.has(p.key) && !gone.some((x) => x.locative && p.locative)) continue;
      // prefer a place in the same role: both after a preposition of place, or both not
      const q = (baseKeys.has(p.key) ? gone.find((x) => x.locative) : undefined) ?? gone.find((x) => x.locative === p.locative) ?? gone[0]!;
      used.add(q);
      ctx.report({
        message: `Place changed: "${q.name}" became "${p.name}"`,
        base: { start: q.start, end: q.end },
        revised: { start: p.start, end: p.end },
        data: { base: { text: q.name, place: q.key }, revised: { text: p.name, place: p.key } },
      });
    }
  },
};
