/** Reading mentions left to right through each sentence: the shared loop of the value extractors. */
import type { Doc } from '../types.js';

/**
 * Calls `read` at each token of each sentence; a mention it returns is kept and reading resumes
 * after its last token.
 */
export function scanSentences<T extends { tokens: [number, number] }>(
  doc: Doc,
  read: (i: number, sentenceStart: number, sentenceEnd: number, sentence: number) => T | undefined,
): T[] {
  const out: T[] = [];
  doc.sentenceTokens.forEach(([a, b], si) => {
    let i = a;
    while (i < b) {
      const m = read(i, a, b, si);
      if (m) {
        out.push(m);
        i = Math.max(i + 1, m.tokens[1]);
      } else i++;
    }
  });
  return out;
}

/** Mentions grouped by the sentence they stand in, each group in the list's order. */
export function bySentence<T extends { sentence: number }>(list: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const m of list) {
    const group = out.get(m.sentence);
    if (group) group.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}
