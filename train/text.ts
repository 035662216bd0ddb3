/**
 * Small text helpers for the generator: words with offsets, quotations, whole-word search, case,
 * and the first-name / surname / place table built from compromise (dist/data/names.txt).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Token {
  w: string;
  start: number;
  end: number;
}

/** Words: letters and digits, with inner hyphens and apostrophes ("year-old", "O'Brien", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function words(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Quotations of a sentence as [start, end) ranges that include the quote marks. Straight quotes
 * pair in order; curly quotes pair open with close. When quotes do not pair up (a quotation that
 * runs over the sentence boundary, or stray marks), the whole sentence counts as quoted, so nothing
 * inside a quotation is ever touched by accident.
 */
export function quoteRanges(text: string): Array<[number, number]> {
  return pairedQuotes(text) ?? [[0, text.length]];
}

/** True when the sentence's quote marks pair up. */
export function quotesBalanced(text: string): boolean {
  return pairedQuotes(text) !== undefined;
}

function pairedQuotes(text: string): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (open < 0) {
        open = i;
        openChar = '"';
      } else if (openChar === '"') {
        out.push([open, i + 1]);
        open = -1;
      } else return undefined;
    } else if (c === '“') {
      if (open >= 0) return undefined;
      open = i;
      openChar = '“';
    } else if (c === '”') {
      if (open < 0 || openChar !== '“') return undefined;
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) return undefined;
  return out;
}

export function overlaps(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  return ranges.some(([a, b]) => start < b && a < end);
}

const REGEX_MEMO = new Map<string, RegExp>();
/** A compiled regular expression, built once per source and flags (use with matchAll or exec-free APIs). */
export function regex(source: string, flags: string): RegExp {
  const key = flags + '/' + source;
  let re = REGEX_MEMO.get(key);
  if (!re) REGEX_MEMO.set(key, (re = new RegExp(source, flags)));
  return re;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whole-word occurrences of a phrase (its words separated by single spaces). A word must not
 * continue with a letter, digit, hyphen or apostrophe on either side, so "first" is not found in
 * "first-degree" and "shot" not in "shotgun".
 */
let lastText = '';
let lastLower = '';
export function findPhrase(text: string, phrase: string, caseInsensitive = false): number[] {
  if (caseInsensitive && text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  if (!(caseInsensitive ? lastLower.includes(phrase.toLowerCase()) : text.includes(phrase))) return [];
  const re = regex(`(?<![\\p{L}\\p{N}'’-])${escape(phrase)}(?![\\p{L}\\p{N}-]|['’]\\p{L})`, caseInsensitive ? 'giu' : 'gu');
  const out: number[] = [];
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

/**
 * A matcher for many phrases at once, with the word boundaries of findPhrase; longer phrases win.
 * Returns each match with the phrase as listed (lower-cased when case-insensitive).
 */
export function phraseMatcher(phrases: readonly string[], caseInsensitive = false): (text: string) => Array<{ start: number; end: number; phrase: string }> {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}-]|['’]\\p{L})`, caseInsensitive ? 'giu' : 'gu');
  return (text) => {
    const out: Array<{ start: number; end: number; phrase: string }> = [];
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, phrase: caseInsensitive ? m[0].toLowerCase() : m[0] });
    return out;
  };
}

/** The replacement with the first letter's case of the original. */
export function likeCase(original: string, replacement: string): string {
  if (!original || !replacement) return replacement;
  const up = original[0] !== original[0]!.toLowerCase();
  if (up) return replacement[0]!.toUpperCase() + replacement.slice(1);
  // a replacement written with capitals ("TV", "U.S.") keeps them
  return replacement[0] === replacement[0]!.toLowerCase() ? replacement : replacement;
}

export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);

/** "a" or "an" before a word (by its first sound, near enough for the generated words). */
export function article(next: string): 'a' | 'an' {
  if (/^(8|11|18|8\d)\b|^(8|11|18|8\d)-/.test(next)) return 'an';
  if (/^\d/.test(next)) return 'a';
  if (/^(uni|use|one|eu)/i.test(next)) return 'a';
  if (/^(hour|honest|honou?r)/i.test(next)) return 'an';
  return /^[aeiou]/i.test(next) ? 'an' : 'a';
}

// --- the names table ---------------------------------------------------------------------------

let nameTable: Map<string, string> | undefined;
function names(): Map<string, string> {
  if (nameTable) return nameTable;
  nameTable = new Map();
  const path = fileURLToPath(new URL('../data/names.txt', import.meta.url));
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) nameTable.set(line.slice(0, sp), line.slice(sp + 1));
  }
  return nameTable;
}

export const tagsOf = (w: string): string => names().get(w.toLowerCase()) ?? '';
export const isFirstName = (w: string): boolean => /MaleName|FemaleName|FirstName/.test(tagsOf(w));
export const isLastName = (w: string): boolean => /LastName/.test(tagsOf(w));
export const isPlaceName = (w: string): boolean => /City|Region|Place|Country/.test(tagsOf(w));
export function genderOf(w: string): 'm' | 'f' | undefined {
  const t = tagsOf(w);
  if (/MaleName/.test(t) && !/FemaleName/.test(t)) return 'm';
  if (/FemaleName/.test(t) && !/MaleName/.test(t)) return 'f';
  return undefined;
}

const title = (w: string) => w.replace(/(^|[ -])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** Invented-name pools from the table: plain ASCII words of 4 to 9 letters, in table order. */
let pools: { m: string[]; f: string[]; last: string[]; cities: string[] } | undefined;
export function namePools(): { m: string[]; f: string[]; last: string[]; cities: string[] } {
  if (pools) return pools;
  const m: string[] = [];
  const f: string[] = [];
  const last: string[] = [];
  const cities: string[] = [];
  for (const [w, t] of names()) {
    if (!/^[a-z]{4,9}$/.test(w)) continue;
    const place = /City|Region|Place|Country/.test(t);
    if (/MaleName/.test(t) && !/FemaleName|LastName/.test(t) && !place) m.push(title(w));
    else if (/FemaleName/.test(t) && !/MaleName|LastName/.test(t) && !place) f.push(title(w));
    else if (/LastName/.test(t) && !/MaleName|FemaleName|FirstName/.test(t) && !place) last.push(title(w));
    if (/City/.test(t) && !/Name/.test(t)) cities.push(title(w));
  }
  return (pools = { m, f, last, cities });
}
