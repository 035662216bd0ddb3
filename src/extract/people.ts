/**
 * Names and people: capitalized runs of a telling classified as person, organisation, place or
 * nationality; people resolved to one identity per telling (full name, surname alone, title plus
 * surname); roles attached from titles before a name ("U.S. Secretary of State Marco Rubio"),
 * appositives ("Jared Kushner, the president's son-in-law") and possessives ("President Donald
 * Trump's son-in-law" gives Trump the role President).
 *
 * First names, surnames, cities and organisations known to the `compromise` package's lexicon help
 * to tell a person from a place; the words are extracted at build time (scripts/build-names.mjs)
 * and loaded on first use.
 */
import type { Doc, Token } from '../types.js';
import { areSynonyms, known, nameOnly } from '../text/lexicon.js';
import { genderOf, isFirstName, isLastName, isPlaceWord, lex } from './names.js';
import { COUNTRY_OF, DEMONYMS } from '../data/places.js';
import { CAPITAL_OF } from '../data/capitals.js';
import { PLACES } from '../data/cities.js';
import { wordnetPlace } from '../text/gazetteer.js';
import { FILE_FORMATS } from '../data/files.js';
import { FIELD_TITLES, HONORIFICS, NEUTRAL_QUALIFIERS, ORGANISATION_WORDS, QUALIFIERS, TITLES, TITLE_SYNONYMS } from '../data/titles.js';
import { PARTICIPANT_OPENERS } from '../data/verbs.js';

export interface Role {
  /** normalized, lower-case: "secretary of state", "president", "son-in-law" */
  title: string;
  /** meaning-changing qualifiers, sorted: ["former"], ["co"], ["acting", "deputy"] */
  qualifiers: string[];
  /** canonical country name when the title carries one ("Russian envoy") */
  country?: string;
  /** the plain word before the title that names its field: "medical" of "chief medical officer" */
  field?: string;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'nationality' | 'other';

export interface Entity {
  sentence: number;
  /** token range [first, last) of the name itself, without titles */
  tokens: [number, number];
  /** normalized offsets of the name */
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** canonical country for places and nationalities (and capitals standing for their country) */
  country?: string;
}

export interface Mention extends Entity {
  kind: 'person';
  /** index into People.persons */
  person: number;
  role?: Role;
  /** normalized offsets of the role words and the name together */
  roleStart?: number;
  roleEnd?: number;
}

export interface Person {
  /** the longest name the telling gives */
  name: string;
  /** lower-case surname: the key that meets across tellings */
  surname: string;
  /** lower-case first name when given */
  first?: string;
  gender?: 'm' | 'f';
  mentions: number[];
}

export interface People {
  entities: Entity[];
  persons: Person[];
  /** person mentions in text order */
  mentions: Mention[];
}

export { genderOf } from './names.js';

// --- vocabulary ---------------------------------------------------------------------------------

const TITLE_SET = new Set(TITLES);
export const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(/[ -]/)));
const QUALIFIER_SET = new Set(QUALIFIERS);
/** Words before a title that say what "former" says. */
const FORMER_WORDS = new Set(['once', 'one-time', 'onetime', 'erstwhile']);
const NEUTRAL = new Set(NEUTRAL_QUALIFIERS);
const HONORIFIC_SET = new Set(HONORIFICS);
/** Words before a title that name no field of it. */
const STOP_FIELD = new Set(['the', 'a', 'an', 'of', 'its', 'his', 'her', 'their', 'our', 'new', 'then', 'now', 'current']);
/** Titles of a degree or a chair, written before a name whatever post its holder has. */
const ACADEMIC = new Set(['professor', 'prof', 'prof.', 'doctor']);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const CANONICAL_TITLE = new Map<string, string>();
for (const row of TITLE_SYNONYMS) for (const t of row) CANONICAL_TITLE.set(t, row[0]!);
const PLACE_WORDS = new Set(['road', 'street', 'avenue', 'square', 'park', 'bridge', 'river', 'sea', 'ocean', 'lake', 'mountains', 'island', 'islands', 'region', 'province', 'county', 'city', 'valley', 'gulf', 'bay', 'strait', 'airport', 'station', 'harbor', 'harbour', 'beach', 'district', 'oblast', 'state', 'junction', 'crossing', 'canal', 'quay', 'wharf', 'pier', 'reservoir', 'peninsula', 'coast', 'glacier', 'motorway', 'highway']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const CONNECTORS = new Set(['of', 'de', 'van', 'von', 'bin', 'ibn', 'al', 'da', 'del', 'der', 'la', 'le', 'du', 'di']);
/** capitalized words that open a sentence or a heading and are no names */
const PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'there', 'the', 'a', 'an']);

const keyOf = (s: string) => s.toLowerCase().replace(/\.$/, '');

