import type { Check } from './context.js';
import type { Doc } from '../types.js';
import { compatible, type Quantity } from '../extract/quantities.js';
import { APPROXIMATOR_CLASS, DURATION_HOURS, DURATION_MONTHS } from '../data/numbers.js';
import { areSynonyms } from '../text/lexicon.js';
import { valueClaims, type ValueKind } from './values.js';
import type { Facts } from '../extract/facts.js';
import { bySentence } from '../extract/scan.js';

/** Two quantities measure the same thing: same kind, and for counts and ordinals the same noun. */
export function sameDimension(a: Quantity, b: Quantity): boolean {
  if (fractionAndPercent(a, b)) return true;
  if (a.kind !== b.kind) return false;
  // a share ("more than half") measures another thing than a whole count ("about 1,000")
  if (a.kind === 'count' && isShare(a) !== isShare(b)) return false;
  if (a.kind === 'count' || a.kind === 'ordinal') {
    // a count with no noun after it ("rose to 143 on Thursday") may count anything: where it stands decides
    if (!a.unit || !b.unit) return true;
    return a.unit === b.unit || areSynonyms(a.unit, b.unit) || measured(a, b);
  }
  // amounts of money compare across currencies: "$5 million" is not "5 million euros"; lengths of
  // time across units ("six hours" / "a quarter of a day")
  return a.kind === 'money' || a.kind === 'duration' || a.unit === b.unit;
}

/**
 * Units of length, weight, speed, area and rate changes by the stem the quantity reader gives them:
 * the dimension, and the size in metres, kilograms, kilometres an hour, square metres or percentage
 * points (a pound is left out: it is money too).
 */
const MEASURES: Record<string, [string, number]> = {
  metr: ['length', 1], kilometr: ['length', 1000], km: ['length', 1000], centimetr: ['length', 0.01], cm: ['length', 0.01],
  millimetr: ['length', 0.001], mm: ['length', 0.001], mile: ['length', 1609.344], feet: ['length', 0.3048], foot: ['length', 0.3048],
  ft: ['length', 0.3048], yard: ['length', 0.9144], inch: ['length', 0.0254],
  kilogram: ['weight', 1], kg: ['weight', 1], kilo: ['weight', 1], gram: ['weight', 0.001], tonn: ['weight', 1000], tonne: ['weight', 1000],
  'km/h': ['speed', 1], kph: ['speed', 1], kmh: ['speed', 1], mph: ['speed', 1.609344],
  hectar: ['area', 10_000], ha: ['area', 10_000], acr: ['area', 4046.856], 'square metr': ['area', 1], 'square kilometr': ['area', 1e6],
  'square km': ['area', 1e6], 'square mile': ['area', 2_589_988.11], 'square mi': ['area', 2_589_988.11], 'square feet': ['area', 0.09290304],
  'square foot': ['area', 0.09290304],
  // a change of a rate in points: "50 basis points" is "half a percentage point"
  basi: ['rate points', 0.01], bp: ['rate points', 0.01], bps: ['rate points', 0.01], percentag: ['rate points', 1],
};

/** Two unit stems of one dimension ("tonn", "kilogram"): a figure's unit, which number-changed converts. */
export function sameMeasure(a: string, b: string): boolean {
  const x = MEASURES[a];
  const y = MEASURES[b];
  return x !== undefined && y !== undefined && x[0] === y[0];
}

/** Two counts of one dimension in two units: "4.2 tonnes" and "4,200 kilograms". */
function measured(a: Quantity, b: Quantity): boolean {
  return a.kind === 'count' && b.kind === 'count' && a.unit !== b.unit && sameMeasure(a.unit, b.unit);
}

/** A length in metres or a weight in kilograms. */
function inBaseUnit(q: Quantity): Quantity {
  const f = MEASURES[q.unit]![1];
  return { ...q, value: q.value * f, low: q.low * f, high: q.high * f };
}

/** Hours in a month of the calendar the duration units use (a year of 365 days). */
const HOURS_PER_MONTH = (365 * 24) / 12;

/** A duration read in hours, whatever unit it was written in. */
function inHours(q: Quantity): Quantity {
  if (q.kind !== 'duration' || q.unit !== 'months') return q;
  return { ...q, value: q.value * HOURS_PER_MONTH, low: q.low * HOURS_PER_MONTH, high: q.high * HOURS_PER_MONTH, unit: 'hours' };
}

