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

/** The token indices of sentences, in text order. */
export function tokenIndices(doc: Doc, sentences: number[]): number[] {
  const out: number[] = [];
  for (const s of [...sentences].sort((a, b) => a - b)) {
    const [a, b] = doc.sentenceTokens[s]!;
    for (let i = a; i < b; i++) out.push(i);
  }
  return out;
}

const linkDiffs = new WeakMap<Link, ArrayChange<Token>[]>();

/**
 * The diff of a link's words (its sentences in text order), word for word by lower-case form. Made
 * once per link: compare() reports it (wordDiff) and the checks read its substitutions
 * (src/checks/slots.ts); a diff of two long rewritten sentences is among the costliest steps.
 */
export function linkDiff(base: Doc, revised: Doc, link: Link): ArrayChange<Token>[] {
  let parts = linkDiffs.get(link);
  if (!parts) {
    const tokens = (doc: Doc, sentences: number[]) => tokenIndices(doc, sentences).map((i) => doc.tokens[i]!);
    parts = boundedDiff(tokens(base, link.base), tokens(revised, link.revised), (a, b) => a.lower === b.lower);
    linkDiffs.set(link, parts);
  }
  return parts;
}

export function wordDiff(base: Doc, revised: Doc, link: Link): WordChange[] {
  const parts = linkDiff(base, revised, link);
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
