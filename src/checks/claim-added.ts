import type { Check } from './context.js';
import { uncarried } from './claims.js';
import { round } from '../align/align.js';
import { detailInsertions, detailSwaps } from './details.js';
import type { CheckContext } from './context.js';
import type { Doc, Token } from '../types.js';
import type { Facts } from '../extract/facts.js';
import type { Placed } from '../align/binding.js';
import { sameAs, someSame, type ValueKind } from './values.js';
import { QUANTITY } from './number-changed.js';
import { RESULT_AFTER, sideOfTally, type Quantity } from '../extract/quantities.js';
import { DURATION_HOURS, DURATION_MONTHS, RUN_WORDS } from '../data/numbers.js';
import { stem } from '../text/tokens.js';
import type { DateMention } from '../extract/dates.js';
import { bySentence } from '../extract/scan.js';
import { DATE } from './date-changed.js';
import { MONTHS, RELATIVE_AFTER } from '../data/dates.js';
import { nationalityGiven, nationsOf, PLACE } from './place-changed.js';
import { acronymsIn, NAME } from './name-changed.js';
import { REFUTED, supportedAtAll } from '../engine/evidence.js';
import { negatedAt, opposite } from './negation-flipped.js';

/** The text last lower-cased: wordsIn is asked of one base text for every value of the revision. */
let lowered = { text: '', lower: '' };

