/**
 * People, organisations and places of an article, found with simple and deliberately cautious
 * rules (its own rules, not storydiff's extractors, so that training labels do not inherit the
 * engine's mistakes). A capitalized run is a person when it has a known first name followed by a
 * surname, an organisation when it holds an organisation word, a place when the whole run is a
 * known place. Anything unsure is left out: a generator only edits what it recognises.
 */
import { known } from '../src/text/lexicon.js';
import { COUNTRY_NAMES, DEMONYMS } from '../src/data/places.js';
import { PLACES } from '../src/data/cities.js';
import { ORGANISATION_WORDS, TITLES, HONORIFICS } from '../src/data/titles.js';
import { US_STATES, WEEKDAY_NAMES, MONTH_NAMES, TITLE_ABBREVIATIONS } from './tables.js';
import { genderOf, isFirstName, isLastName, isPlaceName, quoteRanges, tagsOf, words, type Token } from './text.js';

export type EntityKind = 'person' | 'org' | 'place';
export type PlaceClass = 'country' | 'state' | 'city' | 'region';

export interface Entity {
  id: number;
  kind: EntityKind;
  /** the longest form seen */
  name: string;
  /** lower-cased words of every form seen */
  tokens: Set<string>;
  first?: string;
  last?: string;
  gender?: 'm' | 'f';
  placeClass?: PlaceClass;
  /** organisations: the trailing organisation words ("Police Department") */
  head?: string;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  entity: number;
  /** a person named in full (first name and surname), not by surname alone */
  full: boolean;
}

export interface SentenceInfo {
  text: string;
  quotes: Array<[number, number]>;
  mentions: Mention[];
}

export interface ArticleInfo {
  id: string;
  sentences: SentenceInfo[];
  entities: Entity[];
}

const ORG_WORDS = new Set(ORGANISATION_WORDS);
const CALENDAR = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()));
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/[ -]/)).concat(HONORIFICS));
const ABBREVIATED = new Set(Object.keys(TITLE_ABBREVIATIONS).map((t) => t.slice(0, -1).toLowerCase()));
const STATES = new Map(Object.keys(US_STATES).map((s) => [s.toLowerCase(), s]));
/** Words after a first name that make the run an event, a prize or a place, not a person ("Tony Awards"). */
const NOT_SURNAMES = new Set(['awards', 'award', 'prize', 'cup', 'games', 'game', 'day', 'show', 'festival', 'trophy', 'series', 'bowl', 'open', 'championship', 'championships', 'street', 'avenue', 'road', 'park', 'bridge', 'square', 'hall', 'theatre', 'theater', 'arena', 'stadium', 'island', 'county', 'act', 'law', 'bill', 'fund', 'report', 'project', 'plan', 'doctrine', 'syndrome', 'treatment', 'recovery', 'hills', 'beach', 'valley', 'falls', 'river', 'lake', 'mountain', 'airport', 'station', 'news', 'times', 'magazine', 'radio', 'tv']);
const NOT_NAMES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'god', 'internet', 'oscar', 'oscars']);

interface Run {
  toks: Token[];
}

