/**
 * First names, surnames, places and organisations known to the `compromise` package's lexicon, which
 * help to tell a person from a place. The words are extracted at build time (scripts/build-names.mjs)
 * into dist/data/names.txt and searched in place on first use.
 */
import { fileURLToPath } from 'node:url';
import { SortedTable } from '../text/table.js';

let names: SortedTable | undefined;

/** Tags are memoized per word, up to this many words (a word's tags never change). */
const MEMO_SIZE = 200_000;
const memo = new Map<string, string>();

/** The lexicon's tags for a lower-case word ("MaleName LastName"), or "". */
export function lex(lower: string): string {
  const hit = memo.get(lower);
  if (hit !== undefined) return hit;
  names ??= SortedTable.open(fileURLToPath(new URL('../../data/names.txt', import.meta.url)), false, 'utf8');
  const line = names.lines('', lower)[0];
  const tags = line === undefined ? '' : line.slice(line.indexOf(' ') + 1);
  if (memo.size < MEMO_SIZE) memo.set(lower, tags);
  return tags;
}

export const isFirstName = (lower: string): boolean => /MaleName|FemaleName|FirstName/.test(lex(lower));
export const isLastName = (lower: string): boolean => /LastName/.test(lex(lower));
export const isPlaceWord = (lower: string): boolean => /City|Region|Place|Country/.test(lex(lower));
export const isOrganisationWord = (lower: string): boolean => /Organization/.test(lex(lower));

export function genderOf(lower: string): 'm' | 'f' | undefined {
  const t = lex(lower);
  return /MaleName/.test(t) && !/FemaleName/.test(t) ? 'm' : /FemaleName/.test(t) && !/MaleName/.test(t) ? 'f' : undefined;
}