/** The words stand in the text, as whole words, whatever their case. */
function wordsIn(text: string, words: string): boolean {
  const w = words.toLowerCase();
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  const t = lowered.lower;
  for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
    const before = i > 0 ? t[i - 1]! : ' ';
    const after = t[i + w.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Figures and dates are said of something (a count of what, the day of what): the base giving one
 * for another thing does not support it. Names and places are participants themselves: a person the
 * base names anywhere may stand in any sentence of a summary.
 */
const attribute = (kind: { id: string }): boolean => kind.id === 'quantity' || kind.id === 'date';

/**
 * The base states the value for the same thing: bound alike (src/engine/evidence.ts), in a base
 * sentence the revised one draws on, or with the same head noun ("the fourth quarter").
 */
function boundSupport<T extends Placed>(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>, kind: ValueKind<T>, r: T): boolean {
  return supportedAtAll(ctx, kind, r, REFUTED);
}

/**
 * A base sentence that gives no date of its own tells of the time the text last set ("Flooding hit the
 * county on Saturday. Around 200 homes were evacuated."): a revised date in a sentence drawing on it
 * is supported when it is that time. `dates`: the base's dates by sentence.
 */
function timeInForce(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment'>, dates: Map<number, DateMention[]>, r: DateMention): boolean {
  // a source sentence that gives a date of its own sets the time itself ("agreed on Friday" merged
  // with "The deal is expected to close ..." does not take the "January" said before of the talks)
  if (ctx.alignment.supports[r.sentence]!.some(({ base: s }) => dates.has(s))) return false;
  for (const { base: s } of ctx.alignment.supports[r.sentence]!) {
    let p = s - 1;
    while (p >= 0 && !dates.has(p)) p--;
    if (p >= 0 && sameAs(DATE, r, ctx.revised, dates.get(p)!, ctx.base).length) return true;
  }
  return false;
}

/** A value of the revision with no support in the base: given nowhere, or (`elsewhere`) only for something else. */
interface Unsupported {
  kind: string;
  m: Placed & { start: number; end: number };
  elsewhere: boolean;
}


/** An ordinal is supported by an ordinal only: "the third quarter" is not "three products". */
function sameSort(r: Placed, b: Placed): boolean {
  const ordinal = (m: Placed) => (m as { kind?: unknown }).kind === 'ordinal';
  return ordinal(r) === ordinal(b);
}

/**
 * What a count, an ordinal or a length of time counts in a run of things, when a run word stands
 * within four words after the number: "sixth consecutive meeting" (6 "meet"), "four months in a
 * row" (4 "month"); undefined for anything else.
 */
function runOf(doc: Doc, q: Quantity): { noun: string; count: number } | undefined {
  let noun: string | undefined;
  let count = q.value;
  if (q.kind === 'duration') {
    const unit = doc.tokens[q.tokens[1] - 1]!;
    const length = DURATION_MONTHS[unit.lower] ?? DURATION_HOURS[unit.lower];
    if (length === undefined) return undefined;
    noun = unit.stem;
    count = Math.round(q.value / length);
  } else if (q.kind !== 'count' && q.kind !== 'ordinal') return undefined;
  const [, b] = doc.sentenceTokens[q.sentence]!;
  let run = false;
  for (let k = q.tokens[1]; k < Math.min(b, q.tokens[1] + 4); k++) {
    const t = doc.tokens[k]!;
    if (RUN_WORDS.has(t.lower)) run = true;
    else if (t.content && noun === undefined) noun = t.stem;
  }
  return run && noun !== undefined ? { noun, count } : undefined;
}

/**
 * A run given the other way: "six meetings in a row" counts what "the sixth consecutive meeting"
 * numbers (the same number, the same noun, a run on both sides).
 */
function runGiven(ctx: Pick<CheckContext, 'base' | 'revised' | 'facts'>, r: Quantity): boolean {
  const run = runOf(ctx.revised, r);
  if (!run) return false;
  return QUANTITY.mentions(ctx.facts.base).some((b) => {
    if (b.kind === r.kind) return false;
    const other = runOf(ctx.base, b);
    return other !== undefined && other.count === run.count && other.noun === run.noun;
  });
}

/**
 * A length of one unit of time given as its unit word: "the 12 months ending in March" / "the year
 * to March", "seven days" / "the past week", "24 hours" / "a day".
 */
function oneUnitGiven(ctx: Pick<CheckContext, 'base'>, q: Quantity): boolean {
  if (q.kind !== 'duration') return false;
  const units = q.unit === 'hours' ? DURATION_HOURS : DURATION_MONTHS;
  for (const [word, length] of Object.entries(units)) {
    if (!/s$/.test(word) && Math.abs(q.value - length) < 1e-3 * length && wordsIn(ctx.base.norm, word)) return true;
  }
  return false;
}


/**
 * An ordinal in digits that is a day of the month ("the 4th-5th", "on the 11th") where the base
 * gives a date on that day ("4-5 May", "11 May"): the date said again, no figure of its own.
 */
function dayGiven(ctx: Pick<CheckContext, 'base' | 'revised' | 'facts'>, q: Quantity): boolean {
  const inDigits = (text: string) => /^\d{1,2}(st|nd|rd|th)$/i.test(text);
  if (q.kind !== 'ordinal' || q.value < 1 || q.value > 31 || !inDigits(ctx.revised.norm.slice(q.start, q.end))) return false;
  // no noun after it, but another day ("the 4th-5th")
  if (q.head !== undefined && !/^(\d{1,2})?(st|nd|rd|th)$/i.test(ctx.revised.tokens[q.head]!.text) && !(ctx.revised.tokens[q.head]!.lower in MONTHS)) return false;
  const dates = DATE.mentions(ctx.facts.base);
  if (dates.some((d) => d.day === q.value)) return true;
  // or a number in a sentence of the base that names a month ("the weekends of 4-5, 11-12 and 18-19 May")
  const months = new Set(dates.filter((d) => d.month !== undefined).map((d) => d.sentence));
  return ctx.base.tokens.some((t) => t.number === q.value && months.has(t.sentence));
}

/** The part of a year a length of months makes when it is counted from an end ("the first three months"). */
const YEAR_PARTS: Record<number, string> = { 3: 'quarter', 6: 'half' };
/** Words that count a part of a year from one of its ends. */
const YEAR_ENDS = new Set(['first', 'last', 'final', 'second', 'third', 'fourth']);

/**
 * "the first three months of next year" where the base has "the first quarter", "the last six months"
 * where it has "the second half": a part of a year in months.
 */
function yearPartGiven(ctx: Pick<CheckContext, 'base' | 'revised'>, q: Quantity): boolean {
  if (q.kind !== 'duration' || q.unit !== 'months') return false;
  const part = YEAR_PARTS[q.value];
  const before = ctx.revised.tokens[q.tokens[0] - 1];
  return part !== undefined && before !== undefined && before.sentence === q.sentence && YEAR_ENDS.has(before.lower) && wordsIn(ctx.base.norm, part);
}

/** A superlative: "largest", "biggest", "worst", "most". */
const SUPERLATIVE = /^(\p{Ll}+est|best|worst|most|least)$/u;

/**
 * "one of the four biggest annual drops" where the base has "the fourth-largest annual decline": a
 * rank given as the number of those at the top.
 */
function rankGiven(ctx: Pick<CheckContext, 'base' | 'revised' | 'facts'>, q: Quantity): boolean {
  if (q.kind !== 'count') return false;
  const t = ctx.revised.tokens;
  const [i, j] = q.tokens;
  if (i < 3 || !(t[i - 3]!.lower === 'one' && t[i - 2]!.lower === 'of' && t[i - 1]!.lower === 'the') || !SUPERLATIVE.test(t[j]?.lower ?? '')) return false;
  return QUANTITY.mentions(ctx.facts.base).some((b) => {
    if (b.kind !== 'ordinal' || b.value !== q.value) return false;
    const after = ctx.base.tokens[b.tokens[1]];
    return after !== undefined && SUPERLATIVE.test(after.lower) && ctx.base.norm.slice(ctx.base.tokens[b.tokens[1] - 1]!.end, after.start) === '-';
  });
}

/** "the 1500s" where the base has "the 16th century" (or "16th-century"): a century by its years. */
function centuryGiven(ctx: Pick<CheckContext, 'revised' | 'facts' | 'base'>, q: Quantity): boolean {
  if (q.value % 100 !== 0 || q.value < 100 || ctx.revised.norm[q.end] !== 's') return false;
  const century = q.value / 100 + 1;
  return QUANTITY.mentions(ctx.facts.base).some((b) => b.kind === 'ordinal' && b.value === century && b.head !== undefined && ctx.base.tokens[b.head]!.stem === stem('century'));
}

/** A result of two numbers whose numbers one base sentence gives apart ("364 to 286" / "backed by 364 members, with 286 against"). */
function tallyGiven(ctx: Pick<CheckContext, 'facts'>, q: Quantity): boolean {
  if (q.kind !== 'score' || q.second === undefined) return false;
  let bySentence = tallyMemo.get(ctx.facts.base);
  if (!bySentence) {
    tallyMemo.set(ctx.facts.base, (bySentence = new Map()));
    for (const b of QUANTITY.mentions(ctx.facts.base)) {
      if (b.kind !== 'count' && b.kind !== 'score') continue;
      let set = bySentence.get(b.sentence);
      if (!set) bySentence.set(b.sentence, (set = new Set()));
      set.add(b.value);
      if (b.second !== undefined) set.add(b.second);
    }
  }
  for (const set of bySentence.values()) if (set.has(q.value) && set.has(q.second)) return true;
  return false;
}
/** The counts and results of each base sentence, by telling. */
const tallyMemo = new WeakMap<object, Map<number, Set<number>>>();

/** A count that is one side of a tally the base gives ("with 82 TDs voting in favour" / "voted by 82 to 61"). */
function tallySide(ctx: Pick<CheckContext, 'facts'>, q: Quantity): boolean {
  return q.kind === 'count' && memoOf(tallySides, ctx.facts.base, (facts) => QUANTITY.mentions(facts).filter((b) => b.kind === 'score' && b.second !== undefined)).some((b) => sideOfTally(q, b));
}
/** The base's tallies, by telling. */
const tallySides = new WeakMap<Facts, Quantity[]>();

/** The places the medals stand for. */
const MEDALS: Record<number, RegExp> = { 1: /\bgold\b/i, 2: /\bsilver\b/i, 3: /\bbronze\b/i };

/** A first, second or third place where the base gives the medal for it ("Kamińska second" / "took silver"). */
function medalGiven(ctx: Pick<CheckContext, 'base'>, q: Quantity): boolean {
  if (q.kind !== 'ordinal' || !(q.value in MEDALS)) return false;
  // the base is searched once for its medals, not once for every ordinal of the revision
  return memoOf(medalsIn, ctx.base, (doc) => new Set(Object.keys(MEDALS).map(Number).filter((n) => MEDALS[n]!.test(doc.norm)))).has(q.value);
}
/** The places whose medals a base names, by telling. */
const medalsIn = new WeakMap<Doc, Set<number>>();

/** A value worked out once per key (a telling) and kept while the key lives. */
function memoOf<K extends object, V>(memo: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = make(key)));
  return v;
}