/**
 * Equal in some reading of the approximators, and in the same currency. Two bounds of one sort
 * ("at least 8" / "at least 15") compare by their numbers: each allows the other's value, but they
 * say different things. Two approximations meet within a tenth of each other.
 */
/** A fraction read as a count: "a quarter", "two-thirds", "more than half" (not "half a percentage point"). */
const isShare = (q: Quantity) => q.kind === 'count' && q.value > 0 && q.value < 1 && !(q.unit in MEASURES);

/** "a quarter" and "25 per cent": a fraction read as a count, and a percentage. */
function fractionAndPercent(a: Quantity, b: Quantity): boolean {
  return (isShare(a) && b.kind === 'percent') || (isShare(b) && a.kind === 'percent');
}

/** A range open at one end: "up to £1 billion", "more than 140,000". */
const openRange = (q: Quantity) => q.high === Infinity || (q.low === 0 && APPROXIMATOR_CLASS[q.approximator ?? ''] === 'upper');

/** A count with no noun after it: "rose to 143", "Bueno, 27,". */
const bareCount = (q: Quantity) => q.kind === 'count' && !q.unit;

/** "Bueno, 27," and "the 27-year-old": a bare number beside a name, and an age in years. */
function ageAndCount(a: Quantity, b: Quantity): boolean {
  return (a.kind === 'age' && bareCount(b)) || (b.kind === 'age' && bareCount(a));
}

/** "52-48" and "52%": a result and one of its two numbers, as a share or a bare count. */
function scoreAndPart(a: Quantity, b: Quantity): boolean {
  const [score, part] = a.kind === 'score' ? [a, b] : [b, a];
  if (score.kind !== 'score' || !(part.kind === 'percent' || (part.kind === 'count' && !part.unit)) || part.approximator) return false;
  return part.value === score.value || part.value === score.second;
}

/** "half of the 300 workers" and "150": a fraction of a whole given, and the count it makes. */
function fractionOfWhole(a: Quantity, b: Quantity): boolean {
  const [f, n] = a.of !== undefined ? [a, b] : [b, a];
  if (f.of === undefined || n.kind !== 'count' || n.value < 1) return false;
  return n.low <= f.high * f.of + 0.5 && f.low * f.of - 0.5 <= n.high;
}

