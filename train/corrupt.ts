/**
 * Corruptions: one edit inside one sentence that makes it wrong against the base. Each generator
 * lists every site of a sentence it can corrupt, with the replacement it would write (chosen with
 * the given PRNG), as a Proposal: replace [start, end) of the sentence by `text`. A generator only
 * proposes what a careful editor would call a change of fact, and skips a site when unsure.
 *
 * No generator touches words inside a quotation except quote-altered, which only edits inside one.
 */
import { COUNTRIES } from '../src/data/places.js';
import { REPORTING_VERBS } from '../src/data/hedges.js';
import { TITLES, TITLE_SYNONYMS } from '../src/data/titles.js';
import { disjoint, type ArticleInfo, type Entity, type Mention, type SentenceInfo } from './entities.js';
import { AUXILIARIES, BE, CONTRACTIONS, HAVE, MODALS, isParticiple, pastBase, pastOf, thirdPerson } from './grammar.js';
import type { Rng } from './rng.js';
import {
  AGE_NOUNS, AGE_RANGE, ANTONYMS, ANTONYM_BLOCKED, ASYMMETRIC_VERBS, CAUSE_DETAILS, CITIES, GENERIC_SPEAKERS,
  HEDGEABLE_NOUNS, HEDGE_ADJECTIVES, HEDGE_ADVERBS, HEDGE_WORDS, MANNER_DETAILS, MONTH_NAMES, NOUN_DETAILS,
  PASSIVE_VERBS, ROLE_GROUPS, ROLE_QUALIFIERS, SAME_ROLES, SMALL_NUMBERS, TENS, US_STATES, WEEKDAY_NAMES,
} from './tables.js';
import { article, findPhrase, likeCase, namePools, overlaps, phraseMatcher, regex, words, type Token } from './text.js';

export const CORRUPTIONS = [
  'name-swap', 'number-change', 'date-change', 'place-swap', 'pronoun-swap', 'role-change', 'negation-added',
  'negation-removed', 'antonym', 'participant-swap', 'detail-added', 'quote-altered', 'speaker-changed',
  'hedge-added', 'hedge-removed',
] as const;
export type CorruptionType = (typeof CORRUPTIONS)[number];

/** Replace [start, end) of the sentence by `text`. */
export interface Proposal {
  start: number;
  end: number;
  text: string;
  kind: string;
}

/** Where a generator may edit: [start, end) of the sentence. */
type Allowed = (start: number, end: number) => boolean;

interface Ctx {
  s: SentenceInfo;
  a: ArticleInfo;
  rng: Rng;
  allowed: Allowed;
  /** the part of the sentence the generator reads (the whole sentence, or a quotation's words) */
  from: number;
  to: number;
}

type Generator = (c: Ctx) => Proposal[];

/** Every proposal of one type for a sentence. */
export function propose(type: CorruptionType, s: SentenceInfo, a: ArticleInfo, rng: Rng): Proposal[] {
  const allowed: Allowed = (x, y) => !overlaps(s.quotes, x, y);
  const ps = type === 'quote-altered' ? quoteAltered(s, a, rng) : GENERATORS[type]({ s, a, rng, allowed, from: 0, to: s.text.length });
  return ps.map((p) => fixArticle(s.text, p)).filter((p) => p.text !== s.text.slice(p.start, p.end));
}

/** "an Oregon bank" -> "a Florida bank": extends a proposal over the article before it when that must change. */
function fixArticle(text: string, p: Proposal): Proposal {
  const art = /\b(an?|An?) $/.exec(text.slice(0, p.start));
  if (!art || !/^[\p{L}\d]/u.test(p.text)) return p;
  const want = article(p.text);
  if (want === art[1]!.toLowerCase()) return p;
  const start = p.start - art[0].length;
  return { ...p, start, text: likeCase(art[1]!, want) + ' ' + p.text };
}

// --- shared helpers -------------------------------------------------------------------------------