/**
 * A percentage that is the change between two figures one base sentence gives, of one kind and unit
 * ("around 42% more" / "1,260 ... compared with 890"; "fell 30%" / "from 100 to 70"), relative to
 * either figure: the revision worked it out.
 */
function changeGiven(ctx: Pick<CheckContext, 'facts'>, q: Quantity): boolean {
  return q.kind === 'percent' && memoOf(changes, ctx.facts.base, changesOf).some((v) => within(q, v));
}

/** The changes in per cent between two figures of one sentence of a telling, relative to either (see changeGiven). */
function changesOf(facts: Facts): number[] {
  const amounts = QUANTITY.mentions(facts).filter((b) => (b.kind === 'count' || b.kind === 'money') && b.value > 0);
  const out: number[] = [];
  for (let i = 0; i < amounts.length; i++) {
    for (let j = i + 1; j < amounts.length && amounts[j]!.sentence === amounts[i]!.sentence; j++) {
      const [a, b] = [amounts[i]!, amounts[j]!];
      // (one may leave its noun out: "1,260 patients ... compared with 890")
      if (a.kind !== b.kind || (a.unit !== b.unit && a.unit !== '' && b.unit !== '') || a.value === b.value) continue;
      const d = Math.abs(a.value - b.value);
      out.push((100 * d) / a.value, (100 * d) / b.value);
    }
  }
  return out;
}

