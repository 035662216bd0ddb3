/**
 * Sentence alignment: for every revised sentence, the base sentences that support it.
 *
 * Evidence is lexical and survives rewording: stems, WordNet synonyms and numbers, each weighted by
 * how rare it is across both tellings (inverse document frequency over sentences). Candidate pairs
 * come from an inverted index of those keys, never from all pairs. A revised sentence is supported by
 * the best candidate that covers enough of its content, and by further base sentences that each cover
 * a good share of what is still uncovered (summaries draw on several sentences).
 */
import type { Doc, Link, Token } from '../types.js';
import { bySentence } from '../extract/scan.js';
import { senseCount, synsets } from '../text/lexicon.js';
import { COUNTRY_OF } from '../data/places.js';
import { quantities, quantityKey, type Quantity } from '../extract/quantities.js';
import { generation, keyId, listIds, Marks, renewKeys, setIds } from './keys.js';

export interface SentenceFeatures {
  /** content tokens of the sentence (indices into doc.tokens) */
  tokens: number[];
  /** matching units: a content word's stem or number, or a whole quantity ("dur:months:6") */
  units: Array<{ key: string; weight: number; syns: readonly string[] }>;
  /** every key present (the units' keys) */
  stems: ReadonlySet<string>;
  /** synonym keys (WordNet synsets, related forms, countries) */
  syns: Set<string>;
  total: number;
  /** the same keys as integers, for coverage() */
  ids?: FeatureIds | undefined;
}

/** The keys of features as integers (src/align/keys.ts), of one generation of ids. */
interface FeatureIds {
  generation: number;
  /** each unit's key (the stems) */
  units: Int32Array;
  /** each unit's synonym keys */
  unitSyns: Int32Array[];
  /** the rest of the syns set, when it holds more than the units' keys and synonym keys */
  more: Int32Array[];
}

const NO_MORE: Int32Array[] = [];

/** The ids of units' keys and synonym keys, and of the rest of a syns set, of the current generation. */
function featureIds(units: ReadonlyArray<{ key: string; syns: readonly string[] }>, more: Int32Array[]): FeatureIds {
  const ids = new Int32Array(units.length);
  units.forEach((u, i) => (ids[i] = keyId(u.key)));
  return { generation: generation(), units: ids, unitSyns: units.map((u) => listIds(u.syns)), more };
}

/** The ids of features, made again when the table of ids has started anew since they were made. */
function idsOf(f: SentenceFeatures): FeatureIds {
  let ids = f.ids;
  if (!ids || ids.generation !== generation()) f.ids = ids = featureIds(f.units, [setIds(f.syns)]);
  return ids;
}

/**
 * What rangeFeaturesOf() reads of a telling's tokens, made as it is asked: each token's key,
 * synonym keys and specificity, and their ids (of one generation).
 */
interface TokenIds {
  generation: number;
  keys: Int32Array;
  syns: Array<Int32Array | undefined>;
  keyOf: Array<string | undefined>;
  synsOf: Array<readonly string[] | undefined>;
  /** NaN until asked */
  specificity: Float64Array;
}

const tokenIdCache = new WeakMap<Doc, TokenIds>();

function tokenIdsOf(doc: Doc): TokenIds {
  let ids = tokenIdCache.get(doc);
  if (!ids || ids.generation !== generation()) {
    const n = doc.tokens.length;
    ids = {
      generation: generation(),
      keys: new Int32Array(n).fill(-1),
      syns: new Array<Int32Array | undefined>(n).fill(undefined),
      keyOf: new Array<string | undefined>(n).fill(undefined),
      synsOf: new Array<readonly string[] | undefined>(n).fill(undefined),
      specificity: new Float64Array(n).fill(NaN),
    };
    tokenIdCache.set(doc, ids);
  }
  return ids;
}

function tokenKeyId(ids: TokenIds, t: Token, i: number): number {
  let id = ids.keys[i]!;
  if (id < 0) ids.keys[i] = id = keyId(tokenKeyOf(ids, t, i));
  return id;
}

function tokenKeyOf(ids: TokenIds, t: Token, i: number): string {
  return (ids.keyOf[i] ??= tokenKey(t));
}

function tokenSynsOf(ids: TokenIds, t: Token, i: number): readonly string[] {
  return (ids.synsOf[i] ??= tokenSyns(t));
}

function tokenSynIds(ids: TokenIds, t: Token, i: number): Int32Array {
  return (ids.syns[i] ??= listIds(tokenSynsOf(ids, t, i)));
}

function tokenSpecificity(ids: TokenIds, t: Token, i: number): number {
  let v = ids.specificity[i]!;
  if (Number.isNaN(v)) ids.specificity[i] = v = specificity(t);
  return v;
}

export interface Support {
  base: number;
  /** share of the revised sentence's content weight this base sentence covers */
  coverage: number;
  /** share of the base sentence's content weight the revised sentence covers */
  reverse: number;
}

