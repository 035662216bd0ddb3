/**
 * Derivation: within a story, which telling each one was made from (an outlet's rewrite of a wire
 * report, a summary, an AI rewrite, a later edit), or none. The result is a forest.
 *
 * Evidence for "B was made from A", each pair of tellings (their bodies: a headline is left out, see
 * prepare()):
 *   - shared passages: runs of PASSAGE_WORDS words that both texts carry word for word (independent
 *     reports of one event share few; a rewrite keeps many), and shared quotations;
 *   - carried sentences: how much of each sentence of B stands in one sentence of A, by content words
 *     (stems), however reworded (a paraphrase keeps the names, numbers and most content words of
 *     its sentence even when no five words stay in a row);
 *   - containment asymmetry: the share of B's sentences present in A against the share of A's
 *     present in B, however reworded (a cut, a summary or a rewrite that drops material is mostly
 *     inside its source, not the reverse);
 *   - the story's other related tellings (the outgroup rule, see outgroup());
 *   - the wording: in the sentences the two share, the source's own words are the more usual ones
 *     (a rewriter obliged to change the wording takes less usual synonyms, see wordingOf());
 *   - wire credits: B credits A's outlet ("(AP)", "Reuters contributed to this report", "according to
 *     AFP", "told The Times");
 *   - update notes: B says it is a later edit ("Updated at …", "This story has been updated") and A
 *     does not;
 *   - publication order, when both times are known: a source is published before what is made from it.
 *
 * How much of B comes from A (its carried sentences, and its passages word for word, each by its
 * rarity in the story, which tell the direct source from a sibling or a grandparent that carries the
 * same sentences in other words) times
 * the probability that the copying went from A to B, raised to the direction model's exponent, is the
 * weight of the edge A → B (under 1: two steps of copying leave clearer direction evidence than one,
 * and the full probability would prefer a grandparent to a closer direct source). Each telling also has an edge from a virtual root of weight ROOT_WEIGHT: a
 * telling whose best source is weaker than that is an original. The forest is the maximum spanning
 * arborescence of that graph (Chu-Liu/Edmonds), so that the direction of every edge is chosen
 * together with the others and no telling descends from itself; then a telling linked to a rewrite
 * of its true source moves up to that source (skipGenerations()).
 *
 * Pure: texts and times in, parents and evidence out. The store and the compare step are elsewhere.
 */
import { analyze } from '../text/doc.js';
import { words } from '../text/tokens.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { CREDIT_FORMS, UPDATE_FORMS, WIRES } from '../data/credits.js';
import { hash32 } from './minhash.js';
import { frequency } from '../text/lexicon.js';
import { DIRECTION_MODEL, type DirectionModel } from './derivation-model.js';

export interface TellingInput {
  /** any id, unique in the story (a version id in the store) */
  id: number;
  /** the telling as compare() reads it */
  text: string;
  /** publication time, ms since the epoch, when known */
  publishedAt: number | null;
  outlet: string | null;
}

export type Order = 'after' | 'before' | 'same' | 'unknown';

export interface DerivationEvidence {
  /** passages of PASSAGE_WORDS words the two texts share */
  passages: number;
  /** quotations (four words or more) the two texts share */
  quotes: number;
  /** how much of the telling is carried from its source (0 to 1, see carried()) */
  contained: number;
  /** how much of the source the telling carries */
  covers: number;
  /** the share of the telling's sentences that stand in the source at all (however reworded): with coversSentences, the containment asymmetry of the direction */
  containedSentences: number;
  /** the share of the source's sentences that stand in the telling at all */
  coversSentences: number;
  /** when the telling was published relative to its source */
  order: Order;
  /** the telling's words that credit the source's outlet, when it has some */
  credit: string | null;
  /** the telling says it is an update and the source does not (+1), the reverse (-1), or neither (0) */
  update: number;
  /**
   * what the related tellings say of the direction (-1 to 1): of the passages one of the pair has
   * and the other lacks, the share the other related tellings hold of the source's minus the share
   * they hold of the telling's, weighted by how related each is (0 when there are none)
   */
  outgroup: number;
  /**
   * what the wording says of the direction: in the sentences the two share, however reworded, how
   * much more usual (in general English, log of the SemCor frequency) the source's own words are than
   * the telling's own words, averaged over the sentences (0 when none differ). Positive when the
   * telling replaced usual words with less usual synonyms, as a rewriter obliged to change the
   * wording does: the first writer takes the usual word for each thing
   */
  wording: number;
  /** the longest passages the two share, as the telling writes them (at most three, each clipped) */
  examples: string[];
}

export interface DerivedTelling {
  id: number;
  /** the telling it was most likely made from; null for an original */
  source: number | null;
  /** the weight of the chosen edge: copying strength times the probability of its direction raised to the model's exponent (0 for an original) */
  score: number;
  /** how sure the direction is (0.5 to 1), for a derived telling */
  direction: number | null;
  evidence: DerivationEvidence | null;
  /** the next best candidate sources with their weights (best first, at most three) */
  alternatives: Array<{ source: number; score: number }>;
}