/** The changes in per cent a telling's sentences give, by telling. */
const changes = new WeakMap<Facts, number[]>();

/** Base sentences within this many of one giving a time can give the length of time that runs from it. */
const SPAN_REACH = 2;

/** The times of day of a telling's sentences, in their order. */
function timesBySentence(facts: Facts): Map<number, number[]> {
  return memoOf(timesMemo, facts, () => {
    const v = new Map<number, number[]>();
    for (const d of DATE.mentions(facts)) if (d.time !== undefined) (v.get(d.sentence) ?? v.set(d.sentence, []).get(d.sentence)!).push(d.time);
    return v;
  });
}
const timesMemo = new WeakMap<Facts, Map<number, number[]>>();

/** The lengths of hours a telling gives. */
const hoursOf = (facts: Facts) => memoOf(hoursMemo, facts, () => QUANTITY.mentions(facts).filter((q) => q.kind === 'duration' && q.unit === 'hours'));
const hoursMemo = new WeakMap<Facts, Quantity[]>();

/** Hours from one time of day to the next one after it (over midnight when earlier). */
const hoursBetween = (from: number, to: number): number => ((to - from + 24 * 60) % (24 * 60)) / 60;

/**
 * A length of hours that is the span of a range of times one base sentence gives: "six hours" where
 * the base has "from 10am to 4pm".
 */
function spanGiven(ctx: Pick<CheckContext, 'facts'>, q: Quantity): boolean {
  if (q.kind !== 'duration' || q.unit !== 'hours') return false;
  for (const times of timesBySentence(ctx.facts.base).values()) {
    for (let k = 1; k < times.length; k++) {
      const h = hoursBetween(times[k - 1]!, times[k]!);
      if (h > 0 && q.low <= h && h <= q.high) return true;
    }
  }
  return false;
}

