import type { Check } from './context.js';
import { agrees, conflicts, covers, describe, partOfDay, type DateMention } from '../extract/dates.js';
import { valueClaims, type ValueKind } from './values.js';

/** How unlikely a date is to recur for another thing: a full date more than a weekday. */
function distinct(d: DateMention): number {
  if (d.day !== undefined && d.month !== undefined) return d.year !== undefined ? 0.9 : 0.7;
  if (d.time !== undefined) return 0.5;
  if (d.month !== undefined && d.year !== undefined) return 0.5;
  if (d.year !== undefined) return 0.3;
  return 0.1;
}

export const DATE: ValueKind<DateMention> = {
  id: 'date',
  mentions: (facts) => facts.dates,
  same: (a, b) => agrees(a, b),
  covers,
  lone: (d) => d.day !== undefined && d.month !== undefined,
  // the fields agrees reads
  signature: (d) => [d.weekday, d.day, d.month, d.year, d.relative, d.time, d.halfDay, partOfDay(d)].join('|'),
  // a field both give differs ("Saturday" / "Sunday", "5 May" / "5 June"); relative words shift with
  // the day a telling is written ("today" / "yesterday") and are compared with absolute dates only
  comparable: (a, b) => conflicts(a, b).some((f) => f !== 'relative'),
  distinct,
};

/**
 * date-changed: a weekday, day, month, year, time of day or relative date in a revised sentence that
 * stands where the base had another (at the same place of a linked sentence, or bound to the same
 * event). The engine drops it when the base gives the new date for the same event, or the revision
 * still carries the old one.
 */
export const dateChanged: Check = {
  meta: {
    id: 'date-changed',
    description: 'the day, month, year or weekday of an event differs',
    severity: 'material',
    docs: 'docs/checks/date-changed.md',
  },
  run(ctx) {
    for (const claim of valueClaims(ctx, DATE)) {
      const b = claim.base;
      const d = claim.revised;
      ctx.report({
        message: `Date changed: "${ctx.base.norm.slice(b.start, b.end)}" became "${ctx.revised.norm.slice(d.start, d.end)}"`,
        base: { start: b.start, end: b.end },
        revised: { start: d.start, end: d.end },
        data: {
          fields: conflicts(d, b),
          base: { text: ctx.base.norm.slice(b.start, b.end), normalized: describe(b) },
          revised: { text: ctx.revised.norm.slice(d.start, d.end), normalized: describe(d) },
        },
        claim,
      });
    }
  },
};
