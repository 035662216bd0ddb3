/**
 * Quantities: counts, amounts of money, percentages, durations and ordinals, written in digits or
 * words, with the range their approximators allow ("nearly three dozen" is 29 to 36).
 */
import type { Doc } from '../types.js';
import { stem } from '../text/tokens.js';
import { scanSentences } from './scan.js';
import { HOUR_WORDS, O_CLOCK } from '../data/dates.js';
import { relativeClock } from './dates.js';
import { FILE_FORMAT_WORDS } from '../data/files.js';
import {
  APPROXIMATORS, CURRENCIES, DURATION_HOURS, DURATION_MONTHS, FRACTIONS, ORDINALS, RUN_ADJECTIVES, SCALES, UNITS, VAGUE_SCALES,
} from '../data/numbers.js';

export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'age' | 'score' | 'ordinal' | 'year';

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
  /** the counted noun's token ("15 [people]"), when there is one */
  head?: number;
  /** a score or result: the second number of "52-48" */
  second?: number;
  /** a fraction's whole, when it is given: 300 in "half of the 300 workers" */
  of?: number;
  /** a length of time written in parts ("2 hours 17 minutes"): its range is the rounding of its last part */
  parts?: boolean;
}

/** Words between "of" and the whole a fraction is of: "half of the 300", "a third of its 90". */
const WHOLE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** Adverbs of how many times. */
const MULTIPLICATIVES: Record<string, number> = { twice: 2, thrice: 3 };

const APPROX_KEYS = Object.keys(APPROXIMATORS).sort((a, b) => b.split(' ').length - a.split(' ').length);

function lowerAt(doc: Doc, i: number, end: number): string {
  return i >= 0 && i < end ? doc.tokens[i]!.lower : '';
}

/** Reads a number starting at token i: digits, words, scales, "a dozen", "half a". */
function readNumber(doc: Doc, i: number, end: number): { value: number; next: number; vague?: boolean } | undefined {
  // (asked of the word after "in" of "one in three", which may end the text: "63.6% in")
  if (i >= end) return undefined;
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
    // "a third of", "a quarter", "fell by a quarter last year", but not "a third quarter" (an ordinal before its noun)
    (lowerAt(doc, i + 2, end) === 'of' || i + 2 >= end || !doc.tokens[i + 2]!.content || lowerAt(doc, i - 1, end) === 'by')
  ) {
    // "a quarter of a day": a length of time, read with its unit by the caller
    const unit = lowerAt(doc, i + 4, end);
    const ofA = lowerAt(doc, i + 2, end) === 'of' && (lowerAt(doc, i + 3, end) === 'a' || lowerAt(doc, i + 3, end) === 'an');
    if (ofA && (unit in DURATION_MONTHS || unit in DURATION_HOURS)) return { value: FRACTIONS[lowerAt(doc, i + 1, end)]!, next: i + 4 };
    return { value: FRACTIONS[lowerAt(doc, i + 1, end)]!, next: i + 2 };
  } else if (t.lower in VAGUE_SCALES) {
    return { value: VAGUE_SCALES[t.lower]! * 2, next, vague: true };
  } else if (t.lower in UNITS) {
    // "both counties" counts two; "both Galway and Mayo" names them
    if (t.lower === 'both' && i + 1 < end && doc.tokens[i + 1]!.content && !/^\p{Lu}/u.test(doc.tokens[i + 1]!.text)) return { value: 2, next };
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'single' || t.lower === 'both' || t.lower === 'pair' || t.lower === 'twin' || t.lower === 'couple') {
      const nx = lowerAt(doc, i + 1, end);
      if (!(nx in SCALES) && !(nx in DURATION_MONTHS) && !(nx in DURATION_HOURS)) return undefined;
      // "a second straight year", "a second term": the ordinal before its noun, not one second
      if (nx === 'second' && i + 2 < end && doc.tokens[i + 2]!.content) return undefined;
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
  // "two-thirds", "three quarters": a count of fractions is a fraction ("the third quarter" is an ordinal)
  const part = lowerAt(doc, next, end);
  if (value <= 10 && FRACTIONS[part] !== undefined && (/s$/.test(part) || value === 1) && part !== 'half') {
    return { value: value * FRACTIONS[part]!, next: next + 1 };
  }
  return scaled(doc, next, end, value);
}

