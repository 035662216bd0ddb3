/**
 * Shared by the quotation and speaker checks: the words of a quotation for comparing, how much two
 * statements share, whether two speakers are one, and the counterpart of each quotation in the
 * other telling.
 */
import { diffArrays } from 'diff';
import type { Doc, Span } from '../types.js';
import { coverage, rangeFeatures, type Alignment } from '../align/align.js';
import { words, stem } from '../text/tokens.js';
import { STOP_WORDS } from '../data/stopwords.js';
import type { Quote, Speaker, Statement } from '../extract/quotes.js';
import type { CheckContext } from './context.js';

/** The words of a quotation for comparing: lower-case, typography and marked elisions aside. */
export function quoteWords(text: string): string[] {
  return words(text.replace(/\[\s*(\.\.\.|…)\s*\]|\.\.\.|…/g, ' … ')).map((w) => w.text.toLowerCase());
}

/** Fragments of a quotation between marked elisions ("…", "[...]"), each as words. */
function fragments(text: string): string[][] {
  return text.split(/\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…/).map((f) => quoteWords(f)).filter((f) => f.length > 0);
}

function indexOfRun(hay: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * True when the revised quotation keeps the base one's words: the same words, or a part of them,
 * with any marked elisions ("…", "[...]") standing for the words left out.
 */
export function sameWords(base: string, revised: string): boolean {
  const b = quoteWords(base).filter((w) => w !== '…');
  let at = 0;
  for (const f of fragments(revised)) {
    const i = indexOfRun(b, f, at);
    if (i < 0) return false;
    at = i + f.length;
  }
  return true;
}

/** The word diff of two quotations: runs of kept ("="), removed ("-") and added ("+") words. */
export function wordDiff(base: string, revised: string): Array<['=' | '-' | '+', string]> {
  const parts = diffArrays(quoteWords(base), quoteWords(revised));
  return parts.map((p) => [p.added ? '+' : p.removed ? '-' : '=', p.value.join(' ')] as ['=' | '-' | '+', string]);
}

const contentStems = (text: string): Set<string> =>
  new Set(quoteWords(text).filter((w) => !STOP_WORDS.has(w) && /\p{L}|\p{N}/u.test(w)).map((w) => stem(w)));

/** Shared content words of two texts: dice and the share of the smaller side. */
export function overlap(a: string, b: string): { dice: number; contained: number; shared: number } {
  const sa = contentStems(a);
  const sb = contentStems(b);
  let shared = 0;
  for (const x of sa) if (sb.has(x)) shared++;
  const n = sa.size + sb.size;
  return { dice: n ? (2 * shared) / n : 0, contained: Math.min(sa.size, sb.size) ? shared / Math.min(sa.size, sb.size) : 0, shared };
}

/** True when both quotations say the same thing in the main (enough shared words to be one quotation). */
export function counterpart(a: Quote, b: Quote): boolean {
  const o = overlap(a.text, b.text);
  if (sameWords(a.text, b.text) || sameWords(b.text, a.text)) return true;
  return o.dice >= 0.5 || (o.contained >= 0.8 && o.shared >= 2);
}

/** The best counterpart of a quotation among the other telling's, if any. */
export function bestCounterpart(q: Quote, others: Quote[]): Quote | undefined {
  let best: Quote | undefined;
  let score = -1;
  for (const o of others) {
    if (!counterpart(q, o)) continue;
    const s = overlap(q.text, o.text).dice + (sameWords(o.text, q.text) ? 1 : 0);
    if (s > score) {
      score = s;
      best = o;
    }
  }
  return best;
}

/** true: one speaker; false: two different ones; undefined: one side has none. */
export function sameSpeaker(a: Speaker | undefined, b: Speaker | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  if (a.kind !== b.kind) return a.key === b.key ? true : undefined;
  if (a.key === b.key) {
    if (a.kind === 'person') {
      const fa = a.name.split(' ');
      const fb = b.name.split(' ');
      if (fa.length > 1 && fb.length > 1 && fa[0]!.toLowerCase() !== fb[0]!.toLowerCase()) return false;
    }
    return true;
  }
  return a.kind === 'person' ? false : undefined;
}

/** Token range [first, last) of a normalized span. */
export function tokenRange(doc: Doc, span: Span): [number, number] {
  let a = 0;
  while (a < doc.tokens.length && doc.tokens[a]!.end <= span.start) a++;
  let b = a;
  while (b < doc.tokens.length && doc.tokens[b]!.start < span.end) b++;
  return [a, b];
}

/**
 * How alike two spans of the two tellings are, both ways, by the alignment's weighted keys (stems,
 * WordNet senses, numbers): [share of the revised span the base span carries, the reverse].
 */
export function spanSimilarity(ctx: CheckContext, base: Span, revised: Span): [number, number] {
  const al: Alignment = ctx.alignment;
  const [ba, bb] = tokenRange(ctx.base, base);
  const [ra, rb] = tokenRange(ctx.revised, revised);
  const fb = rangeFeatures(ctx.base, ba, bb, al.weight);
  const fr = rangeFeatures(ctx.revised, ra, rb, al.weight);
  return [coverage(fr, fb), coverage(fb, fr)];
}

/** What someone said, quoted or reported, for matching statements across tellings. */
export interface Said {
  kind: 'quote' | 'statement';
  speaker: Speaker | undefined;
  start: number;
  end: number;
  text: string;
}

export function said(quotes: Quote[], statements: Statement[]): Said[] {
  return [
    ...quotes.map((q) => ({ kind: 'quote' as const, speaker: q.speaker, start: q.start, end: q.end, text: q.text })),
    ...statements.map((s) => ({ kind: 'statement' as const, speaker: s.speaker, start: s.start, end: s.end, text: s.text })),
  ];
}

export function speakerData(s: Speaker | undefined): string | null {
  return s ? s.name : null;
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
