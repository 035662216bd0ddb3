/**
 * The content hash that decides whether a fetch is a new version. It is taken over a normalized copy
 * of the text, so that typography and white space alone (curly or straight quotes, dashes, a
 * non-breaking space, a trailing space, blank lines, CR LF) do not make a new version.
 *
 * The normalization is frozen here, not shared with the text stage: if it changed, every stored article
 * would seem to change on its next fetch. A different normalization must get a new prefix (`n2:`).
 */
import { createHash } from 'node:crypto';

export const HASH_PREFIX = 'n1:';

const FOLD: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u00AD': '', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};
const FOLD_RE = /[\u2010-\u2015\u2212\u2018-\u201F\u2032\u2033\u00AB\u00BB\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** True when the code unit is white space (as the RegExp class \s) other than a space or a line feed. */
function otherSpace(c: number): boolean {
  if (c < 0x80) return c === 9 || c === 11 || c === 12 || c === 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True when the replacements of collapseLines would change the text: white space other than a space
 * or a line feed, two spaces, or a space or a blank line at a line break. One scan of code units (a
 * regular expression with these alternatives is several times slower on long texts).
 */
function untidy(t: string): boolean {
  let prev = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 10) {
      if (prev === 32 || prev === 10) return true;
    } else if (c < 33 || c >= 0xa0) {
      if (otherSpace(c)) return true;
    }
    prev = c;
  }
  return false;
}

/**
 * White space collapsed within lines, lines trimmed, blank lines dropped, lines joined by "\n" (line
 * breaks: LF, CR LF, CR, U+2028, U+2029). A tidy text is returned as it is after one scan.
 */
export function collapseLines(text: string): string {
  let t = text;
  if (untidy(t)) {
    t = t
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n[ \n]*/g, '\n');
  }
  let a = 0;
  let b = t.length;
  while (a < b && (t.charCodeAt(a) === 32 || t.charCodeAt(a) === 10)) a++;
  while (b > a && (t.charCodeAt(b - 1) === 32 || t.charCodeAt(b - 1) === 10)) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** NFKC, quotes and dashes folded, then collapseLines. */
export function normalizeForHash(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = !/[^\x00-\x7f]/.test(text);
  return collapseLines(ascii ? text : text.normalize('NFKC').replace(FOLD_RE, (c) => FOLD[c]!));
}

/** `n1:` and the SHA-256 of the normalized text, in hex. */
export function contentHash(text: string): string {
  return HASH_PREFIX + createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}