export interface Alignment {
  /** supports[r] lists the base sentences supporting revised sentence r, best first */
  supports: Support[][];
  /** for each base sentence, the revised sentences it supports */
  supportedBy: number[][];
  links: Link[];
  baseFeatures: SentenceFeatures[];
  revisedFeatures: SentenceFeatures[];
  /** weight of a stem key */
  weight: (key: string) => number;
  /** inverted indexes: key or synonym key -> sentences of that side holding it */
  index: { base: Map<string, number[]>; revised: Map<string, number[]> };
}

export const SYN_CREDIT = 0.8;

/** The key a token matches by: its number value, or its stem. */
export function tokenKey(t: Token): string {
  return t.number !== undefined ? '#' + t.number : (ONE_WORD_AS_TWO.get(t.lower) ?? t.stem);
}

/** Words written as one that say what two do, keyed as the first of the two: "nobody" is "no one". */
const ONE_WORD_AS_TWO = new Map([
  ['nobody', 'no'],
  ['no-one', 'no'],
]);

/**
 * How specific a word is: words with many WordNet senses ("hold", "make", "take") are common and say
 * little about which sentence is which; names, numbers and unknown words say the most.
 */
export function specificity(t: Token): number {
  if (t.capitalized || t.number !== undefined) return 1;
  let v = specificityMemo.get(t.lower);
  if (v === undefined) {
    v = /^[a-z]+$/.test(t.lower) ? 1 / (1 + 0.25 * Math.log(1 + senseCount(t.lower))) : 1;
    if (specificityMemo.size < MEMO_SIZE) specificityMemo.set(t.lower, v);
  }
  return v;
}

/** Keys a token shares with its synonyms: WordNet senses and forms, and a country for its demonym. */
export function tokenSyns(t: Token): readonly string[] {
  const country = COUNTRY_OF.get(t.lower);
  if (country) return countryKey(country);
  if (t.number !== undefined || t.capitalized || !/^[a-z-]+$/.test(t.lower)) return NONE;
  return synsets(t.lower);
}

/**
 * specificity() and a country's key by word: asked for every token of every sentence and of every
 * part of one a check compares. Bounded like the lexicon's memos (a word's answer never changes).
 */
const MEMO_SIZE = 200_000;
const specificityMemo = new Map<string, number>();
const countryKeys = new Map<string, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);
function countryKey(country: string): readonly string[] {
  let k = countryKeys.get(country);
  if (!k) countryKeys.set(country, (k = Object.freeze(['@' + country])));
  return k;
}

/**
 * Prepositions the stop list leaves as content words: they say how, not what, and a rewording
 * changes them freely ("without electricity" / "lost power", "beyond Plymouth" / "west of Plymouth").
 */
const PREPOSITIONS = new Set([
  'without', 'beyond', 'despite', 'within', 'across', 'along', 'around', 'towards', 'toward', 'amongst',
  'throughout', 'beside', 'besides', 'except', 'unlike', 'onto', 'inside', 'outside', 'near', 'underneath',
]);

/** A sentence's matching units before weighting: they depend on the telling alone, so are kept per telling. */
interface RawSentence {
  tokens: number[];
  units: Array<{ key: string; specificity: number; syns: readonly string[] }>;
  /** the units' keys */
  keys: Set<string>;
  syns: Set<string>;
  /** synonym keys of tokens counted in a unit of another token's (the same stem, other senses) */
  more: Array<readonly string[]>;
  ids?: FeatureIds;
}

const rawCache = new WeakMap<Doc, RawSentence[]>();
/** The key of the quantity each token stands in, by token index, as sentence features count it. */
const quantityKeysCache = new WeakMap<Doc, Map<number, string>>();

function rawFeatures(doc: Doc, qs: Quantity[]): RawSentence[] {
  const hit = rawCache.get(doc);
  if (hit) return hit;
  const quantitiesOf = bySentence(qs);
  const keyAt = new Map<number, string>();
  const out = doc.sentenceTokens.map(([a, b], si) => {
    const syns = new Set<string>();
    const toks: number[] = [];
    const units: RawSentence['units'] = [];
    const byKey = new Map<string, RawSentence['units'][number]>();
    const inQuantity = new Set<number>();
    const more: Array<readonly string[]> = [];
    for (const q of quantitiesOf.get(si) ?? []) {
      if (q.kind === 'ordinal' || q.kind === 'year') continue;
      const key = quantityKey(q);
      for (let i = q.tokens[0]; i < q.tokens[1]; i++) {
        inQuantity.add(i);
        if (!keyAt.has(i)) keyAt.set(i, key);
      }
      if (!byKey.has(key)) {
        const u = { key, specificity: 1, syns: [] };
        byKey.set(key, u);
        units.push(u);
      }
    }
    for (let i = a; i < b; i++) {
      const t = doc.tokens[i]!;
      if (!t.content) continue;
      toks.push(i);
      if (inQuantity.has(i) || PREPOSITIONS.has(t.lower)) continue;
      const k = tokenKey(t);
      const sp = specificity(t);
      const ss = tokenSyns(t);
      for (const x of ss) syns.add(x);
      const u = byKey.get(k);
      if (u) {
        u.specificity = Math.max(u.specificity, sp);
        if (ss.length) more.push(ss);
        continue;
      }
      const nu = { key: k, specificity: sp, syns: ss };
      byKey.set(k, nu);
      units.push(nu);
    }
    for (const u of units) syns.add(u.key);
    return { tokens: toks, units, keys: new Set(byKey.keys()), syns, more };
  });
  rawCache.set(doc, out);
  quantityKeysCache.set(doc, keyAt);
  return out;
}

