/**
 * Shared by the quotation and speaker checks: the words of a quotation for comparing, how much two
 * statements share, whether two speakers are one, and the counterpart of each quotation in the
 * other telling.
 */
import { sameFirstName } from './name-changed.js';
import type { Doc, Span } from '../types.js';
import { coverage, rangeFeatures, type Alignment, type SentenceFeatures } from '../align/align.js';
import { boundedDiff } from '../align/words.js';
import { words, stem } from '../text/tokens.js';
import { STOP_WORDS } from '../data/stopwords.js';
import type { Quote, Speaker, Statement } from '../extract/quotes.js';
import type { CheckContext } from './context.js';

/** Memo of per-text results: quotations are compared with many others, so each is split once. */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      if (cache.size > 20_000) cache.clear();
      cache.set(text, (v = f(text)));
    }
    return v;
  };
}

/** The words of a quotation for comparing: lower-case, typography and marked elisions aside. */
export const quoteWords = memo((text: string): string[] =>
  words(text.replace(/\[\s*(\.\.\.|…)\s*\]|\.\.\.|…/g, ' … ')).map((w) => w.text.toLowerCase()),
);

/** Fragments of a quotation between marked elisions ("…", "[...]"), each as words. */
const fragments = memo((text: string): string[][] =>
  text.split(/\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…/).map((f) => quoteWords(f)).filter((f) => f.length > 0),
);

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
  return keeps(wordingOf(base), wordingOf(revised));
}

/**
 * The revised quotation is the base one with whole sentences put before or after it: "We believe
 * this was an isolated incident." / "We believe this was an isolated incident. I would urge anyone
 * to get in touch." The base words are said again, word for word; the sentences added are new.
 */
export function extendedBySentences(base: string, revised: string): boolean {
  const b = wordingOf(base).words.join(' ');
  const sentences = revised.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).map((x) => wordingOf(x).words.join(' '));
  if (sentences.length < 2) return false;
  for (let i = 0; i < sentences.length; i++) {
    let run = '';
    for (let j = i; j < sentences.length && run.length < b.length; j++) {
      run = run ? run + ' ' + sentences[j] : sentences[j]!;
      if (run === b && j - i + 1 < sentences.length) return true;
    }
  }
  return false;
}

/** What the comparisons read of a text, worked out once per text. */
interface Wording {
  /** its words, marked elisions left out */
  words: string[];
  fragments: string[][];
  stems: Set<string>;
}

/** sameWords of two texts' wordings. */
function keeps(base: Wording, revised: Wording): boolean {
  const b = base.words;
  if (b.length === 0) return revised.fragments.length === 0;
  let at = 0;
  for (const f of revised.fragments) {
    const i = indexOfRun(b, f, at);
    if (i < 0) return false;
    at = i + f.length;
  }
  return true;
}

/** A marked elision ("...", "…", "[...]"): the mark quoteWords and fragments read. */
const ELISION = /\.\.\.|…/;

const restatements = new WeakMap<Quote[], { byWords: Map<string, Quote[]>; elided: Quote[] }>();

/**
 * Some quotation of the list other than `except` keeps the words of `q` and `q` keeps its words
 * (sameWords both ways). Two quotations with no marked elision do so only when their words are the
 * same: those are looked up by their words, through an index of the list.
 */
export function saidAgain(q: Quote, list: Quote[], except: Quote): boolean {
  let index = restatements.get(list);
  if (!index) {
    index = { byWords: new Map(), elided: [] };
    for (const x of list) {
      if (ELISION.test(x.text)) index.elided.push(x);
      else {
        const k = wordingOf(x.text).words.join(' ');
        (index.byWords.get(k) ?? index.byWords.set(k, []).get(k)!).push(x);
      }
    }
    restatements.set(list, index);
  }
  const candidates = ELISION.test(q.text) ? list : [...(index.byWords.get(wordingOf(q.text).words.join(' ')) ?? []), ...index.elided];
  return candidates.some((x) => x !== except && sameWords(q.text, x.text) && sameWords(x.text, q.text));
}

