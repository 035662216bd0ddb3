/** Places: countries, cities, regions and "the X region" forms. Demonyms ("Russian envoy") are not places. */
import type { Doc } from '../types.js';
import { COUNTRY_NAMES, COUNTRY_OF, DEMONYMS } from '../data/places.js';
import { PLACES, PLACE_PREPOSITIONS, PLACE_SUFFIXES } from '../data/cities.js';
import { MONTHS, WEEKDAYS } from '../data/dates.js';
import { irregularInflection, known, nameOnly, verbForm } from '../text/lexicon.js';
import { isFirstName, isLastName, isOrganisationWord, isPlaceWord } from './names.js';
import { wordnetPlace } from '../text/gazetteer.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { TITLE_WORDS } from './people.js';

export interface Place {
  sentence: number;
  /** normalized offsets */
  start: number;
  end: number;
  tokens: [number, number];
  /** the name as written */
  name: string;
  /** canonical key: a country's canonical name, or the lower-cased name */
  key: string;
  /** after a preposition of place ("in Miami") */
  locative: boolean;
}

const MAX_WORDS = 4;
/** Prepositions after which a name is a place ("protesters in Kisumu", "a crash near Witney"). */
const LOCATIVES = new Set(['in', 'near', 'outside', 'throughout', 'across', 'around', 'between']);
const CALENDAR = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Words of time that follow a place without making it a nationality: "in Europe next year". */
const TIME_AFTER = new Set(['next', 'last', 'this', 'earlier', 'later', 'today', 'tomorrow', 'yesterday', 'tonight', 'now', 'again', 'soon']);

/**
 * A place the built-in lists do not know, named after a preposition of place: one to three
 * capitalized words that are not a dictionary word, a person's first name, an organisation, a
 * title, a month or a day ("in Kisumu", "near Witney", "in Porto"; not "in March", "in Parliament").
 */
function namedAfterLocative(doc: Doc, i: number, a: number, b: number): { n: number; key: string } | undefined {
  if (i <= a) return undefined;
  const prev = doc.tokens[i - 1]!.lower;
  // "in Kisumu", and "the village of Sokora"
  const ofPlace = prev === 'of' && i - 2 >= a && PLACE_SUFFIXES.has(doc.tokens[i - 2]!.lower);
  if (!LOCATIVES.has(prev) && !ofPlace && !(DIRECTIONS.has(prev) && movedBefore(doc, i - 1, a))) return undefined;
  return placeName(doc, i, b);
}

/** Prepositions of a move's end or start: "relocate to Oranmore", "flew from Tromsø". */
const DIRECTIONS = new Set(['to', 'from', 'towards', 'toward']);
/**
 * Verbs of moving from one place to another, by lemma (not "move" or "transfer": a player's "move
 * from Clermont" is from a club).
 */
const MOVING = new Set([
  'relocate', 'travel', 'fly', 'drive', 'sail', 'head', 'return', 'evacuate', 'divert', 'flee', 'walk',
  'commute', 'emigrate', 'migrate', 'deport', 'airlift',
]);

/** A verb of moving stands within the eight words before token k of its sentence. */
function movedBefore(doc: Doc, k: number, a: number): boolean {
  for (let j = k - 1; j >= Math.max(a, k - 8); j--) {
    const v = verbForm(doc.tokens[j]!.lower);
    if (v !== undefined && MOVING.has(v)) return true;
  }
  return false;
}

/**
 * One to three capitalized words at token i that can name a place where the context says a place
 * stands: WordNet's, or no dictionary word but as a name, no first name, organisation, title, month or day.
 */