/** Weighted features of every sentence: each unit's weight is its key's weight times its specificity. */
export function features(doc: Doc, weight: (k: string) => number, qs: Quantity[]): SentenceFeatures[] {
  return rawFeatures(doc, qs).map((raw) => {
    const units: SentenceFeatures['units'] = [];
    let total = 0;
    for (const u of raw.units) {
      const w = weight(u.key) * u.specificity;
      units.push({ key: u.key, weight: w, syns: u.syns });
      total += w;
    }
    // the keys are the raw sentence's: so are their ids
    if (!raw.ids || raw.ids.generation !== generation()) raw.ids = featureIds(raw.units, raw.more.length ? raw.more.map(listIds) : NO_MORE);
    return { tokens: raw.tokens, units, stems: raw.keys, syns: raw.syns, total, ids: raw.ids };
  });
}

/** How many sentences of a telling hold each key, and how many sentences it has. */
interface SentenceCounts {
  df: Map<string, number>;
  n: number;
}

const countsCache = new WeakMap<Doc, SentenceCounts>();

/**
 * A telling's share of the document frequencies: it depends on the telling alone, so it is counted
 * once per telling (a batch compares one article with each of its summaries).
 */
function sentenceCounts(d: Doc, qs: Quantity[]): SentenceCounts {
  const hit = countsCache.get(d);
  if (hit) return hit;
  const df = new Map<string, number>();
  const qkeys = new Map<number, Set<string>>();
  for (const q of qs) (qkeys.get(q.sentence) ?? qkeys.set(q.sentence, new Set()).get(q.sentence)!).add(quantityKey(q));
  d.sentenceTokens.forEach(([a, b], si) => {
    const seen = new Set<string>(qkeys.get(si) ?? []);
    for (let i = a; i < b; i++) {
      const t = d.tokens[i]!;
      if (t.content) seen.add(tokenKey(t));
    }
    for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
  });
  const counts = { df, n: d.sentenceTokens.length };
  countsCache.set(d, counts);
  return counts;
}

/**
 * How much of `from`'s content `to` carries: each key of `from` counts in full when `to` has the
 * same stem, SYN_CREDIT when `to` has a word sharing a WordNet sense. `covered` collects the keys hit.
 */
export function coverage(from: SentenceFeatures, to: SentenceFeatures, _fromDoc?: Doc, covered?: Set<string>): number {
  const ids = idsOf(from);
  marked(to);
  let hit = 0;
  const units = from.units;
  for (let i = 0; i < units.length; i++) {
    const c = unitCredit(units[i]!, ids, i);
    if (c === undefined) continue;
    hit += c;
    covered?.add(units[i]!.key);
  }
  return from.total > 0 ? hit / from.total : 0;
}

/**
 * The keys of the features last marked (`to` of coverage()): their stems, and their syns. Two sets
 * are kept, the last two marked, so that a loop asking coverage both ways (boundEither, a clause
 * against each clause of a sentence and back) marks the side it keeps once, not at every call.
 */
const slots = [
  { stems: new Marks(), syns: new Marks() },
  { stems: new Marks(), syns: new Marks() },
];
let stemMarks = slots[0]!.stems;
let synMarks = slots[0]!.syns;
/**
 * The features whose syns are still to be marked in synMarks: they are marked when a unit is first
 * not found by its stem (most units of most pairs are, and a sentence has many more synonym keys than stems).
 */
let synsOwed: SentenceFeatures | undefined;
let synsOwedIds: FeatureIds | undefined;

function marked(to: SentenceFeatures): void {
  const ids = idsOf(to);
  // the slot holding `to`, else the one used less recently
  const slot = slots[0]!.stems.holds(to) ? slots[0]! : slots[1]!.stems.holds(to) ? slots[1]! : stemMarks === slots[0]!.stems ? slots[1]! : slots[0]!;
  stemMarks = slot.stems;
  synMarks = slot.syns;
  if (stemMarks.start(to)) stemMarks.add(ids.units);
  if (synMarks.holds(to)) synsOwed = synsOwedIds = undefined;
  else {
    synsOwed = to;
    synsOwedIds = ids;
  }
}

/** Marks the syns of the features last marked, if not yet done. */
function markSyns(): void {
  const to = synsOwed!;
  const ids = synsOwedIds!;
  synsOwed = synsOwedIds = undefined;
  if (synMarks.start(to)) {
    synMarks.add(ids.units);
    for (const x of ids.unitSyns) synMarks.add(x);
    for (const x of ids.more) synMarks.add(x);
  }
}

