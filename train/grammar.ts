/**
 * Just enough English verb morphology for the generator: the base form of a past-tense verb, the
 * past and third-person forms of a base, and the auxiliaries. Each helper answers undefined when it
 * is not sure, and the caller then skips the site.
 */
import { known } from '../src/text/lexicon.js';
import { IRREGULAR_PAST } from './tables.js';

export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);
export const BE = new Set(['is', 'are', 'was', 'were']);
export const HAVE = new Set(['has', 'have', 'had']);
export const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);

/** Negative contractions and their positive forms. */
export const CONTRACTIONS: Record<string, string> = {
  "isn't": 'is', "aren't": 'are', "wasn't": 'was', "weren't": 'were', "hasn't": 'has', "haven't": 'have',
  "hadn't": 'had', "won't": 'will', "wouldn't": 'would', "can't": 'can', "couldn't": 'could',
  "shouldn't": 'should', "mustn't": 'must',
};

const IRREGULAR_BASE_TO_PAST = new Map(Object.entries(IRREGULAR_PAST).map(([p, b]) => [b, p]));
/** Irregular past participles that differ from the past tense. */
export const IRREGULAR_PARTICIPLES = new Set([
  'been', 'done', 'gone', 'taken', 'given', 'seen', 'known', 'written', 'driven', 'eaten', 'fallen',
  'forgotten', 'hidden', 'ridden', 'risen', 'shaken', 'spoken', 'stolen', 'thrown', 'worn', 'beaten',
  'broken', 'chosen', 'drawn', 'flown', 'grown', 'begun', 'sung', 'swum', 'become', 'come', 'run',
]);

/** Words ending in -ed that are not verbs in the past ("hundred", "bed", "united"). */
const NOT_PAST = new Set(['hundred', 'bed', 'red', 'shed', 'speed', 'need', 'indeed', 'seed', 'feed', 'breed', 'proceed', 'succeed', 'exceed', 'weed', 'greed', 'deed', 'naked', 'wicked', 'sacred', 'kindred', 'rugged']);

/** The base form of a past-tense verb ("admitted" -> "admit", "went" -> "go"), or undefined. */
export function pastBase(word: string): string | undefined {
  const w = word.toLowerCase();
  if (IRREGULAR_PAST[w]) return IRREGULAR_PAST[w];
  if (!/^[a-z]{4,}ed$/.test(w) || NOT_PAST.has(w)) return undefined;
  const stem = w.slice(0, -2);
  const tries: string[] = [];
  if (w.endsWith('ied')) tries.push(w.slice(0, -3) + 'y');
  tries.push(w.slice(0, -1)); // hoped -> hope
  tries.push(stem); // killed -> kill
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) tries.push(stem.slice(0, -1)); // admitted -> admit
  for (const t of tries) if (t.length >= 2 && known(t) && lemmaIsItself(t)) return t;
  return undefined;
}

/** True when the word is itself a dictionary form (not only through stripping a suffix). */
function lemmaIsItself(w: string): boolean {
  // known() also accepts inflected forms; a base form ending in -ed or -s is unlikely here
  return !/(ed|ing)$/.test(w);
}

/** True when the word is a past participle we can recognise. */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return IRREGULAR_PARTICIPLES.has(w) || pastBase(w) !== undefined;
}

/** The past tense of a base form, when it is certain (irregular table or a plain -ed), else undefined. */
export function pastOf(base: string): string | undefined {
  const b = base.toLowerCase();
  const irr = IRREGULAR_BASE_TO_PAST.get(b);
  if (irr) return irr;
  if (b === 'be' || b === 'have' || b === 'do') return undefined;
  if (!/^[a-z]{2,}$/.test(b) || !known(b)) return undefined;
  if (b.endsWith('e')) return b + 'd';
  if (/[^aeiou]y$/.test(b)) return b.slice(0, -1) + 'ied';
  // consonant-vowel-consonant endings may double ("admit" -> "admitted"): not sure, skip
  if (/[^aeiou][aeiou][^aeiouwxy]$/.test(b)) return undefined;
  return b + 'ed';
}

/** The third-person singular present ("want" -> "wants"), or undefined. */
export function thirdPerson(base: string): string | undefined {
  const b = base.toLowerCase();
  if (b === 'have') return 'has';
  if (b === 'be' || b === 'do') return b === 'do' ? 'does' : undefined;
  if (!/^[a-z]{2,}$/.test(b) || !known(b)) return undefined;
  if (/(s|sh|ch|x|z|o)$/.test(b)) return b + 'es';
  if (/[^aeiou]y$/.test(b)) return b.slice(0, -1) + 'ies';
  return b + 's';
}
