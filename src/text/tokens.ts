/** Words of a normalized text with stems for matching. */
import { stemmer } from 'stemmer';
import type { Token } from '../types.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { known } from './lexicon.js';

// numbers ("2,000", "3.5", "$5", "30%"), words with inner hyphens, apostrophes, dots or ampersands
// ("son-in-law", "U.S", "AT&T", "don't")
// Hyphenated compounds are split into their parts ("Ukraine-Russia", "one-year", "SARS-CoV-2").
const WORD = /\$?\p{N}+(?:[.,]\p{N}+)*%?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['.&][\p{L}\p{M}\p{N}]+)*/gu;

export interface RawToken {
  start: number;
  end: number;
  text: string;
}

export function words(text: string, offset = 0): RawToken[] {
  const out: RawToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    // a possessive "'s" is not part of the name
    if (/'s$/i.test(t) && t.length > 2) t = t.slice(0, -2);
    out.push({ start: offset + m.index, end: offset + m.index + t.length, text: t });
  }
  return out;
}

const stemCache = new Map<string, string>();

/** Stem of a lower-cased word: Porter's stemmer for plain words, the word itself otherwise. */
export function stem(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = /^[a-z]+$/.test(lower) && lower.length > 3 ? stemmer(lower) : lower.replace(/\.$/, '');
    if (stemCache.size < 200_000) stemCache.set(lower, s);
  }
  return s;
}

export function parseNumber(text: string): number | undefined {
  const m = /^\$?(\p{N}+(?:[.,]\p{N}+)*)%?$/u.exec(text);
  if (!m) return undefined;
  const digits = m[1]!;
  // "2,000" is two thousand; "3.5" is a decimal; "1.000.000" (continental) is a million
  let v: number;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) v = Number(digits.replace(/,/g, ''));
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(digits)) v = Number(digits.replace(/\./g, ''));
  else v = Number(digits.replace(/,/g, '.'));
  return Number.isFinite(v) ? v : undefined;
}

/**
 * A token with its features. In a title-case line (a headline, a heading) capitals mark no name, so
 * a capitalized word counts as a name only when it is an acronym or not a dictionary word.
 */
export function makeToken(raw: RawToken, sentence: number, first: boolean, titleCase = false): Token {
  const lower = raw.text.toLowerCase();
  const number = parseNumber(raw.text);
  const isAcronym = /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(raw.text);
  const capitalized =
    /^\p{Lu}/u.test(raw.text) && (isAcronym || (titleCase ? !known(lower) : !first));
  const content = number !== undefined || (!STOP_WORDS.has(lower) && /[\p{L}\p{N}]/u.test(lower));
  // an object literal, not `{ ...raw, … }`: V8 (Node 20) builds spread objects ~20x slower, and
  // this runs once per word (bench: 1.1 s of a 100k-word analysis)
  const token: Token = { start: raw.start, end: raw.end, text: raw.text, lower, stem: stem(lower), sentence, content, capitalized };
  if (number !== undefined) token.number = number;
  return token;
}