/** A number times the scales after it: "1.5 million", "three dozen", "$5 bn", "two hundred thousand". */
function scaled(doc: Doc, next: number, end: number, value: number): { value: number; next: number } {
  while (next < end) {
    const w = doc.tokens[next]!.lower;
    const s = SCALES[w];
    if (s === undefined) break;
    // "m", "b", "k" only glued to the number ("£5m")
    if ((w === 'm' || w === 'b' || w === 'k') && doc.tokens[next]!.start !== doc.tokens[next - 1]!.end) break;
    value *= s;
    next++;
    // "two hundred and fifty", "a thousand and twenty-five", "three hundred six": the rest in words
    if (w === 'hundred' || w === 'thousand') {
      const rest = restInWords(doc, lowerAt(doc, next, end) === 'and' ? next + 1 : next, end);
      if (rest && rest.value < (w === 'hundred' ? 100 : 1000)) {
        value += rest.value;
        next = rest.next;
      }
    }
  }
  return { value, next };
}

/** A whole number of a tally at token i, in digits or in words ("12", "five", "two hundred and fourteen"). */
function tallyNumber(doc: Doc, i: number, end: number): { value: number; next: number } | undefined {
  const t = doc.tokens[i];
  if (!t || i >= end) return undefined;
  if (t.number !== undefined) return /^\d+$/.test(t.text) ? { value: t.number, next: i + 1 } : undefined;
  const w = restInWords(doc, i, end);
  return w && (lowerAt(doc, w.next, end) === 'hundred' || lowerAt(doc, w.next, end) === 'thousand') ? scaled(doc, w.next, end, w.value) : w;
}

/** Number words below a hundred that end a spelled number: "fifty", "twenty five", "twenty-five", "six". */
function restInWords(doc: Doc, i: number, end: number): { value: number; next: number } | undefined {
  const w = lowerAt(doc, i, end);
  if (!(w in UNITS) || NOT_DIGITS.has(w)) return undefined;
  let value = UNITS[w]!;
  let next = i + 1;
  const u = lowerAt(doc, next, end);
  if (value >= 20 && value % 10 === 0 && u in UNITS && !NOT_DIGITS.has(u) && UNITS[u]! < 10) {
    value += UNITS[u]!;
    next++;
  }
  return { value, next };
}

/** Words of UNITS that count but are no digits of a spelled number ("a", "both", "dozen"). */
const NOT_DIGITS = new Set(['zero', 'none', 'a', 'an', 'dozen', 'couple', 'single', 'pair', 'both', 'twin']);

/** "second-half", "second-round": "second" glued to a noun by a hyphen is an ordinal, no unit of time ("two second-half goals"). */
function ordinalCompound(doc: Doc, k: number, end: number): boolean {
  return lowerAt(doc, k, end) === 'second' && k + 1 < end && doc.norm.slice(doc.tokens[k]!.end, doc.tokens[k + 1]!.start) === '-';
}

/**
 * Currencies written as letters glued before an amount, as Nigerian, South African, Kenyan and Indian
 * papers write them; only with a scale after ("N2.3bn", not "N95" or "R2").
 */