export function sameQuantity(x: Quantity, y: Quantity): boolean {
  if (scoreAndPart(x, y) || fractionOfWhole(x, y)) return true;
  if (ageAndCount(x, y)) {
    const [age, n] = x.kind === 'age' ? [x, y] : [y, x];
    return Math.abs(age.value - n.value * 12) < 1e-6;
  }
  if (fractionAndPercent(x, y)) {
    const [f, p] = x.kind === 'percent' ? [y, x] : [x, y];
    // within the range of either's approximator ("around 70%" / "seven in ten", "58.3%" / "nearly six in
    // ten"), a share's taken no wider than a tenth of it ("nearly seven in ten" is not 58.3%)
    const share = (v: number) => f.low * 100 <= v && v <= f.high * 100 && Math.abs(v - f.value * 100) <= 0.1 * f.value * 100;
    return Math.abs(f.value * 100 - p.value) <= 0.5 || (p.low <= f.value * 100 && f.value * 100 <= p.high) || share(p.value);
  }
  const measures = measured(x, y);
  const [a, b] = x.unit !== y.unit && x.kind === 'duration' && y.kind === 'duration' ? [inHours(x), inHours(y)] : measures ? [inBaseUnit(x), inBaseUnit(y)] : [x, y];
  // a length, a weight or a speed in two units ("4.2 tonnes" / "4,200 kilograms", "7.5 miles" / "12 km")
  // meets within the rounding of a conversion
  if (measures && APPROXIMATOR_CLASS[a.approximator ?? ''] === APPROXIMATOR_CLASS[b.approximator ?? '']) {
    return Math.abs(a.value - b.value) <= 0.02 * Math.max(Math.abs(a.value), Math.abs(b.value));
  }
  // past the readings across kinds above, a percentage is no count ("40%" is not within "fewer than 4,000")
  if ((a.kind === 'percent') !== (b.kind === 'percent')) return false;
  // nor is a share a whole count ("more than two-thirds" is not within reach of "2,300")
  if (a.kind === 'count' && b.kind === 'count' && isShare(a) !== isShare(b)) return false;
  if (a.kind === 'money' && a.unit !== b.unit) return false;
  // nor is an open amount of money a count of things: "up to £1 billion" does not hold "2 industrial
  // clusters" (a bare number may be an amount written without its currency)
  if ((a.kind === 'money') !== (b.kind === 'money') && openRange(a.kind === 'money' ? a : b) && !bareCount(a.kind === 'money' ? b : a)) return false;
  if (a.kind === 'score' || b.kind === 'score') return a.kind === b.kind && a.value === b.value && a.second === b.second;
  const ca: string = APPROXIMATOR_CLASS[a.approximator ?? ''] ?? 'exact';
  const cb: string = APPROXIMATOR_CLASS[b.approximator ?? ''] ?? 'exact';
  const near = (tolerance: number) => Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
  if (ca === cb && (ca === 'lower' || ca === 'upper')) return near(0.01) || Math.abs(a.value - b.value) <= 1;
  if (ca === 'approximate' && cb === 'approximate') return near(0.1);
  // a floor become a ceiling of the same figure ("at least 30" / "30 or fewer") is the other side of it
  if (((ca === 'lower' && cb === 'upper') || (ca === 'upper' && cb === 'lower')) && near(0.01)) return false;
  // a count or an ordinal and a length of time meet by their numbers, not by an open bound: "1,480"
  // is not within "more than 18 months"
  const lengthKind = (q: Quantity) => q.kind === 'duration' || q.kind === 'age';
  const counted = (q: Quantity) => q.kind === 'count' || q.kind === 'ordinal';
  if (lengthKind(a) !== lengthKind(b) && (counted(a) || counted(b)) && !(Number.isFinite(a.high) && Number.isFinite(b.high))) return near(0.015);
  // "a year" and "52 weeks" differ by a day: lengths of time meet within 1.5%
  // (or within the rounding of one told to the half unit: "a month and a half" / "six weeks")
  // (a length told in parts meets what rounds to it: its range)
  if ((a.kind === 'duration' || a.kind === 'age') && ca === 'exact' && cb === 'exact') return (!a.parts && !b.parts && near(0.015)) || compatible(a, b);
  return compatible(a, b);
}