export interface DerivationOptions {
  /** use publication times (default true); without, direction comes from the texts alone */
  useTimes?: boolean;
  /** the weights of the direction evidence (default DIRECTION_MODEL; for training and its cross-validation) */
  direction?: DirectionModel;
}

/** Words per passage. Five: long enough that independent reports rarely share one, short enough to survive light paraphrase. */
export const PASSAGE_WORDS = 5;
/** Weight of the root edge: a telling whose best source edge is weaker is an original. */
export const ROOT_WEIGHT = 0.3;
/** Sentences with fewer content words are not counted (datelines, "He declined to comment."). */
const MIN_SENTENCE_WORDS = 4;
/** Direction model (log-odds): containment asymmetry, the outgroup rule, wording, credits, update notes (fitted, see derivation-model.ts), publication order (set by hand). */
export const DIRECTION: DirectionModel = DIRECTION_MODEL;

interface Prepared {
  input: TellingInput;
  /** passage hashes in text order (index = first word) */
  seq: Uint32Array;
  /** distinct passage hashes, sorted */
  set: Uint32Array;
  /** words of the normalized text with their offsets, for examples */
  words: Array<{ start: number; end: number }>;
  norm: string;
  quotes: Set<number>;
  lower: string;
  /** carries an update or correction note */
  updated: boolean;
  /** content stems of each counted sentence */
  sentences: Array<Set<string>>;
  /** the passages that start in each counted sentence (but runs of function words) */
  sentencePassages: Uint32Array[];
  /** the words of each counted sentence that general English uses, with the log of their frequency (see wording()) */
  usual: Array<Map<string, number>>;
  /** stem -> indexes into sentences */
  index: Map<string, number[]>;
  /** distinct content stems of the whole text */
  stems: Set<string>;
}

function prepare(t: TellingInput): Prepared {
  const doc = analyze(t.text);
  const norm = doc.norm;
  const ws = doc.tokens;
  const lowers = ws.map((w) => w.lower);
  const seq = new Uint32Array(Math.max(0, ws.length - PASSAGE_WORDS + 1));
  const set = new Set<number>();
  const counted = new Uint8Array(seq.length);
  // the headline's own passages are left out of the evidence: nearly every outlet and summary writes
  // its own, and the headlines of one event converge on its key words whoever copied whom (two
  // rewriters of one source take the same wording for it more often than for any sentence of the
  // body; independent reports of one event share headline words). A headline copied whole still
  // counts (below), and so do the passages that run from its end into the body
  const headline = (k: number) => doc.sentences[ws[k]!.sentence]!.kind === 'headline';
  for (let i = 0; i + PASSAGE_WORDS <= ws.length; i++) {
    const part = lowers.slice(i, i + PASSAGE_WORDS);
    const h = hash32(part.join(' '));
    seq[i] = h;
    // a run of function words ("and that it was the") says nothing of copying
    if (!(headline(i) && headline(i + PASSAGE_WORDS - 1)) && part.some((w) => !STOP_WORDS.has(w))) {
      set.add(h);
      counted[i] = 1;
    }
  }
  // a headline copied whole is evidence like one passage (a copy keeps its source's headline); its
  // five-word runs are not (see above)
  const head = ws.filter((w) => doc.sentences[w.sentence]!.kind === 'headline').map((w) => w.lower);
  if (head.length >= PASSAGE_WORDS) set.add(hash32('\u0000headline ' + head.join(' ')));
  const quotes = new Set<number>();
  for (const m of norm.matchAll(/"([^"\n]{3,600})"/g)) {
    const q = words(m[1]!).map((w) => w.text.toLowerCase());
    if (q.length >= 4) quotes.add(hash32(q.join(' ')));
  }
  const sentences: Array<Set<string>> = [];
  const sentencePassages: Uint32Array[] = [];
  const usual: Array<Map<string, number>> = [];
  const index = new Map<string, number[]>();
  const stems = new Set<string>();
  for (const [s, [a, b]] of doc.sentenceTokens.entries()) {
    // the headline's sentence too: it restates the lead in the event's key words, which any report of
    // the event uses
    if (doc.sentences[s]!.kind === 'headline') continue;
    const st = new Set<string>();
    for (let k = a; k < b; k++) if (ws[k]!.content) st.add(ws[k]!.stem);
    for (const x of st) stems.add(x);
    if (st.size < MIN_SENTENCE_WORDS) continue;
    const si = sentences.length;
    sentences.push(st);
    const own: number[] = [];
    for (let k = a; k < Math.min(b, seq.length); k++) if (counted[k]) own.push(seq[k]!);
    sentencePassages.push(Uint32Array.from(own));
    const us = new Map<string, number>();
    for (let k = a; k < b; k++) {
      const w = ws[k]!.lower;
      if (w.length < 3 || us.has(w)) continue;
      const f = frequency(w);
      if (f > 0) us.set(w, Math.log(1 + f));
    }
    usual.push(us);
    for (const x of st) {
      const l = index.get(x);
      if (l) l.push(si);
      else index.set(x, [si]);
    }
  }
  const updated = UPDATE_FORMS.some((re) => re.test(norm));
  return { input: t, seq, set: Uint32Array.from(set).sort(), words: ws, norm, quotes, lower: norm.toLowerCase(), updated, sentences, sentencePassages, usual, index, stems };
}

