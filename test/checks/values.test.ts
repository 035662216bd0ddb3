import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/text/doc.js';
import { Facts } from '../../src/extract/facts.js';
import { sameAs, type ValueKind } from '../../src/checks/values.js';
import { QUANTITY } from '../../src/checks/number-changed.js';
import { DATE } from '../../src/checks/date-changed.js';
import { PLACE } from '../../src/checks/place-changed.js';
import type { Placed } from '../../src/align/binding.js';

const example = (file: string) => readFileSync(join(process.cwd(), 'examples', 'harbor-fire', file), 'utf8');

// values of many sorts: bounds, approximations, ranges, money in two currencies, durations in two
// units, ages and bare counts, fractions and percentages, scores, ordinals, dates with and without
// fields, times with and without am or pm, capitals and their countries
const VARIED = [
  'At least 8 people died and at least 9 were hurt. About 100 homes and around 108 shops burned. Nearly 50 fled.',
  'Up to 12 people, more than 12 cars, fewer than 5 boats and 12 trucks. Between 10 and 20 villages.',
  'It cost $5 million, 5 million euros and £5 million. A quarter of staff, 25 per cent of staff and 25% of voters.',
  'It took six months, half a year, 26 weeks and 180 days. Bueno, 27, and the 27-year-old. Two years.',
  'The team won 52-48, then 48-52. The third quarter, three products, the first day and one day.',
  'On Saturday 5 March 2024, on 5 March, in March 2024, on Sunday, at 4:00, at 4pm, at 16:00 and yesterday.',
  'On Saturday night, on Saturday evening, on Saturday morning, on Saturday and on Sunday night.',
  'In Kyiv, in Ukraine, in Kiev, in Paris, in France, in London and in Britain.',
].join('\n\n');

function check<T extends Placed>(kind: ValueKind<T>, text: string, other: string): number {
  const a = analyze(text);
  const b = analyze(other);
  const am = kind.mentions(new Facts(a));
  const bm = kind.mentions(new Facts(b));
  for (const m of am) {
    const expected = bm.filter((x) => kind.same(m, x, a, b));
    assert.deepEqual(sameAs(kind, m, a, bm, b), expected, `${kind.id}: ${a.norm.slice((m as unknown as { start: number }).start, (m as unknown as { end: number }).end)}`);
    // with `self`, a mention of the list itself is always among them
    const own = am.filter((x) => x === m || kind.same(m, x, a, a));
    assert.deepEqual(sameAs(kind, m, a, am, a, m), own);
  }
  return am.length;
}

describe('values: sameAs by signature', () => {
  it('finds the mentions `same` finds one by one, for each kind with a signature', () => {
    for (const kind of [QUANTITY, DATE, PLACE] as ValueKind<Placed>[]) {
      assert.ok(kind.signature, kind.id);
      let n = check(kind, VARIED, VARIED);
      n += check(kind, example('base.txt'), example('revised.txt'));
      n += check(kind, example('revised.txt'), VARIED);
      assert.ok(n > 5, `${kind.id}: only ${n} mentions tried`);
    }
  });
});
