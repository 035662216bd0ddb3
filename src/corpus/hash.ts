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

/** NFKC, quotes and dashes folded, white space collapsed within lines, blank lines dropped. */
export function normalizeForHash(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const folded = ascii ? text : text.normalize('NFKC').replace(FOLD_RE, (c) => FOLD[c]!);
  const lines: string[] = [];
  for (const line of folded.split(/\r\n?|\n|\u2028|\u2029/)) {
    const l = line.replace(/\s+/g, ' ').trim();
    if (l) lines.push(l);
  }
  return lines.join('\n');
}

/** `n1:` and the SHA-256 of the normalized text, in hex. */
export function contentHash(text: string): string {
  return HASH_PREFIX + createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}