/**
 * A time of day that ends a range whose start the revised sentence gives too, where the base gives
 * that start and, near it, the length that runs to this end: "from 6am until 6pm" where the base has
 * "from 6am" and "due to last for 12 hours".
 */
function rangeEndGiven(ctx: Pick<CheckContext, 'facts'>, d: DateMention): boolean {
  if (d.time === undefined) return false;
  const own = (timesBySentence(ctx.facts.revised).get(d.sentence) ?? []).filter((t) => t !== d.time);
  if (!own.length) return false;
  const baseTimes = timesBySentence(ctx.facts.base);
  const lengths = hoursOf(ctx.facts.base);
  for (const [sentence, times] of baseTimes) {
    for (const start of own) {
      if (!times.includes(start)) continue;
      const h = hoursBetween(start, d.time);
      if (lengths.some((q) => Math.abs(q.sentence - sentence) <= SPAN_REACH && q.low <= h && h <= q.high)) return true;
    }
  }
  return false;
}

/**
 * A weekday that ends a run of days the base names by its word: "Monday to Friday" where the base
 * has "weekdays", "Saturday and Sunday" where it has "the weekend".
 */
function weekRunGiven(ctx: Pick<CheckContext, 'base' | 'revised'>, d: DateMention): boolean {
  if (d.weekday === undefined || d.day !== undefined || d.month !== undefined) return false;
  const around = ctx.revised.norm.slice(Math.max(0, d.start - 16), d.end + 16);
  if (/\bMondays? *(to|through|thru|-|\u2013) *Fridays?\b/i.test(around)) return /\bweekdays?\b/i.test(ctx.base.norm);
  if (/\bSaturdays? *(and|&) *Sundays?\b/i.test(around)) return /\bweekends?\b/i.test(ctx.base.norm);
  return false;
}

/** The percentage q is `v` to the nearest point, whatever its approximator ("around 42%" for 41.6%). */
const within = (q: Quantity, v: number): boolean => Math.abs(v - q.value) <= 1;

/** Determiners before an ordinal whose noun is left out: "a late third", "his second". */
const ELLIPSIS_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its']);

/**
 * Values in sentences the base carries that the base gives nowhere, in any form: a figure, a date, a
 * place or a name out of nowhere ("sales of $5mn" where the base has $5bn and no $5mn, an invented
 * first name). A value that stands in place of another is the value checks' (they supersede this).
 */
