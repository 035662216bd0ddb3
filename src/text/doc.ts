/** Analyses one telling: normalization, blocks, sentences and tokens. */
import type { Doc, Paragraph, Sentence, Token } from '../types.js';
import { normalize, toRaw } from './normalize.js';
import { blockKinds, paragraphs, sentences } from './segment.js';
import { makeToken, words } from './tokens.js';

export function analyze(raw: string): Doc {
  const { norm, normToRaw } = normalize(raw);
  const paras = paragraphs(norm);
  const kinds = blockKinds(norm, paras);
  const outParas: Paragraph[] = [];
  const outSents: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  paras.forEach((p, pi) => {
    const pr = toRaw(normToRaw, p.start, p.end); // object literals, not spreads: see makeToken
    outParas.push({ start: pr.start, end: pr.end, kind: kinds[pi]! });
    const ranges = kinds[pi] === 'body' || kinds[pi] === 'summary' ? sentences(norm, p.start, p.end) : [p];
    for (const s of ranges) {
      const si = outSents.length;
      const sr = toRaw(normToRaw, s.start, s.end);
      outSents.push({ start: sr.start, end: sr.end, normStart: s.start, normEnd: s.end, paragraph: pi, kind: kinds[pi]! });
      const first = tokens.length;
      const ws = words(norm.slice(s.start, s.end), s.start);
      const titleCase = kinds[pi] === 'headline' || kinds[pi] === 'heading';
      ws.forEach((w, k) => tokens.push(makeToken(w, si, k === 0, titleCase)));
      sentenceTokens.push([first, tokens.length]);
    }
  });
  return { raw, norm, normToRaw, paragraphs: outParas, sentences: outSents, tokens, sentenceTokens };
}