/**
 * How much of a is carried from b: for each counted sentence of a, the share of its content stems
 * that stand in its best sentence of b (0 under NOISE: independent reports share a few words in any
 * sentence), averaged. 1 when every sentence of a is in b word for word, near 0 for unrelated texts.
 * With `present`, each sentence at or above NOISE counts 1: the share of a's sentences in b at all.
 */
function carried(a: Prepared, b: Prepared, present = false): number {
  if (!a.sentences.length) return 0;
  let sum = 0;
  const counts = new Map<number, number>();
  for (const st of a.sentences) {
    counts.clear();
    let best = 0;
    for (const x of st) {
      for (const j of b.index.get(x) ?? []) {
        const c = (counts.get(j) ?? 0) + 1;
        counts.set(j, c);
        if (c > best) best = c;
      }
    }
    const r = best / st.size;
    if (r >= NOISE) sum += present ? 1 : r;
  }
  return sum / a.sentences.length;
}

/**
 * How much more usual a's own words are than b's, in the sentences of b that stand in a sentence of a
 * (at least ALIGNED of its content stems): for each such pair of sentences whose words differ, the
 * mean log frequency of the words only a's sentence has minus that of the words only b's has,
 * averaged over the pairs. A writer takes the usual word for each thing; a rewriter obliged to
 * change the wording takes a less usual synonym ("said" becomes "stated", "about" "approximately"),
 * so the source's own words are the more usual ones. 0 when no aligned sentences differ.
 */
function wordingOf(a: Prepared, b: Prepared): number {
  let sum = 0;
  let n = 0;
  b.sentences.forEach((st, si) => {
    const at = alignedIn(st, a);
    if (at < 0) return;
    const ua = a.usual[at]!;
    const ub = b.usual[si]!;
    let sa = 0;
    let na = 0;
    for (const [w, f] of ua) if (!ub.has(w)) (sa += f), na++;
    let sb = 0;
    let nb = 0;
    for (const [w, f] of ub) if (!ua.has(w)) (sb += f), nb++;
    if (!na || !nb) return;
    sum += sa / na - sb / nb;
    n++;
  });
  return n ? sum / n : 0;
}

/** A sentence sharing at least this share of its content stems with one of the other text is the same sentence, reworded. */
const ALIGNED = 0.5;

/** Weight of word-for-word passages against carried sentences in the copying strength. */
const VERBATIM = 0.5;

/** A sentence sharing less of its content stems than this with every sentence of the other text counts as not carried. */
const NOISE = 0.4;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names an outlet is credited by: its own name, and a wire's other names when it is a wire. */
function outletNames(outlet: string | null): string[] {
  if (!outlet) return [];
  const lower = outlet.toLowerCase().trim();
  const wire = WIRES.find((w) => w.names.includes(lower) || w.names.some((n) => n.length > 3 && lower.includes(n)));
  const names = new Set([lower, ...(wire ? wire.names : [])]);
  // longest first: "the associated press contributed…" is read whole, not from "associated press"
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

const CREDIT_CACHE = new Map<string, RegExp>();

/** The words of `text` crediting the outlet, or null. */
export function creditOf(lowerText: string, outlet: string | null): string | null {
  for (const name of outletNames(outlet)) {
    let re = CREDIT_CACHE.get(name);
    if (!re) {
      const n = escapeRe(name);
      const forms = CREDIT_FORMS.map((f) => escapeRe(f).replace('\\{o\\}', n));
      re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'u');
      if (CREDIT_CACHE.size < 1000) CREDIT_CACHE.set(name, re);
    }
    const m = re.exec(lowerText);
    if (m) return m[0];
  }
  return null;
}

function orderOf(telling: TellingInput, source: TellingInput): Order {
  if (telling.publishedAt === null || source.publishedAt === null) return 'unknown';
  const d = telling.publishedAt - source.publishedAt;
  return Math.abs(d) < 60_000 ? 'same' : d > 0 ? 'after' : 'before';
}

/** The longest runs of shared passages in the telling, as its text. */
function examples(t: Prepared, shared: Set<number>, max = 3): string[] {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < t.seq.length) {
    if (!shared.has(t.seq[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < t.seq.length && shared.has(t.seq[j + 1]!)) j++;
    runs.push([i, j + PASSAGE_WORDS - 1]);
    i = j + 1;
  }
  return runs
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0])
    .slice(0, max)
    .map(([a, b]) => {
      const s = t.norm.slice(t.words[a]!.start, t.words[b]!.end);
      return s.length > 200 ? s.slice(0, 199) + '…' : s;
    });
}