/** The country a word or phrase names, stands for (a capital) or is the demonym of. */
export function countryOf(lower: string): string | undefined {
  const k = keyOf(lower);
  return COUNTRY_OF.get(k) ?? CAPITAL_OF.get(k);
}

/** Canonical form of a title: "ceo" -> "chief executive", "spokesman" -> "spokesperson". */
/** The titles a text writes, each in its canonical form ("PC" and "Police Constable" are one). */
export function titlesIn(doc: Doc): ReadonlySet<string> {
  let out = titlesCache.get(doc);
  if (!out) titlesCache.set(doc, (out = findTitles(doc)));
  return out;
}

/** titlesIn's answers: a base text is compared with each of its summaries. */
const titlesCache = new WeakMap<Doc, Set<string>>();

/** The first words of the titles, with and without a final dot: a title starts at one of these only. */
const TITLE_STARTS = new Set(TITLES.flatMap((title) => {
  const first = title.split(' ')[0]!;
  return [first, first.replace(/\.$/, '')];
}));

function findTitles(doc: Doc): Set<string> {
  const out = new Set<string>();
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!TITLE_STARTS.has(t[i]!.lower)) continue;
    let words = '';
    for (let n = 0; n < 4 && i + n < t.length; n++) {
      words += (n ? ' ' : '') + t[i + n]!.lower;
      if (TITLE_SET.has(words)) out.add(canonicalTitle(words));
      else if (TITLE_SET.has(words + '.')) out.add(canonicalTitle(words + '.'));
    }
  }
  return out;
}

export function canonicalTitle(title: string): string {
  return CANONICAL_TITLE.get(title) ?? title;
}

/** True when two roles say the same: same title, same meaning-changing qualifiers; a country on one side only is no difference. */
export function sameRole(a: Role, b: Role): boolean {
  // "finance chief" / "chief financial officer", but still "finance director" / "director"
  return sameTitledRole(a, b) || sameTitledRole(fieldTitle(a), fieldTitle(b));
}

/** A role whose field and title make another title ("finance director"), as that title. */
function fieldTitle(r: Role): Role {
  const row = r.field ? FIELD_TITLES.find(([field, title]) => field === r.field && title === canonicalTitle(r.title)) : undefined;
  return row ? { ...r, title: row[2], field: undefined } : r;
}

function sameTitledRole(a: Role, b: Role): boolean {
  if (canonicalTitle(a.title) !== canonicalTitle(b.title)) return false;
  // a field on one side only is the same post said shorter ("director" / "finance director")
  if (a.field && b.field && !sameField(a.field, b.field)) return false;
  if (a.qualifiers.join(' ') !== b.qualifiers.join(' ')) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  return true;
}

/**
 * Fields said alike: the same word, a spelling variant or a synonym ("centre" / "center"), or one said
 * shorter by its last words ("development" of "rural economic development").
 */
const sameField = (a: string, b: string): boolean => {
  if (a === b || areSynonyms(a, b)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.endsWith(' ' + short);
};

export function roleText(r: Role): string {
  return [...r.qualifiers, r.country ?? '', r.field ?? '', r.title].filter(Boolean).join(' ');
}

// --- token helpers ------------------------------------------------------------------------------

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);

function gap(doc: Doc, i: number): string {
  // the characters between token i-1 and token i
  return doc.norm.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start);
}

/** The words of tokens [a, b) with hyphenated compounds kept whole: "son-in-law". */
export function phraseWords(doc: Doc, a: number, b: number): Array<{ w: string; first: number; last: number }> {
  const out: Array<{ w: string; first: number; last: number }> = [];
  for (let i = a; i < b; i++) {
    const lower = doc.tokens[i]!.lower;
    const prev = out[out.length - 1];
    if (prev && i > a && gap(doc, i) === '-') {
      prev.w += '-' + lower;
      prev.last = i;
    } else out.push({ w: lower, first: i, last: i });
  }
  return out;
}

/**
 * Reads a role from words: qualifiers, a country or demonym, a title. "U.S. Secretary of State",
 * "former President", "Russian envoy", "co-founder", "ex-minister". Undefined when no title.
 */
