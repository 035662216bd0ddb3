/**
 * Dates and times: weekdays, months, days of the month, years, and relative expressions ("last week",
 * "yesterday"), in the common news forms ("Jan. 5", "5 January 2023", "January 5, 2023", "2023-01-05",
 * "on Saturday", "Saturday's meetings", "in July").
 */
import type { Doc } from '../types.js';
import { scanSentences } from './scan.js';
import { DAY_PARTS, HOUR_WORDS, MONTHS, O_CLOCK, RELATIVE_DAYS, RELATIVE_MODIFIERS, RELATIVE_UNITS, WEEKDAYS } from '../data/dates.js';
import { UNITS } from '../data/numbers.js';

export interface DateMention {
  sentence: number;
  /** normalized offsets */
  start: number;
  end: number;
  tokens: [number, number];
  weekday?: number;
  day?: number;
  month?: number;
  year?: number;
  /** relative expression: "last week" -> "week:-1", "yesterday" -> "day:-1" */
  relative?: string;
  /** "morning", "night" */
  part?: string;
  /** a time of day, in minutes after midnight: "12:30pm" is 750 */
  time?: number;
  /** "4:00", "12.30": no am or pm, and an hour a twelve-hour clock also has */
  halfDay?: boolean;
}

const isYear = (text: string): boolean => /^(1[89]\d\d|20\d\d|2100)$/.test(text);

export function dates(doc: Doc): DateMention[] {
  return scanSentences(doc, (i, a, b, si) => readDate(doc, i, a, b, si));
}

function readDate(doc: Doc, i: number, a: number, b: number, si: number): DateMention | undefined {
  const tok = (k: number) => (k < b ? doc.tokens[k] : undefined);
  const t = doc.tokens[i]!;
  const lower = t.lower.replace(/\.$/, '');
  const d: Partial<DateMention> = {};
  let next = i;
  const capital = /^\p{Lu}/u.test(t.text);
  // ISO date 2023-01-05 is split into 2023, 01, 05 by the tokenizer (hyphens split words)
  if (isYear(t.text) && tok(i + 2) && /^\d\d$/.test(tok(i + 1)!.text) && /^\d\d$/.test(tok(i + 2)!.text) && doc.norm[t.end] === '-') {
    return mention(doc, si, i, i + 3, { year: Number(t.text), month: Number(tok(i + 1)!.text), day: Number(tok(i + 2)!.text) });
  }
  if (capital && lower in WEEKDAYS && !(lower === 'sun' || lower === 'sat' || lower === 'wed') ) {
    d.weekday = WEEKDAYS[lower];
    next = i + 1;
    // "Saturday, Jan. 5"
    const m = tok(next);
    if (m && m.lower.replace(/\.$/, '') in MONTHS && /^\p{Lu}/u.test(m.text)) return withMonth(doc, si, i, next, b, d);
    const p = tok(next);
    if (p && DAY_PARTS.has(p.lower)) {
      d.part = p.lower;
      next++;
    }
    return mention(doc, si, i, next, d);
  }
  if (capital && lower in MONTHS) {
    const full = /^(january|february|march|april|june|july|august|september|october|november|december)$/.test(lower);
    const abbreviated = !full && lower !== 'may' && (doc.norm[t.end] === '.' || /^\d/.test(tok(i + 1)?.text ?? ''));
    if (full || abbreviated || (lower === 'may' && monthContext(doc, i, a, b))) return withMonth(doc, si, i, i, b, d);
  }
  // "5 January 2023"
  if (/^\d{1,2}$/.test(t.text) && Number(t.text) <= 31) {
    const m = tok(i + 1);
    if (m && /^\p{Lu}/u.test(m.text) && m.lower.replace(/\.$/, '') in MONTHS && (m.lower !== 'may' || m.text === 'May')) {
      d.day = Number(t.text);
      d.month = MONTHS[m.lower.replace(/\.$/, '')];
      next = i + 2;
      const y = tok(next);
      if (y && isYear(y.text)) {
        d.year = Number(y.text);
        next++;
      }
      return mention(doc, si, i, next, d);
    }
  }
  if (isYear(t.text) && t.number !== undefined) {
    // a year: "in 2022", "2022 invasion"; not "2,022" (the tokenizer keeps commas in numbers)
    return mention(doc, si, i, i + 1, { year: Number(t.text) });
  }
  // "18 minutes to midnight", "half past six", "a quarter to nine"
  const told = relativeClock(doc, i, b);
  if (told) return mention(doc, si, i, told.next, { time: told.minutes, ...(told.halfDay ? { halfDay: true } : {}) });
  // "noon", "midday", "midnight": times of day by name
  if ((lower === 'noon' || lower === 'midday' || lower === 'midnight') && i > a && ['at', 'by', 'until', 'till', 'before', 'after', 'from', 'around', 'about', 'to'].includes(doc.tokens[i - 1]!.lower)) {
    return mention(doc, si, i, i + 1, { time: lower === 'midnight' ? 0 : 720 });
  }
  const clock = readClock(doc, i, b);
  if (clock) return mention(doc, si, i, clock.next, { time: clock.minutes, ...(clock.halfDay ? { halfDay: true } : {}) });
  if (lower in RELATIVE_DAYS) return mention(doc, si, i, i + 1, { relative: 'day:' + RELATIVE_DAYS[lower] });
  if (lower in RELATIVE_MODIFIERS && tok(i + 1) && RELATIVE_UNITS.has(tok(i + 1)!.lower)) {
    return mention(doc, si, i, i + 2, { relative: tok(i + 1)!.lower + ':' + RELATIVE_MODIFIERS[lower] });
  }
  return undefined;
}

