/**
 * Clauses: the parts of a sentence between commas, semicolons, colons, dashes and brackets, and
 * before "but", "while", "whereas", "though", "although". Parts with fewer than three content words
 * join the part before them (or after, at the start), so "In Kyiv, he said" stays one clause.
 */
import type { Doc } from '../types.js';
import { AUXILIARIES } from '../data/verbs.js';
import { irregularInflection, verbForm } from '../text/lexicon.js';

export interface Clause {
  sentence: number;
  /** normalized offsets */
  start: number;
  end: number;
  /** token range [first, last) */
  tokens: [number, number];
  /** number of content tokens */
  content: number;
}

const BREAK_WORDS = new Set(['but', 'while', 'whereas', 'though', 'although', 'which']);

/** "and" before a verb in the past: a second statement of the same subject ("halted trains and saw crews pull ..."). */
function pastAfterAnd(doc: Doc, i: number, b: number): boolean {
  if (doc.tokens[i]!.lower !== 'and' || i + 1 >= b) return false;
  const w = doc.tokens[i + 1]!.lower;
  if (AUXILIARIES.has(w)) return false;
  return irregularInflection(w) || (/ed$/.test(w) && verbForm(w) !== undefined);
}

export function clauses(doc: Doc): Clause[][] {
  return doc.sentenceTokens.map(([a, b], si) => {
    const parts: Array<[number, number]> = [];
    let start = a;
    for (let i = a + 1; i < b; i++) {
      const gap = doc.norm.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start);
      const brk = /[,;:()\u2014]|\s-\s|"/.test(gap) || BREAK_WORDS.has(doc.tokens[i]!.lower) || pastAfterAnd(doc, i, b);
      if (brk) {
        parts.push([start, i]);
        start = i;
      }
    }
    if (start < b) parts.push([start, b]);
    const count = (p: [number, number]) => {
      let n = 0;
      for (let i = p[0]; i < p[1]; i++) if (doc.tokens[i]!.content) n++;
      return n;
    };
    const merged: Array<[number, number]> = [];
    for (const p of parts) {
      const last = merged[merged.length - 1];
      if (last && (count(p) < 3 || count(last) < 3)) last[1] = p[1];
      else merged.push([p[0], p[1]]);
    }
    return merged.map((p) => ({
      sentence: si,
      start: doc.tokens[p[0]]!.start,
      end: doc.tokens[p[1] - 1]!.end,
      tokens: p,
      content: count(p),
    }));
  });
}