interface PairStats {
  passages: number;
  quotes: number;
}

/**
 * Pairs worth scoring (sharing passages or quotations, or among each other's nearest by shared
 * content stems), with their shared passages and quotations. Postings are walked in order of time;
 * a telling is paired through one passage with the first FIRST and the RECENT latest tellings before
 * it that hold it, so that a passage syndicated to hundreds of tellings costs hundreds of pairs, not
 * tens of thousands (counts are exact while a passage is held by fewer than FIRST + RECENT tellings).
 */
function pairStats(ps: readonly Prepared[]): Map<number, PairStats> {
  const key = (i: number, j: number) => Math.min(i, j) * ps.length + Math.max(i, j);
  const out = new Map<number, PairStats>();
  const get = (i: number, j: number) => {
    const k = key(i, j);
    let s = out.get(k);
    if (!s) out.set(k, (s = { passages: 0, quotes: 0 }));
    return s;
  };
  const byTime = ps.map((_, i) => i).sort((a, b) => (ps[a]!.input.publishedAt ?? 0) - (ps[b]!.input.publishedAt ?? 0) || a - b);
  const postings = (sets: Array<Iterable<number | string>>) => {
    const m = new Map<number | string, number[]>();
    for (const i of byTime) {
      for (const h of sets[i]!) {
        const l = m.get(h);
        if (l) l.push(i);
        else m.set(h, [i]);
      }
    }
    return m;
  };
  const walk = (l: number[], field: keyof PairStats) => {
    for (let p = 1; p < l.length; p++) {
      for (let q = 0; q < Math.min(p, FIRST); q++) get(l[p]!, l[q]!)[field]++;
      for (let q = Math.max(FIRST, p - RECENT); q < p; q++) get(l[p]!, l[q]!)[field]++;
    }
  };
  for (const l of postings(ps.map((p) => p.set)).values()) walk(l, 'passages');
  for (const l of postings(ps.map((p) => p.quotes)).values()) walk(l, 'quotes');
  // a reworded telling may share no passage with its source: its nearest tellings by shared content stems are scored too
  const common = Math.max(2, Math.ceil(ps.length / 2));
  const stemPost = postings(ps.map((p) => p.stems));
  ps.forEach((p, i) => {
    const shared = new Map<number, number>();
    for (const x of p.stems) {
      const l = stemPost.get(x)!;
      if (l.length > common && ps.length > 4) continue;
      for (const j of l) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j] of [...shared].sort((a, b) => b[1] - a[1]).slice(0, NEAREST)) get(i, j);
  });
  return out;
}

/** Earliest and latest tellings holding a passage that each telling is paired with through it. */
const FIRST = 10;
const RECENT = 20;

/** Tellings scored against each telling beyond those it shares passages with. */
const NEAREST = 8;

/** How much of a telling is carried from its source and the reverse (see carried()). */
interface Shares {
  contained: number;
  covers: number;
  containedSentences: number;
  coversSentences: number;
}

/**
 * The direction evidence of the copying from `src` to `dst`, each term signed so that positive says
 * `src` is the source; the direction model weighs them (directionOf()).
 */
export interface DirectionFeatures {
  /** between outlets: the share of dst's sentences present in src minus the reverse (a cut is inside its source) */
  asymmetry: number;
  /** the outgroup rule (see outgroup()); 0 when the publication order is used and known */
  outgroup: number;
  /** the wording (see wordingOf()) */
  wording: number;
  /** dst credits src's outlet and not the reverse (+1), the reverse (-1) */
  credit: number;
  /** dst carries an update note and src does not (+1), the reverse (-1) */
  update: number;
  /** dst published after src (+1), before (-1), when times are used */
  order: number;
  /** between versions of one outlet's article: sentences new in dst minus sentences new in src (newSentences(); weighed by VERSION_GROWTH, not fitted) */
  growth: number;
}

/** The log-odds that the copying went from src to dst. */
export function directionOf(f: DirectionFeatures, model: DirectionModel): number {
  return model.asymmetry * f.asymmetry + model.outgroup * f.outgroup + model.wording * f.wording + model.credit * f.credit + model.update * f.update + model.order * f.order + VERSION_GROWTH * f.growth;
}

