/**
 * Quantities: counts, amounts of money, percentages, durations and ordinals, written in digits or
 * words, with the range their approximators allow ("nearly three dozen" is 29 to 36).
 */
import type { Doc } from '../types.js';
import { scanSentences } from './scan.js';
import {
  APPROXIMATORS, CURRENCIES, DURATION_HOURS, DURATION_MONTHS, FRACTIONS, ORDINALS, SCALES, UNITS, VAGUE_SCALES,
} from '../data/numbers.js';

export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'ordinal' | 'year';

export interface Quantity {
  sentence: number;
  /** normalized offsets of the whole expression, approximator included */
  start: number;
  end: number;
  /** token range [first, last) in doc.tokens */
  tokens: [number, number];
  kind: QuantityKind;
  /** the value as written, in the unit below (durations in months, or hours when short) */
  value: number;
  /** the range the approximator allows */
  low: number;
  high: number;
  /** "months", "hours", a currency code, "%", or the counted noun's stem ("villag") */
  unit: string;
  approximator?: string;
}

const APPROX_KEYS = Object.keys(APPROXIMATORS).sort((a, b) => b.split(' ').length - a.split(' ').length);

function lowerAt(doc: Doc, i: number, end: number): string {
  return i < end ? doc.tokens[i]!.lower : '';
}

/** Reads a number starting at token i: digits, words, scales, "a dozen", "half a". */
function readNumber(doc: Doc, i: number, end: number): { value: number; next: number; vague?: boolean } | undefined {
  const t = doc.tokens[i]!;
  let value: number | undefined;
  let next = i + 1;
  if (t.number !== undefined) {
    value = t.number;
  } else if (t.lower === 'half') {
    // "half a year", "half of"
    value = FRACTIONS[t.lower]!;
    if (lowerAt(doc, next, end) === 'a' || lowerAt(doc, next, end) === 'an') next++;
    return { value, next };
  } else if (
    (t.lower === 'a' || t.lower === 'an' || t.lower === 'one') &&
    FRACTIONS[lowerAt(doc, i + 1, end)] !== undefined &&
    // "a third of", "a quarter", but not "a third quarter" (an ordinal before its noun)
    (lowerAt(doc, i + 2, end) === 'of' || i + 2 >= end || !doc.tokens[i + 2]!.content)
  ) {
    return { value: FRACTIONS[lowerAt(doc, i + 1, end)]!, next: i + 2 };
  } else if (t.lower in VAGUE_SCALES) {
    return { value: VAGUE_SCALES[t.lower]! * 2, next, vague: true };
  } else if (t.lower in UNITS) {
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'single' || t.lower === 'both' || t.lower === 'pair' || t.lower === 'twin' || t.lower === 'couple') {
      const nx = lowerAt(doc, i + 1, end);
      if (!(nx in SCALES) && !(nx in DURATION_MONTHS) && !(nx in DURATION_HOURS)) return undefined;
      if (t.lower === 'a' && (nx === 'k' || nx === 'm' || nx === 'b')) return undefined;
    }
    value = UNITS[t.lower]!;
    // "twenty five"
    while (next < end) {
      const w = doc.tokens[next]!.lower;
      if (w in UNITS && UNITS[w]! < 10 && value >= 20 && value % 10 === 0 && value < 100) {
        value += UNITS[w]!;
        next++;
      } else break;
    }
  } else return undefined;
  // scales: "1.5 million", "three dozen", "$5 bn", "two hundred thousand"
  while (next < end) {
    const w = doc.tokens[next]!.lower;
    const s = SCALES[w];
    if (s === undefined) break;
    if ((w === 'm' || w === 'b' || w === 'k') && doc.tokens[next]!.start !== doc.tokens[next - 1]!.end) break;
    value *= s;
    next++;
  }
  return { value, next };
}

export function quantities(doc: Doc): Quantity[] {
  return scanSentences(doc, (i, a, b, si) => readAt(doc, i, a, b, si));
}