/**
 * What the features marked credit unit i of the features with these ids with: its weight for the
 * same key, SYN_CREDIT of it for a shared sense, else nothing.
 */
function unitCredit(u: SentenceFeatures['units'][number], ids: FeatureIds, i: number): number | undefined {
  if (stemMarks.has(ids.units[i]!)) return u.weight;
  const syns = ids.unitSyns[i]!;
  if (syns.length === 0) return undefined;
  if (synsOwed) markSyns();
  for (let j = 0; j < syns.length; j++) if (synMarks.has(syns[j]!)) return u.weight * SYN_CREDIT;
  return undefined;
}

/** What `to` credits each unit of `from` with, as coverage() adds it: its weight, SYN_CREDIT of it, or 0. */
function unitCredits(from: SentenceFeatures, to: SentenceFeatures): Float64Array {
  const ids = idsOf(from);
  marked(to);
  const out = new Float64Array(from.units.length);
  from.units.forEach((u, i) => (out[i] = unitCredit(u, ids, i) ?? 0));
  return out;
}

export interface AlignOptions {
  /** least share of a revised sentence's content the best base sentence must cover */
  minCoverage?: number;
  /** least share of still uncovered content a further base sentence must add */
  minGain?: number;
  /** quantities already extracted (saves extracting them again) */
  baseQuantities?: Quantity[];
  revisedQuantities?: Quantity[];
}

