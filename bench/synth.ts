/**
 * Long synthetic pairs for the growth bench, made deterministically from real article sentences.
 *
 * The text is built in sections of about 40 sentences drawn (shuffled) from the source articles.
 * Each section maps the names it meets to new invented names, every number is redrawn, and one or
 * two longer words per sentence are replaced by random WordNet words, so no sentence repeats
 * verbatim and the vocabulary keeps growing with length as real text does (repeated identical
 * sentences would make alignment degenerate). The revision drops, edits, adds, merges and moves
 * sentences and paragraphs at fixed rates.
 */

/** mulberry32: small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'sa', 'to', 'ri', 'den', 'bel', 'or', 'qui', 'nas', 'hal', 've', 'ston', 'dra', 'mi', 'lun', 'ter', 'ga'];

interface Rng {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(xs: readonly T[]) => T;
}

function rng(seed: number): Rng {
  const next = prng(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)]! };
}

function inventName(r: Rng): string {
  const n = 2 + r.int(2);
  let s = '';
  for (let i = 0; i < n; i++) s += r.pick(SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

const NAME = /(?<=\S )\p{Lu}\p{Ll}+/gu; // a capitalized word not opening the sentence
const NUMBER = /\d+(?:[.,]\d+)*/g;
const LONG_WORD = /\b[a-z]{6,}\b/g;

export interface PairOptions {
  /** sentences to draw from (plain, one sentence each) */
  sentences: string[];
  /** single lower-case words to substitute in (e.g. WordNet lemmas) */
  vocabulary: string[];
  /** about this many words in the base text */
  words: number;
  seed: number;
}

/** Rewrites one sentence: section names, fresh numbers, one or two words swapped for random ones. */
function perturb(s: string, names: Map<string, string>, r: Rng, vocabulary: string[]): string {
  let out = s.replace(NAME, (w) => {
    let n = names.get(w);
    if (!n) names.set(w, (n = inventName(r)));
    return n;
  });
  out = out.replace(NUMBER, (m) => String(1 + r.int(m.length > 2 ? 5000 : 90)));
  // swap one or two of the longer words for random ones
  const count = [...out.matchAll(LONG_WORD)].length;
  const swap = new Set<number>();
  for (let k = 1 + r.int(2); k > 0 && count > 0; k--) swap.add(r.int(count));
  let n = 0;
  out = out.replace(LONG_WORD, (w) => (swap.has(n++) ? r.pick(vocabulary) : w));
  return out;
}

/** A light edit: one longer word replaced, and one number redrawn. */
function edit(s: string, r: Rng, vocabulary: string[]): string {
  const count = [...s.matchAll(LONG_WORD)].length;
  const target = r.int(Math.max(1, count));
  let n = 0;
  let out = s.replace(LONG_WORD, (w) => (n++ === target ? r.pick(vocabulary) : w));
  let done = false;
  out = out.replace(NUMBER, (m) => (done ? m : ((done = true), String(Number(m.replace(/[.,]/g, '')) + 1 + r.int(9)))));
  return out;
}

/** A base text of about `words` words and a revision of it. */
export function makePair(o: PairOptions): { base: string; revised: string; baseWords: number; revisedWords: number } {
  const r = rng(o.seed);
  const pool = o.sentences;
  const baseParas: string[][] = [];
  const headings = new Map<number, string>();
  let words = 0;
  let names = new Map<string, string>();
  let order: number[] = [];
  let sentInSection = 0;
  let para: string[] = [];
  let paraLen = 2 + r.int(3);
  while (words < o.words) {
    if (sentInSection === 0 || order.length === 0) {
      // a new section: fresh names, a fresh shuffle of the source sentences
      names = new Map();
      order = pool.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = r.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      if (baseParas.length > 0) headings.set(baseParas.length, `${inventName(r)} ${r.pick(o.vocabulary)} ${r.pick(o.vocabulary)}`.replace(/^./, (c) => c.toUpperCase()));
    }
    const s = perturb(pool[order.pop()!]!, names, r, o.vocabulary);
    sentInSection = (sentInSection + 1) % 40;
    para.push(s);
    words += wordCount(s);
    if (para.length >= paraLen) {
      baseParas.push(para);
      para = [];
      paraLen = 2 + r.int(3);
    }
  }
  if (para.length) baseParas.push(para);

  // the revision: per sentence drop 6%, edit 10% (a word and a number), add one after 5%, merge with the next 3%;
  // per paragraph, swap with the next 2%
  const revParas: string[][] = baseParas.map((p) => {
    const out: string[] = [];
    for (let i = 0; i < p.length; i++) {
      const x = r.next();
      let s = p[i]!;
      if (x < 0.06) continue;
      if (x < 0.16) s = edit(s, r, o.vocabulary);
      else if (x < 0.19 && i + 1 < p.length) {
        const next = p[++i]!;
        s = s.replace(/[.!?]+$/, '') + ', and ' + next[0]!.toLowerCase() + next.slice(1);
      }
      out.push(s);
      if (r.next() < 0.05) out.push(perturb(r.pick(pool), new Map(), r, o.vocabulary));
    }
    return out;
  });
  for (let i = 0; i + 1 < revParas.length; i++) {
    if (r.next() < 0.02) [revParas[i], revParas[i + 1]] = [revParas[i + 1]!, revParas[i]!];
  }

  const render = (paras: string[][]) => {
    const lines = [`${inventName(r)} ${r.pick(o.vocabulary)} report`];
    paras.forEach((p, i) => {
      const h = headings.get(i);
      if (h) lines.push(h);
      if (p.length) lines.push(p.join(' '));
    });
    return lines.join('\n\n') + '\n';
  };
  const base = render(baseParas);
  const revised = render(revParas);
  return { base, revised, baseWords: wordCount(base), revisedWords: wordCount(revised) };
}