/** The word diff of two quotations: runs of kept ("="), removed ("-") and added ("+") words. */
export function wordDiff(base: string, revised: string): Array<['=' | '-' | '+', string]> {
  const parts = boundedDiff(quoteWords(base), quoteWords(revised));
  return parts.map((p) => [p.added ? '+' : p.removed ? '-' : '=', p.value.join(' ')] as ['=' | '-' | '+', string]);
}

const contentStems = memo(
  (text: string): Set<string> => new Set(quoteWords(text).filter((w) => !STOP_WORDS.has(w) && /\p{L}|\p{N}/u.test(w)).map((w) => stem(w))),
);

/** Shared content words of two texts: dice and the share of the smaller side. */
export function overlap(a: string, b: string): { dice: number; contained: number; shared: number } {
  return overlapOf(contentStems(a), contentStems(b));
}

function overlapOf(sa: Set<string>, sb: Set<string>): { dice: number; contained: number; shared: number } {
  // the words of the smaller set looked up in the larger: the same count
  let shared = 0;
  const small = sa.size <= sb.size ? sa : sb;
  const large = small === sa ? sb : sa;
  for (const x of small) if (large.has(x)) shared++;
  const n = sa.size + sb.size;
  return { dice: n ? (2 * shared) / n : 0, contained: Math.min(sa.size, sb.size) ? shared / Math.min(sa.size, sb.size) : 0, shared };
}

const wordingOf = memo((text: string): Wording => ({ words: quoteWords(text).filter((w) => w !== '…'), fragments: fragments(text), stems: contentStems(text) }));

/**
 * Texts sharing a content word (a stem of contentStems) with a text, through an index of a list of
 * texts by word: overlap() finds no shared word in the others.
 */
export const sharingStems = {
  /** the positions of a list's texts by content word */
  index(list: ReadonlyArray<{ text: string }>): Map<string, number[]> {
    const index = new Map<string, number[]>();
    list.forEach((x, i) => {
      for (const w of contentStems(x.text)) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
    });
    return index;
  },
  /** the texts of the list sharing a content word with `text`, in the list's order */
  among<T>(text: string, index: Map<string, number[]>, list: T[]): T[] {
    const hit = new Set<number>();
    for (const w of contentStems(text)) for (const i of index.get(w) ?? []) hit.add(i);
    return Array.from(Int32Array.from(hit).sort(), (i) => list[i]!);
  },
};

/** True when both quotations say the same thing in the main (enough shared words to be one quotation). */
export function counterpart(a: Quote, b: Quote): boolean {
  const o = overlap(a.text, b.text);
  if (sameWords(a.text, b.text) || sameWords(b.text, a.text)) return true;
  return o.dice >= 0.5 || (o.contained >= 0.8 && o.shared >= 2);
}

/** Lists of quotations by content word, made once per list. */
const quoteIndexes = new WeakMap<Quote[], { byWord: Map<string, Quote[]>; wordless: Quote[]; position: Map<Quote, number> }>();
/** A word in more quotations than this is common: not used to find counterparts. */
const COMMON_QUOTE_WORD = 50;

/** The quotations of a list sharing a content word with `q` (through an index of the list by word). */
function sharingWords(q: Quote, others: Quote[]): Quote[] {
  const mine = contentStems(q.text);
  if (mine.size === 0) return others;
  let index = quoteIndexes.get(others);
  if (!index) {
    index = { byWord: new Map(), wordless: [], position: new Map() };
    others.forEach((o, i) => {
      const stems = contentStems(o.text);
      for (const w of stems) (index!.byWord.get(w) ?? index!.byWord.set(w, []).get(w)!).push(o);
      if (stems.size === 0) index!.wordless.push(o);
      index!.position.set(o, i);
    });
    quoteIndexes.set(others, index);
  }
  const { byWord, wordless, position } = index;
  // words in very many quotations tell none apart: look them up only when the quotation has no other
  const distinctive = [...mine].filter((w) => (byWord.get(w)?.length ?? 0) <= COMMON_QUOTE_WORD);
  const hit = new Set<Quote>();
  for (const w of distinctive.length ? distinctive : mine) for (const o of byWord.get(w) ?? []) hit.add(o);
  // quotations made of stop words only match by their words, not their stems
  for (const o of wordless) hit.add(o);
  // in the list's order (a list holding one quotation twice gives it twice)
  if (position.size < others.length) return others.filter((o) => hit.has(o));
  return [...hit].sort((a, b) => position.get(a)! - position.get(b)!);
}

