import type { Check } from './context.js';
import { bySentence } from '../extract/scan.js';
import { agrees, conflicts, describe } from '../extract/dates.js';
import { linkedBase } from './pairs.js';

/**
 * date-changed: a weekday, day, month, year or relative date in a revised sentence that contradicts
 * the date its base sentences give, with no agreeing date anywhere in the base.
 */
export const dateChanged: Check = {
  meta: {
    id: 'date-changed',
    description: 'the day, month, year or weekday of an event differs',
    severity: 'material',
    docs: 'docs/checks/date-changed.md',
  },
  run(ctx) {
    const bd = ctx.facts.base.dates;
    const datesIn = bySentence(bd);
    for (const d of ctx.facts.revised.dates) {
      const linked = linkedBase(ctx.alignment, d.sentence).flatMap((b) => datesIn.get(b) ?? []);
      if (linked.some((b) => agrees(d, b))) continue;
      const clashing = linked.filter((b) => conflicts(d, b).length > 0);
      if (!clashing.length) continue;
      if (bd.some((b) => agrees(d, b))) continue;
      const b = clashing[0]!;
      ctx.report({
        message: `Date changed: "${ctx.base.norm.slice(b.start, b.end)}" became "${ctx.revised.norm.slice(d.start, d.end)}"`,
        base: { start: b.start, end: b.end },
        revised: { start: d.start, end: d.end },
        data: {
          fields: conflicts(d, b),
          base: { text: ctx.base.norm.slice(b.start, b.end), normalized: describe(b) },
          revised: { text: ctx.revised.norm.slice(d.start, d.end), normalized: describe(d) },
        },
      });
    }
  },
};