function unsupportedValues(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>): Unsupported[] {
  const out: Unsupported[] = [];
  // ages, and bare numbers set off after a name ("Margaret Holt, 58, of Harrogate"), which ageAndCount reads as ages
  const baseAges = QUANTITY.mentions(ctx.facts.base).filter((q) => q.kind === 'age' || (q.kind === 'count' && !q.unit && /,\s*$/.test(ctx.base.norm.slice(Math.max(0, q.start - 2), q.start))));
  const ageGiven = (m: Placed): boolean => {
    const q = m as Quantity;
    if (q.kind !== 'age' && !(q.kind === 'count' && !q.unit)) return false;
    return sameAs(QUANTITY, q, ctx.revised, baseAges, ctx.base).length > 0;
  };
  // a figure or a date given in one base sentence together with another figure or date of the
  // revised sentence: the revised sentence draws on that base sentence, whatever its words ("a
  // 91-centimetre main laid in 1921 ruptured just after 6 o'clock" / "The 36-inch pipe, installed in
  // 1921, burst shortly after 6 a.m."); a value taken from elsewhere comes alone
  type Figure = { kind: ValueKind<Placed>; m: Placed; sentence: number };
  const figureKinds = [QUANTITY, DATE] as unknown as ValueKind<Placed>[];
  let revisedFigures: Map<number, Figure[]> | undefined;
  const baseSentencesOf = (x: Figure) => new Set(sameAs(x.kind, x.m, ctx.revised, x.kind.mentions(ctx.facts.base), ctx.base).map((b) => b.sentence));
  const givenTogether = (r: Placed): boolean => {
    revisedFigures ??= bySentence(figureKinds.flatMap((kind) => kind.mentions(ctx.facts.revised).map((m) => ({ kind, m, sentence: m.sentence }))));
    const own = revisedFigures.get(r.sentence) ?? [];
    const self = own.find((x) => x.m === r);
    if (!self) return false;
    const others = own.filter((x) => x.m !== r && (x.m.tokens[1] <= r.tokens[0] || x.m.tokens[0] >= r.tokens[1]));
    if (!others.length) return false;
    const mine = baseSentencesOf(self);
    return mine.size > 0 && others.some((x) => [...baseSentencesOf(x)].some((s) => mine.has(s)));
  };
  // `inForce`: the base gives the value for the thing by another way than binding
  const scan = <T extends Placed & { start: number; end: number }>(kind: ValueKind<T>, keep: (m: T) => boolean = () => true, inForce: (m: T) => boolean = () => false) => {
    const bm = kind.mentions(ctx.facts.base);
    // of a kind compared by signature, one answer per signature (an ordinal's is its own)
    const given = new Map<string, boolean>();
    const inBase = (r: T): boolean => {
      const sig = kind.signature?.(r);
      let v = sig === undefined ? undefined : given.get(sig);
      if (v === undefined) {
        v = someSame(kind, r, ctx.revised, bm, ctx.base, (b) => sameSort(r, b));
        if (sig !== undefined) given.set(sig, v);
      }
      return v;
    };
    for (const r of kind.mentions(ctx.facts.revised)) {
      if (!ctx.alignment.supports[r.sentence]!.length || !keep(r)) continue;
      if (inBase(r)) {
        // the base gives it, but for something else: no support (a figure or a date taken from another sentence);
        // an age is its person's wherever it stands ("Luiz Costa, 21," / "The 21-year-old has agreed")
        if (attribute(kind) && !ageGiven(r) && !boundSupport(ctx, kind, r) && !inForce(r) && !givenTogether(r)) out.push({ kind: kind.id, m: r, elsewhere: true });
        continue;
      }
      // the base writes the same words, read there as something else ("the WhatsApp group")
      if (kind.id !== 'quantity' && wordsIn(ctx.base.norm, ctx.revised.norm.slice(r.start, r.end))) continue;
      out.push({ kind: kind.id, m: r, elsewhere: false });
    }
  };
  // "one", "a": too common as words to stand for a figure
  // "a month earlier", "a year ago": the time of another event said from this one, no figure of its own
  const relativeTime = (q: Quantity) =>
    q.kind === 'duration' && /^(a|an|one)$/.test(ctx.revised.tokens[q.tokens[0]]!.lower) && RELATIVE_AFTER.has(ctx.revised.tokens[q.tokens[1]]?.lower ?? '');
  // "six hours a day", "£5 a week": the unit of a rate after a figure, no length of time of its own
  const quantities = QUANTITY.mentions(ctx.facts.revised);
  const rate = (q: Quantity) =>
    q.kind === 'duration' && /^(a|an|per)$/.test(ctx.revised.tokens[q.tokens[0]]!.lower) && q.tokens[1] - q.tokens[0] === 2 && quantities.some((x) => x !== q && x.sentence === q.sentence && x.tokens[1] === q.tokens[0]);
  // "added a late third", "his second": an ordinal standing for a noun left out counts a thing the
  // sentence does not name (the goal of a result the base gives as a score), no figure of its own
  const elliptical = (q: Quantity) => {
    if (q.kind !== 'ordinal' || q.head !== undefined) return false;
    const next = ctx.revised.tokens[q.tokens[1]];
    if (next && next.sentence === q.sentence && (next.content || next.lower === 'of')) return false;
    const [a] = ctx.revised.sentenceTokens[q.sentence]!;
    for (let k = q.tokens[0] - 1; k >= Math.max(a, q.tokens[0] - 2); k--) if (ELLIPSIS_DETERMINERS.has(ctx.revised.tokens[k]!.lower)) return true;
    return false;
  };
  scan(QUANTITY, (q) => !(q.kind === 'count' && q.value <= 1) && !(q.kind === 'ordinal' && q.value <= 1) && !relativeTime(q) && !rate(q) && !elliptical(q) && !runGiven(ctx, q) && !oneUnitGiven(ctx, q) && !tallyGiven(ctx, q) && !centuryGiven(ctx, q) && !yearPartGiven(ctx, q) && !rankGiven(ctx, q) && !dayGiven(ctx, q) && !changeGiven(ctx, q) && !spanGiven(ctx, q) && !tallySide(ctx, q) && !medalGiven(ctx, q));
  // relative dates ("this year") shift with the day of writing
  let baseDates: Map<number, DateMention[]> | undefined;
  scan(DATE, (d) => d.relative === undefined && !rangeEndGiven(ctx, d) && !weekRunGiven(ctx, d), (d) => timeInForce(ctx, (baseDates ??= bySentence(DATE.mentions(ctx.facts.base))), d));
  // a person's country the base gives by its people ("Kenyan runner Faith Chebet" / "Faith Chebet of Kenya")
  // and a country the base names by its people ("Swiss glaciers" / "Switzerland's glaciers")
  scan(PLACE, (p) => !nationalityGiven(ctx.facts.base, ctx.facts.revised, p) && !nationsOf(ctx.facts.base).has(p.key));
  // a name of unknown kind counts when it is a code with digits ("SARS-CoV-4"): those are never common words
  scan(NAME, (e) => e.kind !== 'other' || /\p{L}.*\d|\d.*\p{L}/u.test(e.text));
  out.push(...addedFirstNames(ctx));
  return out;
}

