/** Word-level differences inside a link, as raw spans on each side. */
import { diffArrays } from 'diff';
import type { Doc, Link, Token } from '../types.js';
import { toRaw } from '../text/normalize.js';

/** One change: "-" removes base words, "+" adds revised words; offsets are raw, half-open. */
export type WordChange = ['-' | '+', number, number];

function tokensOf(doc: Doc, sentences: number[]): Token[] {
  const out: Token[] = [];
  for (const s of sentences) {
    const [a, b] = doc.sentenceTokens[s]!;
    for (let i = a; i < b; i++) out.push(doc.tokens[i]!);
  }
  return out;
}

export function wordDiff(base: Doc, revised: Doc, link: Link): WordChange[] {
  const bt = tokensOf(base, link.base);
  const rt = tokensOf(revised, link.revised);
  const parts = diffArrays(bt, rt, { comparator: (a: Token, b: Token) => a.lower === b.lower });
  const out: WordChange[] = [];
  for (const p of parts) {
    if (!p.added && !p.removed) continue;
    const doc = p.added ? revised : base;
    const first = p.value[0]!;
    const last = p.value[p.value.length - 1]!;
    // a run of words inside one sentence becomes one span; a run across sentences one per sentence
    let runStart = first;
    let prev = first;
    for (const t of [...p.value.slice(1), undefined]) {
      if (!t || t.sentence !== prev.sentence) {
        const r = toRaw(doc.normToRaw, runStart.start, prev.end);
        out.push([p.added ? '+' : '-', r.start, r.end]);
        if (t) runStart = t;
      }
      if (t) prev = t;
    }
    void last;
  }
  return out;
}