export function readRole(words: string[]): Role | undefined {
  const qualifiers: string[] = [];
  let country: string | undefined;
  const rest: string[] = [];
  // split "co-founder", "ex-minister", "president-elect"
  const parts: string[] = [];
  for (const w0 of words) {
    const w = TITLE_SET.has(w0 + '.') && !TITLE_SET.has(w0) ? w0 + '.' : w0;
    if (TITLE_SET.has(w)) parts.push(w);
    else if (/^(co|ex|vice)-/.test(w)) parts.push(w.slice(0, w.indexOf('-')), w.slice(w.indexOf('-') + 1));
    else if (/-elect$/.test(w)) parts.push(w.slice(0, -6), 'elect');
    else parts.push(w);
  }
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k]!;
    if (HONORIFIC_SET.has(w.replace(/\.$/, ''))) continue;
    const c = COUNTRY_OF.get(keyOf(w));
    if (c && !country) {
      country = c;
      continue;
    }
    if (w === 'of' && k + 1 < parts.length && COUNTRY_OF.has(keyOf(parts[k + 1]!)) && rest.length) {
      country ??= COUNTRY_OF.get(keyOf(parts[k + 1]!));
      k++;
      continue;
    }
    // "once", "one-time", "erstwhile" before a title say "former"
    if (FORMER_WORDS.has(w) && k + 1 < parts.length) {
      qualifiers.push('former');
      continue;
    }
    if (QUALIFIER_SET.has(w) && !(w === 'vice' && parts[k + 1] === 'president')) {
      if (!NEUTRAL.has(w)) qualifiers.push(w);
      continue;
    }
    rest.push(w);
  }
  while (rest.length && (rest[0] === 'the' || rest[0] === 'of' || rest[0] === 'a' || rest[0] === 'an')) rest.shift();
  // the longest tail of the remaining words that is a title ("state department spokesman")
  for (let s = 0; s < rest.length; s++) {
    const t = rest.slice(s).join(' ');
    if (TITLE_SET.has(t)) {
      const role: Role = { title: canonicalTitle(t), qualifiers: [...new Set(qualifiers)].sort() };
      if (country) role.country = country;
      // a plain word right before the title names its field: "chief medical officer", "finance director"
      // (not a place or a name: "Delhi Chief Minister")
      const field = rest[s - 1];
      if (field && /^\p{Ll}+$/u.test(field) && !STOP_FIELD.has(field) && known(field) && !nameOnly(field) && !countryOf(field)) role.field = field;
      return role;
    }
  }
  // a title and its field after "of": "head of epidemiology", "director of public health" (not a
  // place or a body: "mayor of Tulsa" is the mayor)
  const of = rest.indexOf('of');
  const after = rest.slice(of + 1);
  if (of > 0 && after.length >= 1 && after.length <= 3 && after.every((w) => /^\p{Ll}+$/u.test(w) && known(w) && !nameOnly(w) && !countryOf(w) && !isPlaceWord(w) && !isFirstName(w) && !isLastName(w) && !STOP_FIELD.has(w))) {
    for (let s = 0; s < of; s++) {
      const t = rest.slice(s, of).join(' ');
      if (!TITLE_SET.has(t)) continue;
      const role: Role = { title: canonicalTitle(t), qualifiers: [...new Set(qualifiers)].sort(), field: after.join(' ') };
      if (country) role.country = country;
      return role;
    }
  }
  return undefined;
}

// --- entities -------------------------------------------------------------------------------------

/** Capitalized runs of a sentence: [first, last) token ranges, joined by spaces and name connectors. */
/** Written like a code or an acronym: two capitals or more ("SARS", "CoV", "mRNA"), or digits. */
const codeLike = (text: string): boolean => /\p{Lu}.*\p{Lu}|^\p{N}+$/u.test(text);

/** "and" at token j joins two parts of one organisation's name: the capitalized words after it end in an organisation's word. */
function andInName(doc: Doc, j: number, b: number): boolean {
  let k = j + 1;
  while (k < Math.min(b, j + 4) && gap(doc, k) === ' ' && isCap(doc.tokens[k]!)) {
    if (ORG_WORDS.has(doc.tokens[k]!.lower)) return k > j + 1;
    k++;
  }
  return false;
}

/** Two capitalized words joined by a hyphen are one name unless either is a place or a country ("Israel-Hamas", "London-Paris"). */
function hyphenedName(x: string, y: string): boolean {
  return [x, y].every((w) => !countryOf(w) && !isPlaceWord(w) && !DEMONYMS.has(w));
}