const bestCache = new WeakMap<Quote[], Map<Quote, Quote | null>>();

/**
 * The best counterpart of a quotation among the other telling's, if any: asked once per pair of
 * quotation and list (five checks ask it of every revised quotation).
 */
export function bestCounterpart(q: Quote, others: Quote[]): Quote | undefined {
  let memo = bestCache.get(others);
  if (!memo) bestCache.set(others, (memo = new Map()));
  let v = memo.get(q);
  if (v === undefined) memo.set(q, (v = findCounterpart(q, others) ?? null));
  return v ?? undefined;
}

function findCounterpart(q: Quote, others: Quote[]): Quote | undefined {
  let best: Quote | undefined;
  let score = -1;
  let bestSame = false;
  const qw = wordingOf(q.text);
  for (const o of sharingWords(q, others)) {
    // counterpart(q, o), and the score, from the two wordings
    const ow = wordingOf(o.text);
    const ov = overlapOf(qw.stems, ow.stems);
    const kept = keeps(ow, qw);
    if (!(keeps(qw, ow) || kept || ov.dice >= 0.5 || (ov.contained >= 0.8 && ov.shared >= 2))) continue;
    const s = ov.dice + (kept ? 1 : 0);
    // of equally close quotations (words said twice), the one given to the same speaker
    if (s > score || (s === score && !bestSame && sameSpeaker(o.speaker, q.speaker) === true)) {
      score = s;
      best = o;
      bestSame = sameSpeaker(o.speaker, q.speaker) === true;
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
      if (fa.length > 1 && fb.length > 1 && !sameFirstName(fa[0]!, fb[0]!)) return false;
    }
    return true;
  }
  return a.kind === 'person' ? false : undefined;
}

/** Token range [first, last) of a normalized span. */
export function tokenRange(doc: Doc, span: Span): [number, number] {
  const t = doc.tokens;
  // first token ending after the span's start (tokens are in text order)
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < t.length && t[b]!.start < span.end) b++;
  return [lo, b];
}

/**
 * How alike two spans of the two tellings are, both ways, by the alignment's weighted keys (stems,
 * WordNet senses, numbers): [share of the revised span the base span carries, the reverse].
 */
export function spanSimilarity(ctx: CheckContext, base: Span, revised: Span): [number, number] {
  const fb = spanFeatures(ctx, 'base', base);
  const fr = spanFeatures(ctx, 'revised', revised);
  // spans that share no key cannot carry each other (cheap test before the weighted one)
  let shares = false;
  for (const k of fr.syns) if (fb.syns.has(k)) {
    shares = true;
    break;
  }
  if (!shares) return [0, 0];
  return [coverage(fr, fb), coverage(fb, fr)];
}

const spanCache = new WeakMap<Alignment, Map<string, SentenceFeatures>>();

/** Features of a span, computed once per comparison (statements are compared with many others). */
function spanFeatures(ctx: CheckContext, side: 'base' | 'revised', span: Span): SentenceFeatures {
  let cache = spanCache.get(ctx.alignment);
  if (!cache) spanCache.set(ctx.alignment, (cache = new Map()));
  const key = `${side}:${span.start}:${span.end}`;
  let f = cache.get(key);
  if (!f) {
    const [a, b] = tokenRange(ctx[side], span);
    cache.set(key, (f = rangeFeatures(ctx[side], a, b, ctx.alignment.weight)));
  }
  return f;
}

/** What someone said, quoted or reported, for matching statements across tellings. */
export interface Said {
  kind: 'quote' | 'statement';
  /** the sentence it starts in */
  sentence: number;
  speaker: Speaker | undefined;
  start: number;
  end: number;
  text: string;
}

export function said(quotes: Quote[], statements: Statement[]): Said[] {
  return [
    ...quotes.map((q) => ({ kind: 'quote' as const, sentence: q.sentence, speaker: q.speaker, start: q.start, end: q.end, text: q.text })),
    ...statements.map((s) => ({ kind: 'statement' as const, sentence: s.sentence, speaker: s.speaker, start: s.start, end: s.end, text: s.text })),
  ];
}

export function speakerData(s: Speaker | undefined): string | null {
  return s ? s.name : null;
}

