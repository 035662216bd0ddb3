/**
 * Details swapped for another thing of the same kind inside a linked sentence: "yellow and blue
 * paint" for "green and blue paint", "manslaughter" for "murder". The revised word stands in none of
 * the linked base sentences (the base may use it elsewhere, of something else); the base word it
 * replaces stands nowhere in the revised sentence.
 */
import type { Doc, Token } from '../types.js';
import type { Alignment } from '../align/align.js';
import { areSynonyms } from '../text/lexicon.js';
import { sameKindDifferentThing } from '../text/hypernyms.js';
import { linkSubstitutions } from './slots.js';

export interface DetailSwap {
  base: Token;
  revised: Token;
}

const plain = (t: Token) => t.content && !t.capitalized && t.number === undefined && /^\p{Ll}{3,}$/u.test(t.text);

function stemsOf(doc: Doc, sentences: number[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const [a, b] = doc.sentenceTokens[s]!;
    for (let i = a; i < b; i++) out.add(doc.tokens[i]!.stem);
  }
  return out;
}

export function detailSwaps(base: Doc, revised: Doc, alignment: Alignment): DetailSwap[] {
  const out: DetailSwap[] = [];
  const taken = new Set<Token>();
  for (const link of alignment.links) {
    const linkedStems = stemsOf(base, link.base);
    const rStems = stemsOf(revised, link.revised);
    for (const sub of linkSubstitutions(base, revised, link)) {
      const nb = sub.base[1] - sub.base[0];
      const nr = sub.revised[1] - sub.revised[0];
      if (nb === 0 || nr === 0 || nb > 4 || nr > 4) continue;
      const removed = base.tokens.slice(sub.base[0], sub.base[1]);
      for (const y of revised.tokens.slice(sub.revised[0], sub.revised[1])) {
        if (!plain(y) || linkedStems.has(y.stem) || taken.has(y)) continue;
        const x = removed.find(
          (x) => plain(x) && !rStems.has(x.stem) && !areSynonyms(x.lower, y.lower) && sameKindDifferentThing(x.lower, y.lower),
        );
        if (x) {
          taken.add(y);
          out.push({ base: x, revised: y });
        }
      }
    }
  }
  return out;
}