/**
 * First names the base never gives, added to a person it names by surname alone ("a man named
 * Kowalski" / "Adam Kowalski"): the name is the same person's, the first name is new.
 */
function addedFirstNames(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>): Unsupported[] {
  const out: Unsupported[] = [];
  // the base's persons' last words: of those named by one word, and of those named by more
  const surnames = new Set<string>();
  const withFirstNames = new Set<string>();
  for (const b of ctx.facts.base.people.entities) {
    const n = b.tokens[1] - b.tokens[0];
    if (b.kind !== 'person' || n < 1) continue;
    (n === 1 ? surnames : withFirstNames).add(ctx.base.tokens[b.tokens[1] - 1]!.lower);
  }
  for (const r of ctx.facts.revised.people.entities) {
    if (r.kind !== 'person' || r.tokens[1] - r.tokens[0] < 2 || !ctx.alignment.supports[r.sentence]!.length) continue;
    const first = ctx.revised.tokens[r.tokens[0]]!;
    const last = ctx.revised.tokens[r.tokens[1] - 1]!;
    if (!first.capitalized || first.text.length < 2 || /\.$/.test(first.text)) continue;
    // the base names the person by surname only, and gives the first name nowhere
    if (!surnames.has(last.lower) || withFirstNames.has(last.lower) || wordsIn(ctx.base.norm, first.text)) continue;
    out.push({ kind: 'name', m: { sentence: r.sentence, tokens: [r.tokens[0], r.tokens[0] + 1], start: first.start, end: first.end }, elsewhere: false });
  }
  return out;
}

/**
 * A test of whether the revised figure standing on a token is given by the base, in any form; the
 * revision's figures are grouped by sentence once.
 */
function figureGiven(ctx: Pick<CheckContext, 'base' | 'revised' | 'facts'>): (t: Token) => boolean {
  let revised: Map<number, Quantity[]> | undefined;
  return (t) => {
    revised ??= bySentence(QUANTITY.mentions(ctx.facts.revised));
    const bm = QUANTITY.mentions(ctx.facts.base);
    // the figure itself, or the words of an age, a length of time or an amount written around it ("the
    // 24-year-old" / "the striker, 24,"; "a decade" / "ten years"; "million dollars" / "$12.5 million")
    // and the word a result names itself by ("a 27-19 victory" / "beat them 27-19")
    const result = (q: Quantity) => q.kind === 'score' && RESULT_AFTER.has(t.lower) && ctx.revised.tokens[q.tokens[1]] === t;
    const on = (revised.get(t.sentence) ?? []).filter((q) => (q.start <= t.start && t.start < q.end && (t.number !== undefined || q.kind !== 'count')) || result(q));
    return on.some((q) => sameAs(QUANTITY, q, ctx.revised, bm, ctx.base).length > 0);
  };
}