function placeName(doc: Doc, i: number, b: number): { n: number; key: string } | undefined {
  let n = 0;
  while (n < 3 && i + n < b && /^\p{Lu}\p{Ll}/u.test(doc.tokens[i + n]!.text) && (n === 0 || doc.norm.slice(doc.tokens[i + n - 1]!.end, doc.tokens[i + n]!.start) === ' ')) n++;
  if (n === 0) return undefined;
  const words = doc.tokens.slice(i, i + n).map((t) => t.lower.replace(/\.$/, ''));
  // WordNet's places, but for short words that are also function words ("In" is Indiana's abbreviation)
  if (wordnetPlace(words.join(' ')) && !(n === 1 && (STOP_WORDS.has(words[0]!) || words[0]!.length <= 2))) return { n, key: words.join(' ') };
  if (words.some((w) => CALENDAR.has(w) || (known(w) && !nameOnly(w)) || isOrganisationWord(w) || TITLE_WORDS.has(w))) return undefined;
  if (isFirstName(words[0]!) && !isPlaceWord(words[0]!)) return undefined;
  // a possessive is an owner, not a place: "in Smith's house"
  if (doc.norm.slice(doc.tokens[i + n - 1]!.end).startsWith("'s")) return undefined;
  return { n, key: words.join(' ') };
}

/** What joins token i to the name before it: "and", "or", "," (or '' for anything else). */
function listJoin(doc: Doc, i: number): string {
  const prev = doc.tokens[i - 1]!;
  if (prev.lower === 'and' || prev.lower === 'or') return /^,?$/.test(doc.norm.slice(doc.tokens[i - 2]!.end, prev.start).trim()) ? prev.lower : '';
  return doc.norm.slice(prev.end, doc.tokens[i]!.start).trim() === ',' ? ',' : '';
}

/** The token after the name a list join before token i follows. */
function joinStart(doc: Doc, i: number): number {
  const prev = doc.tokens[i - 1]!;
  return prev.lower === 'and' || prev.lower === 'or' ? i - 1 : i;
}

