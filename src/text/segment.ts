/**
 * Paragraphs, blocks (summary, headline, heading, body) and sentences of a normalized text.
 *
 * A sentence ends at ".", "!", "?" or an ellipsis, with any closing quotes or brackets after it,
 * when what follows opens a sentence. Abbreviations, initials and decimals do not end one.
 */
import type { BlockKind } from '../types.js';
import { ALWAYS_CONTINUES, MAY_END, SENTENCE_OPENERS } from '../data/abbreviations.js';

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

const CLOSERS = new Set(['"', "'", ')', ']', '}', '\u201D', '\u2019', '»']);
const END_PUNCT = /[.!?:;"')\]…]$/u;

/** Paragraphs: non-empty lines of the normalized text. */
export function paragraphs(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && norm[s] === ' ') s++;
      while (e > s && norm[e - 1] === ' ') e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

/** A short line without closing punctuation reads as a headline or a section heading. */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 20) return false;
  if (END_PUNCT.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"']/u.test(text)) return false;
  return true;
}

/**
 * Kinds for each paragraph: the first heading-like paragraph among the first three is the
 * headline; paragraphs before it are a summary block; later heading-like ones are headings.
 */
export function blockKinds(norm: string, paras: Array<{ start: number; end: number }>): BlockKind[] {
  const heading = paras.map((p) => looksLikeHeading(norm.slice(p.start, p.end)));
  const kinds: BlockKind[] = paras.map((_, i) => (heading[i] ? 'heading' : 'body'));
  // a headline opens the text, or follows a short summary block; a label of a few words after the
  // first paragraph is a section heading, not a headline
  const first = heading.findIndex(
    (h, i) => h && (i === 0 || (i < 3 && norm.slice(paras[i]!.start, paras[i]!.end).split(' ').length >= 6)),
  );
  if (first >= 0) {
    kinds[first] = 'headline';
    for (let i = 0; i < first; i++) kinds[i] = 'summary';
  }
  return kinds;
}

function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && !/[\s"'(\[]/.test(text[s - 1]!)) s--;
  return text.slice(s, end);
}

function wordAfter(text: string, start: number): string {
  let s = start;
  while (s < text.length && /["'(\[]/.test(text[s]!)) s++;
  let e = s;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** Sentence ranges (offsets into norm) inside one paragraph [start, end). */
export function sentences(norm: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let sentStart = start;
  let i = start;
  while (i < end) {
    const c = norm[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') {
      i++;
      continue;
    }
    const termStart = i;
    while (i < end && /[.!?\u2026]/u.test(norm[i]!)) i++;
    const run = norm.slice(termStart, i);
    while (i < end && CLOSERS.has(norm[i]!)) i++;
    const stop = i;
    if (i >= end) break;
    if (norm[i] !== ' ') continue; // "3.5", "U.S.-led", ".com"
    const next = i + 1;
    const nc = norm[next] ?? '';
    if (!isBoundary(norm, termStart, run, stop, next, nc)) continue;
    out.push({ start: sentStart, end: stop });
    sentStart = next;
    i = next;
  }
  if (sentStart < end) out.push({ start: sentStart, end });
  return out;
}

function isBoundary(norm: string, termStart: number, run: string, stop: number, next: number, nc: string): boolean {
  // what follows must open a sentence: a capital, a digit, an opening quote or bracket
  if (/[\p{Ll}]/u.test(nc)) return false;
  if (/[,;:\-]/.test(nc)) return false;
  const closedQuote = stop > termStart + run.length;
  if (run !== '.') {
    // "!", "?", "?!" or an ellipsis: a boundary before a capital
    return true;
  }
  const word = wordBefore(norm, termStart);
  const lower = word.toLowerCase();
  const following = wordAfter(norm, next);
  const opener = SENTENCE_OPENERS.has(following.toLowerCase());
  if (closedQuote) return true;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. D. Vance", "George W. Bush"
  if (word.includes('.')) return opener; // "U.S.", "J.D.", "a.m."
  if (ALWAYS_CONTINUES.has(lower)) return false;
  if (MAY_END.has(lower)) {
    if (/^\p{N}/u.test(nc)) return false; // "Jan. 5", "No. 10"
    return opener;
  }
  return true;
}