export function align(base: Doc, revised: Doc, options: AlignOptions = {}): Alignment {
  const minCoverage = options.minCoverage ?? 0.4;
  const minGain = options.minGain ?? 0.12;
  const minFirst = 0.2;
  const minReverse = 0.15;
  renewKeys();
  const bq = options.baseQuantities ?? quantities(base);
  const rq = options.revisedQuantities ?? quantities(revised);
  // inverse document frequency over the sentences of both tellings
  const bc = sentenceCounts(base, bq);
  const rc = sentenceCounts(revised, rq);
  const n = bc.n + rc.n;
  // asked for every unit of every sentence, clause and binding the checks compare: one answer per key
  const weights = new Map<string, number>();
  const weight = (k: string): number => {
    let w = weights.get(k);
    if (w === undefined) weights.set(k, (w = Math.log(1 + n / ((bc.df.get(k) ?? 0) + (rc.df.get(k) ?? 0) || 1))));
    return w;
  };
  const bf = features(base, weight, bq);
  const rf = features(revised, weight, rq);

  // inverted index over base sentences: their keys and synonym keys
  const bySyn = indexOf(base, bf);

  // base sentences by their normalized text: a sentence found word for word is always a candidate,
  // even when all its words are too common for the index (a sentence a long text repeats)
  const twins = sentencesByText(base);

  const supports: Support[][] = rf.map((f, r) => {
    if (f.tokens.length === 0) return [];
    // a section heading is a label: it links only to a heading
    const isHeading = revised.sentences[r]!.kind === 'heading';
    const kept = (b: number) => (base.sentences[b]!.kind === 'heading') === isHeading;
    // of equally good sources (a sentence the text repeats), the one at the same relative place
    const at = (b: number) => Math.abs(b / Math.max(1, bf.length) - r / Math.max(1, rf.length));
    const same = twins.get(sentenceText(revised, r))?.filter(kept);
    const nearest = same?.length ? same.reduce((x, y) => (at(y) < at(x) ? y : x)) : -1;
    // the nearest twin with f's keys is always a candidate with all of f's keys (below); when it
    // also ranks first of every base sentence with them, it is the choice whatever else the index
    // finds, and the index is not asked
    if (nearest >= 0 && sameKeys(bf[nearest]!.stems, f.stems) && firstOfSameKeys(f, bf, bySyn, nearest, at, kept)) {
      return [{ base: nearest, coverage: 1, reverse: 1 }];
    }
    const cand = candidates(f, bySyn, kept);
    if (nearest >= 0 && !cand.includes(nearest)) cand.push(nearest);
    // a candidate with all of f's keys and no other (an unchanged sentence of a revision, most of
    // them) covers f whole and is covered whole: it ranks first and leaves nothing for another source
    // to add, so the greedy cover below would choose it alone; of several, the one ranked first
    const whole = cand.filter((b) => sameKeys(bf[b]!.stems, f.stems));
    if (whole.length) {
      const first = whole.reduce((x, y) => (at(y) < at(x) || (at(y) === at(x) && y < x) ? y : x));
      return [{ base: first, coverage: 1, reverse: 1 }];
    }
    // what each candidate credits each unit of f with, and so how much of f it covers (the same sum
    // as coverage(), in the same order); how much of each candidate f covers, f's keys marked once
    const reverse = cand.map((b) => coverage(bf[b]!, f, base));
    const credits = new Map<Support, Float64Array>();
    const scored = cand
      .map((b, i) => {
        const c = unitCredits(f, bf[b]!);
        let hit = 0;
        for (let k = 0; k < c.length; k++) hit += c[k]!;
        const s = { base: b, coverage: f.total > 0 ? hit / f.total : 0, reverse: reverse[i]! };
        credits.set(s, c);
        return s;
      })
      .sort((x, y) => y.coverage - x.coverage || y.reverse - x.reverse || at(x.base) - at(y.base) || x.base - y.base);
    const chosen: Support[] = [];
    // units of f covered so far (f's units have distinct keys)
    const covered = new Uint8Array(f.units.length);
    const creditOf = (s: Support): Float64Array => credits.get(s)!;
    // which of f's units are numbers, read once (the loop below asks for every candidate in every round)
    const numeric = f.units.map((u) => u.key.startsWith('#'));
    let union = 0;
    // greedy cover: each source must add a fair share of what is still uncovered
    for (;;) {
      let bestGain = 0;
      let pick: Support | undefined;
      for (const s of scored) {
        if (chosen.includes(s)) continue;
        if (chosen.length > 0 && s.reverse < minReverse) continue;
        // coverage() of f by this source, leaving out the units covered: the same sum, in the same order
        const c = creditOf(s);
        let hit = 0;
        let word = false;
        for (let i = 0; i < c.length; i++) {
          if (covered[i] || !(c[i]! > 0)) continue;
          hit += c[i]!;
          if (!numeric[i]) word = true;
        }
        // a further source that adds only numbers (a time or a figure another sentence also gives)
        // is no source: the sentence changed that value
        if (chosen.length > 0 && !word) continue;
        const gain = f.total > 0 ? hit / f.total : 0;
        if (gain > bestGain + 1e-9) {
          bestGain = gain;
          pick = s;
        }
      }
      if (!pick || bestGain < (chosen.length ? minGain : minFirst)) break;
      chosen.push(pick);
      union += bestGain;
      const c = creditOf(pick);
      for (let i = 0; i < c.length; i++) if (c[i]! > 0) covered[i] = 1;
    }
    const first = chosen[0];
    if (!first) return [];
    const accept = union >= minCoverage || (first.coverage >= minCoverage * 0.75 && first.reverse >= 0.45);
    if (!accept) return [];
    return chosen;
  });


  // A statement built on a quotation the base never has ("X described it as "..."") is a new
  // statement, even when its speaker and topic are the base's: when the new quotation makes up a
  // quarter or more of the sentence's content, the sentence is not supported.
  supports.forEach((list, r) => {
    if (!list.length) return;
    // a sentence the base has word for word brings no new quotation (even when its words are too
    // common for the index to find them)
    if (twins.has(sentenceText(revised, r))) return;
    const quoted = quotedTokens(revised, r);
    if (!quoted.length) return;
    const qf = rangeFeaturesOf(revised, quoted, weight);
    if (qf.tokens.length < 2 || bestCoverage(qf, bf, bySyn).coverage >= 0.3) return;
    if (qf.tokens.length >= 0.25 * rf[r]!.tokens.length) list.length = 0;
  });

  // Second pass, by position: an unsupported revised sentence standing between two supported ones
  // is held to a lower bar for the base sentences lying between theirs (rewrites keep the order).
  const firstPass = supports.map((l) => l.map((x) => x.base));
  supports.forEach((list, r) => {
    if (list.length || rf[r]!.tokens.length < 3) return;
    let p = r - 1;
    while (p >= 0 && firstPass[p]!.length === 0) p--;
    let q = r + 1;
    while (q < supports.length && firstPass[q]!.length === 0) q++;
    // the start and the end of the texts stand as supported sentences of their own, when one base
    // sentence alone stands in that place (a one-sentence summary of a long article is no rewrite
    // of any one of its sentences)
    if (q - p > 4) return;
    // (at an end, the place is what lies past the last source on the other side: "after all of them")
    const atEnd = q >= supports.length;
    const atStart = p < 0;
    const lo = atStart ? -1 : atEnd ? Math.max(...firstPass[p]!) : Math.min(...firstPass[p]!);
    const hi = atEnd ? bf.length : atStart ? Math.min(...firstPass[q]!) : Math.max(...firstPass[q]!);
    if ((p < 0 || q >= supports.length) && hi - lo > 2) return;
    let best: Support | undefined;
    for (let b = lo + 1; b < hi; b++) {
      if (base.sentences[b]!.kind === 'heading') continue;
      const c = coverage(rf[r]!, bf[b]!, revised);
      const v = coverage(bf[b]!, rf[r]!, base);
      if (c >= 0.2 && v >= 0.2 && (!best || c + v > best.coverage + best.reverse)) best = { base: b, coverage: c, reverse: v };
    }
    if (best) list.push(best);
  });

  // Third pass, by paragraph: an unsupported sentence opening a paragraph whose next sentence is
  // supported by a base paragraph pairs with that paragraph's unsupported opening sentence: a lead
  // rewritten in other words. Only a sentence made of the story's own words qualifies: most of its
  // content must stand somewhere in the base (new material, in words the base never uses, stays new).
  {
    const used = new Set(supports.flatMap((l) => l.map((x) => x.base)));
    const baseKeys = allKeys(base, bf);
    const ownWords = (f: SentenceFeatures): number => {
      let hit = 0;
      for (const u of f.units) if (baseKeys.has(u.key) || u.syns.some((k) => baseKeys.has(k))) hit += u.weight;
      return f.total > 0 ? hit / f.total : 0;
    };
    supports.forEach((list, r) => {
      if (list.length || rf[r]!.tokens.length < 3 || revised.sentences[r]!.kind !== 'body') return;
      if (ownWords(rf[r]!) < STORY_WORDS) return;
      const para = revised.sentences[r]!.paragraph;
      if (r > 0 && revised.sentences[r - 1]!.paragraph === para) return;
      const next = supports[r + 1];
      if (!next?.length || revised.sentences[r + 1]!.paragraph !== para) return;
      const firstBase = Math.min(...next.map((x) => x.base));
      const bpara = base.sentences[firstBase]!.paragraph;
      let lead = firstBase;
      while (lead > 0 && base.sentences[lead - 1]!.paragraph === bpara) lead--;
      if (lead === firstBase || used.has(lead) || base.sentences[lead]!.kind !== 'body') return;
      used.add(lead);
      list.push({ base: lead, coverage: coverage(rf[r]!, bf[lead]!), reverse: coverage(bf[lead]!, rf[r]!) });
    });
  }

  const supportedBy: number[][] = bf.map(() => []);
  supports.forEach((list, r) => list.forEach((s) => supportedBy[s.base]!.push(r)));
  const links = buildLinks(base, revised, supports, supportedBy);
  return {
    supports, supportedBy, links, baseFeatures: bf, revisedFeatures: rf, weight,
    index: { base: bySyn, revised: indexOf(revised, rf) },
  };
}