/** Significant digits of a number: 870 has two, 1,000 one, 2,295 four. */
function significantDigits(v: number): number {
  const digits = String(Math.abs(v)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** How unlikely a quantity is to recur for another thing: small counts recur everywhere, "2,295" does not. */
function distinct(q: Quantity): number {
  if (q.kind === 'ordinal') return 0;
  // a result of two numbers ("28-11", "by 61 votes to 38") is as distinctive as its digits together
  if (q.kind === 'score' && q.second !== undefined) return Math.min(1, 0.25 * (significantDigits(q.value) + significantDigits(q.second) - 1));
  const v = Math.abs(q.kind === 'duration' || q.kind === 'age' ? q.low : q.value);
  if (q.kind === 'count' && Number.isInteger(v) && v <= 12) return 0;
  const d = 0.25 * (significantDigits(v) - 1) + 0.1 * Math.log10(Math.max(1, v));
  return Math.min(1, d);
}

/** Words of a running figure: "the total is now 13", "so far", "to date", "cumulative". */
const RUNNING_TOTAL = new Set(['total', 'totals', 'totalling', 'totaling', 'now', 'cumulative', 'altogether', 'overall', 'tally']);

const numbersCache = new WeakMap<Facts, Quantity[]>();

/**
 * The number of a label opening a list item or heading ("Step 3: Complete your profile", "Question
 * 4:"): it names a part of the text, and a new item renumbers the ones after it.
 */
function listLabel(doc: Doc, q: Quantity): boolean {
  const [a] = doc.sentenceTokens[q.sentence]!;
  if (q.tokens[0] !== a + 1 || q.tokens[1] !== a + 2) return false;
  const word = doc.tokens[a]!;
  const num = doc.tokens[a + 1]!;
  return /^\p{Lu}/u.test(word.text) && /^\d+$/.test(num.text) && /^\s*[:)]/.test(doc.norm.slice(num.end, num.end + 2));
}

/** The quantities of a telling that are not part of a date ("15 January", "2022"): date-changed compares those. */
function numbers(facts: Facts): Quantity[] {
  let out = numbersCache.get(facts);
  if (!out) {
    const dates = bySentence(facts.dates);
    out = facts.quantities.filter(
      (q) =>
        q.kind !== 'year' &&
        !listLabel(facts.doc, q) &&
        !(dates.get(q.sentence) ?? []).some((d) => q.tokens[0] < d.tokens[1] && d.tokens[0] < q.tokens[1]),
    );
    numbersCache.set(facts, out);
  }
  return out;
}

/**
 * The reach of a quantity for sameQuantity: its range and value widened on each side by a fifth of
 * its value, and by 1 at least. Two counts or amounts sameQuantity calls the same lie within a tenth
 * of the larger or within 1 of each other, or have ranges that meet: their reaches meet. Kinds read
 * against other kinds or in other units (scores, ages, percentages, durations, fractions of a whole)
 * and open ranges may be the same as any value: they have no reach.
 */
function reach(q: Quantity): readonly [number, number] | undefined {
  // a length or a weight compares across units: its number alone says nothing of its reach
  if (q.kind === 'score' || q.kind === 'age' || q.kind === 'percent' || q.kind === 'duration' || q.of !== undefined || q.unit in MEASURES) return undefined;
  if (typeof q.value !== 'number' || !Number.isFinite(q.value) || !Number.isFinite(q.low) || !Number.isFinite(q.high)) return undefined;
  const margin = Math.max(1, 0.2 * Math.abs(q.value));
  return [Math.min(q.low, q.value) - margin, Math.max(q.high, q.value) + margin];
}

/**
 * The reach a quantity shows to quantities with a reach of their own (reach: counts and amounts in no
 * unit of measure, neither fractions of a whole nor open ranges). Against such a value, sameQuantity
 * reads a length of time or a count in a unit of measure by its numbers alone (no reading across
 * kinds or units applies): their reaches meet as two counts' do. A percentage meets such a value
 * only when it is a share ("a quarter" / "25%"). Scores, ages and fractions of a whole are read
 * against counts in other ways, and an open range may meet anything.
 */
function reachAmong(q: Quantity): readonly [number, number] | undefined | 'apart' {
  const own = reach(q);
  if (own) return own;
  // a percentage (not of a whole given) is never a count or an amount, but it may be a share (meetsApart)
  if (q.kind === 'percent' && q.of === undefined) return 'apart';
  if (q.kind !== 'duration' && !(q.kind === 'count' && q.unit in MEASURES)) return undefined;
  if (q.of !== undefined || typeof q.value !== 'number' || !Number.isFinite(q.value) || !Number.isFinite(q.low) || !Number.isFinite(q.high)) return undefined;
  const margin = Math.max(1, 0.2 * Math.abs(q.value));
  return [Math.min(q.low, q.value) - margin, Math.max(q.high, q.value) + margin];
}

const PERCENT_MEETS = ['percent', 'score', 'share'];

/** Words after which a length of time bounds an ordinal's count: "in five years", "in over a decade". */
const PERIOD_OPENERS = new Set(['in', 'for']);

/**
 * An ordinal counted within a period ("his first win in five years", "the first rise since 2019"):
 * it numbers within that stretch, not in the whole run ("his second title"), so the two do not
 * compare.
 */
function withinPeriod(q: Quantity, doc: Doc): boolean {
  if (q.kind !== 'ordinal') return false;
  const sentenceEnd = doc.sentenceTokens[q.sentence]![1];
  const end = Math.min(sentenceEnd, q.tokens[1] + 6);
  for (let i = q.tokens[1]; i < end; i++) {
    const t = doc.tokens[i]!;
    // up to a mark or another figure: "his third title, his first in four years"
    if (t.number !== undefined || /[,;:()]/.test(doc.norm.slice(doc.tokens[i - 1]!.end, t.start))) return false;
    if (t.lower === 'since') return true;
    if (!PERIOD_OPENERS.has(t.lower)) continue;
    // a length of time within three words: "in five years", "in more than a decade"
    for (let k = i + 1; k < Math.min(sentenceEnd, i + 5); k++) {
      const u = doc.tokens[k]!.lower;
      if (u in DURATION_MONTHS || u in DURATION_HOURS) return true;
    }
  }
  return false;
}

/**
 * Base value `a` can support revised `b` in the evidence step: an open range ("up to £10,000", "more
 * than 140,000") supports a value within it only at its own number ("up to 10" / "10"), not every
 * value it allows (a fine of up to £10,000 states no charge of £1,750). Where a value is looked for
 * anywhere in the base (claim-added's "given nowhere"), an open range still gives one within it.
 */
function supportsQuantity(a: Quantity, b: Quantity): boolean {
  if (!openRange(a) || openRange(b)) return true;
  return Math.abs(a.value - b.value) <= 0.01 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

export const QUANTITY: ValueKind<Quantity> = {
  id: 'quantity',
  mentions: (facts) => numbers(facts),
  same: (a, b) => sameQuantity(a, b),
  supports: supportsQuantity,
  // what sameQuantity reads: a count's unit only as there or not (ageAndCount), money's and durations' in full
  signature: (q) =>
    [q.kind, q.value, q.low, q.high, q.second, q.of, APPROXIMATOR_CLASS[q.approximator ?? ''] ?? 'exact', q.kind === 'money' || q.kind === 'duration' ? q.unit : q.unit ? 1 : 0].join('|'),
  reach,
  reachAmong,
  meetsApart: (q) => isShare(q),
  // a percentage (not of a whole given) is the same only as a percentage, a result (one of its two
  // numbers) or a share; figures of other kinds are looked up by reach
  keys: (q) => (q.kind === 'percent' && q.of === undefined ? PERCENT_MEETS : undefined),
  keysAmong: (q) => (q.kind === 'percent' ? ['percent'] : q.kind === 'score' ? ['score'] : isShare(q) ? ['share'] : []),
  comparable: (a, b, aDoc, bDoc) => sameDimension(a, b) && withinPeriod(a, aDoc) === withinPeriod(b, bDoc),
  // paired by binding alone, a count with no noun only meets another with none
  bindable: (a, b) => sameDimension(a, b) && (a.kind !== 'count' || !a.unit === !b.unit),
  head: (q: Quantity, doc: Doc) => (q.head === undefined ? undefined : doc.tokens[q.head]),
  distinct,
  updates: (q, doc) => {
    const [a, b] = doc.sentenceTokens[q.sentence]!;
    for (let i = a; i < b; i++) if (RUNNING_TOTAL.has(doc.tokens[i]!.lower) || (doc.tokens[i]!.lower === 'as' && doc.tokens[i + 1]?.lower === 'of')) return true;
    return false;
  },
};

/** The unit as a reader writes it: counts match their noun by its stem ("polic"); the data gives the word ("police"). */
function unitWord(doc: Doc, q: Quantity): string {
  return q.head !== undefined && (q.kind === 'count' || q.kind === 'ordinal') ? doc.tokens[q.head]!.lower : q.unit;
}

function describe(q: Quantity, text: string, doc: Doc): Record<string, unknown> {
  return {
    text,
    kind: q.kind,
    value: q.value,
    low: q.low,
    high: Number.isFinite(q.high) ? q.high : null,
    unit: unitWord(doc, q),
    ...(q.second !== undefined ? { second: q.second } : {}),
    ...(q.approximator ? { approximator: q.approximator } : {}),
  };
}

/**
 * number-changed: a count, amount, percentage, duration, age, score or ordinal in a revised sentence
 * that stands where the base had another value of the same kind: at the same place of a linked
 * sentence, or bound to the same thing ("at least 8 dead" / "at least 15 dead"). The engine drops
 * a proposal when the base states the new value for the same thing, or the revision still carries
 * the old one.
 */
export const numberChanged: Check = {
  meta: {
    id: 'number-changed',
    description: 'a count, amount, percentage or duration differs in value',
    severity: 'material',
    docs: 'docs/checks/number-changed.md',
  },
  run(ctx) {
    for (const claim of valueClaims(ctx, QUANTITY)) {
      const b = claim.base;
      const q = claim.revised;
      const bt = ctx.base.norm.slice(b.start, b.end);
      const rt = ctx.revised.norm.slice(q.start, q.end);
      ctx.report({
        message: `Number changed: "${bt}" became "${rt}"`,
        base: { start: b.start, end: b.end },
        revised: { start: q.start, end: q.end },
        data: { base: describe(b, bt, ctx.base), revised: describe(q, rt, ctx.revised) },
        claim,
      });
    }
  },
};