export function places(doc: Doc): Place[] {
  const out: Place[] = [];
  doc.sentenceTokens.forEach(([a, b], si) => {
    let i = a;
    while (i < b) {
      const t = doc.tokens[i]!;
      if (!/^\p{Lu}/u.test(t.text)) {
        i++;
        continue;
      }
      let matched = 0;
      let key = '';
      for (let n = Math.min(MAX_WORDS, b - i); n >= 1; n--) {
        const words = doc.tokens.slice(i, i + n);
        // all words of a name are capitalized, but for joining words ("of", "de")
        // and no possessive inside it: "Lancashire's Wyre Valley" is two places
        if (!words.every((w, k) => /^\p{Lu}/u.test(w.text) || (k > 0 && k < n - 1 && /^(of|de|the|and)$/.test(w.lower)))) continue;
        if (words.some((w, k) => k > 0 && doc.norm.slice(words[k - 1]!.end, w.start).includes("'"))) continue;
        // nor a mark between its words: "on Wednesday, Maricopa County" is a day and a place
        if (words.some((w, k) => k > 0 && /[,;:()\u2014]/.test(doc.norm.slice(words[k - 1]!.end, w.start)))) continue;
        const name = words.map((w) => w.lower.replace(/\.$/, '')).join(' ');
        if (DEMONYMS.has(name)) break;
        if (COUNTRY_NAMES.has(name)) {
          key = COUNTRY_OF.get(name)!;
          matched = n;
          break;
        }
        // a compass word before a name is part of it: "North Tees", "West Lothian"
        if (n === 1 && COMPASS.has(name) && i + 1 < b && /^\p{Lu}\p{Ll}/u.test(doc.tokens[i + 1]!.text) && doc.norm.slice(t.end, doc.tokens[i + 1]!.start) === ' ') {
          const w = doc.tokens[i + 1]!.lower;
          // ("Western Europe", "West Africa": a part of a place the lists know, which names it)
          if (CALENDAR.has(w) || isOrganisationWord(w) || TITLE_WORDS.has(w) || DEMONYMS.has(w) || COUNTRY_NAMES.has(w)) continue;
          key = name + ' ' + w;
          matched = 2;
          break;
        }
        // WordNet's places, but for names that are also people's ("Adams", "Lincoln")
        if (PLACES.has(name) || (wordnetPlace(name) && !isFirstName(name) && !isLastName(name) && !(n === 1 && (STOP_WORDS.has(name) || name.length <= 2)))) {
          key = name;
          matched = n;
          break;
        }
        // "the Odesa region", "Sumy oblast"
        const after = doc.tokens[i + n];
        // "The Texas border": the article is not part of the name (the place starts after it)
        if (words[0]!.lower === 'the') continue;
        // (a first name before "Park" or "Hill" is a person's, but after "in" or "the": "Helen Park, the
        // bank's governor" / "in Victoria Park")
        const personal = isFirstName(words[0]!.lower) && !(i > a && (LOCATIVES.has(doc.tokens[i - 1]!.lower) || doc.tokens[i - 1]!.lower === 'the'));
        // (a determiner or another function word is no name: "A county government plan")
        if (n <= 2 && after && i + n < b && PLACE_SUFFIXES.has(after.lower) && !DEMONYMS.has(name) && !personal && !STOP_WORDS.has(words[0]!.lower) && !CALENDAR.has(words[0]!.lower)) {
          // a suffix written with a capital is part of the name: "the NSW Central Coast", "Sumy Oblast"
          const named = /^\p{Lu}/u.test(after.text) && doc.norm.slice(words[n - 1]!.end, after.start) === ' ';
          key = named ? `${name} ${after.lower}` : name;
          matched = named ? n + 1 : n;
          break;
        }
      }
      // the next of a list of places: "between Inverness and Dundee", "in Leeds, Hull or York"
      // (written as a name is: "SouthEastAsia" is a hashtag or a typo, not a place of its own)
      if (!matched && i - 2 >= a && /^\p{Lu}\p{Ll}+$/u.test(t.text) && /^(and|or)$|^,$/.test(listJoin(doc, i)) && out.at(-1)?.tokens[1] === joinStart(doc, i)) {
        const named = placeName(doc, i, b);
        if (named) {
          key = named.key;
          matched = named.n;
        }
      }
      if (!matched) {
        const named = namedAfterLocative(doc, i, a, b);
        if (named) {
          key = named.key;
          matched = named.n;
        }
      }
      if (!matched) {
        i++;
        continue;
      }
      const first = doc.tokens[i]!;
      const last = doc.tokens[i + matched - 1]!;
      // a country before a plain noun is a nationality: "U.K. activists", "U.S. envoys"
      const follower = i + matched < b ? doc.tokens[i + matched]! : undefined;
      if (COUNTRY_OF.has(key.toLowerCase()) || COUNTRY_NAMES.has(doc.norm.slice(first.start, last.end).toLowerCase().replace(/\.$/, ''))) {
        // ("Britain announced" is the country: a verb follows, not a noun)
        // ("Uganda won", "France beat": an irregular verb's past is a verb too)
        const verb = follower && ((/(ed|s)$/.test(follower.lower) && verbForm(follower.lower) !== undefined) || irregularInflection(follower.lower));
        // ("in Europe next year", "to France last week": a time after the place, not a noun it qualifies)
        if (follower && !verb && !TIME_AFTER.has(follower.lower) && /^\p{Ll}/u.test(follower.text) && follower.content && /^\.? $/.test(doc.norm.slice(last.end, follower.start))) {
          i += matched;
          continue;
        }
      }
      // a state's or country's abbreviation before a name of two words or more qualifies it: "NSW
      // Central Coast" is the Central Coast
      if (matched >= 3 && /^[A-Z][A-Z.]{1,4}$/.test(first.text) && key === doc.tokens.slice(i, i + matched).map((w) => w.lower.replace(/\.$/, '')).join(' ')) {
        key = key.slice(key.indexOf(' ') + 1);
      }
      const prev = i > a ? doc.tokens[i - 1]! : undefined;
      out.push({
        sentence: si,
        start: first.start,
        end: last.end,
        tokens: [i, i + matched],
        name: doc.norm.slice(first.start, last.end),
        key,
        locative: Boolean(prev && (PLACE_PREPOSITIONS.has(prev.lower) || (prev.lower === 'the' && i - 2 >= a && PLACE_PREPOSITIONS.has(doc.tokens[i - 2]!.lower)))),
      });
      i += matched;
    }
  });
  return out;
}
