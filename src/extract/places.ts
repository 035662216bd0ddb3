/** Places: countries, cities, regions and "the X region" forms. Demonyms ("Russian envoy") are not places. */
import type { Doc } from '../types.js';
import { COUNTRY_NAMES, COUNTRY_OF, DEMONYMS } from '../data/places.js';
import { PLACES, PLACE_PREPOSITIONS, PLACE_SUFFIXES } from '../data/cities.js';

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
        if (!words.every((w, k) => /^\p{Lu}/u.test(w.text) || (k > 0 && k < n - 1 && /^(of|de|the|and)$/.test(w.lower)))) continue;
        const name = words.map((w) => w.lower.replace(/\.$/, '')).join(' ');
        if (DEMONYMS.has(name)) break;
        if (COUNTRY_NAMES.has(name)) {
          key = COUNTRY_OF.get(name)!;
          matched = n;
          break;
        }
        if (PLACES.has(name)) {
          key = name;
          matched = n;
          break;
        }
        // "the Odesa region", "Sumy oblast"
        const after = doc.tokens[i + n];
        if (n <= 2 && after && i + n < b && PLACE_SUFFIXES.has(after.lower) && !DEMONYMS.has(name)) {
          key = name;
          matched = n;
          break;
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
        if (follower && /^\p{Ll}/u.test(follower.text) && follower.content && /^\.? $/.test(doc.norm.slice(last.end, follower.start))) {
          i += matched;
          continue;
        }
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