/** Probability that the copying between two tellings went from `src` to `dst`, and the evidence for it. */
function directed(src: Prepared, dst: Prepared, s: PairStats, shares: Shares, outgroup: number, wording: number, useTimes: boolean, model: DirectionModel): { p: number; features: DirectionFeatures; evidence: Omit<DerivationEvidence, 'examples'> } {
  const { contained, covers, containedSentences, coversSentences } = shares;
  const credit = creditOf(dst.lower, src.input.outlet);
  const back = creditOf(src.lower, dst.input.outlet);
  const order = orderOf(dst.input, src.input);
  // asymmetry by the sentences present, not by how completely each is reworded: rewording is
  // symmetric (a paraphrase that spends two words on one makes its sentences look less contained in
  // the source than the source's in it), cuts and additions are what make one telling hold less
  // the outgroup rule infers which of the two is the older form from their relatives, and a copy of
  // the newer form among them turns it; when the publication order is known it says that itself
  const known = useTimes && (order === 'after' || order === 'before');
  const one = sameOutlet(src.input, dst.input);
  const update = dst.updated === src.updated ? 0 : dst.updated ? 1 : -1;
  const features: DirectionFeatures = {
    asymmetry: one ? 0 : containedSentences - coversSentences,
    outgroup: known ? 0 : outgroup,
    wording,
    credit: credit && !back ? 1 : back && !credit ? -1 : 0,
    update,
    order: useTimes && order === 'after' ? 1 : useTimes && order === 'before' ? -1 : 0,
    // two versions of one outlet's article: a later version adds sentences more often than it
    // removes them (VERSION_GROWTH), each sentence one piece of evidence, and no summary is made
    growth: one ? newSentences(dst, src) - newSentences(src, dst) : 0,
  };
  const z = directionOf(features, model);
  return { p: 1 / (1 + Math.exp(-z)), features, evidence: { passages: s.passages, quotes: s.quotes, contained, covers, containedSentences, coversSentences, order: useTimes ? order : 'unknown', credit, update, outgroup, wording } };
}

/**
 * Log-odds that a sentence one version of an article has and the other lacks was added by the later
 * version rather than removed by it: ln(10.9 / 6.8), the added and removed sentences counted across
 * 4.6 million versions of 1.3 million articles of 22 outlets in NewsEdits (Spangher and May, 2021,
 * "NewsEdits: A Dataset of Revision Histories for News Articles", arXiv:2104.09647).
 */
export const VERSION_GROWTH = Math.log(10.9 / 6.8);

/**
 * How many of a's counted sentences are new against b: at most half of the passages that start in
 * them stand in b. By passages, not by content stems: a paragraph an update adds is new wording even
 * where it shares words with a sentence of the earlier version (a new account of the same facts),
 * while a sentence whose figure was changed keeps most of its passages and stays the same sentence.
 */
function newSentences(a: Prepared, b: Prepared): number {
  let k = 0;
  for (const ps of a.sentencePassages) {
    if (!ps.length) continue;
    let held = 0;
    for (const h of ps) if (hasSorted(b.set, h)) held++;
    if (held * 2 <= ps.length) k++;
  }
  return k;
}

/** Both tellings come from one outlet (by name, ignoring case): versions of one article, or one outlet's follow-ups. */
function sameOutlet(a: TellingInput, b: TellingInput): boolean {
  return a.outlet !== null && b.outlet !== null && a.outlet.trim().toLowerCase() === b.outlet.trim().toLowerCase();
}

/** Related tellings consulted for the direction of each pair. */
const OUTGROUP = 8;

/**
 * The direction the other tellings of the story point to, for the pair (i, j): positive when i is
 * the older form. Of the passages one of the two has and the other lacks, a related telling holds
 * the older form's more often than the newer one's: what a rewriter adds (a paraphrase, a paragraph
 * of its own) is its own, while what it cut or reworded is still held by the source's other
 * descendants and relatives (the outgroup rule of phylogenetics: the state shared with relatives
 * outside the pair is the ancestral one). Each related telling counts by how related it is; a
 * descendant of the newer form points the wrong way, which its siblings and ancestors outvote.
 * 0 when the pair has no related telling (a story of two).
 */
function outgroup(ps: readonly Prepared[], i: number, j: number, related: ReadonlyArray<ReadonlyArray<{ w: number; r: number }>>): number {
  const weights = new Map<number, number>();
  for (const x of [i, j]) {
    for (const { w, r } of related[x]!.slice(0, OUTGROUP)) if (w !== i && w !== j) weights.set(w, Math.max(weights.get(w) ?? 0, r));
  }
  if (!weights.size) return 0;
  const only = (a: Uint32Array, b: Uint32Array): number[] => {
    const out: number[] = [];
    let q = 0;
    for (const x of a) {
      while (q < b.length && b[q]! < x) q++;
      if (q >= b.length || b[q] !== x) out.push(x);
    }
    return out;
  };
  const di = only(ps[i]!.set, ps[j]!.set);
  const dj = only(ps[j]!.set, ps[i]!.set);
  let num = 0;
  let den = 0;
  for (const [w, r] of weights) {
    const held = (xs: number[]) => (xs.length ? xs.filter((x) => hasSorted(ps[w]!.set, x)).length / xs.length : 0);
    num += r * (held(di) - held(dj));
    den += r;
  }
  return num / den;
}

/** Whether a sorted array holds x (binary search). */
function hasSorted(a: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (a[m]! < x) lo = m + 1;
    else hi = m;
  }
  return lo < a.length && a[lo] === x;
}