const LETTERED_CURRENCIES: Record<string, string> = { N: 'NGN', R: 'ZAR', KSh: 'KES', Ksh: 'KES', Sh: 'KES', Rs: 'INR' };
const LETTERED_AMOUNT = /^(N|R|KSh|Ksh|Sh|Rs)(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(bn|m|mn|tn|k)$/;

/** A length told to the half unit is read within a sixth of the unit either way ("a month and a half": 40 to 51 days). */
const HALF_ROUNDING = 6;

/** Periods of time counted by their own nouns: "over two seasons" is a span, not "more than two". */
const SPANS = new Set(['season', 'seasons', 'term', 'terms', 'session', 'sessions', 'decade', 'decades', 'century', 'centuries', 'generation', 'generations', 'cycle', 'cycles']);

/** Words naming a race or event after its distance: "200m freestyle", "400m hurdles". */
const RACES = new Set(['freestyle', 'hurdles', 'relay', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'sprint', 'final', 'race', 'steeplechase', 'heat', 'heats', 'title', 'record', 'champion', 'gold', 'silver', 'bronze', 'event']);

export function quantities(doc: Doc): Quantity[] {
  return temperatures(doc, unitsCarried(doc, joinDurations(doc, scanSentences(doc, (i, a, b, si) => readAt(doc, i, a, b, si)))));
}

/** Units of temperature after a figure ("39C", "102F", "310 kelvin"), by the token written: to Celsius. */
const celsius = (v: number) => v;
const fahrenheit = (v: number) => ((v - 32) * 5) / 9;
const TEMPERATURE = new Map<string, (v: number) => number>([
  ['C', celsius], ['F', fahrenheit], ['celsius', celsius], ['fahrenheit', fahrenheit], ['kelvin', (v) => v - 273.15],
]);

/**
 * Temperatures, read in degrees Celsius: "102F" is 38.9C, within the rounding of a conversion (half
 * a degree either side when converted); a sign before the figure ("-3C", "minus 3C") makes it
 * negative.
 */
function temperatures(doc: Doc, list: Quantity[]): Quantity[] {
  return list.map((q) => {
    if (q.kind !== 'count' || q.head === undefined || q.approximator) return q;
    const u = doc.tokens[q.head]!;
    // ("C" and "F" as written; the words in any case)
    const toC = TEMPERATURE.get(u.text) ?? TEMPERATURE.get(u.lower);
    // a letter glued to the figure ("39C", "39°C"), a word after a space ("310 kelvin")
    const gap = doc.norm.slice(doc.tokens[q.head - 1]!.end, u.start);
    if (!toC || !(u.text.length === 1 ? /^°?$/.test(gap) : gap === ' ')) return q;
    const first = doc.tokens[q.tokens[0]]!;
    const dash = /(^|[\s(])[-\u2212]$/.test(doc.norm.slice(Math.max(0, first.start - 2), first.start));
    const word = q.tokens[0] > doc.sentenceTokens[q.sentence]![0] && doc.tokens[q.tokens[0] - 1]!.lower === 'minus';
    const v = toC(dash || word ? -q.value : q.value);
    const converted = toC !== celsius;
    const round = (x: number) => Number(x.toFixed(2));
    const out: Quantity = { ...q, unit: 'celsius', value: round(v), low: round(converted ? v - 0.5 : v), high: round(converted ? v + 0.5 : v) };
    if (dash) out.start = first.start - 1;
    if (word) {
      out.start = doc.tokens[q.tokens[0] - 1]!.start;
      out.tokens = [q.tokens[0] - 1, q.tokens[1]];
    }
    return out;
  });
}

/** Words before a bare number that set it against the figure before it: "down from 18". */
const SET_AGAINST = /\b(instead of|rather than|compared with|compared to|down from|up from)\s+$/i;

/**
 * A bare number right after a length of time or an age and "to" or "or" takes its unit: "from 46
 * weeks to 21" is 21 weeks, "two hours or three" three hours; so does the old value right after it
 * ("12 weeks, down from 18"), and one set against it further on in the same words ("every six
 * minutes at peak times instead of every 10"; not "1,260 patients waited 12 hours, compared with
 * 890", where the figure set against is the patients').
 */
function unitsCarried(doc: Doc, list: Quantity[]): Quantity[] {
  return list.map((q, k) => {
    const p = list[k - 1];
    if (!p || p.sentence !== q.sentence || q.kind !== 'count' || q.unit !== '' || q.head !== undefined || q.second !== undefined) return q;
    const between = doc.norm.slice(p.end, q.start);
    const word = (x: Quantity) => doc.tokens[x.tokens[0] - 1]?.lower;
    const against = (text: string) => /^[\s,;]*(down|up) from\s+$/i.test(text);
    const parallel = word(p) !== undefined && word(p) === word(q) && SET_AGAINST.test(between.trimEnd().slice(0, -word(q)!.length).trimEnd() + ' ');
    if (!/^\s+(to|or)\s+$/i.test(between) && !against(between) && !parallel) return q;
    let u = p.tokens[1] - 1;
    if (p.kind === 'age' && /^olds?$/.test(doc.tokens[u]!.lower)) u--;
    const w = doc.tokens[u]!.lower;
    const length = p.kind !== 'duration' && p.kind !== 'age' ? undefined : p.unit === 'hours' ? DURATION_HOURS[w] : DURATION_MONTHS[w];
    if (length === undefined) return q;
    const at = (x: number) => Number((x * length).toPrecision(6));
    return { ...q, kind: p.kind, unit: p.unit, value: at(q.value), low: at(q.low), high: at(q.high) };
  });
}

/** The length of a duration's unit word (its last token) in the duration's unit; undefined for other quantities. */
function unitLength(doc: Doc, q: Quantity): number | undefined {
  if (q.kind !== 'duration') return undefined;
  const w = doc.tokens[q.tokens[1] - 1]!.lower;
  return q.unit === 'hours' ? DURATION_HOURS[w] : DURATION_MONTHS[w];
}

/**
 * A length of time written in parts, each in a smaller unit than the one before and less than one of
 * it ("2 hours 17 minutes 42 seconds", "three years and six months"): one duration, the parts' sum.
 */
function joinDurations(doc: Doc, list: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of list) {
    const prev = out[out.length - 1];
    const big = prev && prev.sentence === q.sentence && prev.unit === q.unit ? unitLength(doc, prev) : undefined;
    const small = big !== undefined && !q.approximator ? unitLength(doc, q) : undefined;
    if (prev && big !== undefined && small !== undefined && small < big && q.high < big && /^(\s*,)?\s*(and\s+)?$/.test(doc.norm.slice(prev.end, q.start))) {
      // told to its last part, it stands for anything that rounds to it ("2 hours and 8 minutes" is not 2:06:48)
      const round = q.low === q.high ? small / 2 : 0;
      const value = prev.value + q.value;
      out[out.length - 1] = { ...prev, end: q.end, tokens: [prev.tokens[0], q.tokens[1]], value, low: prev.low + q.low - round, high: prev.high + q.high + round, parts: true };
      continue;
    }
    out.push(q);
  }
  return out;
}

/**
 * A token a quantity may start at: a number, a number word, an ordinal, "half", "twice", "a" or "an"
 * (readAt reads nothing else). Every token of a text is asked; most are words of no number.
 */
function mayStart(t: Doc['tokens'][number]): boolean {
  const w = t.lower;
  return (
    t.number !== undefined || /^\d/.test(w) || w in ORDINALS || w in MULTIPLICATIVES || w in UNITS || w in VAGUE_SCALES || w === 'half' || w === 'a' || w === 'an' || w === 'one'
  );
}

/** "22nd", "3rd" (digits and a suffix the tokenizer splits), "twenty-second" (a tens word and an ordinal). */
function splitOrdinal(doc: Doc, i: number, end: number): { value: number; next: number } | undefined {
  const t = doc.tokens[i]!;
  const u = i + 1 < end ? doc.tokens[i + 1]! : undefined;
  if (!u) return undefined;
  const gap = doc.norm.slice(t.end, u.start);
  if (gap === '' && /^\d+$/.test(t.text) && /^(st|nd|rd|th)$/.test(u.lower)) return { value: Number(t.text), next: i + 2 };
  const tens = UNITS[t.lower];
  const unit = ORDINALS[u.lower];
  if (gap === '-' && tens !== undefined && tens >= 20 && tens <= 90 && tens % 10 === 0 && unit !== undefined && unit >= 1 && unit <= 9) {
    return { value: tens + unit, next: i + 2 };
  }
  return undefined;
}

function readAt(doc: Doc, i: number, sentStart: number, end: number, si: number): Quantity | undefined {
  const t = doc.tokens[i]!;
  // "N2.3bn", "R2bn", "KSh40m": an amount with its currency's letters glued before it and a scale after
  const lettered = LETTERED_AMOUNT.exec(t.text);
  if (lettered) {
    const value = Number(lettered[2]!.replace(/,/g, '')) * SCALES[lettered[3]!.toLowerCase()]!;
    return make(doc, si, i, i + 1, 'money', value, value, value, LETTERED_CURRENCIES[lettered[1]!]!);
  }
  if (!mayStart(t)) return undefined;
  // the word after a hyphen is part of a compound: the half of "second-half", "first-half"
  if (i > sentStart && doc.norm.slice(doc.tokens[i - 1]!.end, t.start) === '-' && /^(half|quarter|third)$/.test(t.lower)) return undefined;
  // ordinals written in two tokens: "22nd" (the suffix split off the digits), "twenty-second"
  const split = splitOrdinal(doc, i, end);
  if (split) {
    const noun = nextNoun(doc, split.next, end);
    const q = make(doc, si, i, split.next, 'ordinal', split.value, split.value, split.value, noun === undefined ? 'ordinal' : doc.tokens[noun]!.stem);
    if (noun !== undefined) q.head = noun;
    return q;
  }
  // "first-half", "second-half": a half of a match, named, no figure
  if ((t.lower === 'first' || t.lower === 'second') && i + 1 < end && doc.tokens[i + 1]!.lower === 'half' && doc.norm.slice(t.end, doc.tokens[i + 1]!.start) === '-') return undefined;
  // ordinals in words: "first", "fourth quarter"
  if (t.lower in ORDINALS) {
    const value = ORDINALS[t.lower]!;
    if (value < 0) return undefined;
    // "a third of" is a fraction, handled below
    const fraction =
      t.lower in FRACTIONS &&
      (lowerAt(doc, i + 1, end) === 'of' || (i > sentStart && lowerAt(doc, i - 1, end) === 'a' && !(i + 1 < end && doc.tokens[i + 1]!.content)));
    if (!fraction) {
      // "the second anniversary" is two years: the same as "the two-year anniversary"
      if (lowerAt(doc, i + 1, end) === 'anniversary') return make(doc, si, i, i + 1, 'duration', value * 12, value * 12, value * 12, 'months');
      const noun = nextNoun(doc, i + 1, end);
      const q = make(doc, si, i, i + 1, 'ordinal', value, value, value, noun === undefined ? 'ordinal' : doc.tokens[noun]!.stem);
      if (noun !== undefined) q.head = noun;
      return q;
    }
  }
  if (clockTime(doc, i, end) || furniture(doc, i, end) || codePart(doc, i, sentStart)) return undefined;
  // "twice" is two times, as "three times" is ("once" is too often no count: "once again", "once the")
  const times = MULTIPLICATIVES[t.lower];
  if (times !== undefined) return make(doc, si, i, i + 1, 'count', times, times, times, stem('times'));
  const score = readScore(doc, i, end, si);
  if (score) return score;
  const n = readNumber(doc, i, end);
  if (!n) return undefined;
  let { value } = n;
  let next = n.next;
  // "one in three", "two in five": a share
  const whole = lowerAt(doc, next, end) === 'in' ? readNumber(doc, next + 1, end) : undefined;
  if (whole && !n.vague && Number.isInteger(value) && value >= 1 && whole.value > value && whole.value <= 1000 && Number.isInteger(whole.value) && !/^\d{4}$/.test(doc.tokens[next + 1]!.text)) {
    value = value / whole.value;
    next = whole.next;
  }
  // "two and a half years"
  const andAHalf = (k: number) => lowerAt(doc, k, end) === 'and' && lowerAt(doc, k + 1, end) === 'a' && lowerAt(doc, k + 2, end) === 'half';
  if (andAHalf(next)) {
    // "one and a half million"
    ({ value, next } = scaled(doc, next + 3, end, value + 0.5));
  }
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
  // a bound written after: "20 people or more", "twice weekly or more", "five or fewer"
  if (!approx) {
    for (const k of [next, next + 1]) {
      if (lowerAt(doc, k, end) !== 'or') continue;
      const bound = lowerAt(doc, k + 1, end);
      if (bound === 'more' || bound === 'above' || bound === 'over') approx = 'at least';
      else if (bound === 'fewer' || bound === 'less' || bound === 'under' || bound === 'below') approx = 'at most';
      break;
    }
  }
  let [lf, hf] = approx ? APPROXIMATORS[approx]! : [1, 1];
  if (n.vague) [lf, hf] = [0.5, Infinity];
  const raw = t.text;
  let kind: QuantityKind = 'count';
  let unit = '';
  let head: number | undefined;
  /** the unit of a length told to its half ("a month and a half"), in months or hours */
  let halfOf: number | undefined;
  // currency before: "$5", "€3", "US$2"
  // "£2.1m": the tokenizer leaves the symbol out of the word
  const symbol = doc.norm[t.start - 1] ?? '';
  if (/^\$/.test(raw) || /^(us\$|€|£|¥)/i.test(raw)) {
    kind = 'money';
    unit = CURRENCIES[raw.startsWith('$') ? '$' : raw[0]!] ?? 'USD';
  } else if (symbol in CURRENCIES) {
    kind = 'money';
    unit = CURRENCIES[symbol]!;
  } else if (i > sentStart && /^(rs|inr)\.?$/.test(lowerAt(doc, i - 1, end))) {
    // "Rs 37,000 crore": rupees written before the figure
    kind = 'money';
    unit = 'INR';
  }
  const w = lowerAt(doc, next, end);
  // "the world No 31", "the No. 2 seed", "world no 7": a rank, as "ranked 31st" is
  const sign = i > sentStart ? doc.tokens[i - 1]! : undefined;
  const rank = kind === 'count' && /^\d+$/.test(raw) && sign !== undefined && /^no\.?$/i.test(sign.text) && (/^No/.test(sign.text) || lowerAt(doc, i - 2, end) === 'world');
  if (rank) {
    kind = 'ordinal';
    unit = 'ordinal';
  } else if (w === 'percent' || w === 'pct' || raw.endsWith('%') || (w === 'per' && lowerAt(doc, next + 1, end) === 'cent')) {
    kind = 'percent';
    unit = '%';
    if (!raw.endsWith('%')) next += w === 'per' ? 2 : 1;
  } else if (w in CURRENCIES && kind !== 'money') {
    kind = 'money';
    unit = CURRENCIES[w]!;
    next++;
  } else if (kind === 'count' && next + 1 < end && /^\p{Lu}/u.test(doc.tokens[next]!.text) && lowerAt(doc, next + 1, end) in CURRENCIES && !/^[$€£¥]$/.test(lowerAt(doc, next + 1, end))) {
    // "900 million Swiss francs", "50 Australian dollars": the currency's country before its name
    kind = 'money';
    unit = CURRENCIES[lowerAt(doc, next + 1, end)]!;
    next += 2;
  } else if (kind !== 'money' && (w in DURATION_MONTHS || (w === 'a' && value < 1 && lowerAt(doc, next + 1, end) in DURATION_MONTHS))) {
    // ("$24,000 a year", "2,000 a year": an amount or a count per year, no length of time)
    if (w === 'a') next++;
    kind = 'duration';
    const perUnit = DURATION_MONTHS[lowerAt(doc, next, end)]!;
    value *= perUnit;
    unit = 'months';
    next++;
    // "a year and a half"
    if (andAHalf(next)) {
      value += 0.5 * perUnit;
      halfOf = perUnit;
      next += 3;
    }
    // "a nine-month investigation": a length written before its noun is the length of that thing
    // "a 27-year-old", "27 years old", "ten-year-olds": an age, not a length of time
    const old = /^olds?$/.test(lowerAt(doc, next, end));
    if (!old) head = lengthBeforeNoun(doc, next, end) ?? head;
    if (old) {
      kind = 'age';
      next++;
      // the person it is the age of: "a 34-year-old son"
      const noun = nextNoun(doc, next, end);
      if (noun !== undefined) head = noun;
    }
  } else if (kind === 'count' && ((i > sentStart && lowerAt(doc, i - 1, end) === 'aged') || approx === 'under the age of' || approx === 'over the age of')) {
    // ("under the age of five": an age too)
    // "aged 35": an age in years
    kind = 'age';
    value *= 12;
    unit = 'months';
  } else if (w in DURATION_HOURS && !ordinalCompound(doc, next, end)) {
    kind = 'duration';
    value *= DURATION_HOURS[w]!;
    unit = 'hours';
    next++;
    // "an hour and a half"
    if (andAHalf(next)) {
      value += 0.5 * DURATION_HOURS[w]!;
      halfOf = DURATION_HOURS[w]!;
      next += 3;
    }
    head = lengthBeforeNoun(doc, next, end) ?? head;
  } else if (kind === 'count') {
    if (t.number !== undefined && Number.isInteger(value) && value >= 1800 && value <= 2100 && !/,/.test(raw)) {
      kind = 'year';
      unit = 'year';
    } else {
      // "two second-half goals" count goals
      const noun = nextNoun(doc, ordinalCompound(doc, next, end) ? next + 2 : next, end);
      if (noun !== undefined) head = noun;
      unit = noun === undefined ? '' : doc.tokens[noun]!.stem;
      // "130 km/h": kilometres an hour, a speed
      if (noun !== undefined && doc.norm.slice(doc.tokens[noun]!.end, doc.tokens[noun]!.end + 2).toLowerCase() === '/h') unit += '/h';
      // "10 square kilometres", "2,400 sq miles": an area, in the unit after "square"
      if (noun !== undefined && (unit === 'squar' || unit === 'sq') && noun + 1 < end) unit = 'square ' + doc.tokens[noun + 1]!.stem;
      // "the 200m", "the women's 10,000m", "200m freestyle": a glued "m" after "the" or a possessive,
      // or before the name of a race, with no currency and nothing counted, is metres, not millions
      // ("1.5m people" counts people; "£5m" is money; "rose to 5m" stays millions)
      const m = doc.tokens[next - 1]!;
      const before = first > sentStart ? doc.tokens[first - 1]! : undefined;
      const named = before?.lower === 'the' || (before !== undefined && /'s$/.test(doc.norm.slice(before.start, t.start).trim()));
      const race = RACES.has(lowerAt(doc, next, end));
      if (((noun === undefined && named) || race) && next - 1 > i && m.lower === 'm' && m.start === doc.tokens[next - 2]!.end) {
        value /= SCALES['m']!;
        unit = 'metr';
        head = undefined;
      }
    }
  }
  if (kind === 'duration' || kind === 'age') value = Number(value.toPrecision(6));
  // "over ten years" is most often a span of time ("during"), not "more than ten years"
  // and so is "over two seasons", "over three terms": a count of periods of time
  if ((kind === 'duration' || (kind === 'count' && head !== undefined && SPANS.has(doc.tokens[head]!.lower))) && approx === 'over') [lf, hf] = [1, 1];
  const q = make(doc, si, first, next, kind, value, value * lf, value * hf, unit, approx);
  // a length told to the half unit ("a month and a half") is rounded to it: six weeks is within
  if (halfOf !== undefined && approx === undefined && kind === 'duration') {
    q.low -= halfOf / HALF_ROUNDING;
    q.high += halfOf / HALF_ROUNDING;
  }
  if (head !== undefined) q.head = head;
  // "half of the 300 workers": the whole a fraction is of
  if (kind === 'count' && value > 0 && value < 1) {
    let k = next;
    if (lowerAt(doc, k, end) === 'of') k++;
    if (WHOLE_DETERMINERS.has(lowerAt(doc, k, end))) k++;
    const whole = k > next && k < end ? doc.tokens[k]!.number : undefined;
    if (whole !== undefined && whole >= 1) q.of = whole;
  }
  if (first === i && symbol in CURRENCIES && kind === 'money') q.start -= symbol.length;
  return q;
}

/** A number glued by a hyphen to a word before it is part of a name or code ("COVID-19", "SARS-CoV-2", "B-52"). */
function codePart(doc: Doc, i: number, sentStart: number): boolean {
  if (i <= sentStart || doc.tokens[i]!.number === undefined) return false;
  const prev = doc.tokens[i - 1]!;
  return doc.norm.slice(prev.end, doc.tokens[i]!.start) === '-' && /\p{L}$/u.test(prev.text);
}

/** "12:30", "3pm", "13.00 GMT": a time of day (dates.ts reads it), not a count. */
function clockTime(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens[i]!;
  const next = i + 1 < end ? doc.tokens[i + 1]! : undefined;
  // "18 minutes to midnight", "half past six": a time of day, told from an hour
  // (or its hour: the six of "half past six")
  for (let back = 0; back <= 4 && i - back >= 0; back++) {
    const told = doc.tokens[i - back]!.sentence === t.sentence ? relativeClock(doc, i - back, end) : undefined;
    if (told && told.next > i) return true;
  }
  // "nine o'clock"
  if (next && HOUR_WORDS.has(t.lower) && O_CLOCK.test(next.lower) && doc.norm.slice(t.end, next.start) === ' ') return true;
  if (t.number === undefined) return false;
  const prev = i > 0 ? doc.tokens[i - 1] : undefined;
  // the minutes of "12:30"
  // (and the seconds of a time taken, "30:12.4")
  if (prev && prev.number !== undefined && prev.sentence === t.sentence && doc.norm.slice(prev.end, t.start) === ':' && /^\d\d(\.\d+)?$/.test(t.text)) return true;
  if (!next) return false;
  const gap = doc.norm.slice(t.end, next.start);
  if (/^\d{1,2}$/.test(t.text) && gap === ':' && /^\d\d(\.\d+)?$/.test(next.text)) return true;
  if (/^\d{1,2}([.:]\d\d)?$/.test(t.text) && /^(am|pm|a\.m|p\.m|a\.m\.|p\.m\.|gmt|bst|utc|hrs)$/.test(next.lower) && gap.length <= 1) return true;
  // "6 o'clock"
  if (/^\d{1,2}$/.test(t.text) && O_CLOCK.test(next.lower) && gap === ' ') return true;
  return false;
}

/**
 * The noun a length of time is written before, its unit (token next - 1) glued to the number by a
 * hyphen: "a nine-month investigation", "a 48-hour strike".
 */
function lengthBeforeNoun(doc: Doc, next: number, end: number): number | undefined {
  return doc.norm.slice(doc.tokens[next - 2]!.end, doc.tokens[next - 1]!.start) === '-' ? nextNoun(doc, next, end) : undefined;
}

/** Words between a number and its noun that are not what it counts. */
const NOT_COUNTED = new Set(['more', 'other', 'additional', 'further', 'of', 'the', 'extra', 'new', ...RUN_ADJECTIVES]);

/** The counted noun: the next content word, skipping "more", "other", adjectives are kept as is. */
function nextNoun(doc: Doc, i: number, end: number): number | undefined {
  let limit = i + 3;
  for (let k = i; k < end && k < limit; k++) {
    const t = doc.tokens[k]!;
    // "143 on Thursday": a preposition or another function word ends the search, and so does a
    // mark ("Julia Louis-Dreyfus, 54, stars"; "Margaret Holt, 58, of Harrogate")
    if (/[,;:()]/.test(doc.norm.slice(doc.tokens[k - 1]!.end, t.start))) return undefined;
    // "the sixth consecutive meeting": a word of a run is no counted noun
    if (NOT_COUNTED.has(t.lower)) continue;
    if (!t.content) return undefined;
    // "four of the country's 26 cantons": an owner after "of" is not what is counted
    if (t.number === undefined && doc.tokens[i]?.lower === 'of' && doc.norm.startsWith("'s ", t.end)) {
      limit = k + 4;
      continue;
    }
    if (t.number === undefined) return k;
  }
  return undefined;
}

/** Words after "N-M" that make it a result or a vote ("a 2-0 win", "won 52-48"), and before it. */
export const RESULT_AFTER = new Set(['win', 'victory', 'defeat', 'loss', 'lead', 'draw', 'vote', 'votes', 'margin', 'majority', 'scoreline', 'split', 'decision', 'ruling', 'verdict', 'result', 'home', 'away', 'aggregate']);
const RESULT_BEFORE = new Set(['won', 'win', 'wins', 'lost', 'lose', 'beat', 'beats', 'drew', 'draw', 'led', 'leads', 'trailed', 'score', 'scored', 'voted', 'vote', 'ended', 'finished', 'by', 'a', 'an', 'the']);

/**
 * A score or result written "52-48", "2-0": one value of two numbers, so that "52-48" / "51-49" is
 * one change, not "52" became "49". A range ("10-15 people") is read as a count by readNumber's caller.
 */
function readScore(doc: Doc, i: number, end: number, si: number): Quantity | undefined {
  const t = doc.tokens[i]!;
  // "by 61 votes to 38", "won 3 to 1"
  const w1 = lowerAt(doc, i + 1, end);
  const k = w1 === 'to' ? i + 2 : /^votes?$/.test(w1) && lowerAt(doc, i + 2, end) === 'to' ? i + 3 : -1;
  const other = k > 0 && k < end ? doc.tokens[k]! : undefined;
  // "N votes to M" is a tally wherever it stands ("passed the bill, 41 votes to 38"); "N to M" after a word of results
  const tally = k === i + 3 || (i > 0 && RESULT_BEFORE.has(doc.tokens[i - 1]!.lower));
  if (t.number !== undefined && other?.number !== undefined && /^\d+$/.test(t.text) && /^\d+$/.test(other.text) && tally && t.number >= other.number) {
    const q = make(doc, si, i, k + 1, 'score', t.number, t.number, t.number, 'score');
    q.second = other.number;
    return q;
  }
  // in words, or digits and words: "by four votes to one", "12 votes to five", "by two hundred and
  // fourteen votes to one hundred and eighty-nine"
  const a = tallyNumber(doc, i, end);
  if (a) {
    const w = lowerAt(doc, a.next, end);
    const at = w === 'to' ? a.next + 1 : /^votes?$/.test(w) && lowerAt(doc, a.next + 1, end) === 'to' ? a.next + 2 : -1;
    const b = at > 0 && (at === a.next + 2 || (i > 0 && RESULT_BEFORE.has(doc.tokens[i - 1]!.lower))) ? tallyNumber(doc, at, end) : undefined;
    if (b && a.value >= b.value) {
      const q = make(doc, si, i, b.next, 'score', a.value, a.value, a.value, 'score');
      q.second = b.value;
      return q;
    }
  }
  const u = i + 1 < end ? doc.tokens[i + 1]! : undefined;
  if (t.number === undefined || !u || u.number === undefined || !/^\d+$/.test(t.text) || !/^\d+$/.test(u.text)) return undefined;
  if (doc.norm.slice(t.end, u.start) !== '-') return undefined;
  if (/^\d{4}$/.test(t.text)) return undefined; // "2019-20", "2023-01-05"
  const after = i + 2 < end ? doc.tokens[i + 2]!.lower : '';
  const before = i > 0 && doc.tokens[i - 1]!.sentence === si ? doc.tokens[i - 1]!.lower : '';
  const result = RESULT_AFTER.has(after) || RESULT_BEFORE.has(before) || t.number >= u.number!;
  if (!result) return undefined;
  const q = make(doc, si, i, i + 2, 'score', t.number, t.number, t.number, 'score');
  q.second = u.number!;
  return q;
}

/**
 * File sizes and page counts of a listed attachment ("(PDF, 453KB, 20 pages)", "MS Excel
 * Spreadsheet, 124KB"): page furniture, not facts.
 */
function furniture(doc: Doc, i: number, end: number): boolean {
  const next = i + 1 < end ? doc.tokens[i + 1]!.lower : '';
  if (!/^(kb|mb|gb|kib|mib|gib|bytes|pages?)$/.test(next)) return false;
  // right after a format and a comma
  const prev = i > 0 ? doc.tokens[i - 1]! : undefined;
  if (prev && prev.sentence === doc.tokens[i]!.sentence && /^\s*,\s*$/.test(doc.norm.slice(prev.end, doc.tokens[i]!.start)) && FILE_FORMAT_WORDS.has(prev.lower)) return true;
  // inside brackets that name a file format
  const open = doc.norm.lastIndexOf('(', doc.tokens[i]!.start);
  const close = doc.norm.indexOf(')', doc.tokens[i]!.end);
  if (open < 0 || close < 0 || doc.norm.slice(open, doc.tokens[i]!.start).includes(')')) return false;
  const inner = doc.norm.slice(open + 1, close).toLowerCase();
  return inner.split(/[\s,]+/).some((w) => FILE_FORMAT_WORDS.has(w));
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

/** A count that is one side of a tally: "82 TDs" of "82 to 61". */
export function sideOfTally(count: Quantity, tally: Quantity): boolean {
  return count.kind === 'count' && tally.kind === 'score' && tally.second !== undefined && (tally.value === count.value || tally.second === count.value);
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
      // two significant digits: "two weeks" and "14 days" meet
      return 'dur:' + q.unit + ':' + Number(q.value.toPrecision(2));
    case 'percent':
      return '%' + v;
    case 'money':
      return '$' + q.unit + ':' + v;
    case 'ordinal':
      return 'ord:' + v;
    case 'age':
      return 'age:' + v;
    case 'score':
      return 'score:' + v + '-' + q.second;
    default:
      return '#' + v;
  }
}