function capitalRuns(doc: Doc, a: number, b: number, titleCase: boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = a;
  while (i < b) {
    const t = doc.tokens[i]!;
    const cap = isCap(t) && (!titleCase || t.capitalized || i === a);
    // "No 88", "No. 1": the abbreviation of "number" before a figure names nothing
    const numberSign = (t.lower === 'no' || t.lower === 'nos') && doc.tokens[i + 1]?.number !== undefined && i + 1 < b;
    // a unit's letters glued to a figure: "48C", "102F", "5K", "101KB"
    const unitLetter = /^\p{Lu}{1,3}$/u.test(t.text) && i > a && doc.tokens[i - 1]!.number !== undefined && /^°?$/.test(gap(doc, i));
    if (!cap || numberSign || unitLetter) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < b) {
      const g = gap(doc, j);
      const tj = doc.tokens[j]!;
      // an initial: "Michael J. Driscoll"
      const initial = g === '. ' && /^\p{Lu}$/u.test(doc.tokens[j - 1]!.text) && isCap(tj);
      // a code: "COVID-19", "SARS-CoV-2", "mRNA-1273": a number or an acronym glued on by a hyphen
      if (g === '-' && (tj.number !== undefined || codeLike(tj.text)) && codeLike(doc.tokens[j - 1]!.text)) {
        j++;
        continue;
      }
      // a double-barrelled name: "Lloyd-Evans", "Rolls-Royce" (but two places stay two: "US-China talks")
      if (g === '-' && isCap(tj) && hyphenedName(doc.tokens[j - 1]!.lower, tj.lower)) {
        j++;
        continue;
      }
      if (g !== ' ' && !initial) break;
      if (isCap(tj) && (!titleCase || tj.capitalized)) {
        j++;
        continue;
      }
      // "Food and Drug Administration", "Health and Safety Executive": "and" inside an organisation's name
      if (tj.lower === 'and' && andInName(doc, j, b)) {
        j += 2;
        continue;
      }
      // "Security Service of Ukraine", "Ludwig van Beethoven"
      if (CONNECTORS.has(tj.lower) && j + 1 < b && gap(doc, j + 1) === ' ' && isCap(doc.tokens[j + 1]!)) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

function multiCountry(doc: Doc, i: number, b: number): { n: number; country: string } | undefined {
  let country: string | undefined;
  const n = longestPhrase(doc, i, b, 1, (s) => (country = countryOf(s)) !== undefined);
  return n ? { n, country: country! } : undefined;
}

/**
 * The length of the longest phrase of up to four words at token i (before b), joined by single
 * spaces, of at least `least` words, whose lower-case words pass `test`; 0 when none does.
 */
function longestPhrase(doc: Doc, i: number, b: number, least: number, test: (phrase: string) => boolean): number {
  for (let n = Math.min(4, b - i); n >= least; n--) {
    let s = doc.tokens[i]!.lower;
    let ok = true;
    for (let k = i + 1; k < i + n; k++) {
      if (gap(doc, k) !== ' ') {
        ok = false;
        break;
      }
      s += ' ' + doc.tokens[k]!.lower;
    }
    if (ok && test(s)) return n;
  }
  return 0;
}

function makeEntity(doc: Doc, si: number, a: number, b: number, kind: EntityKind, country?: string): Entity {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  const e: Entity = { sentence: si, tokens: [a, b], start, end, text: doc.norm.slice(start, end), kind };
  if (country) e.country = country;
  return e;
}

/** Named entities of one sentence, split off their titles; countries and demonyms stand alone. */
function sentenceEntities(doc: Doc, si: number, surnames: Set<string>): Entity[] {
  const [a, b] = doc.sentenceTokens[si]!;
  const kind = doc.sentences[si]!.kind;
  const titleCase = kind === 'headline' || kind === 'heading';
  const out: Entity[] = [];
  for (const [ra, rb] of capitalRuns(doc, a, b, titleCase)) {
    let i = ra;
    // leading words: a sentence-initial common word, qualifiers, honorifics, countries, a title
    while (i < rb) {
      const t = doc.tokens[i]!;
      const lower = t.lower.replace(/\.$/, '');
      const g0 = i > 0 ? gap(doc, i) : '';
      const initial = i === a || /[:(\u2014]\s*$/.test(g0) || /(^|\s)"$/.test(g0);
      // (a country's first word is no common word: "South Africa's parliament")
      if (PRONOUNS.has(lower) || (initial && !surnames.has(lower) && known(lower) && !nameOnly(lower) && !isFirstName(lower) && !countryOf(lower) && !isPlaceWord(lower) && !isLastName(lower) && !TITLE_WORDS.has(lower) && !multiCountry(doc, i, rb))) {
        i++;
        continue;
      }
      // a month before a name is a first name ("June Carter"), not a date
      const month = CALENDAR.has(lower) && !(i + 1 < rb && !CALENDAR.has(doc.tokens[i + 1]!.lower) && !/day$/.test(lower));
      if (QUALIFIER_SET.has(lower) || HONORIFIC_SET.has(lower) || month) {
        i++;
        continue;
      }
      // a place of several words the gazetteer knows ("British Columbia", "New South Wales"), unless an
      // organisation's word follows ("New York Times"): one place, not a nationality and a name
      const mp = multiWordPlace(doc, i, rb);
      if (mp && (i + mp === rb || !ORG_WORDS.has(doc.tokens[i + mp]!.lower))) {
        out.push(makeEntity(doc, si, i, i + mp, 'place'));
        i += mp;
        continue;
      }
      const mc = multiCountry(doc, i, rb);
      if (mc && (i + mc.n === rb || !ORG_WORDS.has(doc.tokens[i + mc.n]!.lower))) {
        const name = keyOf(doc.tokens.slice(i, i + mc.n).map((x) => x.lower).join(' '));
        out.push(makeEntity(doc, si, i, i + mc.n, DEMONYMS.has(name) ? 'nationality' : 'place', mc.country));
        i += mc.n;
        continue;
      }
      if (t.lower === 'of' || t.lower === 'the') {
        i++;
        continue;
      }
      // a title: "Secretary of State Marco Rubio", "Prime Minister Yulia Svyrydenko"
      let split = -1;
      for (let p = rb - 1; p > i; p--) {
        if (TITLE_WORDS.has(doc.tokens[p]!.lower)) continue;
        if (readRole(phraseWords(doc, i, p).map((x) => x.w))) {
          split = p;
          break;
        }
      }
      if (split > i) {
        i = split;
        continue;
      }
      // a title alone ("President", "Senator"), and a word of titles opening a sentence by itself, a
      // common word there ("Police in Savannah arrested ...": "police chief" is a title)
      if (TITLE_WORDS.has(lower) && (readRole([lower]) || (initial && i + 1 === rb && known(lower) && !nameOnly(lower)))) {
        i++;
        continue;
      }
      break;
    }
    if (i >= rb) continue;
    // trailing title-like words are not names either ("Zelensky Says": a heading verb stays)
    let j = rb;
    while (j > i && CALENDAR.has(doc.tokens[j - 1]!.lower)) j--;
    if (j <= i) continue;
    const words = doc.tokens.slice(i, j).map((t) => t.lower.replace(/\.$/, ''));
    let k: EntityKind;
    let country: string | undefined;
    if (words.some((w) => ORG_WORDS.has(w)) || words.some((w) => /Organization/.test(lex(w)) && !isFirstName(w) && !isLastName(w))) k = 'organisation';
    else if (words.length === 1 && countryOf(words[0]!)) {
      k = 'place';
      country = countryOf(words[0]!);
    } else if (hasPersonTitle(doc, i, a) && words.length <= 4) k = 'person';
    else if (PLACE_WORDS.has(words[words.length - 1]!) || (words.length === 1 && isPlaceWord(words[0]!) && !isLastName(words[0]!)) || placeBeforeItsCountry(doc, i, j, a)) k = 'place';
    else if (isFirstName(words[0]!) || isLastName(words[words.length - 1]!)) k = 'person';
    else if (words.length >= 2 && words.length <= 4 && words.every((w) => !known(w) || isFirstName(w) || isLastName(w))) k = 'person';
    // a name with a person's post in an appositive after it: "Imogen Frazer, the council's deputy leader,"
    else if (words.length >= 2 && words.length <= 4 && roleAfter(doc, j, doc.sentenceTokens[si]![1]) !== undefined) k = 'person';
    else k = 'other';
    out.push(makeEntity(doc, si, i, j, k, country));
  }
  return out;
}

/** The length of the place of two to four words the gazetteer knows at token i of a capitalized run, or 0. */
function multiWordPlace(doc: Doc, i: number, rb: number): number {
  return longestPhrase(doc, i, rb, 2, (name) => !COUNTRY_OF.has(name) && (PLACES.has(name) || wordnetPlace(name)));
}

/** "in Savannah, Georgia": a name after "in" or "near" with a country or a region after a comma is a place. */
function placeBeforeItsCountry(doc: Doc, i: number, j: number, a: number): boolean {
  if (i <= a || !/^(in|near|outside)$/.test(doc.tokens[i - 1]!.lower)) return false;
  const next = doc.tokens[j];
  if (!next || next.sentence !== doc.tokens[i]!.sentence || !/^,\s*$/.test(doc.norm.slice(doc.tokens[j - 1]!.end, next.start))) return false;
  return /^\p{Lu}/u.test(next.text) && (countryOf(next.lower) !== undefined || isPlaceWord(next.lower));
}

/** True when a title stands right before token i (after the sentence start a). */
function hasPersonTitle(doc: Doc, i: number, a: number): boolean {
  const r = roleBefore(doc, i, a);
  return r !== undefined;
}

/** The role written right before a name at token i: "U.S. Secretary of State", "Russian envoy". */
function roleBefore(doc: Doc, i: number, a: number): { role: Role; first: number } | undefined {
  let k = i;
  while (k > a) {
    const g = gap(doc, k);
    const t = doc.tokens[k - 1]!;
    const lower = t.lower;
    const dotted = g === '. ' && (lower.includes('.') || TITLE_SET.has(lower + '.') || HONORIFIC_SET.has(lower));
    const ok =
      g === ' ' || g === '-' || dotted || (g === "'s " && countryOf(lower) !== undefined);
    if (!ok) break;
    const bare = lower.replace(/\.$/, '');
    if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(bare) || TITLE_WORDS.has(bare + '.') || QUALIFIER_SET.has(bare) || HONORIFIC_SET.has(bare) || countryOf(lower) || lower === 'of' || lower === 'the') {
      k--;
      continue;
    }
    break;
  }
  while (k < i && (doc.tokens[k]!.lower === 'of' || doc.tokens[k]!.lower === 'the')) k++;
  if (k >= i) return undefined;
  const words = phraseWords(doc, k, i).map((x) => x.w);
  const role = readRole(words);
  if (!role) return undefined;
  // a qualifier before the organisation the title belongs to: "former Brightmoor Care finance director"
  let m = k;
  while (m > a && k - m < 4 && gap(doc, m) === ' ' && doc.tokens[m - 1]!.capitalized && !QUALIFIER_SET.has(doc.tokens[m - 1]!.lower)) m--;
  // or before the field the title is of: "deputy council leader", "former party chairman"
  if (m === k && m - 1 > a && gap(doc, m) === ' ' && /^\p{Ll}+$/u.test(doc.tokens[m - 1]!.text) && !QUALIFIER_SET.has(doc.tokens[m - 1]!.lower)) m--;
  const q = m > a && m < k && gap(doc, m) === ' ' ? doc.tokens[m - 1]!.lower : undefined;
  if (q && QUALIFIER_SET.has(q) && !NEUTRAL.has(q) && !role.qualifiers.includes(q)) {
    role.qualifiers = [...role.qualifiers, q].sort();
    return { role, first: m - 1 };
  }
  return { role, first: k };
}

/** The role in an appositive after a name ending at token j: "Jared Kushner, the president's son-in-law,". */
function roleAfter(doc: Doc, j: number, b: number): { role: Role; last: number } | undefined {
  if (j >= b) return undefined;
  const g = gap(doc, j);
  if (!/^\s*,\s*$/.test(g)) return undefined;
  // the appositive: up to the next comma, dash, bracket or the end, at most 10 words
  let e = j;
  while (e < b && e - j < 10) {
    if (e > j && /[,;:()\u2014"]|\s-\s/.test(gap(doc, e))) break;
    e++;
  }
  let s = j;
  const first = doc.tokens[s]!.lower;
  if (!['the', 'a', 'an', 'his', 'her', 'its', 'their', 'former', 'then', 'acting', 'deputy'].includes(first) && !TITLE_WORDS.has(first) && !countryOf(first) && !/^(co|ex)$/.test(first)) {
    // a possessive name: "former President Donald Trump's son-in-law"
    let poss = -1;
    for (let k = j; k < e - 1; k++) if (/^'s?\s/.test(gap(doc, k + 1)) || gap(doc, k + 1).startsWith("'s")) poss = k + 1;
    if (poss < 0) return undefined;
  }
  // skip past the last possessive, keeping a "once" before it ("once South Africa's deputy finance minister")
  for (let k = j; k < e - 1; k++) if (gap(doc, k + 1).startsWith("'")) s = k + 1;
  const lead = s > j && FORMER_WORDS.has(first) ? ['former'] : [];
  // the title: the longest run ending at a title word (or a hyphenated word), followed by the end or
  // a word such as "of", "at", "for" or "on" ("the Labour group's leader on Leicester City Council":
  // the body the post is on)
  const words = phraseWords(doc, s, e);
  const found = longestTitle(words, APPOSITIVE_FOLLOWERS, lead, true);
  if (!found) return undefined;
  const { role, end } = found;
  // "the founder of Ozy Media": a country after "of" is the role's country
  if (words[end]?.w === 'of' && words[end + 1] && !role.country) {
    const c = COUNTRY_OF.get(keyOf(words[end + 1]!.w));
    if (c) role.country = c;
  }
  return { role, last: words[end - 1]!.last + 1 };
}

/** Words that may follow a title in an appositive: "the founder of ...", "the leader on ...", "the envoy who ...". */
const APPOSITIVE_FOLLOWERS = new Set(['of', 'at', 'for', 'to', 'in', 'on', 'with', 'who', 'and']);
/** Words that may follow a post after "as": "stepped down as leader of ...". */
const AS_FOLLOWERS = new Set(['of', 'at', 'for', 'on', 'in', 'and']);

/**
 * The role of the longest run of a phrase's words that ends at a title word (with `hyphens`, at any
 * hyphenated word too) and is followed by the phrase's end or a word of `followers`; `lead` words are
 * read before it. `end`: the run's length in words.
 */
function longestTitle(words: Array<{ w: string; last: number }>, followers: ReadonlySet<string>, lead: string[], hyphens: boolean): { role: Role; end: number } | undefined {
  for (let end = words.length; end > 0; end--) {
    const head = words[end - 1]!.w;
    const after = words[end]?.w;
    if (after !== undefined && !followers.has(after)) continue;
    if (!TITLE_WORDS.has(head) && !(hyphens && /-/.test(head))) continue;
    const role = readRole([...lead, ...words.slice(0, end).map((x) => x.w)]);
    if (role) return { role, end };
  }
  return undefined;
}

/** Verbs of taking, holding or leaving a post, the post after "as": "stepped down as leader", "was appointed as chair". */
const AS_VERBS = new Set([
  'stepped', 'steps', 'step', 'resigned', 'resigns', 'quit', 'quits', 'served', 'serves', 'serving', 'appointed', 'named',
  'elected', 'installed', 'sworn', 'took', 'takes', 'remains', 'remained', 'continues', 'continued', 'retired', 'retires',
]);

/**
 * The post the words after a name (token j) give it with a verb of holding or leaving a post and
 * "as", within four words: "Ravi Menon stepped down as leader of the Labour group", "Ana Ruiz, 52,
 * was appointed as chief executive" (not "replaced X as leader": that post is X's).
 */
function roleAs(doc: Doc, j: number, b: number): { role: Role; last: number } | undefined {
  let k = j;
  let verb = false;
  while (k < b && k - j < 5 && doc.tokens[k]!.lower !== 'as') {
    const t = doc.tokens[k]!;
    if (/[,;:()\u2014"]/.test(gap(doc, k)) || /^\p{Lu}/u.test(t.text)) return undefined;
    if (AS_VERBS.has(t.lower)) verb = true;
    k++;
  }
  if (!verb || k >= b || doc.tokens[k]!.lower !== 'as') return undefined;
  let e = k + 1;
  while (e < b && e - k <= 6 && !/[,;:()\u2014"]|\s-\s/.test(gap(doc, e))) e++;
  const words = phraseWords(doc, k + 1, e);
  const found = longestTitle(words, AS_FOLLOWERS, [], false);
  return found && { role: found.role, last: words[found.end - 1]!.last + 1 };
}

/** The role in a phrase before ", Name": "the president's son-in-law, Jared Kushner". */
function roleBeforeComma(doc: Doc, i: number, a: number): { role: Role; first: number } | undefined {
  if (i <= a || !/^\s*,\s*$/.test(gap(doc, i))) return undefined;
  let k = i - 1;
  let possessive = false;
  while (k > a && i - k < 6) {
    const g = gap(doc, k);
    if (g.startsWith("'")) possessive = true;
    if (!(g === ' ' || g === '-' || /^'s? $/.test(g))) break;
    if (['and', 'or', 'with', 'including', 'specifically', 'by', 'as', 'like'].includes(doc.tokens[k - 1]!.lower)) break;
    k--;
  }
  if (!possessive) return determinedRole(doc, k, i, a);
  // the words after the possessive
  let s = k;
  for (let m = k + 1; m < i; m++) if (gap(doc, m).startsWith("'")) s = m;
  const words = phraseWords(doc, s, i).map((x) => x.w);
  const role = readRole(words);
  return role ? { role, first: k } : undefined;
}

/** Words before such a phrase that make it no appositive: "in a letter to the chairman, Smith said". */
const ROLE_BLOCKERS = new Set(['to', 'of', 'for', 'with', 'by', 'from', 'at', 'on', 'in', 'as', 'against', 'about', 'and', 'or']);

/**
 * A role in a determined phrase before ", Name" that opens its clause: "The foreign minister, Karel
 * Novak,", "Westmoor Bank said that its chief executive, Gerald Fenn,". The phrase runs from an
 * article or possessive at token k or after it to the comma at token i, and ends in a title word.
 */
function determinedRole(doc: Doc, k: number, i: number, a: number): { role: Role; first: number } | undefined {
  let d = k;
  while (d < i && !PARTICIPANT_OPENERS.has(doc.tokens[d]!.lower)) d++;
  // the place or body of the post after "of" ("The deputy mayor of Tulsa, Rhonda Whitfield,"): the
  // title ends before it
  let end = i;
  for (let m = i - 1; m > d + 1 && /^\p{Lu}/u.test(doc.tokens[m]!.text); m--) if (doc.tokens[m - 1]!.lower === 'of') end = m - 1;
  i = end;
  // or a title and its field after "of" ("the minister of rural economic development, Danielle
  // Fortier,"): readRole reads the field
  const ofField = (): boolean => {
    for (let m = i - 2; m >= Math.max(d + 2, i - 4); m--) {
      if (!/^\p{Ll}+$/u.test(doc.tokens[m + 1]!.text)) return false;
      if (doc.tokens[m]!.lower === 'of') return TITLE_WORDS.has(doc.tokens[m - 1]!.lower);
    }
    return false;
  };
  if (d >= i - 1 || !(TITLE_WORDS.has(doc.tokens[i - 1]!.lower) || ofField())) return undefined;
  if (d > a && ROLE_BLOCKERS.has(doc.tokens[d - 1]!.lower)) return undefined;
  const role = readRole(phraseWords(doc, d + 1, i).map((x) => x.w));
  return role ? { role, first: d } : undefined;
}

// --- people -----------------------------------------------------------------------------------------

export function entities(doc: Doc): Entity[] {
  const pass = (surnames: Set<string>): Entity[] => {
    const out: Entity[] = [];
    for (let si = 0; si < doc.sentences.length; si++) out.push(...sentenceEntities(doc, si, surnames));
    return out;
  };
  // a surname the text gives with a first name is a name wherever it stands ("Yeomans said")
  const first = pass(new Set());
  const surnames = new Set<string>();
  for (const e of first) if (e.kind === 'person' && e.tokens[1] - e.tokens[0] > 1) surnames.add(doc.tokens[e.tokens[1] - 1]!.lower);
  // a linked file's format and size unit name no one: "(PDF, 195KB)", "MS Word Document, 50.8 KB"
  return (surnames.size ? pass(surnames) : first).filter((e) => !FILE_FORMATS.has(e.text.toLowerCase()) && !/^[KMG]B$/.test(e.text));
}

export function people(doc: Doc): People {
  const ents = entities(doc);
  const persons: Person[] = [];
  const bySurname = new Map<string, number[]>();
  const surnameOf = (e: Entity) => {
    const ws = doc.tokens.slice(e.tokens[0], e.tokens[1]).map((t) => t.lower).filter((w) => !/^(jr|sr|ii|iii)\.?$/.test(w));
    return { first: ws.length > 1 ? ws[0] : undefined, surname: ws[ws.length - 1]! };
  };
  // full names first, so that a surname alone earlier in the text (a summary) finds its person;
  // two first names with one surname are two people ("Scott Johnson", "Steve Johnson")
  for (const e of ents) {
    if (e.kind !== 'person') continue;
    const { first, surname } = surnameOf(e);
    if (!first) continue;
    const ids = bySurname.get(surname) ?? [];
    const id = ids.find((x) => persons[x]!.first === first);
    if (id !== undefined) {
      const p = persons[id]!;
      if (e.text.length > p.name.length) p.name = e.text;
      continue;
    }
    const g = genderOf(first);
    bySurname.set(surname, [...ids, persons.length]);
    persons.push({ name: e.text, surname, first, ...(g ? { gender: g } : {}), mentions: [] });
  }
  const mentions: Mention[] = [];
  /** the person a surname alone stands for: the one of that surname mentioned last, else the first */
  const lastSeen = new Map<number, number>();
  for (const e of ents) {
    const single = e.tokens[1] - e.tokens[0] === 1;
    if (e.kind !== 'person' && !(e.kind === 'other' && single)) continue;
    const { first, surname } = surnameOf(e);
    const ids = bySurname.get(surname) ?? [];
    let id: number | undefined;
    if (first) id = ids.find((x) => persons[x]!.first === first);
    else if (ids.length) {
      id = ids[0]!;
      let best = -1;
      for (const x of ids) if ((lastSeen.get(x) ?? -1) > best) [best, id] = [lastSeen.get(x)!, x];
    }
    if (id === undefined) {
      if (e.kind !== 'person') continue;
      id = persons.length;
      bySurname.set(surname, [...ids, id]);
      persons.push({ name: e.text, surname, mentions: [] });
    }
    lastSeen.set(id, e.start);
    const [sa, sb] = doc.sentenceTokens[e.sentence]!;
    const m: Mention = { ...e, kind: 'person', person: id };
    // (an appositive's post stands before the name's honorific: "The trust's medical director, Dr Samuel Adeyemi,")
    let h = e.tokens[0];
    while (h > sa && HONORIFIC_SET.has(doc.tokens[h - 1]!.lower.replace(/\.$/, '')) && /^\.? $/.test(gap(doc, h))) h--;
    let before = roleBefore(doc, e.tokens[0], sa) ?? roleBeforeComma(doc, h, sa);
    // an academic title before the name gives way to the post after it: "Professor Amelia Grant,
    // chief medical officer for Wales," holds the post of chief medical officer
    const after = before && !ACADEMIC.has(before.role.title) ? undefined : roleAfter(doc, e.tokens[1], sb);
    if (before && after) before = undefined;
    // the post after the name: an appositive, or one the sentence gives with "as" ("Ravi Menon stepped
    // down as leader of the group")
    const following = before ? undefined : (after ?? roleAs(doc, e.tokens[1], sb));
    if (before) {
      m.role = before.role;
      m.roleStart = doc.tokens[before.first]!.start;
      m.roleEnd = e.end;
    } else if (following) {
      m.role = following.role;
      m.roleStart = e.start;
      m.roleEnd = doc.tokens[following.last - 1]!.end;
    }
    persons[id]!.mentions.push(mentions.length);
    mentions.push(m);
  }
  return { entities: ents, persons, mentions };
}

/** True when two persons (of two tellings) are one: same surname, first names compatible. */
export function samePerson(a: Person, b: Person): boolean {
  return a.surname === b.surname && (!a.first || !b.first || a.first === b.first);
}