interface Edge {
  u: number;
  v: number;
  /** strength times p */
  w: number;
  p: number;
  /** how much of v comes from u */
  strength: number;
  features: DirectionFeatures;
  ev: Omit<DerivationEvidence, 'examples'>;
}

/**
 * The weight of each passage of the story by its rarity there: ln(1 + n / k) for a passage k of the
 * story's n tellings hold (inverse document frequency). A passage every telling holds says little of
 * which one another was made from; one that only two share says much (shared rare passages).
 */
function passageRarity(ps: readonly Prepared[]): Map<number, number> {
  const k = new Map<number, number>();
  for (const p of ps) for (const h of p.set) k.set(h, (k.get(h) ?? 0) + 1);
  const out = new Map<number, number>();
  for (const [h, c] of k) out.set(h, Math.log(1 + ps.length / c));
  return out;
}

/** The summed rarity of the passages of `set` (only those `also` holds, when given). */
function rarityOf(set: Uint32Array, rarity: ReadonlyMap<number, number>, also?: Uint32Array): number {
  let sum = 0;
  for (const h of set) if (!also || hasSorted(also, h)) sum += rarity.get(h)!;
  return sum;
}

/**
 * The scored edges u -> v of the pairs worth scoring (both directions of each, those whose copying
 * strength is over `floor`: the root weight for the forest, lower to see why a telling found none).
 */
function edgesOf(ps: readonly Prepared[], useTimes: boolean, model: DirectionModel, floor = ROOT_WEIGHT): Edge[] {
  const n = ps.length;
  const stats = pairStats(ps);
  // how much of each is carried from the other, for every pair worth scoring
  const carries = new Map<number, { ij: number; ji: number; pij: number; pji: number }>();
  const related = ps.map(() => [] as Array<{ w: number; r: number }>);
  for (const k of stats.keys()) {
    const i = Math.floor(k / n);
    const j = k % n;
    // ij: how much of j is carried from i; pij: the share of j's sentences present in i at all
    const c = { ij: carried(ps[j]!, ps[i]!), ji: carried(ps[i]!, ps[j]!), pij: carried(ps[j]!, ps[i]!, true), pji: carried(ps[i]!, ps[j]!, true) };
    carries.set(k, c);
    const r = Math.max(c.ij, c.ji);
    if (r <= ROOT_WEIGHT) continue;
    related[i]!.push({ w: j, r });
    related[j]!.push({ w: i, r });
  }
  for (const l of related) l.sort((a, b) => b.r - a.r || a.w - b.w);
  // edges src -> dst with weight; a later telling is never the source of an earlier one when times are used
  const edges: Edge[] = [];
  const rarity = passageRarity(ps);
  const held = ps.map((p) => rarityOf(p.set, rarity));
  for (const [k, s] of stats) {
    const i = Math.floor(k / n);
    const j = k % n;
    const { ij, ji, pij, pji } = carries.get(k)!;
    if (Math.max(ij, ji) <= floor) continue;
    const og = outgroup(ps, i, j, related);
    // positive when i is the older form
    const wd = (wordingOf(ps[i]!, ps[j]!) - wordingOf(ps[j]!, ps[i]!)) / 2;
    // the passages the two share, by their rarity in the story
    const shared = rarityOf(ps[i]!.set, rarity, ps[j]!.set);
    for (const [u, v] of [
      [i, j],
      [j, i],
    ] as const) {
      const shares = u === i ? { contained: ij, covers: ji, containedSentences: pij, coversSentences: pji } : { contained: ji, covers: ij, containedSentences: pji, coversSentences: pij };
      // how much of v comes from u: its sentences carried, and word for word its passages (the
      // direct source has the closest wording; a sibling or a grandparent carries the same
      // sentences in other words), each passage by its rarity in the story
      const of = (contained: number, whole: number) => (1 - VERBATIM) * contained + VERBATIM * Math.min(1, shared / (whole || 1));
      // two versions of one outlet's article are one text edited, not a copy: they are as close
      // whichever came first (the less of either that the other holds), and only the direction says
      // which did; by how much of v comes from u, a later version that adds a paragraph would look
      // like the source of the earlier one, which it holds whole
      const strength = sameOutlet(ps[u]!.input, ps[v]!.input) ? Math.min(of(shares.contained, held[v]!), of(shares.covers, held[u]!)) : of(shares.contained, held[v]!);
      const d = directed(ps[u]!, ps[v]!, s, shares, u === i ? og : -og, u === i ? wd : -wd, useTimes, model);
      if (useTimes && d.evidence.order === 'before') continue;
      if (strength <= floor) continue;
      edges.push({ u, v, w: strength * Math.pow(d.p, model.exponent), p: d.p, strength, features: d.features, ev: d.evidence });
    }
  }
  return edges;
}