/**
 * A time told from an hour: "18 minutes to midnight" (23:42), "half past six", "a quarter to nine",
 * "ten past 3"; the minutes, "to" or "past", then an hour in digits or words, "midnight" or "noon".
 */
export function relativeClock(doc: Doc, i: number, b: number): { minutes: number; next: number; halfDay: boolean } | undefined {
  const at = (k: number) => (k < b ? doc.tokens[k]!.lower : '');
  let k = i;
  let minutes: number | undefined;
  if (at(k) === 'a' && at(k + 1) === 'quarter') k++;
  if (at(k) === 'quarter') minutes = 15;
  else if (at(k) === 'half') minutes = 30;
  else {
    const w = at(k);
    const n = /^\d{1,2}$/.test(w) ? Number(w) : UNITS[w];
    if (n === undefined || n < 1 || n > 59 || !Number.isInteger(n)) return undefined;
    minutes = n;
    if (at(k + 1) === 'minutes' || at(k + 1) === 'minute') k++;
  }
  const way = at(k + 1);
  if (way !== 'to' && way !== 'past') return undefined;
  const h = at(k + 2);
  let hour: number;
  let halfDay = true;
  if (h === 'midnight') [hour, halfDay] = [24, false];
  else if (h === 'noon' || h === 'midday') [hour, halfDay] = [12, false];
  else if (/^\d{1,2}$/.test(h) && Number(h) >= 1 && Number(h) <= 12) hour = Number(h);
  else if (HOUR_WORDS.has(h)) hour = UNITS[h]!;
  else return undefined;
  // a plain number before "to" or "past" and an hour is a time only with "minutes" after it, or with a
  // word of time before it ("at ten past six"; "won 34 to six" is a score)
  const plain = minutes !== 15 && minutes !== 30 && !/^minutes?$/.test(at(k));
  const before = (n: number) => (i >= n && doc.tokens[i - n]!.sentence === doc.tokens[i]!.sentence ? doc.tokens[i - n]!.lower : '');
  if (plain && !BEFORE_TIME.has(before(1))) return undefined;
  // "voted by 41 to 12", "approved the plan by 41 to 12": a tally after a verb of voting or winning
  // (in digits, 15 and 30 too: "voted by 30 to 9")
  if ((plain || /^\d/.test(at(i))) && before(1) === 'by' && [2, 3, 4, 5].some((n) => TALLY_VERBS.has(before(n)))) return undefined;
  // one run of words ("34, to six years" is no time), and the hour no count of a thing after it
  for (let m = i + 1; m <= k + 2; m++) if (doc.norm.slice(doc.tokens[m - 1]!.end, doc.tokens[m]!.start) !== ' ') return undefined;
  let next = k + 3;
  if (O_CLOCK.test(at(next))) next++;
  else if (next < b && doc.tokens[next]!.content && /^\p{Ll}/u.test(doc.tokens[next]!.text) && !DAY_PARTS_AFTER.has(at(next))) return undefined;
  const total = (way === 'to' ? hour * 60 - minutes : hour * 60 + minutes) % (24 * 60);
  return { minutes: total, next, halfDay };
}

