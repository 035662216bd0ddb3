/** Analyses one telling: normalization, blocks, sentences and tokens. */
import type { BlockKind, Doc, Paragraph, Sentence, Token } from '../types.js';
import { normalize, toRaw, type Normalized } from './normalize.js';
import { blockKinds, paragraphs, sentences } from './segment.js';
import { makeToken, words } from './tokens.js';
import { foldTexQuotes, isCaseless, isTokenized, maskPlaceholders, truecase, untokenize, type Casing } from './provenance.js';

export interface AnalyzeOptions {
  /**
   * The capitals the other telling writes (`casingOf(other)`): a telling written without capitals
   * gets them, so that its names are seen. Ignored for a telling with capitals.
   */
  casing?: Casing;
}

export function analyze(raw: string, options: AnalyzeOptions = {}): Doc {
  // model output and tokenized text (src/text/provenance.ts): fold the tokenizer's forms, mask
  // placeholders, give a caseless telling its capitals; offsets into raw are kept throughout
  let n: Normalized = normalize(raw);
  const caseless = isCaseless(raw);
  const tokenized = isTokenized(n.norm, caseless);
  n = maskPlaceholders(n, tokenized || caseless);
  let marks: { stops?: Set<number>; breaks: Set<number> } | undefined;
  if (tokenized) {
    const f = untokenize(n);
    n = f;
    // its own full stops are its sentence ends; a tokenized telling that writes none ("``" alone) is split as prose
    marks = f.stops.size ? { stops: f.stops, breaks: f.breaks } : { breaks: f.breaks };
  } else n = foldTexQuotes(n);
  const { normToRaw } = n;
  const paras = paragraphs(n.norm);
  // a telling without capitals shows no headlines: every paragraph is body text
  const kinds: BlockKind[] = caseless ? paras.map(() => 'body') : blockKinds(n.norm, paras);
  const norm = caseless ? truecase(n.norm, options.casing) : n.norm;
  const outParas: Paragraph[] = [];
  const outSents: Sentence[] = [];
  const tokens: Token[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  const split = { caseless, ...marks };
  paras.forEach((p, pi) => {
    const pr = toRaw(normToRaw, p.start, p.end); // object literals, not spreads: see makeToken
    outParas.push({ start: pr.start, end: pr.end, kind: kinds[pi]! });
    const ranges = kinds[pi] === 'body' || kinds[pi] === 'summary' ? sentences(norm, p.start, p.end, split) : [p];
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