/**
 * Whether `nearest` ranks first (nearest by relative place, then first in the text) of the base
 * sentences kept with exactly f's keys: each of them holds f's rarest key, so they are all in its list.
 */
function firstOfSameKeys(
  f: SentenceFeatures,
  bf: SentenceFeatures[],
  index: Map<string, number[]>,
  nearest: number,
  at: (b: number) => number,
  keep: (b: number) => boolean,
): boolean {
  let rarest: number[] | undefined;
  for (const u of f.units) {
    const list = index.get(u.key);
    if (!list) return true;
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  if (!rarest) return true;
  const near = at(nearest);
  for (const b of rarest) {
    if (b === nearest) continue;
    const d = at(b);
    if (d > near || (d === near && b > nearest)) continue;
    if (keep(b) && sameKeys(bf[b]!.stems, f.stems)) return false;
  }
  return true;
}

/** The two sets of keys are the same. */
function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

const twinsCache = new WeakMap<Doc, Map<string, number[]>>();

/** A telling's sentences by their normalized text: made once per telling. */
function sentencesByText(doc: Doc): Map<string, number[]> {
  let twins = twinsCache.get(doc);
  if (twins) return twins;
  twins = new Map();
  for (let i = 0; i < doc.sentences.length; i++) {
    const t = sentenceText(doc, i);
    const list = twins.get(t);
    if (list) list.push(i);
    else twins.set(t, [i]);
  }
  twinsCache.set(doc, twins);
  return twins;
}

const keysCache = new WeakMap<Doc, Set<string>>();

/** Every key and synonym key of a telling's sentences (weight-free, so made once per telling). */
function allKeys(doc: Doc, fs: SentenceFeatures[]): Set<string> {
  let keys = keysCache.get(doc);
  if (!keys) {
    keys = new Set();
    for (const f of fs) for (const k of f.syns) keys.add(k);
    keysCache.set(doc, keys);
  }
  return keys;
}

const indexCache = new WeakMap<Doc, Map<string, number[]>>();

/** The index of a telling's sentences by key and synonym key: weight-free, so kept per telling. */
function indexOf(doc: Doc, fs: SentenceFeatures[]): Map<string, number[]> {
  let index = indexCache.get(doc);
  if (!index) indexCache.set(doc, (index = buildIndex(fs)));
  return index;
}

function buildIndex(fs: SentenceFeatures[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  fs.forEach((f, i) => {
    for (const s of f.syns) (index.get(s) ?? index.set(s, []).get(s)!).push(i);
  });
  return index;
}

/** Features of a part of a sentence: the units of its content tokens in [from, to). */
export function rangeFeatures(doc: Doc, from: number, to: number, weight: (k: string) => number, nameFactor = 1): SentenceFeatures {
  const idx: number[] = [];
  for (let i = from; i < to; i++) idx.push(i);
  // a part of a sentence counts its quantities as the sentence does ("41 votes to 38" is one score),
  // so that it meets the sentences it is compared with
  return rangeFeaturesOf(doc, idx, weight, nameFactor, quantityKeysCache.get(doc));
}

/**
 * Features of the given tokens (indices into doc.tokens). With `quantityKeys`, a token standing in a
 * quantity counts as that quantity's key, once.
 */
export function rangeFeaturesOf(doc: Doc, indices: number[], weight: (k: string) => number, nameFactor = 1, quantityKeys?: Map<number, string>): SentenceFeatures {
  const toks: number[] = [];
  const docIds = tokenIdsOf(doc);
  const keyIds: number[] = [];
  for (const i of indices) {
    const t = doc.tokens[i]!;
    if (!t.content) continue;
    toks.push(i);
    const q = quantityKeys?.get(i);
    keyIds.push(q !== undefined ? keyId(q) : tokenKeyId(docIds, t, i));
  }
  // a key counts once, as its first token gives it (the ids are all handed out before the marking)
  const units: SentenceFeatures['units'] = [];
  const unitIds: number[] = [];
  const unitSyns: Int32Array[] = [];
  seenKeys.start(toks);
  toks.forEach((i, n) => {
    const id = keyIds[n]!;
    if (seenKeys.has(id)) return;
    seenKeys.put(id);
    const t = doc.tokens[i]!;
    unitIds.push(id);
    const q = quantityKeys?.get(i);
    if (q !== undefined) {
      units.push({ key: q, weight: weight(q), syns: NO_SYNS });
      unitSyns.push(NO_SYN_IDS);
      return;
    }
    const k = tokenKeyOf(docIds, t, i);
    units.push({ key: k, weight: weight(k) * tokenSpecificity(docIds, t, i) * (t.capitalized ? nameFactor : 1), syns: tokenSynsOf(docIds, t, i) });
    unitSyns.push(tokenSynIds(docIds, t, i));
  });
  let total = 0;
  for (const u of units) total += u.weight;
  // the syns set is the units' keys and synonym keys: nothing more to mark
  return new RangeFeatures(toks, units, total, { generation: generation(), units: Int32Array.from(unitIds), unitSyns, more: NO_MORE });
}

const seenKeys = new Marks();
const NO_SYNS: readonly string[] = Object.freeze([]);
const NO_SYN_IDS = new Int32Array(0);

/**
 * Features of a part of a sentence. Checks make them by the thousand (every clause, every value's
 * binding) and read most only through coverage(), which reads their ids: the sets of keys are made
 * when asked.
 */
class RangeFeatures implements SentenceFeatures {
  #stems: Set<string> | undefined;
  #syns: Set<string> | undefined;
  constructor(
    readonly tokens: number[],
    readonly units: SentenceFeatures['units'],
    readonly total: number,
    public ids: FeatureIds | undefined,
  ) {}

  get stems(): ReadonlySet<string> {
    return (this.#stems ??= new Set(this.units.map((u) => u.key)));
  }

  get syns(): Set<string> {
    if (!this.#syns) {
      this.#syns = new Set();
      for (const u of this.units) {
        this.#syns.add(u.key);
        for (const x of u.syns) this.#syns.add(x);
      }
    }
    return this.#syns;
  }
}

/** The best share of `f` that any one sentence of the other side carries, found through the index. */
/** How many candidates a sentence is scored against: the ones sharing the most weight with it. */
const MAX_CANDIDATES = 40;
/** Least share of a sentence's content weight found anywhere in the base for it to count as the story's own words. */
const STORY_WORDS = 0.5;
/** Keys held by more sentences than this are left out of candidate search (not out of scoring). */
const COMMON_KEY = 64;

/**
 * Candidate sentences of the other side for a sentence, from the index: each scored by the weight
 * of the units it shares (a unit counts once, by its key or a synonym key), the best few kept, in
 * sentence order. Long texts share common words with many sentences; scoring all would be quadratic.
 */
export function candidates(f: SentenceFeatures, index: Map<string, number[]>, keep: (sentence: number) => boolean = () => true): number[] {
  // sentences met in this call, and by this unit, carry their stamps: no map or set to build per call
  if (stamp > 0x3fffffff) {
    byCall.fill(0);
    byUnit.fill(0);
    stamp = 0;
  }
  const call = ++stamp;
  const touched: number[] = [];
  for (const u of f.units) {
    const unit = ++stamp;
    scoreList(index.get(u.key), unit, call, u.weight, touched);
    for (const k of u.syns) scoreList(index.get(k), unit, call, u.weight, touched);
  }
  let list = touched.filter(keep);
  if (list.length > MAX_CANDIDATES) {
    list = list.sort((a, b) => score[b]! - score[a]! || a - b).slice(0, MAX_CANDIDATES);
  }
  return list.sort((a, b) => a - b);
}

/** Adds a unit's weight to the sentences of one list of the index, once per unit (stamp `unit`). */
function scoreList(list: number[] | undefined, unit: number, call: number, weight: number, touched: number[]): void {
  // a key in very many sentences ("said", a common sense) tells no sentence apart: it only scores
  if (!list || list.length > COMMON_KEY) return;
  for (let j = 0; j < list.length; j++) {
    const x = list[j]!;
    if (x >= byUnit.length) grow(x);
    if (byUnit[x] === unit) continue;
    byUnit[x] = unit;
    if (byCall[x] !== call) {
      byCall[x] = call;
      score[x] = 0;
      touched.push(x);
    }
    score[x] += weight;
  }
}

/** candidates()' scores and stamps by sentence, grown to the longest text met. */
let score = new Float64Array(1024);
let byCall = new Int32Array(1024);
let byUnit = new Int32Array(1024);
let stamp = 0;

function grow(x: number): void {
  let n = byUnit.length;
  while (n <= x) n *= 2;
  const s = new Float64Array(n);
  s.set(score);
  score = s;
  const c = new Int32Array(n);
  c.set(byCall);
  byCall = c;
  const u = new Int32Array(n);
  u.set(byUnit);
  byUnit = u;
}

export function bestCoverage(
  f: SentenceFeatures,
  other: SentenceFeatures[],
  index: Map<string, number[]>,
  keep: (sentence: number) => boolean = () => true,
): { coverage: number; sentence: number } {
  let best = { coverage: 0, sentence: -1 };
  for (const c of candidates(f, index, keep)) {
    const v = coverage(f, other[c]!);
    if (v > best.coverage) best = { coverage: v, sentence: c };
  }
  return best;
}

/** Share of `f` carried by the union of several sentences. */
export function unionCoverage(f: SentenceFeatures, others: SentenceFeatures[]): number {
  const covered = new Set<string>();
  for (const o of others) coverage(f, o, undefined, covered);
  let hit = 0;
  for (const u of f.units) if (covered.has(u.key)) hit += u.weight;
  return f.total > 0 ? hit / f.total : 0;
}

/**
 * Links from support edges. A revised sentence with several sources is a merge; consecutive revised
 * sentences drawing on one and the same single base sentence are a split; otherwise a sentence and
 * its one source are the same, edited or moved (out of order against the rest).
 */
function buildLinks(base: Doc, revised: Doc, supports: Support[][], _supportedBy: number[][]): Link[] {
  const links: Link[] = [];
  const sim = (xs: Support[]) => xs.reduce((a, s) => a + (s.coverage + s.reverse) / 2, 0) / xs.length;
  for (let r = 0; r < supports.length; r++) {
    const sup = supports[r]!;
    if (sup.length === 0) continue;
    const bs = sup.map((s) => s.base).sort((a, b) => a - b);
    if (bs.length === 1) {
      // a split: the following revised sentences with the same single source
      const rs = [r];
      let all = [...sup];
      while (r + 1 < supports.length && supports[r + 1]!.length === 1 && supports[r + 1]![0]!.base === bs[0]) {
        r++;
        rs.push(r);
        all = all.concat(supports[r]!);
      }
      links.push({ base: bs, revised: rs, kind: rs.length > 1 ? 'split' : 'edited', similarity: round(sim(all)) });
    } else links.push({ base: bs, revised: [r], kind: 'merged', similarity: round(sim(sup)) });
  }
  const order = longestIncreasing(links.map((l) => l.base[0]!));
  links.forEach((l, i) => {
    if (l.kind !== 'edited') return;
    if (sentenceText(base, l.base[0]!) === sentenceText(revised, l.revised[0]!)) l.kind = 'same';
    if (!order.has(i)) l.kind = 'moved';
  });
  return links;
}

/** Tokens of a sentence that stand inside double quotation marks. */
export function quotedTokens(doc: Doc, sentence: number): number[] {
  const s = doc.sentences[sentence]!;
  const text = doc.norm.slice(s.normStart, s.normEnd);
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push([s.normStart + open, s.normStart + i]);
      open = -1;
    }
  }
  const out: number[] = [];
  const [a, b] = doc.sentenceTokens[sentence]!;
  for (let i = a; i < b; i++) {
    const t = doc.tokens[i]!;
    if (spans.some(([x, y]) => t.start > x && t.end <= y)) out.push(i);
  }
  return out;
}

export function sentenceText(doc: Doc, i: number): string {
  const s = doc.sentences[i]!;
  return doc.norm.slice(s.normStart, s.normEnd);
}

/** A ratio rounded to three decimals, as findings and links report it. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Indices of a longest strictly increasing subsequence (links kept in order; the rest moved). */
function longestIncreasing(xs: number[]): Set<number> {
  const n = xs.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  // by patience sorting, in n log n: levels[l] holds the indices whose longest increasing run ending
  // there has l + 1 values, in their order; along a level the values never rise, and the levels'
  // last values rise with l. Each index takes as its predecessor the first index of the level below
  // with a smaller value: the one the pairwise search (first j with the longest run) would take.
  const levels: number[][] = [];
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    let lo = 0;
    let hi = levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const level = levels[mid]!;
      if (xs[level[level.length - 1]!]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) {
      const below = levels[lo - 1]!;
      let a = 0;
      let b = below.length - 1;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (xs[below[mid]!]! < x) b = mid;
        else a = mid + 1;
      }
      len[i] = lo + 1;
      prev[i] = below[a]!;
    }
    (levels[lo] ??= []).push(i);
  }
  let best = -1;
  for (let i = 0; i < n; i++) if (best < 0 || len[i]! > len[best]!) best = i;
  const out = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]!) out.add(i);
  return out;
}
