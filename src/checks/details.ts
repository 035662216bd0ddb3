/**
 * Details swapped for another thing of the same kind inside a linked sentence: "yellow and blue
 * paint" for "green and blue paint", "manslaughter" for "murder". The revised word stands in none of
 * the linked base sentences (the base may use it elsewhere, of something else); the base word it
 * replaces stands nowhere in the revised sentence.
 */
import { diffArrays } from 'diff';
import type { Doc, Token } from '../types.js';
import type { Alignment } from '../align/align.js';
import { areSynonyms } from '../text/lexicon.js';
import { sameKindDifferentThing } from '../text/hypernyms.js';

export interface DetailSwap {
  base: Token;
  revised: Token;
}

const plain = (t: Token) => t.content && !t.capitalized && t.number === undefined && /^\p{Ll}{3,}$/u.test(t.text);

export function detailSwaps(base: Doc, revised: Doc, alignment: Alignment): DetailSwap[] {
  const out: DetailSwap[] = [];
  alignment.supports.forEach((sup, r) => {
    if (!sup.length) return;
    const [ra, rb] = revised.sentenceTokens[r]!;
    const rt = revised.tokens.slice(ra, rb);
    const rStems = new Set(rt.map((t) => t.stem));
    const linkedStems = new Set(sup.flatMap((s) => base.tokens.slice(...base.sentenceTokens[s.base]!).map((t) => t.stem)));
    for (const s of sup) {
      const [ba, bb] = base.sentenceTokens[s.base]!;
      const bt = base.tokens.slice(ba, bb);
      const parts = diffArrays(bt, rt, { comparator: (x: Token, y: Token) => x.stem === y.stem });
      for (let i = 0; i + 1 < parts.length; i++) {
        const removed = parts[i]!.removed ? parts[i]! : undefined;
        const added = parts[i + 1]!.added ? parts[i + 1]! : undefined;
        if (!removed || !added || removed.value.length > 4 || added.value.length > 4) continue;
        for (const y of added.value as Token[]) {
          if (!plain(y) || linkedStems.has(y.stem)) continue;
          const x = (removed.value as Token[]).find(
            (x) => plain(x) && !rStems.has(x.stem) && !areSynonyms(x.lower, y.lower) && sameKindDifferentThing(x.lower, y.lower),
          );
          if (x && !out.some((o) => o.revised === y)) out.push({ base: x, revised: y });
        }
      }
    }
  });
  return out;
}