/**
 * The base sentences hold an opposite of revised token j with the other polarity: a negated opposite
 * ("not ... directly" for "roundabout") or, when the revised word is negated, a plain one ("acquitted"
 * for "found not guilty").
 */
function negatedOpposite(ctx: Pick<CheckContext, 'base' | 'revised' | 'facts'>, sentences: number[], j: number): boolean {
  const word = ctx.revised.tokens[j]!.lower;
  const rNeg = negatedAt(ctx.facts.revised.stances, ctx.revised, j);
  for (const s of sentences) {
    const [a, z] = ctx.base.sentenceTokens[s]!;
    for (let i = a; i < z; i++) if (opposite(ctx.base.tokens[i]!.lower, word) && negatedAt(ctx.facts.base.stances, ctx.base, i) !== rNeg) return true;
  }
  return false;
}

/** claim-added: content of the revised telling with no support in the base. */
export const claimAdded: Check = {
  meta: {
    id: 'claim-added',
    description: 'content with no support in the base',
    severity: 'notable',
    profiles: { faithful: 'material' },
    docs: 'docs/checks/claim-added.md',
  },
  run(ctx) {
    for (const u of uncarried('revised', ctx)) {
      const text = ctx.revised.norm.slice(u.start, u.end);
      ctx.report({
        message: u.scope === 'sentence' ? `New content with no support in the base: "${text}"` : `New clause with no support in the base: "${text}"`,
        revised: { start: u.start, end: u.end },
        data: { scope: u.scope, sentence: u.sentence, coverage: round(u.coverage) },
      });
    }
    // a value the base gives nowhere, or only for something else
    for (const { kind, m, elsewhere } of unsupportedValues(ctx)) {
      const text = ctx.revised.norm.slice(m.start, m.end);
      ctx.report({
        message: `A ${kind === 'quantity' ? 'figure' : kind} the base gives ${elsewhere ? 'only for something else' : 'nowhere'}: "${text}"`,
        revised: { start: m.start, end: m.end },
        data: { scope: 'value', kind, sentence: m.sentence, revised: text, ...(elsewhere ? { elsewhere: true } : {}) },
      });
    }
    // a detail the base never gives, added to a sentence it otherwise carries
    const given = figureGiven(ctx);
    for (const t of detailInsertions(ctx.base, ctx.revised, ctx.alignment, (sentences, j) => negatedOpposite(ctx, sentences, j))) {
      // a figure the base gives in another form ("the 19-year-old" / "the striker, 19,") is no new detail,
      // nor are the words of the age around it
      if (given(t)) continue;
      // an acronym of a name the base writes in full ("the BMA" / "the British Medical Association")
      if (/^\p{Lu}{2,6}$/u.test(t.text) && acronymsIn(ctx.base, ctx.facts.base.people.entities).has(t.lower)) continue;
      ctx.report({
        message: `Detail with no support in the base: "${t.text}"`,
        revised: { start: t.start, end: t.end },
        data: { scope: 'detail', sentence: t.sentence, revised: t.text },
      });
    }
    // a detail the base does not have, standing where the base had another thing of the same kind
    for (const d of detailSwaps(ctx.base, ctx.revised, ctx.alignment)) {
      ctx.report({
        message: `Detail with no support in the base: "${d.revised.text}" where the base has "${d.base.text}"`,
        base: { start: d.base.start, end: d.base.end },
        revised: { start: d.revised.start, end: d.revised.end },
        data: { scope: 'detail', sentence: d.revised.sentence, base: d.base.text, revised: d.revised.text },
      });
    }
  },
};