/** Strips a possessive ending: "Lohan's" -> "Lohan". */
function core(t: Token): Token {
  const m = /['’]s$/.exec(t.w);
  return m ? { w: t.w.slice(0, -2), start: t.start, end: t.end - 2 } : t;
}

/** Runs of capitalized words separated by single spaces (a possessive ends a run). */
function capitalRuns(text: string, toks: Token[]): Run[] {
  const runs: Run[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length) runs.push({ toks: cur });
    cur = [];
  };
  for (const t of toks) {
    const cap = /^\p{Lu}/u.test(t.w) && !/^\p{Lu}{2,}$/u.test(t.w.replace(/['’]s$/, ''));
    const initial = /^\p{Lu}$/u.test(t.w) && text[t.end] === '.';
    if (!cap && !initial) {
      flush();
      continue;
    }
    const prev = cur[cur.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, t.start);
      const ok = gap === ' ' || (gap === '. ' && (/^\p{Lu}$/u.test(prev.w) || ABBREVIATED.has(prev.w.toLowerCase())));
      if (!ok || /['’]s$/.test(prev.w)) flush();
    }
    cur.push(t);
  }
  flush();
  return runs;
}

function placeClass(lower: string): PlaceClass | undefined {
  if (STATES.has(lower)) return 'state';
  if (COUNTRY_NAMES.has(lower)) return 'country';
  const single = !lower.includes(' ');
  const t = tagsOf(lower);
  if (single && /Name/.test(t)) return undefined; // "Jordan", "Chad", "Washington": not sure
  if (PLACES.has(lower)) return 'city';
  if (single && /City/.test(t)) return 'city';
  if (single && /Region/.test(t)) return 'region';
  return undefined;
}

/** Reads an article: its sentences (one per line), entities and their mentions. */
export function analyseArticle(id: string, sentences: readonly string[]): ArticleInfo {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const add = (kind: EntityKind, key: string, name: string, extra: Partial<Entity>): Entity => {
    let e = byKey.get(kind + ':' + key);
    if (!e) {
      e = { id: entities.length, kind, name, tokens: new Set(), ...extra };
      entities.push(e);
      byKey.set(kind + ':' + key, e);
    }
    if (name.length > e.name.length) e.name = name;
    for (const w of name.toLowerCase().split(/[ .]+/)) if (w) e.tokens.add(w);
    return e;
  };

  interface Pending {
    sentence: number;
    toks: Token[];
    kind: EntityKind | 'single';
    entity?: Entity;
  }
  const pending: Pending[] = [];

  sentences.forEach((text, si) => {
    const toks = words(text);
    for (const run of capitalRuns(text, toks)) {
      let ts = run.toks.map(core);
      // a sentence-initial common word is not part of a name ("Police", "After", "The")
      while (ts.length && (NOT_NAMES.has(ts[0]!.w.toLowerCase()) || (ts[0]!.start === toks[0]?.start && isCommon(ts[0]!.w)))) ts = ts.slice(1);
      if (!ts.length) continue;
      const lowers = ts.map((t) => t.w.toLowerCase());
      if (lowers.some((w) => CALENDAR.has(w))) continue;
      const name = text.slice(ts[0]!.start, ts[ts.length - 1]!.end);
      const orgAt = lowers.findIndex((w) => ORG_WORDS.has(w));
      if (orgAt >= 0) {
        if (orgAt === 0 || ts.length < 2) continue; // "Police", "Department of ...": no distinctive part
        if (DEMONYMS.has(lowers[0]!)) continue; // "Greek Media", "British Army": a description more than a name
        let h = ts.length;
        while (h > 0 && ORG_WORDS.has(lowers[h - 1]!)) h--;
        if (h === 0 || h === ts.length) continue; // no distinctive part, or an org word mid-name: not sure
        const head = text.slice(ts[h]!.start, ts[ts.length - 1]!.end);
        const e = add('org', name.toLowerCase(), name, { head });
        pending.push({ sentence: si, toks: ts, kind: 'org', entity: e });
        continue;
      }
      const pc = placeClass(lowers.join(' '));
      if (pc) {
        const e = add('place', lowers.join(' '), name, { placeClass: pc });
        pending.push({ sentence: si, toks: ts, kind: 'place', entity: e });
        continue;
      }
      let fi = lowers.findIndex((w, i) => isFirstName(w) && !isPlaceName(w) && i < ts.length - 1 && !TITLE_WORDS.has(w));
      // two or three words that are no English, place or title words: a foreign name ("Wladimir Klitschko")
      if (fi < 0 && ts.length >= 2 && ts.length <= 3 && lowers.every((w) => w.length > 2 && !known(w) && !placeClass(w) && !TITLE_WORDS.has(w) && !ABBREVIATED.has(w) && !/\p{Lu}/u.test(w.slice(1)))) fi = 0;
      if (fi >= 0) {
        // unknown capitalized words right before the first name belong to the name ("Jamil Abdullah Al-Amin")
        let from = fi;
        while (from > 0 && !TITLE_WORDS.has(lowers[from - 1]!) && !ABBREVIATED.has(lowers[from - 1]!) && !known(lowers[from - 1]!) && !placeClass(lowers[from - 1]!) && /^\p{Lu}\p{Ll}+$/u.test(ts[from - 1]!.w)) from--;
        const person = ts.slice(from, Math.min(ts.length, fi + 4));
        const last = person[person.length - 1]!.w;
        if (/^\p{Lu}$/u.test(last) || TITLE_WORDS.has(last.toLowerCase()) || placeClass(last.toLowerCase()) || NOT_SURNAMES.has(last.toLowerCase())) continue;
        const first = person[0]!.w;
        const full = text.slice(person[0]!.start, person[person.length - 1]!.end);
        const e = add('person', first.toLowerCase() + ' ' + last.toLowerCase(), full, { first, last, gender: genderOf(first) });
        pending.push({ sentence: si, toks: person, kind: 'person', entity: e });
        continue;
      }
      if (ts.length === 1) pending.push({ sentence: si, toks: ts, kind: 'single' });
    }
  });

  // surnames of people named in full; a surname shared by two people is ambiguous
  const surname = new Map<string, Entity | null>();
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const k = e.last!.toLowerCase();
    surname.set(k, surname.has(k) && surname.get(k) !== e ? null : e);
  }
  const allTokens = new Map<string, number>();
  for (const e of entities) for (const t of e.tokens) allTokens.set(t, (allTokens.get(t) ?? 0) + 1);

  const infos: SentenceInfo[] = sentences.map((text) => ({ text, quotes: quoteRanges(text), mentions: [] }));
  for (const p of pending) {
    const s = infos[p.sentence]!;
    const a = p.toks[0]!.start;
    const b = p.toks[p.toks.length - 1]!.end;
    if (p.kind === 'single') {
      const k = p.toks[0]!.w.toLowerCase();
      const e = surname.get(k);
      if (!e || allTokens.get(k) !== 1) continue;
      s.mentions.push({ start: a, end: b, text: s.text.slice(a, b), entity: e.id, full: false });
    } else {
      s.mentions.push({ start: a, end: b, text: s.text.slice(a, b), entity: p.entity!.id, full: p.kind === 'person' });
    }
  }
  for (const s of infos) s.mentions.sort((x, y) => x.start - y.start);
  return { id, sentences: infos, entities };
}

/** A word that is ordinary English, not a name, when it opens a sentence. */
function isCommon(w: string): boolean {
  const l = w.toLowerCase();
  if (isFirstName(l) || isLastName(l) || placeClass(l)) return false;
  return known(l) || l.length <= 3;
}

/** True when two entities share no word (so one can stand for the other as a different thing). */
export function disjoint(a: Entity, b: Entity): boolean {
  for (const t of a.tokens) if (b.tokens.has(t)) return false;
  return true;
}
