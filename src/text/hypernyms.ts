/**
 * Kinds of things, from WordNet 3.1's noun hypernyms (dist/data/hypernyms.txt, built by
 * scripts/build-wordnet.mjs): two words are different things of the same kind ("green" and
 * "yellow", "murder" and "manslaughter") when their frequent senses share a specific hypernym and
 * neither is a sense or a hypernym of the other. Loaded on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lemmas } from './lexicon.js';

interface Entry {
  own: string[];
  hypernyms: string[];
}

let table: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (table) return table;
  table = new Map();
  let text = '';
  try {
    text = readFileSync(fileURLToPath(new URL('../../data/hypernyms.txt', import.meta.url)), 'utf8');
  } catch {
    // no table built: no word has a kind
  }
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) table.set(line.slice(0, sp), line);
  }
  return table;
}

function entry(lower: string): Entry | undefined {
  const t = load();
  for (const l of lemmas(lower)) {
    const line = t.get(l);
    if (!line) continue;
    const [, own, ...hyp] = line.split(' ');
    return { own: own!.split(','), hypernyms: hyp };
  }
  return undefined;
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