/** Words after a time of day that leave it one: "half past six tonight", "... local time". */
const DAY_PARTS_AFTER = new Set(['tonight', 'morning', 'afternoon', 'evening', 'local', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.']);

const MERIDIEM = /^(am|pm|a\.m|p\.m|a\.m\.|p\.m\.)$/;
const ZONES = /^(gmt|bst|utc|cet|cest|est|edt|pst|pdt|local)$/;
/** Verbs a tally follows with "by": "voted by 41 to 12", "carried by 30 to 9". */
const TALLY_VERBS = new Set(['voted', 'vote', 'votes', 'won', 'win', 'wins', 'lost', 'beat', 'beaten', 'passed', 'carried', 'approved', 'rejected', 'backed', 'defeated', 'endorsed']);
const BEFORE_TIME = new Set(['at', 'from', 'until', 'till', 'by', 'between', 'to', 'and', 'before', 'after', 'around', 'about', 'from']);

/**
 * A time of day: "12:30", "12:30pm", "3pm", "3 p.m.", "13.00 GMT", "from 13.00 to 14.00" (a dotted
 * time needs a meridiem, a zone, or a word of time before it, so that "13.00" alone stays a number).
 */
function readClock(doc: Doc, i: number, b: number): { minutes: number; next: number; halfDay: boolean } | undefined {
  const t = doc.tokens[i]!;
  const next = i + 1 < b ? doc.tokens[i + 1] : undefined;
  const gapTo = (u: { start: number }) => doc.norm.slice(t.end, u.start);
  // "nine o'clock": an hour in words
  const word = HOUR_WORDS.has(t.lower) ? UNITS[t.lower] : undefined;
  if (word !== undefined && next && O_CLOCK.test(next.lower) && gapTo(next) === ' ') return { minutes: word * 60, next: i + 2, halfDay: true };
  if (t.number === undefined) return undefined;
  let hours: number;
  let minutes = 0;
  let k = i + 1;
  let dotted = false;
  const hm = /^(\d{1,2})\.(\d\d)$/.exec(t.text);
  if (/^\d{1,2}$/.test(t.text) && next && gapTo(next) === ':' && /^\d\d$/.test(next.text)) {
    // "2:21:30": hours, minutes and seconds of a time taken (a race, a flight), no time of day, read
    // from its start or from its minutes
    const third = i + 2 < b ? doc.tokens[i + 2] : undefined;
    if (third && doc.norm.slice(next.end, third.start) === ':' && /^\d\d$/.test(third.text)) return undefined;
    const before = i > 0 ? doc.tokens[i - 1] : undefined;
    if (before && before.sentence === t.sentence && doc.norm.slice(before.end, t.start) === ':' && /^\d+$/.test(before.text)) return undefined;
    hours = Number(t.text);
    minutes = Number(next.text);
    k = i + 2;
  } else if (hm) {
    hours = Number(hm[1]);
    minutes = Number(hm[2]);
    dotted = true;
  } else if (/^\d{1,2}$/.test(t.text)) hours = Number(t.text);
  else return undefined;
  if (hours > 24 || minutes > 59) return undefined;
  const after = k < b ? doc.tokens[k] : undefined;
  const meridiem = after && MERIDIEM.test(after.lower) && doc.norm.slice(doc.tokens[k - 1]!.end, after.start).length <= 1 ? after.lower[0] : undefined;
  // a zone right after the time ("3.00 GMT"); "local" only before "time" (not "November 4, Local Government Minister")
  const zone = after && ZONES.test(after.lower) && doc.norm.slice(doc.tokens[k - 1]!.end, after.start) === ' ' && (after.lower !== 'local' || (k + 1 < b && doc.tokens[k + 1]!.lower === 'time'));
  const before = i > 0 && doc.tokens[i - 1]!.sentence === t.sentence ? doc.tokens[i - 1]!.lower : '';
  const colon = k === i + 2;
  // "6 o'clock": an hour of a twelve-hour clock
  if (!dotted && !colon && after && O_CLOCK.test(after.lower) && hours >= 1 && hours <= 12) return { minutes: hours * 60, next: k + 1, halfDay: true };
  // "15.00 - 16.00": two dotted times joined by a dash
  const dottedAt = (x: number) => x >= 0 && x < doc.tokens.length && /^\d{1,2}\.\d\d$/.test(doc.tokens[x]!.text) && doc.tokens[x]!.sentence === t.sentence;
  const dash = (x: number, y: number) => /^\s*-\s*$/.test(doc.norm.slice(doc.tokens[x]!.end, doc.tokens[y]!.start));
  const span = dotted && ((dottedAt(i + 1) && dash(i, i + 1)) || (dottedAt(i - 1) && dash(i - 1, i)));
  if (!meridiem && !zone && !colon && !(dotted && (BEFORE_TIME.has(before) || span))) return undefined;
  // a figure of what it counts, "by 0.25 percentage points", "to 12.50 euros": no time of day
  if (dotted && !meridiem && !zone && after && after.content && /^\p{Ll}/u.test(after.text)) return undefined;
  const halfDay = !meridiem && hours >= 1 && hours <= 12;
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  return { minutes: hours * 60 + minutes, next: meridiem || zone ? k + 1 : k, halfDay };
}

/** "may" is a month only near a day, a year or "in"/"on"/"since"/"until". */
function monthContext(doc: Doc, i: number, a: number, b: number): boolean {
  const prev = i > a ? doc.tokens[i - 1]!.lower : '';
  const next = i + 1 < b ? doc.tokens[i + 1]! : undefined;
  return ['in', 'on', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'of'].includes(prev) || Boolean(next && /^\d/.test(next.text));
}

function withMonth(doc: Doc, si: number, start: number, i: number, b: number, d: Partial<DateMention>): DateMention {
  const t = doc.tokens[i]!;
  d.month = MONTHS[t.lower.replace(/\.$/, '')];
  let next = i + 1;
  const day = next < b ? doc.tokens[next]! : undefined;
  // "May 12", "Jan. 5"; not "21 May, 12:30pm" (a comma between them) nor the hour of "May 12:30"
  const dayGap = day ? doc.norm.slice(t.end, day.start) : '';
  if (day && /^\d{1,2}(st|nd|rd|th)?$/.test(day.text) && parseInt(day.text, 10) <= 31 && /^\.?\s+$/.test(dayGap) && !readClock(doc, next, b)) {
    d.day = parseInt(day.text, 10);
    next++;
  }
  const y = next < b ? doc.tokens[next]! : undefined;
  if (y && isYear(y.text)) {
    d.year = Number(y.text);
    next++;
  }
  return mention(doc, si, start, next, d);
}

function mention(doc: Doc, si: number, first: number, next: number, d: Partial<DateMention>): DateMention {
  return {
    sentence: si,
    start: doc.tokens[first]!.start,
    end: doc.tokens[next - 1]!.end,
    tokens: [first, next],
    ...d,
  };
}

const FIELDS = ['weekday', 'day', 'month', 'year', 'relative', 'time'] as const;

/** Two mentions conflict when a field both give differs (a weekday against a weekday, ...). */
/** Two values of one field are equal; a time without am or pm is equal to the same time twelve hours on. */
function equalField(a: DateMention, b: DateMention, f: (typeof FIELDS)[number]): boolean {
  if (a[f] === b[f]) return true;
  return f === 'time' && (a.halfDay || b.halfDay) === true && a.time! % 720 === b.time! % 720;
}

export function conflicts(a: DateMention, b: DateMention): string[] {
  const out: string[] = [];
  for (const f of FIELDS) if (a[f] !== undefined && b[f] !== undefined && !equalField(a, b, f)) out.push(f);
  return out;
}

/** Parts of the day that news uses for one another: "Saturday evening" and "Saturday night" are one time. */
const PART_GROUP: Record<string, string> = { morning: 'morning', afternoon: 'afternoon', evening: 'night', night: 'night', overnight: 'night' };

/** The part of the day a mention gives, as agrees() compares it ("evening" and "night" are one), or undefined. */
export function partOfDay(d: DateMention): string | undefined {
  return d.part === undefined ? undefined : PART_GROUP[d.part];
}

/**
 * Two mentions agree when they share a field and no shared field differs. A part of the day both
 * give must agree too ("Sunday morning" does not state "Sunday night"), though it alone is no
 * change: "Sunday" and "Sunday night" agree.
 */
export function agrees(a: DateMention, b: DateMention): boolean {
  if (a.part && b.part && partOfDay(a) !== partOfDay(b)) return false;
  let shared = 0;
  for (const f of FIELDS) {
    if (a[f] === undefined || b[f] === undefined) continue;
    if (!equalField(a, b, f)) return false;
    shared++;
  }
  return shared > 0;
}

/** `a` says all that `b` says: every field `b` gives, `a` gives too ("14 November" of "November", not the reverse). */
export function covers(a: DateMention, b: DateMention): boolean {
  return FIELDS.every((f) => b[f] === undefined || a[f] !== undefined);
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A normalized, readable form: "Saturday", "2023-02-24", "February 2022", "week:-1". */
export function describe(d: DateMention): string {
  const parts: string[] = [];
  if (d.weekday) parts.push(WEEKDAY_NAMES[d.weekday]!);
  if (d.year && d.month && d.day) parts.push(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);
  else {
    if (d.month) parts.push(MONTH_NAMES[d.month]! + (d.day ? ' ' + d.day : ''));
    if (d.year) parts.push(String(d.year));
  }
  if (d.relative) parts.push(d.relative);
  if (d.part) parts.push(d.part);
  if (d.time !== undefined) parts.push(`${String(Math.floor(d.time / 60)).padStart(2, '0')}:${String(d.time % 60).padStart(2, '0')}`);
  return parts.join(' ');
}