const NEGATION_WORDS = /\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|failed|refused|declined|denied|no longer)\b|n['’]t\b/gi;
const negations = (text: string): number => (text.match(NEGATION_WORDS) ?? []).length;
const scope = (c: Ctx): string => c.s.text.slice(c.from, c.to);
const hedged = (c: Ctx): boolean => words(scope(c)).some((t) => HEDGE_WORDS.has(t.w.toLowerCase()));
const sentenceStart = (text: string, at: number): boolean => /^[\s"“‘'(]*$/.test(text.slice(0, at));

/** Tokens of the scope with their index, and the gap to the next token. */
function tokens(c: Ctx): Token[] {
  return words(c.s.text).filter((t) => t.start >= c.from && t.end <= c.to);
}
const spaced = (text: string, a: Token, b: Token): boolean => text.slice(a.end, b.start) === ' ';

/** A person-name replacement for an entity: another person of the article, or an invented one. */
function otherPerson(e: Entity, a: ArticleInfo, rng: Rng, full: boolean): string | undefined {
  const others = a.entities.filter(
    (o) => o.kind === 'person' && o.id !== e.id && disjoint(o, e) && (!o.gender || !e.gender || o.gender === e.gender),
  );
  const used = new Set(a.entities.flatMap((x) => [...x.tokens]));
  if (others.length && rng.chance(0.6)) {
    const o = rng.pick(others);
    return full ? `${o.first} ${o.last}` : o.last;
  }
  const pools = namePools();
  const gender = e.gender ?? (rng.chance(0.5) ? 'm' : 'f');
  for (let k = 0; k < 20; k++) {
    const first = rng.pick(gender === 'm' ? pools.m : pools.f);
    const last = rng.pick(pools.last);
    if (used.has(first.toLowerCase()) || used.has(last.toLowerCase())) continue;
    return full ? `${first} ${last}` : last;
  }
  return undefined;
}

/** An organisation replacement: another of the article with the same head, or an invented one. */
function otherOrg(e: Entity, a: ArticleInfo, rng: Rng): string | undefined {
  const others = a.entities.filter((o) => o.kind === 'org' && o.id !== e.id && o.head === e.head && disjoint(o, e));
  if (others.length && rng.chance(0.6)) return rng.pick(others).name;
  const used = new Set(a.entities.flatMap((x) => [...x.tokens]));
  const pools = namePools();
  for (let k = 0; k < 20; k++) {
    const w = rng.chance(0.5) ? rng.pick(pools.last) : rng.pick(CITIES);
    if (used.has(w.toLowerCase())) continue;
    return `${w} ${e.head}`;
  }
  return undefined;
}

const SPEAKER_AFTER = /^(?:,? (?:said|says|told|added|adds|stated|explained|explains|wrote|writes|confirmed|announced|insisted|noted|argued|recalled|admitted|acknowledged|tweeted|posted|was quoted|is quoted|has said|had said|later said|also said)\b|, [^,"“”]{2,60}, (?:said|says|told|added|wrote)\b)/;
const SPEAKER_BEFORE = /(?:\bsaid|\bsays|\baccording to|\badded|\btold)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;

/** True when the mention is the source of a statement in its sentence. */
export function isSpeaker(text: string, m: Mention): boolean {
  if (SPEAKER_AFTER.test(text.slice(m.end))) return true;
  // "said Larry Waldie of the department.", "said Harlan Boll, a spokesman": the name closes the attribution;
  // in "says Kirkpatrick, who had been fired, is accused" it opens the reported clause
  return SPEAKER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && /^(?:[.;!?]|,\s(?:a|an|the|his|her|their|\d)|,?$|\s(?:of|from)\b)/.test(text.slice(m.end));
}

// --- name-swap and speaker-changed ------------------------------------------------------------------

function swapMention(c: Ctx, m: Mention): Proposal | undefined {
  const e = c.a.entities[m.entity]!;
  let text: string | undefined;
  let kind: string;
  if (e.kind === 'person') {
    text = otherPerson(e, c.a, c.rng, m.full);
    kind = m.full ? 'person' : 'surname';
  } else if (e.kind === 'org') {
    text = otherOrg(e, c.a, c.rng);
    kind = 'organisation';
  } else return undefined;
  if (!text || text === m.text) return undefined;
  return { start: m.start, end: m.end, text, kind };
}

const nameSwap: Generator = (c) =>
  c.s.mentions
    .filter((m) => c.allowed(m.start, m.end) && c.a.entities[m.entity]!.kind !== 'place' && !isSpeaker(c.s.text, m))
    .map((m) => swapMention(c, m))
    .filter((p): p is Proposal => !!p);

const speakerChanged: Generator = (c) => {
  const out: Proposal[] = [];
  for (const m of c.s.mentions) {
    if (!c.allowed(m.start, m.end) || c.a.entities[m.entity]!.kind !== 'person' || !isSpeaker(c.s.text, m)) continue;
    const p = swapMention(c, m);
    if (p) out.push({ ...p, kind: 'named' });
  }
  for (const group of GENERIC_SPEAKERS) {
    for (const w of group) {
      for (const at of findPhrase(c.s.text, w, true)) {
        const end = at + w.length;
        if (!c.allowed(at, end) || !/^ (?:said|say|says|told)\b/.test(c.s.text.slice(end))) continue;
        const before = c.s.text.slice(0, at);
        if (!sentenceStart(c.s.text, at) && !/(?:, |\band |\bbut )$/.test(before)) continue; // "the police said": fine; "local police": not sure
        if (/\p{Lu}/u.test(c.s.text[at]!) && !sentenceStart(c.s.text, at)) continue;
        const to = c.rng.pick(group.filter((x) => x !== w));
        out.push({ start: at, end, text: likeCase(c.s.text.slice(at, end), to), kind: 'generic' });
      }
    }
  }
  return out;
};

// --- numbers ----------------------------------------------------------------------------------------

const NUMBER = /(?<![\p{L}\p{N}.,:/#-])([$£€])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\p{N}])/gu;
const LOWER_BOUND = /(?:more than|at least|over|upwards of|no fewer than|in excess of|just over)\s+$/i;
const UPPER_BOUND = /(?:up to|less than|fewer than|under|at most|no more than|as many as|as much as|just under)\s+$/i;
/** How an approximator before a number bounds it: 'up' (only larger values contradict it), 'down', or true. */
function bound(before: string): boolean | 'up' | 'down' {
  if (LOWER_BOUND.test(before)) return 'up';
  if (UPPER_BOUND.test(before)) return 'down';
  return APPROX.test(before);
}
const APPROX = /(?:about|around|nearly|almost|some|roughly|approximately|more than|at least|over|up to|less than|fewer than|as many as|an estimated|close to|under|just over|just under|estimated|upwards of)\s+$/i;
const MONTH_WORD = new RegExp(`(?:${MONTH_NAMES.join('|')}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_NAMES.join('|')})\\b`);

/** A different value for a number: far enough that no approximator can cover both. */
export function changeValue(v: number, decimals: number, approx: boolean | 'up' | 'down', percent: boolean, rng: Rng): number {
  for (let k = 0; k < 30; k++) {
    let n: number;
    if (decimals > 0) {
      const step = Math.max(Math.abs(v) * (approx ? 0.5 : 0.15), 10 ** -decimals * 3);
      n = v + (rng.chance(0.5) ? 1 : -1) * step * (1 + rng.next());
      n = Number(n.toFixed(decimals));
    } else if (v <= 10 && !approx) {
      n = v + rng.pick([-3, -2, -1, 1, 2, 3, 4, 5]);
    } else {
      const f = rng.chance(0.5) ? 1.5 + rng.next() * 1.5 : 0.3 + rng.next() * 0.35;
      n = v * f;
      const unit = v >= 1000 && v % 1000 === 0 ? 1000 : v >= 100 && v % 100 === 0 ? 100 : v >= 10 && v % 10 === 0 ? 10 : 1;
      n = Math.round(n / unit) * unit;
      if (v <= 10) n = Math.max(n, v + 3);
    }
    if (n <= 0 || n === v) continue;
    if (decimals === 0 && v >= 2 && n < 2) continue; // "two buildings" never becomes "one buildings"
    // a bound only changes the fact one way: "more than 50" is not contradicted by "more than 30"
    if ((approx === 'up' && n < v) || (approx === 'down' && n > v)) continue;
    if (percent && v <= 100 && n > 100) continue;
    if (!approx && decimals === 0 && v > 10 && Math.abs(n - v) / v < 0.15) continue;
    return n;
  }
  return v;
}

function formatNumber(n: number, like: string, decimals: number): string {
  const s = decimals > 0 ? n.toFixed(decimals) : String(n);
  if (!like.includes(',')) return s;
  const [i, d] = s.split('.');
  return i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d ? '.' + d : '');
}

const WORD_VALUES = new Map<string, number>([
  ...SMALL_NUMBERS.map((w, i) => [w, i] as [string, number]).filter(([, i]) => i >= 2),
  ...TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w),
]);
export function numberWord(n: number): string | undefined {
  if (n >= 0 && n < 20) return SMALL_NUMBERS[n];
  if (n < 100 && n % 10 === 0) return TENS[n / 10];
  return undefined;
}

/** Digit runs that are counts, amounts, percentages or ages (not years, times, dates or labels). */
export function numberSites(text: string, from = 0, to = text.length): Array<{ start: number; end: number; value: number; decimals: number; kind: string; approx: boolean | 'up' | 'down' }> {
  const out: Array<{ start: number; end: number; value: number; decimals: number; kind: string; approx: boolean | 'up' | 'down' }> = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index + (m[1] ? m[1].length : 0);
    const end = m.index + m[0].length;
    if (start < from || end > to) continue;
    const after = text.slice(end);
    const before = text.slice(0, m.index);
    const digits = m[2]!;
    const plain = digits.replace(/,/g, '');
    if (/^(?:st|nd|rd|th)\b/.test(after) || /^[:/]\d/.test(after) || /^-\d/.test(after) || /^\.\d/.test(after)) continue;
    if (/^\s?(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|GMT|EDT|EST|BST|UTC|CET|local time|hours? GMT)/i.test(after)) continue;
    if (/^\s(?:block|Freeway|Highway|Street|Avenue|Road|Route)\b/.test(after) || /^[A-Za-z]/.test(after)) continue;
    if (!m[1] && !m[3] && !digits.includes(',') && /^(?:1[89]\d\d|20\d\d)$/.test(plain) && !/^\s?(?:%|percent|per cent)/.test(after)) continue;
    if (MONTH_WORD.test(before) || MONTH_AFTER.test(after)) continue;
    if (/(?:No\.|no\.|number|#|Article|Section|Flight|Room|Channel)\s*$/.test(before)) continue;
    const prev = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    if (/^\p{Lu}/u.test(prev) && !sentenceStart(text, m.index - prev.length - 1) && !/^[$£€]/.test(prev)) continue;
    if (plain === '911' || plain === '0') continue;
    if (/\d, $/.test(before) || /^, \d{3}\b/.test(after)) continue; // "20, 000": a number split by detokenisation
    const value = Number(plain + (m[3] ? '.' + m[3] : ''));
    const percent = /^\s?(?:%|percent|per cent)/.test(after);
    const kind = m[1] ? 'money' : percent ? 'percent' : m[3] ? 'decimal' : /^-(?:year|month|week|day)-old/.test(after) || /,\s*$/.test(before) && /^,/.test(after) ? 'age' : 'count';
    if (value === 1 && !m[3] && !m[1] && !percent) continue; // "1 person" would become "3 person"
    out.push({ start, end, value, decimals: m[3]?.length ?? 0, kind, approx: bound(before) });
  }
  return out;
}

const numberChange: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  for (const site of numberSites(text, c.from, c.to)) {
    if (!c.allowed(site.start, site.end)) continue;
    const n = changeValue(site.value, site.decimals, site.approx, site.kind === 'percent', c.rng);
    if (n === site.value) continue;
    out.push({ start: site.start, end: site.end, text: formatNumber(n, text.slice(site.start, site.end), site.decimals), kind: site.approx ? 'approximate' : site.kind });
  }
  for (const [w, v] of WORD_VALUES) {
    for (const at of findPhrase(text, w, true)) {
      const end = at + w.length;
      if (at < c.from || end > c.to || !c.allowed(at, end)) continue;
      const before = text.slice(0, at);
      const after = text.slice(end);
      if (/(?:\p{L}+-|\d\s)$/u.test(before) || /^\s(?:or|to|and)\s/.test(after) || /\b(?:or|to)\s$/.test(before)) continue; // "two or three", ranges
      if (!/^ [a-z]/.test(after) && !/^ (?:hundred|thousand|million|billion)\b/.test(after)) continue;
      const approx = bound(before);
      let n = changeValue(v, 0, approx, false, c.rng);
      if (n >= 20 && n % 10 !== 0) n = Math.round(n / 10) * 10;
      const word = numberWord(n);
      if (!word || n === v || (v === 2 && /^ (?:of the|people|men|women)/.test(after) && n === 1)) continue;
      out.push({ start: at, end, text: likeCase(text.slice(at, end), word), kind: 'word' });
    }
  }
  return out;
};

// --- dates -----------------------------------------------------------------------------------------

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ordinal = (d: number) => d + (d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th');

const dateChange: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  const ok = (a: number, b: number) => a >= c.from && b <= c.to && c.allowed(a, b);
  for (const day of WEEKDAY_NAMES) {
    for (const at of findPhrase(text, day)) {
      const end = at + day.length;
      if (!ok(at, end)) continue;
      const prev = /(\S+)\s$/.exec(text.slice(0, at));
      if (prev && /^\p{Lu}/u.test(prev[1]!) && !sentenceStart(text, prev.index)) continue; // "Good Friday"
      out.push({ start: at, end, text: c.rng.pick(WEEKDAY_NAMES.filter((d) => d !== day)), kind: 'weekday' });
    }
  }
  MONTH_NAMES.forEach((month, mi) => {
    for (const at of findPhrase(text, month)) {
      const end = at + month.length;
      if (!ok(at, end)) continue;
      const after = text.slice(end);
      const before = text.slice(0, at);
      const dayM = /^ (\d{1,2})(st|nd|rd|th)?\b(?![:\d])/.exec(after);
      const yearM = /^,? (?:1[89]|20)\d\d\b/.test(after);
      const prep = /\b(?:in|of|since|until|last|next|early|late|mid|this|by|from|to|through|before|after|during)\s$/i.test(before);
      if (!dayM && !yearM && !(prep && month !== 'May')) continue;
      if (month === 'May' && !dayM && !yearM) continue;
      const d = dayM ? Number(dayM[1]) : 0;
      if (d > 31) continue;
      const choices = MONTH_NAMES.filter((m, i) => i !== mi && DAYS_IN_MONTH[i]! >= d && Math.abs(i - mi) >= 1);
      out.push({ start: at, end, text: c.rng.pick(choices), kind: 'month' });
      if (dayM && d >= 1) {
        const ds = end + 1;
        const de = ds + dayM[1]!.length + (dayM[2]?.length ?? 0);
        let nd = d;
        for (let k = 0; k < 20 && (Math.abs(nd - d) < 2); k++) nd = c.rng.range(1, 28);
        if (nd !== d && ok(ds, de)) out.push({ start: ds, end: de, text: dayM[2] ? ordinal(nd) : String(nd), kind: 'day' });
      }
    }
  });
  // "15 December"
  for (const m of text.matchAll(regex(`(?<![\\d.,:/-])(\\d{1,2}) (?=(?:${MONTH_NAMES.join('|')})\\b)`, 'g'))) {
    const d = Number(m[1]);
    const a = m.index;
    const b = a + m[1]!.length;
    if (d < 1 || d > 31 || !ok(a, b)) continue;
    let nd = d;
    for (let k = 0; k < 20 && Math.abs(nd - d) < 2; k++) nd = c.rng.range(1, 28);
    out.push({ start: a, end: b, text: String(nd), kind: 'day' });
  }
  for (const m of text.matchAll(/(?<![\d$£€.,:/#-])(19[5-9]\d|20[0-2]\d)(?![\d%:,.]\d|s\b|-\d|\d)/g)) {
    const a = m.index;
    const b = a + 4;
    if (!ok(a, b) || /(?:No\.|#)\s*$/.test(text.slice(0, a)) || /^\s?(?:%|percent)/.test(text.slice(b))) continue;
    if (/\b[\p{Lu}][\p{L}]+ $/u.test(text.slice(0, a)) && !MONTH_WORD.test(text.slice(0, a)) && !/\d,? $/.test(text.slice(0, a))) {
      // "Oregon 2013"? a label more likely than a year unless after a month or a date
      const prev = /(\S+) $/.exec(text.slice(0, a))?.[1] ?? '';
      if (!/^(?:In|Since|By|Until)$/.test(prev)) continue;
    }
    const y = Number(m[1]);
    const ny = y + c.rng.pick([-6, -4, -3, -2, -1, 1, 2, 3, 5]);
    out.push({ start: a, end: b, text: String(ny), kind: 'year' });
  }
  for (const w of ['today', 'yesterday', 'tomorrow']) {
    for (const at of findPhrase(text, w, true)) {
      const end = at + w.length;
      if (!ok(at, end)) continue;
      if (/\p{Lu}/u.test(text[at]!) && !sentenceStart(text, at)) continue;
      const to = c.rng.pick(['today', 'yesterday', 'tomorrow'].filter((x) => x !== w));
      out.push({ start: at, end, text: likeCase(text.slice(at, end), to), kind: 'relative' });
    }
  }
  for (const m of text.matchAll(/(?<![\d:.$])(\d{1,2})(?::(\d\d))?(?=\s?(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b))/gi)) {
    const h = Number(m[1]);
    if (h < 1 || h > 12 || !ok(m.index, m.index + m[1]!.length)) continue;
    let nh = h;
    for (let k = 0; k < 20 && Math.abs(nh - h) < 2; k++) nh = c.rng.range(1, 12);
    out.push({ start: m.index, end: m.index + m[1]!.length, text: String(nh), kind: 'time' });
  }
  for (const m of text.matchAll(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|this|last) (morning|afternoon|evening|night)\b/g)) {
    const part = m[1]!;
    const a = m.index + m[0].length - part.length;
    if (!ok(a, a + part.length)) continue;
    const to = c.rng.pick(['morning', 'afternoon', 'evening', 'night'].filter((p) => p !== part && !(part === 'evening' && p === 'night') && !(part === 'night' && p === 'evening')));
    out.push({ start: a, end: a + part.length, text: to, kind: 'part-of-day' });
  }
  return out;
};

// --- places -------------------------------------------------------------------------------------------

const STATE_NAMES = Object.keys(US_STATES).filter((s) => s !== 'Washington' && s !== 'Georgia');
/** Places written with "the": never a replacement (it would read "in Netherlands"). */
const THE_PLACES = new Set(['netherlands', 'philippines', 'united states', 'united kingdom', 'czech republic', 'united arab emirates', 'gaza strip', 'west bank', 'middle east', 'bahamas', 'hague', 'gambia', 'congo', 'sudan', 'ukraine', 'caucasus', 'balkans', 'sahel', 'sinai', 'golan', 'punjab']);
const COUNTRY_LIST = COUNTRIES.map((c) => c.name).filter((n) => !['Europe', 'Africa', 'Asia', 'Crimea', 'Gaza', 'Palestine', 'Georgia', 'Jordan'].includes(n) && !THE_PLACES.has(n.toLowerCase()));

const placeSwap: Generator = (c) => {
  const out: Proposal[] = [];
  const used = new Set(c.a.entities.flatMap((e) => [...e.tokens]));
  for (const m of c.s.mentions) {
    const e = c.a.entities[m.entity]!;
    if (e.kind !== 'place' || !c.allowed(m.start, m.end)) continue;
    const before = c.s.text.slice(0, m.start);
    if (/\bthe $/i.test(before) || THE_PLACES.has(m.text.toLowerCase())) continue;
    const here = new Set(c.s.mentions.map((x) => x.entity));
    const same = c.a.entities.filter((o) => o.kind === 'place' && o.placeClass === e.placeClass && !here.has(o.id) && disjoint(o, e) && !THE_PLACES.has(o.name.toLowerCase()));
    let to: string | undefined;
    if (same.length && c.rng.chance(0.6)) to = c.rng.pick(same).name;
    else {
      const pool = e.placeClass === 'state' ? STATE_NAMES : e.placeClass === 'country' ? COUNTRY_LIST : e.placeClass === 'city' ? CITIES : [];
      const free = pool.filter((p) => !p.toLowerCase().split(' ').some((w) => used.has(w)));
      if (free.length) to = c.rng.pick(free);
      else if (same.length) to = c.rng.pick(same).name;
    }
    if (!to || to === m.text) continue;
    out.push({ start: m.start, end: m.end, text: to, kind: e.placeClass! });
  }
  return out;
};

// --- pronouns ----------------------------------------------------------------------------------------

const PRONOUN_SWAPS: Record<string, string> = { he: 'she', she: 'he', his: 'her', him: 'her', himself: 'herself', herself: 'himself', hers: 'his' };

/** Antecedents that make "he" generic ("when a player is paid, he ..."): swapping its gender changes no fact. */
const GENERIC_ANTECEDENT = /\b(?:a|an|any|every|each|no) (?:player|person|man|woman|one|coach|director|student|reader|voter|worker|official|officer|fan|actor|actress|candidate|driver|user|member|parent|child|kid|patient|citizen|athlete|manager|owner|boxer|fighter)\b|\b(?:anyone|anybody|someone|somebody|everyone|everybody|nobody|whoever)\b/i;

const pronounSwap: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  if (/\b(?:he or she|she or he|his or her|her or his|him or her|he\/she|s\/he)\b/i.test(text) || GENERIC_ANTECEDENT.test(text)) return out;
  // the pronoun must have a named person to point at: one in this sentence or the two before
  const at = c.a.sentences.indexOf(c.s);
  const near = c.a.sentences.slice(Math.max(0, at - 2), at + 1);
  if (!near.some((s) => s.mentions.some((m) => c.a.entities[m.entity]!.kind === 'person'))) return out;
  for (const t of tokens(c)) {
    const l = t.w.toLowerCase();
    const to = PRONOUN_SWAPS[l];
    if (!to || !c.allowed(t.start, t.end)) continue;
    out.push({ start: t.start, end: t.end, text: likeCase(t.w, to), kind: `${l}-${to}` });
  }
  return out;
};

// --- roles --------------------------------------------------------------------------------------------

const sameRole = (a: string, b: string) =>
  a === b || TITLE_SYNONYMS.some((r) => r.includes(a) && r.includes(b)) || SAME_ROLES.some((r) => r.includes(a) && r.includes(b));
const ROLE_WORDS = [...new Set(ROLE_GROUPS.flatMap((g) => g.roles))].sort((a, b) => b.length - a.length);
const ROLE_SET = new Set(ROLE_WORDS);
const matchRoles = phraseMatcher(ROLE_WORDS, true);
const RANKS: ReadonlyArray<readonly string[]> = [['Capt.', 'Lt.', 'Sgt.', 'Maj.', 'Col.', 'Gen.', 'Cmdr.'], ['Gov.', 'Sen.', 'Rep.'], ['Det.', 'Sgt.', 'Lt.', 'Capt.']];
const ALL_TITLES = [...TITLES].sort((a, b) => b.length - a.length);

const roleChange: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  const taken: Array<[number, number]> = [];
  for (const { start: at, end, phrase: role } of matchRoles(text)) {
    {
      if (at < c.from || end > c.to || !c.allowed(at, end) || overlaps(taken, at, end)) continue;
      taken.push([at, end]);
      const surface = text.slice(at, end);
      const before = text.slice(Math.max(0, at - 40), at);
      const after = text.slice(end);
      const capital = /^\p{Lu}/u.test(surface);
      const nameAfter = /^ \p{Lu}\p{Ll}+/u.test(after);
      if (capital && !nameAfter && !sentenceStart(text, at)) continue;
      const personal = /\b(?:the|a|an|his|her|their|its|as|former|acting|deputy)\s+(?:[\p{L}'’-]+\s+)?$/iu.test(before) || /['’]s\s+(?:[\p{L}-]+\s+)?$/u.test(before) || nameAfter;
      if (!personal || /^['’]s\b|^-/.test(after) || /(?:vice|deputy|assistant|co|head|chief|senior|executive)[ -]$/i.test(before)) continue;
      const nextWord = /^ ([a-z]+)/.exec(after)?.[1];
      if (nextWord && (ROLE_SET.has(nextWord) || ALL_TITLES.includes(nextWord))) continue; // "the deputy mayor"
      const lower = role.toLowerCase();
      const groups = ROLE_GROUPS.filter((g) => g.roles.includes(lower));
      const choices = [...new Set(groups.flatMap((g) => g.roles))].filter((r) => !sameRole(r, lower));
      if (!choices.length) continue;
      let to = c.rng.pick(choices);
      to = capital ? to.replace(/(^|\s)\p{L}/gu, (x) => x.toUpperCase()) : to;
      // fix "a" / "an" before the title
      const art = /\b(a|an|A|An) $/.exec(text.slice(0, at));
      if (art && article(to) !== art[1]!.toLowerCase()) {
        const a0 = at - art[0].length;
        out.push({ start: a0, end, text: likeCase(art[1]!, article(to)) + ' ' + to, kind: 'title' });
      } else out.push({ start: at, end, text: to, kind: 'title' });
      // a qualifier added: "the mayor" -> "the former mayor"
      if (groups.some((g) => g.office) && /\bthe $/i.test(before) && !capital) {
        const q = c.rng.pick(ROLE_QUALIFIERS);
        out.push({ start: at - 4, end, text: text.slice(at - 4, at) + q + ' ' + surface, kind: 'qualifier-added' });
      }
    }
  }
  // a qualifier removed: "former president" -> "president"
  for (const m of text.matchAll(/\b(former|acting|interim|ex-)\s?/gi)) {
    const rest = text.slice(m.index + m[0].length).toLowerCase();
    const t = ALL_TITLES.find((x) => rest.startsWith(x) && !/^[\p{L}-]/u.test(rest.slice(x.length)));
    if (!t || !c.allowed(m.index, m.index + m[0].length + t.length) || m.index < c.from || m.index + m[0].length + t.length > c.to) continue;
    const start = m.index;
    const end = m.index + m[0].length + t.length;
    const art = /\b(an?|An?) $/.exec(text.slice(0, start));
    const core = text.slice(m.index + m[0].length, end);
    if (art && article(core) !== art[1]!.toLowerCase()) {
      out.push({ start: start - art[0].length, end, text: likeCase(art[1]!, article(core)) + ' ' + core, kind: 'qualifier-removed' });
    } else out.push({ start, end, text: /^\p{Lu}/u.test(m[0]) ? likeCase('X', core) : core, kind: 'qualifier-removed' });
  }
  // abbreviated ranks before a name: "Capt. Tom Tennant" -> "Lt. Tom Tennant"
  for (const m of text.matchAll(/\b(Capt|Lt|Sgt|Maj|Col|Gen|Cmdr|Gov|Sen|Rep|Det)\. (?=\p{Lu})/gu)) {
    const abbr = m[1] + '.';
    const a = m.index;
    const b = a + abbr.length;
    if (!c.allowed(a, b) || a < c.from) continue;
    const family = RANKS.find((r) => r.includes(abbr))!;
    out.push({ start: a, end: b, text: c.rng.pick(family.filter((x) => x !== abbr)), kind: 'abbreviation' });
  }
  return out;
};

// --- negation ---------------------------------------------------------------------------------------

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'we', 'it', 'who', 'police', 'officials', 'authorities', 'investigators', 'prosecutors']);
const FAILED_TO_VERBS = new Set(['arrest', 'stop', 'catch', 'save', 'find', 'win', 'reach', 'capture', 'attend', 'appear', 'pay', 'return', 'report', 'finish', 'secure', 'persuade', 'convince', 'prevent', 'contain', 'identify']);

/** Subject + past-tense verb sites: "Lohan admitted", "he returned". */
function subjectVerbSites(c: Ctx): Array<{ verb: Token; base: string }> {
  const toks = tokens(c);
  const mentionEnds = new Set(c.s.mentions.map((m) => m.end));
  const out: Array<{ verb: Token; base: string }> = [];
  for (let i = 1; i < toks.length; i++) {
    const v = toks[i]!;
    const prev = toks[i - 1]!;
    if (!/^[a-z]/.test(v.w) || !spaced(c.s.text, prev, v) || REPORTING_VERBS.has(v.w)) continue;
    if (!(SUBJECT_WORDS.has(prev.w.toLowerCase()) || mentionEnds.has(prev.end))) continue;
    const base = pastBase(v.w);
    if (!base || !c.allowed(prev.start, v.end)) continue;
    if (['be', 'have', 'do', 'say', 'tell'].includes(base)) continue;
    out.push({ verb: v, base });
  }
  return out;
}

const negationAdded: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  if (negations(scope(c)) > 0 || /\?["”]?$/.test(text.trim()) || /\b(?:whether|if|unless|either)\b/i.test(scope(c))) return out;
  const toks = tokens(c);
  for (let i = 0; i + 1 < toks.length; i++) {
    const aux = toks[i]!;
    const next = toks[i + 1]!;
    const l = aux.w.toLowerCase();
    if (!AUXILIARIES.has(l) || !spaced(text, aux, next) || !c.allowed(aux.start, aux.end) || !/^[a-z]/.test(next.w)) continue;
    if (['may', 'might'].includes(l)) continue;
    if (sentenceStart(text, aux.start)) continue; // a question, or an inverted clause
    if (HAVE.has(l)) {
      if (!isParticiple(next.w)) continue;
      const w = c.rng.chance(0.3) ? 'never' : 'not';
      out.push({ start: aux.start, end: aux.end, text: `${aux.w} ${w}`, kind: w });
    } else if (MODALS.has(l)) {
      if (/ly$/.test(next.w)) continue;
      out.push({ start: aux.start, end: aux.end, text: `${aux.w} not`, kind: 'not' });
    } else if (BE.has(l)) {
      if (/^(?:to|being|going)$/.test(next.w)) continue;
      const w = (l === 'is' || l === 'are') && c.rng.chance(0.3) ? 'no longer' : 'not';
      out.push({ start: aux.start, end: aux.end, text: `${aux.w} ${w}`, kind: w === 'not' ? 'not' : 'no-longer' });
    }
  }
  for (const { verb, base } of subjectVerbSites(c)) {
    const failed = FAILED_TO_VERBS.has(base) && c.rng.chance(0.5);
    out.push({ start: verb.start, end: verb.end, text: failed ? `failed to ${base}` : `did not ${base}`, kind: failed ? 'failed-to' : 'did-not' });
  }
  return out;
};

const negationRemoved: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  if (negations(scope(c)) !== 1 || /\b(?:either|whether|if|unless)\b/i.test(scope(c))) return out;
  const toks = tokens(c);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const l = t.w.toLowerCase().replace('’', "'");
    const next = toks[i + 1];
    const after = toks[i + 2];
    if (!c.allowed(t.start, (after ?? next ?? t).end)) continue;
    if (AUXILIARIES.has(l) && next?.w === 'not' && spaced(text, t, next)) {
      if (after && /^(?:only|just|even|yet|least|always|necessarily|all|exactly|quite)$/.test(after.w)) continue;
      out.push({ start: t.start, end: next.end, text: t.w, kind: 'not' });
    } else if (l === 'cannot') {
      out.push({ start: t.start, end: t.end, text: likeCase(t.w, 'can'), kind: 'cannot' });
    } else if (CONTRACTIONS[l]) {
      if (next && /^(?:only|just|even|yet)$/.test(next.w)) continue;
      out.push({ start: t.start, end: t.end, text: likeCase(t.w, CONTRACTIONS[l]!), kind: 'contraction' });
    } else if (/^(?:did|didn't|does|doesn't|do|don't)$/.test(l) && next) {
      const notTok = l.endsWith("n't") ? undefined : next;
      const verb = notTok ? after : next;
      if ((notTok && notTok.w !== 'not') || !verb || !/^[a-z]+$/.test(verb.w)) continue;
      if (!spaced(text, t, next) || (notTok && !spaced(text, next, verb))) continue;
      const form = l.startsWith('did') ? pastOf(verb.w) : l.startsWith('does') ? thirdPerson(verb.w) : verb.w;
      if (!form) continue;
      out.push({ start: t.start, end: verb.end, text: likeCase(t.w, form), kind: 'do-not' });
    } else if (l === 'never' && next && i > 0) {
      if (/^(?:before|again|ever|mind|once)$/.test(next.w) || !spaced(text, t, next)) continue;
      out.push({ start: t.start, end: next.end, text: next.w, kind: 'never' });
    } else if (l === 'no' && next?.w === 'longer' && after && spaced(text, t, next) && spaced(text, next, after)) {
      out.push({ start: t.start, end: after.end, text: after.w, kind: 'no-longer' });
    } else if ((l === 'failed' || l === 'refused') && next?.w === 'to' && after && /^[a-z]+$/.test(after.w) && !/ly$/.test(after.w)) {
      const form = pastOf(after.w);
      if (!form || !spaced(text, t, next) || !spaced(text, next, after)) continue;
      out.push({ start: t.start, end: after.end, text: likeCase(t.w, form), kind: `${l}-to` });
    } else if (l === 'not' && next && i > 0 && !AUXILIARIES.has(toks[i - 1]!.w.toLowerCase())) {
      const prev = toks[i - 1]!;
      if (!spaced(text, prev, t) || !spaced(text, t, next)) continue;
      if ((/ed$/.test(prev.w) && next.w === 'to') || next.w === 'guilty') {
        out.push({ start: t.start, end: next.end, text: next.w, kind: next.w === 'guilty' ? 'not-guilty' : 'not-to' });
      }
    }
  }
  return out;
};

// --- antonyms -------------------------------------------------------------------------------------------

const ANTONYM_PAIRS: Array<[string, string]> = ANTONYMS.flatMap(([a, b, dir]) => (dir === 'both' ? [[a, b], [b, a]] : [[a, b]]) as Array<[string, string]>);
const ANTONYMS_OF = new Map<string, string[]>();
for (const [a, b] of ANTONYM_PAIRS) ANTONYMS_OF.set(a, [...(ANTONYMS_OF.get(a) ?? []), b]);
const matchAntonyms = phraseMatcher([...ANTONYMS_OF.keys()], true);
const matchBlocked = phraseMatcher(ANTONYM_BLOCKED, true);

const antonym: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  const blocked: Array<[number, number]> = matchBlocked(text).map((m) => [m.start, m.end]);
  for (const { start: at, end, phrase: from } of matchAntonyms(text)) {
    if (at < c.from || end > c.to || !c.allowed(at, end) || overlaps(blocked, at, end)) continue;
    if (/^\p{Lu}/u.test(text[at]!) && !sentenceStart(text, at)) continue;
    if ((from === 'first' || from === 'last') && !/\b(?:the|his|her|its|their)\s$/i.test(text.slice(0, at))) continue; // "last summer", "at first"
    const to = c.rng.pick(ANTONYMS_OF.get(from)!);
    const art = /\b(an?|An?) $/.exec(text.slice(0, at));
    if (art && article(to) !== art[1]!.toLowerCase()) {
      out.push({ start: at - art[0].length, end, text: likeCase(art[1]!, article(to)) + ' ' + to, kind: `${from}-${to}` });
    } else out.push({ start: at, end, text: likeCase(text.slice(at, end), to), kind: `${from}-${to}` });
  }
  return out;
};

// --- participants swapped ------------------------------------------------------------------------------

/** Verbs and words after which two participants can trade places without changing the fact. */
const SYMMETRIC = new Set([
  'met', 'married', 'played', 'talked', 'spoke', 'fought', 'battled', 'joined', 'faced', 'tied', 'drew', 'shared',
  'partnered', 'dated', 'divorced', 'collided', 'and', 'or', 'with', 'against', 'between', 'versus', 'vs', 'that', 'who',
  'which', 'whom', 'of', 'as', 'like', 'than', 'said', 'says', 'told', 'also', 'both', 'nor', 'while', 'when', 'after', 'before',
]);
const PERSON_NOUNS = [
  'man', 'woman', 'boy', 'girl', 'suspect', 'victim', 'gunman', 'officer', 'police officer', 'deputy', 'teenager', 'teen',
  'driver', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'soldier', 'guard', 'student', 'teacher', 'neighbor',
  'friend', 'brother', 'sister', 'coach', 'player', 'gunmen', 'pirates', 'robber', 'attacker', 'champion', 'challenger',
];
const NOUN_PAIR = new RegExp(
  `\\b(the|a|an|his|her|their|The|A|An|His|Her|Their) (${PERSON_NOUNS.join('|')}) ((?:(?:also|then|later|allegedly|reportedly|fatally|repeatedly) )?([a-z]+)) (the|a|an|his|her|their) (${PERSON_NOUNS.join('|')})(?=[.,;:]| (?:on|in|at|with|after|before|during|outside|near|as|who|and|while|when|inside|early|late|last|twice|several|multiple|\\d)\\b)`,
  'g',
);

const participantSwap: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  const ms = c.s.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1]!;
    const ea = c.a.entities[a.entity]!;
    const eb = c.a.entities[b.entity]!;
    if (ea.id === eb.id || !disjoint(ea, eb) || !c.allowed(a.start, b.end)) continue;
    const between = text.slice(a.end, b.start);
    let kind: string | undefined;
    if (ea.kind === 'place' && eb.kind === 'place') {
      if (between === ' to ' && /\bfrom $/.test(text.slice(0, a.start))) kind = 'from-to';
    } else if (ea.kind !== 'place' && eb.kind !== 'place') {
      const pass = /^ (?:was|were|has been|had been|is|are) (?:[a-z]+ly )?([a-z]+) by $/.exec(between);
      const ws = between.trim().split(' ');
      if (pass && isParticiple(pass[1]!)) kind = 'passive';
      else if (ea.kind === eb.kind && /^(?:['’]s [a-z]+)? [a-z][a-z ]*[a-z] $/.test(between) && ws.length <= 7 && !ws.some((w) => SYMMETRIC.has(w) || REPORTING_VERBS.has(w) || w === 'by' || w === 'the')) {
        const verbAt = ws.findIndex((w) => ASYMMETRIC_VERBS.has(w) || pastBase(w) !== undefined);
        if (verbAt >= 0 && verbAt <= 2 && !/ing$/.test(ws[verbAt]!)) kind = 'verb';
      }
      if (kind && /^['’]s\b/.test(text.slice(b.end))) kind = undefined; // "A beat B's team": the object is not B
      if (kind && (/^ of \p{Lu}/u.test(text.slice(b.end)) || /\bof $/.test(text.slice(0, a.start)))) kind = undefined; // a longer name
    }
    if (!kind) continue;
    out.push({ start: a.start, end: b.end, text: b.text + between + a.text, kind });
  }
  for (const m of text.matchAll(NOUN_PAIR)) {
    const [all, d1, n1, mid, verb, d2, n2] = m as unknown as [string, string, string, string, string, string, string];
    if (n1 === n2 || !ASYMMETRIC_VERBS.has(verb) || !c.allowed(m.index, m.index + all.length) || m.index < c.from || m.index + all.length > c.to) continue;
    const cap = /^\p{Lu}/u.test(d1);
    const first = cap ? d2[0]!.toUpperCase() + d2.slice(1) : d2;
    out.push({ start: m.index, end: m.index + all.length, text: `${first} ${n2} ${mid} ${d1.toLowerCase()} ${n1}`, kind: 'nouns' });
  }
  return out;
};

// --- invented details ------------------------------------------------------------------------------

const PUNCT_NEXT = /^[.,;:!?)"”]/;

const detailAdded: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  if (negations(scope(c)) > 0 || /\b(?:whether|if|unless)\b/i.test(scope(c))) return out; // a detail inside a denial asserts nothing
  const ok = (a: number, b: number) => a >= c.from && b <= c.to && c.allowed(a, b);
  // a first name for a person named by surname only
  const pools = namePools();
  const used = new Set(c.a.entities.flatMap((e) => [...e.tokens]));
  for (const m of c.s.mentions) {
    const e = c.a.entities[m.entity]!;
    if (e.kind !== 'person' || m.full || !ok(m.start, m.end)) continue;
    if (/\p{Lu}[\p{L}.]*\s$/u.test(text.slice(0, m.start)) && !sentenceStart(text, m.start)) continue; // "Capt. Tennant", "Judge Hickock"
    const pool = e.gender === 'f' ? pools.f : e.gender === 'm' ? pools.m : [];
    if (!pool.length) continue;
    let first: string | undefined;
    for (let k = 0; k < 10 && !first; k++) {
      const f = c.rng.pick(pool);
      if (!used.has(f.toLowerCase())) first = f;
    }
    if (first) out.push({ start: m.start, end: m.end, text: `${first} ${m.text}`, kind: 'first-name' });
  }
  // an age: "a man" -> "a 34-year-old man"
  if (!/-year-old|, \d{1,2},|\baged? \d/.test(text)) {
    for (const noun of AGE_NOUNS) {
      if (!text.includes(noun)) continue;
      for (const m of text.matchAll(regex(`\\b(a|an|the|A|An|The) (${noun})\\b(?![-'’])`, 'g'))) {
        const a = m.index;
        const b = a + m[0].length;
        if (!ok(a, b)) continue;
        const young = /^(?:boy|girl|teenager)$/.test(noun);
        const age = young ? c.rng.range(noun === 'teenager' ? 14 : 7, 17) : c.rng.range(AGE_RANGE[0], AGE_RANGE[1]);
        const art = m[1]!.toLowerCase() === 'the' ? m[1]! : likeCase(m[1]!, article(String(age)));
        out.push({ start: a, end: b, text: `${art} ${age}-year-old ${noun}`, kind: 'age' });
      }
    }
  }
  // a manner or circumstance: "was shot" -> "was shot dead"
  for (const [re, details] of MANNER_DETAILS) {
    const g = regex(re.source, 'g');
    for (const m of text.matchAll(g)) {
      const a = m.index;
      const b = a + m[0].length;
      if (!ok(a, b)) continue;
      const d = c.rng.pick(details);
      const next = text.slice(b);
      let ins = d.startsWith(',') ? d : ' ' + d;
      if (d.startsWith(',') && !PUNCT_NEXT.test(next)) ins += ',';
      out.push({ start: a, end: b, text: m[0] + ins, kind: 'manner' });
    }
  }
  // a cause after an event noun: "The fire, which investigators blamed on faulty wiring, destroyed ..."
  for (const [noun, clauses] of Object.entries(CAUSE_DETAILS)) {
    if (!text.includes(noun)) continue;
    for (const m of text.matchAll(regex(`\\b(?:the|a|an|The|A|An) (${noun})\\b(?![-'’])`, 'g'))) {
      const a = m.index + m[0].length - noun.length;
      const b = a + noun.length;
      if (!ok(a, b)) continue;
      const next = text.slice(b);
      const verbNext = /^ (?:was|were|is|has|had|destroyed|killed|injured|broke|started|hit|struck|damaged|caused|forced|left|occurred|happened|took|spread|rocked|jolted|shook|claimed|came)\b/.test(next);
      if (!PUNCT_NEXT.test(next) && !verbNext) continue;
      if (/^["”)]/.test(next)) continue;
      const clause = c.rng.pick(clauses);
      out.push({ start: a, end: b, text: `${noun}, ${clause}${verbNext ? ',' : ''}`, kind: 'cause' });
    }
  }
  // an adjective: "the bank" -> "the crowded bank"
  for (const [noun, adjs] of Object.entries(NOUN_DETAILS)) {
    if (!text.includes(noun)) continue;
    for (const m of text.matchAll(regex(`\\b(a|an|the|A|An|The) (${noun})\\b(?![-'’])`, 'g'))) {
      const a = m.index;
      const b = a + m[0].length;
      if (!ok(a, b)) continue;
      const next = text.slice(b);
      if (!PUNCT_NEXT.test(next) && !/^ (?:in|on|at|of|was|is|were|had|has|where|which|that|and|to|for|near|with|after|before|when|said|owned|run)\b/.test(next)) continue;
      const adj = c.rng.pick(adjs);
      const art = m[1]!.toLowerCase() === 'the' ? m[1]! : likeCase(m[1]!, article(adj));
      out.push({ start: a, end: b, text: `${art} ${adj} ${noun}`, kind: 'adjective' });
    }
  }
  return out;
};

// --- quotations -------------------------------------------------------------------------------------

function quoteAltered(s: SentenceInfo, a: ArticleInfo, rng: Rng): Proposal[] {
  const out: Proposal[] = [];
  const text = s.text;
  for (const [q0, q1] of s.quotes) {
    if (!/["“]/.test(text[q0] ?? '') || !/["”]/.test(text[q1 - 1] ?? '')) continue; // the whole-sentence fallback
    const from = q0 + 1;
    const to = q1 - 1;
    if (words(text.slice(from, to)).length < 4) continue;
    const c: Ctx = { s, a, rng, allowed: (x, y) => x >= from && y <= to, from, to };
    for (const [g, name] of [[numberChange, 'number'], [antonym, 'antonym'], [negationAdded, 'negation-added'], [negationRemoved, 'negation-removed']] as const) {
      for (const p of g(c)) out.push({ ...p, kind: `${name}:${p.kind}` });
    }
  }
  return out;
}

// --- certainty ------------------------------------------------------------------------------------

const CRIME_VERBS = new Set(['killed', 'shot', 'stole', 'stabbed', 'robbed', 'murdered', 'assaulted', 'attacked', 'kidnapped', 'set', 'beat', 'raped', 'threatened']);

const hedgeAdded: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  // a hedge inside a denial or a question changes nothing that is asserted
  if (hedged(c) || negations(scope(c)) > 0 || /\?["”]?$/.test(text.trim()) || /\b(?:surely|about to|going to|hoped|hopes|wants? to|wanted to)\b/i.test(scope(c))) return out;
  const toks = tokens(c);
  for (let i = 0; i + 1 < toks.length; i++) {
    const aux = toks[i]!;
    const pp = toks[i + 1]!;
    const l = aux.w.toLowerCase();
    if (!(BE.has(l) || HAVE.has(l)) || !spaced(text, aux, pp) || !/^[a-z]+$/.test(pp.w) || !isParticiple(pp.w)) continue;
    if (!c.allowed(aux.start, pp.end) || sentenceStart(text, aux.start)) continue;
    if (toks.slice(Math.max(0, i - 4), i).some((t) => REPORTING_VERBS.has(t.w.toLowerCase()))) continue; // already someone's report
    if (pp.w === 'been' || (BE.has(l) && /^(?:born|married|aged|based|located|expected|scheduled|supposed|used)$/.test(pp.w))) continue;
    const r = c.rng.next();
    if (r < 0.35 && (l === 'was' || l === 'were' || l === 'has' || l === 'have')) {
      const may = BE.has(l) ? `may have been ${pp.w}` : `may have ${pp.w}`;
      out.push({ start: aux.start, end: pp.end, text: likeCase(aux.w, may), kind: 'may-have' });
    } else {
      const adv = CRIME_VERBS.has(pp.w) ? 'allegedly' : c.rng.pick(['reportedly', 'apparently']);
      out.push({ start: aux.start, end: pp.end, text: `${aux.w} ${adv} ${pp.w}`, kind: adv });
    }
  }
  for (const { verb } of subjectVerbSites(c)) {
    // "a woman who says she talked him into it": the clause is someone's report already
    if (toks.slice(Math.max(0, toks.indexOf(verb) - 3), toks.indexOf(verb)).some((t) => REPORTING_VERBS.has(t.w.toLowerCase()))) continue;
    const adv = CRIME_VERBS.has(verb.w) ? 'allegedly' : c.rng.pick(['reportedly', 'apparently']);
    out.push({ start: verb.start, end: verb.end, text: `${adv} ${verb.w}`, kind: adv });
  }
  for (const noun of HEDGEABLE_NOUNS) {
    if (!text.includes(noun)) continue;
    for (const m of text.matchAll(regex(`\\b(the|a|an|The|A|An) (${noun})\\b(?![-'’])`, 'g'))) {
      const a = m.index;
      const b = a + m[0].length;
      if (a < c.from || b > c.to || !c.allowed(a, b)) continue;
      const adj = ['attack', 'arson', 'murder', 'cause', 'motive'].includes(noun) ? c.rng.pick(['apparent', 'possible', 'suspected']) : c.rng.pick(['suspected', 'alleged']);
      const art = m[1]!.toLowerCase() === 'the' ? m[1]! : likeCase(m[1]!, article(adj));
      out.push({ start: a, end: b, text: `${art} ${adj} ${noun}`, kind: adj });
    }
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    const w = toks[i]!;
    const next = toks[i + 1]!;
    if (w.w !== 'will' || !spaced(text, w, next) || !/^[a-z]+$/.test(next.w) || /ly$/.test(next.w) || next.w === 'not') continue;
    if (toks.slice(Math.max(0, i - 3), i).some((t) => /^(?:what|whether|if|when|who|which|how|where|why)$/i.test(t.w))) continue;
    if (!c.allowed(w.start, next.end)) continue;
    out.push({ start: w.start, end: w.end, text: c.rng.pick(['may', 'might', 'could']), kind: 'modal' });
  }
  return out;
};

const hedgeRemoved: Generator = (c) => {
  const out: Proposal[] = [];
  const text = c.s.text;
  if (negations(scope(c)) > 0 || /\?["”]?$/.test(text.trim())) return out; // "would not discuss a possible motive"
  const toks = tokens(c);
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1]!;
    const l = t.w.toLowerCase();
    if (!c.allowed(t.start, next.end) || !spaced(text, t, next)) continue;
    if ((HEDGE_ADVERBS as readonly string[]).includes(l) && /^[a-z]/.test(next.w) && !/^(?:not|never)$/.test(next.w)) {
      if (sentenceStart(text, t.start)) continue;
      out.push({ start: t.start, end: next.end, text: next.w, kind: l });
    } else if ((HEDGE_ADJECTIVES as readonly string[]).includes(l) && /^[a-z]+$/.test(next.w) && i > 0) {
      const det = toks[i - 1]!;
      if (!/^(?:the|a|an|his|her|their|two|three|several)$/i.test(det.w) || !spaced(text, det, t)) continue;
      if (l === 'likely' || l === 'possible') {
        if (!/^(?:cause|motive|link|suspect|culprit|reason|source|explanation|connection|candidate)s?$/.test(next.w)) continue;
      }
      if (/^an?$/i.test(det.w) && article(next.w) !== det.w.toLowerCase()) {
        out.push({ start: det.start, end: next.end, text: `${likeCase(det.w, article(next.w))} ${next.w}`, kind: l });
      } else out.push({ start: t.start, end: next.end, text: next.w, kind: l });
    } else if ((t.w === 'may' || t.w === 'might') && next.w === 'have') {
      const pp = toks[i + 2];
      if (!pp || !spaced(text, next, pp) || pp.w === 'been' || !/ed$/.test(pp.w) || !pastBase(pp.w)) continue;
      out.push({ start: t.start, end: pp.end, text: pp.w, kind: 'may-have' });
    } else if ((l === 'is' || l === 'are') && next.w === 'expected' && toks[i + 2]?.w === 'to') {
      const to = toks[i + 2]!;
      out.push({ start: t.start, end: to.end, text: 'will', kind: 'expected' });
    } else if (BE.has(l) && /^(?:believed|thought|said|reported)$/.test(next.w) && toks[i + 2]?.w === 'to' && toks[i + 3]?.w === 'be') {
      out.push({ start: t.start, end: toks[i + 3]!.end, text: t.w, kind: 'believed' });
    } else if ((t.w === 'may' || t.w === 'might') && /^[a-z]+$/.test(next.w) && next.w !== 'have' && next.w !== 'not' && i > 0) {
      if (sentenceStart(text, t.start) || /ly$/.test(next.w)) continue;
      out.push({ start: t.start, end: t.end, text: 'will', kind: 'modal' });
    }
  }
  return out;
};

const GENERATORS: Record<Exclude<CorruptionType, 'quote-altered'>, Generator> = {
  'name-swap': nameSwap,
  'number-change': numberChange,
  'date-change': dateChange,
  'place-swap': placeSwap,
  'pronoun-swap': pronounSwap,
  'role-change': roleChange,
  'negation-added': negationAdded,
  'negation-removed': negationRemoved,
  antonym,
  'participant-swap': participantSwap,
  'detail-added': detailAdded,
  'speaker-changed': speakerChanged,
  'hedge-added': hedgeAdded,
  'hedge-removed': hedgeRemoved,
};
