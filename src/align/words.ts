/** Word-level differences inside a link, as raw spans on each side. */
import { diffArrays, type ArrayChange } from 'diff';
import type { Doc, Link, Token } from '../types.js';
import { toRaw } from '../text/normalize.js';

/**
 * Work allowed to one word diff, in steps of Myers' algorithm (words times edits): its time grows
 * with the product, and one 50,000-word sentence rewritten throughout took 20 s (found by fuzzing).
 */
const DIFF_BUDGET = 2_000_000;

/**
 * diffArrays within a bounded time: past the budget, the words both ends share are kept and the
 * middle is reported removed and added whole. Ordinary sentences never come near the bound.
 */
export function boundedDiff<T>(a: T[], b: T[], same: (x: T, y: T) => boolean = (x, y) => x === y): ArrayChange<T>[] {
  const maxEditLength = Math.max(100, Math.floor(DIFF_BUDGET / (a.length + b.length + 1)));
  const parts = diffArrays(a, b, { comparator: same, maxEditLength });
  if (parts) return parts;
  let p = 0;
  while (p < a.length && p < b.length && same(a[p]!, b[p]!)) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && same(a[a.length - 1 - q]!, b[b.length - 1 - q]!)) q++;
  const out: ArrayChange<T>[] = [];
  const part = (value: T[], added: boolean, removed: boolean) => {
    if (value.length) out.push({ value, added, removed, count: value.length });
  };
  part(b.slice(0, p), false, false);
  part(a.slice(p, a.length - q), false, true);
  part(b.slice(p, b.length - q), true, false);
  part(b.slice(b.length - q), false, false);
  return out;
}

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
  const parts = boundedDiff(bt, rt, (a, b) => a.lower === b.lower);
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
