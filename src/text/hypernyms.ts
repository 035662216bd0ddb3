/**
 * Kinds of things, from WordNet 3.1's noun hypernyms (dist/data/hypernyms.txt, built by
 * scripts/build-wordnet.mjs): two words are different things of the same kind ("green" and
 * "yellow", "murder" and "manslaughter") when their frequent senses share a specific hypernym and
 * neither is a sense or a hypernym of the other. Loaded on first use.
 */
import { fileURLToPath } from 'node:url';
import { lemmas } from './lexicon.js';
import { SortedTable } from './table.js';

interface Entry {
  own: string[];
  hypernyms: string[];
}

let table: SortedTable | undefined;
const memo = new Map<string, Entry | null>();

function entry(lower: string): Entry | undefined {
  const hit = memo.get(lower);
  if (hit !== undefined) return hit ?? undefined;
  table ??= SortedTable.open(fileURLToPath(new URL('../../data/hypernyms.txt', import.meta.url)), false);
  let found: Entry | null = null;
  for (const l of lemmas(lower)) {
    const line = table.lines('', l)[0];
    if (!line) continue;
    const [, own, ...hyp] = line.split(' ');
    found = { own: own!.split(','), hypernyms: hyp };
    break;
  }
  if (memo.size < 100_000) memo.set(lower, found);
  return found ?? undefined;
}

/** Different things of the same specific kind: sisters under a hypernym, not synonyms, not one a kind of the other. */
export function sameKindDifferentThing(a: string, b: string): boolean {
  if (a === b) return false;
  const x = entry(a);
  const y = entry(b);
  if (!x || !y) return false;
  if (x.own.some((s) => y.own.includes(s))) return false; // synonyms
  if (x.own.some((s) => y.hypernyms.includes(s)) || y.own.some((s) => x.hypernyms.includes(s))) return false; // one is a kind of the other
  return x.hypernyms.some((h) => y.hypernyms.includes(h));
}

/** `specific` is a kind of `general` ("investigation" of "inquiry", "boy" of "child"): a hypernym of one of its frequent senses. */
export function kindOf(specific: string, general: string): boolean {
  if (specific === general) return false;
  const x = entry(specific);
  const y = entry(general);
  if (!x || !y) return false;
  return y.own.some((s) => x.hypernyms.includes(s));
}