function readAt(doc: Doc, i: number, sentStart: number, end: number, si: number): Quantity | undefined {
  const t = doc.tokens[i]!;
  // ordinals: "first", "fourth quarter", "21st"
  const ordMatch = /^(\d+)(st|nd|rd|th)$/.exec(t.lower);
  if (t.lower in ORDINALS || ordMatch) {
    const value = ordMatch ? Number(ordMatch[1]) : ORDINALS[t.lower]!;
    if (value < 0) return undefined;
    // "a third of" is a fraction, handled below
    const fraction =
      t.lower in FRACTIONS &&
      (lowerAt(doc, i + 1, end) === 'of' || (i > sentStart && lowerAt(doc, i - 1, end) === 'a' && !(i + 1 < end && doc.tokens[i + 1]!.content)));
    if (!fraction) {
      // "the second anniversary" is two years: the same as "the two-year anniversary"
      if (lowerAt(doc, i + 1, end) === 'anniversary') return make(doc, si, i, i + 1, 'duration', value * 12, value * 12, value * 12, 'months');
      const noun = nextNoun(doc, i + 1, end);
      return make(doc, si, i, i + 1, 'ordinal', value, value, value, noun ?? 'ordinal');
    }
  }
  const n = readNumber(doc, i, end);
  if (!n) return undefined;
  let { value } = n;
  let next = n.next;
  // the approximator before it
  let approx: string | undefined;
  let first = i;
  for (const k of APPROX_KEYS) {
    const words = k.split(' ');
    if (i - words.length < sentStart) continue;
    if (words.every((w, j) => doc.tokens[i - words.length + j]!.lower === w)) {
      approx = k;
      first = i - words.length;
      break;
    }
  }
  let [lf, hf] = approx ? APPROXIMATORS[approx]! : [1, 1];
  if (n.vague) [lf, hf] = [0.5, Infinity];
  const raw = t.text;
  let kind: QuantityKind = 'count';
  let unit = '';
  // currency before: "$5", "€3", "US$2"
  if (/^\$/.test(raw) || /^(us\$|€|£|¥)/i.test(raw)) {
    kind = 'money';
    unit = CURRENCIES[raw.startsWith('$') ? '$' : raw[0]!] ?? 'USD';
  }
  const w = lowerAt(doc, next, end);
  if (w === 'percent' || w === 'pct' || raw.endsWith('%') || (w === 'per' && lowerAt(doc, next + 1, end) === 'cent')) {
    kind = 'percent';
    unit = '%';
    if (!raw.endsWith('%')) next += w === 'per' ? 2 : 1;
  } else if (w in CURRENCIES && kind !== 'money') {
    kind = 'money';
    unit = CURRENCIES[w]!;
    next++;
  } else if (w in DURATION_MONTHS || (w === 'a' && lowerAt(doc, next + 1, end) in DURATION_MONTHS)) {
    if (w === 'a') next++;
    kind = 'duration';
    value *= DURATION_MONTHS[lowerAt(doc, next, end)]!;
    unit = 'months';
    next++;
  } else if (w in DURATION_HOURS) {
    kind = 'duration';
    value *= DURATION_HOURS[w]!;
    unit = 'hours';
    next++;
  } else if (kind === 'count') {
    if (t.number !== undefined && Number.isInteger(value) && value >= 1800 && value <= 2100 && !/,/.test(raw)) {
      kind = 'year';
      unit = 'year';
    } else unit = nextNoun(doc, next, end) ?? '';
  }
  if (kind === 'duration') value = Math.round(value * 1000) / 1000;
  return make(doc, si, first, next, kind, value, value * lf, value * hf, unit, approx);
}

/** The counted noun: the next content word, skipping "more", "other", adjectives are kept as is. */
function nextNoun(doc: Doc, i: number, end: number): string | undefined {
  for (let k = i; k < end && k < i + 3; k++) {
    const t = doc.tokens[k]!;
    if (['more', 'other', 'additional', 'further', 'of', 'the', 'extra', 'new'].includes(t.lower)) continue;
    if (t.content && t.number === undefined) return t.stem;
  }
  return undefined;
}

function make(doc: Doc, si: number, first: number, next: number, kind: QuantityKind, value: number, low: number, high: number, unit: string, approximator?: string): Quantity {
  const q: Quantity = {
    sentence: si,
    start: doc.tokens[first]!.start,
    end: doc.tokens[next - 1]!.end,
    tokens: [first, next],
    kind,
    value,
    low: Math.min(low, high),
    high: Math.max(low, high),
    unit,
  };
  if (approximator) q.approximator = approximator;
  return q;
}

/** True when some reading of both quantities' approximators makes them equal. */
export function compatible(a: Quantity, b: Quantity): boolean {
  const eps = 1e-6 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return a.low <= b.high + eps && b.low <= a.high + eps;
}

/** A key under which equal quantities meet, for alignment: "dur:6", "#35", "%5", "$USD:5000000000". */
export function quantityKey(q: Quantity): string {
  const v = Math.round(q.value * 1000) / 1000;
  switch (q.kind) {
    case 'duration':
      return 'dur:' + q.unit + ':' + v;
    case 'percent':
      return '%' + v;
    case 'money':
      return '$' + q.unit + ':' + v;
    case 'ordinal':
      return 'ord:' + v;
    default:
      return '#' + v;
  }
}