/** One scored edge of a story, source -> telling by id (see directionEvidence()). */
export interface ScoredEdge {
  source: number;
  telling: number;
  /** how much of the telling comes from the source (carried sentences and passages, 0 to 1) */
  strength: number;
  /** the edge's weight in the forest: strength times the direction's probability to the model's exponent */
  weight: number;
  /** how much of the telling is carried from the source, and of the source carried into it (see carried()) */
  contained: number;
  covers: number;
  passages: number;
  features: DirectionFeatures;
}

/**
 * The direction evidence of every scored edge of a story, for training the direction model
 * (eval/train-derivation.ts). Edges whose copying strength is at or under `floor` (default the root
 * weight, which no source of the forest is under) are left out: a lower floor shows why a telling
 * found no source (the evaluation does so for miami-talks).
 */
export function directionEvidence(tellings: readonly TellingInput[], options: DerivationOptions = {}, floor = ROOT_WEIGHT): ScoredEdge[] {
  const ps = tellings.map(prepare);
  return edgesOf(ps, options.useTimes ?? true, options.direction ?? DIRECTION, floor).map((e) => ({
    source: ps[e.u]!.input.id,
    telling: ps[e.v]!.input.id,
    strength: e.strength,
    weight: e.w,
    contained: e.ev.contained,
    covers: e.ev.covers,
    passages: e.ev.passages,
    features: e.features,
  }));
}

/**
 * The derivation forest of a story's tellings: for each, its most likely source or none. Tellings
 * are returned in the order given.
 */
export function deriveForest(tellings: readonly TellingInput[], options: DerivationOptions = {}): DerivedTelling[] {
  const useTimes = options.useTimes ?? true;
  if (tellings.length < 2) return tellings.map((t) => ({ id: t.id, source: null, score: 0, direction: null, evidence: null, alternatives: [] }));
  const ps = tellings.map(prepare);
  const n = ps.length;
  const edges = edgesOf(ps, useTimes, options.direction ?? DIRECTION);
  const root = n;
  const all = [...edges.map((e) => ({ u: e.u, v: e.v, w: e.w })), ...ps.map((_, v) => ({ u: root, v, w: ROOT_WEIGHT }))];
  const parent = maxArborescence(n + 1, root, all);
  const byPair = new Map(edges.map((e) => [e.u * (n + 1) + e.v, e]));
  skipGenerations(ps, parent, root, (u, v) => byPair.has(u * (n + 1) + v), (u, v) => byPair.get(u * (n + 1) + v)?.p ?? 0);
  const into = new Map<number, Array<{ source: number; score: number }>>();
  for (const e of edges) {
    const l = into.get(e.v) ?? [];
    l.push({ source: ps[e.u]!.input.id, score: round(e.w) });
    into.set(e.v, l);
  }
  return ps.map((p, v) => {
    const u = parent[v]!;
    const alternatives = (into.get(v) ?? [])
      .filter((a) => u === root || a.source !== ps[u]!.input.id)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    if (u === root || u < 0) return { id: p.input.id, source: null, score: 0, direction: null, evidence: null, alternatives };
    const e = byPair.get(u * (n + 1) + v)!;
    const shared = new Set<number>();
    const srcSet = new Set(ps[u]!.set);
    for (const h of p.set) if (srcSet.has(h)) shared.add(h);
    return {
      id: p.input.id,
      source: ps[u]!.input.id,
      score: round(e.w),
      direction: round(e.p),
      evidence: { ...e.ev, contained: round(e.ev.contained), covers: round(e.ev.covers), containedSentences: round(e.ev.containedSentences), coversSentences: round(e.ev.coversSentences), outgroup: round(e.ev.outgroup), wording: round(e.ev.wording), examples: examples(p, shared) },
      alternatives,
    };
  });
}

/**
 * A telling linked to a rewrite of its true source: v's chosen source u was itself made from g, v
 * holds as much of what u changed or cut from g (passages of g that u lacks) as of what u brought
 * (passages of u that g lacks), give or take one changed word (two rewriters of one sentence can
 * pick the same synonym, and a word changed alike stands in up to PASSAGE_WORDS passages), and v's
 * sentences do not follow u's order where it differs from g's
 * (orderEvidence()). Whatever v carries from u it could have carried from g: v was made from g. Edge weights alone miss this
 * when v covers a part of the text u left nearly as it was (a summary of the lead): then u and g are
 * equally close to v, and a summary of the source goes to the source's rewrite as often as not.
 * Moves v to g in `parent` when an edge g -> v exists; repeats until nothing moves.
 */
function skipGenerations(ps: readonly Prepared[], parent: number[], root: number, hasEdge: (u: number, v: number) => boolean, direction: (u: number, v: number) => number): void {
  const count = (held: Uint32Array, from: Uint32Array, lacking: Uint32Array): number => {
    let k = 0;
    for (const x of held) if (hasSorted(from, x) && !hasSorted(lacking, x)) k++;
    return k;
  };
  for (let round = 0, moved = true; moved && round < 4; round++) {
    moved = false;
    for (let v = 0; v < ps.length; v++) {
      const u = parent[v]!;
      if (u === root || u < 0) continue;
      const g = parent[u]!;
      if (g === root || g < 0 || g === v || !hasEdge(g, v) || direction(g, u) < SURE) continue;
      const sv = ps[v]!.set;
      const fromSourceAlone = count(sv, ps[g]!.set, ps[u]!.set);
      const fromRewrite = count(sv, ps[u]!.set, ps[g]!.set);
      if (fromRewrite <= fromSourceAlone + PASSAGE_WORDS && orderEvidence(ps[v]!, ps[u]!, ps[g]!) <= 0) {
        parent[v] = g;
        moved = true;
      }
    }
  }
}

/** The counted sentence of `a` that sentence `st` stands in (at least ALIGNED of its stems), or -1. */
function alignedIn(st: Set<string>, a: Prepared): number {
  const counts = new Map<number, number>();
  let best = 0;
  let at = -1;
  for (const x of st) {
    for (const j of a.index.get(x) ?? []) {
      const c = (counts.get(j) ?? 0) + 1;
      counts.set(j, c);
      if (c > best || (c === best && j < at)) {
        best = c;
        at = j;
      }
    }
  }
  return best / st.size >= ALIGNED ? at : -1;
}

/**
 * What the order of v's sentences says of u against g: of v's consecutive sentences that stand in
 * both, the pairs in u's order and not in g's minus the reverse (positive: v follows u's order, as
 * a telling made from a rewrite that moved paragraphs does).
 */
function orderEvidence(v: Prepared, u: Prepared, g: Prepared): number {
  let prev: [number, number] | null = null;
  let k = 0;
  for (const st of v.sentences) {
    const iu = alignedIn(st, u);
    const ig = alignedIn(st, g);
    if (iu < 0 || ig < 0) continue;
    if (prev) {
      const inU = iu > prev[0];
      const inG = ig > prev[1];
      if (inU && !inG) k++;
      if (inG && !inU) k--;
    }
    prev = [iu, ig];
  }
  return k;
}

/** How sure the direction of an edge must be for skipGenerations to build on it. */
const SURE = 0.9;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Maximum spanning arborescence rooted at `root` (Chu-Liu/Edmonds, the recursive contraction form):
 * parent[v] for every node, -1 for the root. Every node must be reachable from the root.
 */
export function maxArborescence(n: number, root: number, edges: ReadonlyArray<{ u: number; v: number; w: number }>): number[] {
  // best incoming edge of each node
  const inEdge = new Array<number>(n).fill(-1);
  edges.forEach((e, k) => {
    if (e.v === root || e.u === e.v) return;
    const cur = inEdge[e.v]!;
    if (cur < 0 || e.w > edges[cur]!.w || (e.w === edges[cur]!.w && e.u < edges[cur]!.u)) inEdge[e.v] = k;
  });
  // find a cycle among the chosen edges
  const color = new Array<number>(n).fill(0);
  let cycle: number[] | null = null;
  for (let s = 0; s < n && !cycle; s++) {
    if (color[s] !== 0) continue;
    const path: number[] = [];
    let x = s;
    while (x !== root && color[x] === 0 && inEdge[x]! >= 0) {
      color[x] = 1;
      path.push(x);
      x = edges[inEdge[x]!]!.u;
    }
    if (x !== root && color[x] === 1) {
      cycle = path.slice(path.indexOf(x));
    }
    for (const y of path) color[y] = 2;
  }
  if (!cycle) return inEdge.map((k, v) => (v === root || k < 0 ? -1 : edges[k]!.u));
  // contract the cycle into one node c (the new index n): edges into it are reweighted
  const inCycle = new Set(cycle);
  const map = new Array<number>(n);
  let next = 0;
  for (let v = 0; v < n; v++) if (!inCycle.has(v)) map[v] = next++;
  const c = next;
  for (const v of cycle) map[v] = c;
  const contracted: Array<{ u: number; v: number; w: number; orig: number }> = [];
  edges.forEach((e, k) => {
    const u = map[e.u]!;
    const v = map[e.v]!;
    if (u === v) return;
    const w = inCycle.has(e.v) ? e.w - edges[inEdge[e.v]!]!.w : e.w;
    contracted.push({ u, v, w, orig: k });
  });
  const sub = maxArborescence(c + 1, map[root]!, contracted);
  // expand: each node's parent from the sub-solution's edges; the cycle keeps its edges but one
  const parent = new Array<number>(n).fill(-1);
  // the edge the sub-solution chose into each node: the heaviest from its chosen parent
  const chosen = new Map<number, number>();
  contracted.forEach((e, k) => {
    if (sub[e.v] !== e.u) return;
    const cur = chosen.get(e.v);
    if (cur === undefined || e.w > contracted[cur]!.w) chosen.set(e.v, k);
  });
  for (const v of cycle) parent[v] = edges[inEdge[v]!]!.u;
  for (const [, k] of chosen) {
    const e = edges[contracted[k]!.orig]!;
    parent[e.v] = e.u;
  }
  parent[root] = -1;
  return parent;
}
