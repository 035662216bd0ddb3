/**
 * Story grouping: which real-world event an article tells. Incremental: each new article joins the
 * story of the earlier articles it matches, starts a new story, or, when it matches several stories
 * well, bridges them and they merge. Nothing is re-clustered.
 *
 *   1. Candidates: the articles that share at least one LSH band key with the new one (MinHash over
 *      its rare words and names, see fingerprint.ts; the newest PER_BUCKET of each key), the most
 *      shared first, at most CANDIDATES.
 *   2. Each candidate pair is scored by a logistic model over what tells two events of the same kind
 *      apart (pairFeatures): shared rare words, names, people, dates and quantities weighted by their
 *      rarity in the corpus, dates that conflict, and the time between the two publications.
 *   3. A story's score is the best pair score among its candidate members (single link, which
 *      follows a story that drifts over days), joined at or above `model.join`. Every other story at
 *      or above `model.merge` is merged in: the article bridges them.
 *
 * This module is pure: decide() reads a fingerprint, candidates and term statistics and returns a
 * decision. MemoryGrouper applies decisions in memory (rebuilds, evaluation, the bench); the store
 * applies them in a transaction (stories.ts), so that two processes placing articles at once stay
 * correct.
 */
import { GROUPING_MODEL, type GroupingModel } from './grouping-model.js';
import { keyHash, type Fingerprint, type Sketched } from './fingerprint.js';
import { HashCounts } from './counts.js';

export type { GroupingModel } from './grouping-model.js';

/** Candidates scored per new article (those sharing the most band keys). */
export const CANDIDATES = 40;

/**
 * Articles read from each bucket of the index: its newest. A bucket of a common key grows with the
 * corpus; news is told close together in time, so the newest are the ones that matter, and the time
 * to place an article stays flat as the corpus grows.
 */
export const PER_BUCKET = 32;

/** Document frequencies of hashed terms and keys in the corpus grouped so far. */
export interface TermStats {
  /** articles counted */
  readonly docs: number;
  /** how many of them hold the term (hashed content term, or keyHash of a name, date or quantity) */
  df(h: number): number;
}

/** What two articles share, each 0..1 but `days` (null when either publication time is unknown). */
export interface PairFeatures {
  /** rarity-weighted cosine of the content terms */
  terms: number;
  /** the same over the terms of the headline and first sentences */
  lead: number;
  /** rarity-weighted cosine of the names (people, places, organisations, other names) */
  names: number;
  /** the same over the names of the headline and first sentences */
  top: number;
  /** the same over people alone */
  people: number;
  /** 1 when both name people and share none of them */
  peopleApart: number;
  /** rarity-weighted cosine of the dates */
  dates: number;
  /** 1 when both give years and share none, or both give days of a month and share none */
  dateConflict: number;
  /** rarity-weighted cosine of the quantities */
  quantities: number;
  /** 1 when both count the same thing (by its noun) and share no value for it */
  quantityConflict: number;
  /** days between the two publications */
  days: number | null;
}

export const FEATURE_NAMES = ['terms', 'lead', 'names', 'top', 'people', 'peopleApart', 'dates', 'dateConflict', 'quantities', 'quantityConflict'] as const;

/**
 * Which of the two fingerprints of a pair the statistics count already: a new article is not counted
 * yet, its candidates are (during training both are). Rarity is taken among the other articles, so
 * that a pair is not judged by its own terms: in a corpus of two articles every shared term would
 * otherwise look common.
 */
export interface Counted {
  a: boolean;
  b: boolean;
}

export const NEW_AGAINST_STORED: Counted = { a: false, b: true };

/** Rarity of a term among the articles other than the pair: ln((N + 2) / (df + 1)), both without the pair's own counts. */
export function idf(stats: TermStats, h: number, own: number, others: number): number {
  return Math.log((others + 2) / (Math.max(0, stats.df(h) - own) + 1));
}

/** ln(d + 1) for d = 0, 1, 2, …, grown as needed: idf without a logarithm per term. */
let LN1 = new Float64Array(0);
function ln1(d: number): number {
  if (d >= LN1.length) {
    const next = new Float64Array(Math.max(1024, d * 2));
    next.set(LN1);
    for (let i = LN1.length; i < next.length; i++) next[i] = Math.log(i + 1);
    LN1 = next;
  }
  return LN1[d]!;
}

/**
 * Document frequencies of a sorted array of hashes, memoized on the array while the statistics
 * count the same articles: a new article is scored against forty candidates with the same counts,
 * so its own terms are looked up once, not once per candidate.
 */
const DF_MEMO = new WeakMap<Uint32Array, { stats: TermStats; docs: number; dfs: Int32Array }>();
function dfsOf(a: Uint32Array, stats: TermStats): Int32Array {
  const hit = DF_MEMO.get(a);
  if (hit && hit.stats === stats && hit.docs === stats.docs) return hit.dfs;
  const dfs = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) dfs[i] = stats.df(a[i]!);
  DF_MEMO.set(a, { stats, docs: stats.docs, dfs });
  return dfs;
}

/** Rarity-weighted cosine of two sorted arrays of hashes (binary weights, squared idf; idf as `idf()` gives it). */
function cosineSorted(a: Uint32Array, b: Uint32Array, stats: TermStats, counted: Counted): number {
  if (!a.length || !b.length) return 0;
  const others = Math.max(0, stats.docs - (counted.a ? 1 : 0) - (counted.b ? 1 : 0));
  const ca = counted.a ? 1 : 0;
  const cb = counted.b ? 1 : 0;
  const top = Math.log(others + 2);
  const dfa = dfsOf(a, stats);
  let na = 0;
  let nb = 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      const w = top - ln1(Math.max(0, dfa[i]! - ca - cb));
      const w2 = w * w;
      na += w2;
      nb += w2;
      dot += w2;
      i++;
      j++;
    } else if (x < y) {
      const w = top - ln1(Math.max(0, dfa[i]! - ca));
      na += w * w;
      i++;
    } else {
      const w = top - ln1(Math.max(0, stats.df(y) - cb));
      nb += w * w;
      j++;
    }
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Hashes of keys, sorted: typed like a fingerprint's terms, so that the cosine reads one kind of array. */
function keyHashes(keys: readonly string[]): Uint32Array {
  return Uint32Array.from(keys, keyHash).sort();
}

/** Hashes of a fingerprint's keys, memoized on the object (fingerprints are immutable). */
const KEY_MEMO = new WeakMap<Fingerprint, { names: Uint32Array; top: Uint32Array; people: Uint32Array; dates: Uint32Array; quantities: Uint32Array; counts: Map<string, Set<string>>; years: string[]; days: string[] }>();

/** Values counted per noun ("pirat" -> {"#23"}), for counts of at least 2 of a named thing. */
function countsOf(quantities: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const q of quantities) {
    const bar = q.indexOf('|');
    const unit = q.slice(0, bar);
    const value = q.slice(bar + 1);
    if (!value.startsWith('#') || unit.length < 3) continue;
    const s = out.get(unit);
    if (s) s.add(value);
    else out.set(unit, new Set([value]));
  }
  return out;
}

function keysOf(f: Fingerprint) {
  let k = KEY_MEMO.get(f);
  if (!k) {
    k = {
      names: keyHashes(f.names),
      top: keyHashes(f.top),
      people: keyHashes(f.names.filter((n) => n.startsWith('p:'))),
      dates: keyHashes(f.dates),
      quantities: keyHashes(f.quantities),
      counts: countsOf(f.quantities),
      years: f.dates.filter((x) => x.startsWith('y:')),
      days: f.dates.filter((x) => x.startsWith('d:')),
    };
    KEY_MEMO.set(f, k);
  }
  return k;
}

/** Both give some and share none. */
function disjoint(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

function countConflict(a: Map<string, Set<string>>, b: Map<string, Set<string>>): boolean {
  for (const [unit, va] of a) {
    const vb = b.get(unit);
    if (vb && ![...va].some((v) => vb.has(v))) return true;
  }
  return false;
}

export function pairFeatures(a: Fingerprint, b: Fingerprint, stats: TermStats, counted: Counted = NEW_AGAINST_STORED): PairFeatures {
  const ka = keysOf(a);
  const kb = keysOf(b);
  const people = cosineSorted(ka.people, kb.people, stats, counted);
  return {
    terms: cosineSorted(a.terms, b.terms, stats, counted),
    lead: cosineSorted(a.lead, b.lead, stats, counted),
    names: cosineSorted(ka.names, kb.names, stats, counted),
    top: cosineSorted(ka.top, kb.top, stats, counted),
    people,
    peopleApart: ka.people.length && kb.people.length && people === 0 ? 1 : 0,
    dates: cosineSorted(ka.dates, kb.dates, stats, counted),
    dateConflict: disjoint(ka.years, kb.years) || disjoint(ka.days, kb.days) ? 1 : 0,
    quantities: cosineSorted(ka.quantities, kb.quantities, stats, counted),
    quantityConflict: countConflict(ka.counts, kb.counts) ? 1 : 0,
    days: a.publishedAt !== null && b.publishedAt !== null ? Math.abs(a.publishedAt - b.publishedAt) / 86_400_000 : null,
  };
}

/** The model's log-odds that two articles tell one event. */
export function logit(f: PairFeatures, model: GroupingModel = GROUPING_MODEL): number {
  let z = model.bias;
  for (const k of FEATURE_NAMES) z += model.weights[k] * f[k];
  // time apart: set by hand (the development data has no publication times): within `days.free`
  // days nothing; beyond, the odds fall by e^-perLogDay for each e-fold of days
  if (f.days !== null && f.days > model.days.free) z -= model.days.perLogDay * Math.log(f.days / model.days.free);
  return z;
}

export function pairScore(a: Fingerprint, b: Fingerprint, stats: TermStats, model: GroupingModel = GROUPING_MODEL): number {
  return 1 / (1 + Math.exp(-logit(pairFeatures(a, b, stats), model)));
}

// --- decisions -----------------------------------------------------------------------------------

export interface Candidate {
  articleId: number;
  /** the candidate's story (resolved: never a story merged away) */
  storyId: number;
  fingerprint: Fingerprint;
  /** band keys shared with the new article */
  hits: number;
  /** articles in the candidate's story */
  storySize: number;
}

export interface StoryMatch {
  storyId: number;
  size: number;
  score: number;
  /** the member that matched best */
  via: number;
}

export interface Decision {
  /** stories the article belongs to, best first: empty for a new story; two or more merge */
  stories: StoryMatch[];
  /** the best story score seen, joined or not (0 without candidates) */
  best: number;
}

/** The candidates to score: those sharing the most band keys, at most CANDIDATES. */
export function topCandidates<T extends { hits: number; articleId: number }>(cs: T[], n = CANDIDATES): T[] {
  return cs.sort((x, y) => y.hits - x.hits || y.articleId - x.articleId).slice(0, n);
}

/**
 * topCandidates over a map of article id to band keys shared, without an object per article: each
 * as hits * 2^26 + id in one typed array, sorted (the same order: most hits, then the newest).
 */
function topHits(hits: Map<number, number>, n = CANDIDATES): Array<{ articleId: number; hits: number }> {
  const SHIFT = 67_108_864; // 2^26
  const packed = new Float64Array(hits.size);
  let k = 0;
  let plain = true;
  for (const [id, h] of hits) {
    if (id >= SHIFT || id < 0 || !Number.isInteger(id)) plain = false;
    packed[k++] = h * SHIFT + id;
  }
  if (!plain) return topCandidates([...hits].map(([articleId, h]) => ({ articleId, hits: h })), n);
  packed.sort();
  const out: Array<{ articleId: number; hits: number }> = [];
  for (let i = packed.length - 1; i >= 0 && out.length < n; i--) {
    const v = packed[i]!;
    const h = Math.floor(v / SHIFT);
    out.push({ articleId: v - h * SHIFT, hits: h });
  }
  return out;
}

/** Where a new article goes, given its scored candidates. */
export function decide(fp: Fingerprint, candidates: Candidate[], stats: TermStats, model: GroupingModel = GROUPING_MODEL): Decision {
  const byStory = new Map<number, StoryMatch>();
  for (const c of candidates) {
    const s = pairScore(fp, c.fingerprint, stats, model);
    const m = byStory.get(c.storyId);
    if (!m || s > m.score) byStory.set(c.storyId, { storyId: c.storyId, size: c.storySize, score: s, via: c.articleId });
  }
  const ranked = [...byStory.values()].sort((a, b) => b.score - a.score || a.storyId - b.storyId);
  const best = ranked[0]?.score ?? 0;
  if (!ranked.length || best < model.join) return { stories: [], best };
  return { stories: [ranked[0]!, ...ranked.slice(1).filter((m) => m.score >= model.merge)], best };
}

/**
 * Which of the stories an article joins survives a merge: the one with the most articles, the oldest
 * (lowest id) among equals, so that a story's id stays stable where it can.
 */
export function survivor(stories: Array<{ id: number; size: number }>): number {
  return stories.slice().sort((a, b) => b.size - a.size || a.id - b.id)[0]!.id;
}

// --- in memory -----------------------------------------------------------------------------------

/** A grouping held in memory: for rebuilds (`storydiff group`), the evaluation and the bench. */
export class MemoryGrouper implements TermStats {
  private readonly buckets = new Map<number, number[]>();
  private readonly fps = new Map<number, Fingerprint>();
  private readonly storyOf = new Map<number, number>();
  private readonly members = new Map<number, number[]>();
  private readonly dfs = new HashCounts();
  private nextStory = 1;
  docs = 0;

  constructor(private readonly model: GroupingModel = GROUPING_MODEL) {}

  df(h: number): number {
    return this.dfs.get(h);
  }

  /** Places an article; returns its story id and the decision. Ids must be new. */
  add(articleId: number, s: Sketched): { storyId: number; decision: Decision; merged: number[] } {
    const fp = s.fingerprint;
    // candidates: articles sharing band keys, by how many
    const hits = new Map<number, number>();
    for (const k of s.bands) {
      const b = this.buckets.get(k);
      if (!b) continue;
      for (let i = b.length - 1; i >= 0 && i >= b.length - PER_BUCKET; i--) hits.set(b[i]!, (hits.get(b[i]!) ?? 0) + 1);
    }
    const cands = topHits(hits).map((c) => ({
      ...c,
      storyId: this.storyOf.get(c.articleId)!,
      storySize: this.members.get(this.storyOf.get(c.articleId)!)!.length,
      fingerprint: this.fps.get(c.articleId)!,
    }));
    const decision = decide(fp, cands, this, this.model);
    let storyId: number;
    const merged: number[] = [];
    if (!decision.stories.length) {
      storyId = this.nextStory++;
      this.members.set(storyId, []);
    } else {
      const ids = decision.stories.map((m) => m.storyId);
      storyId = survivor(ids.map((id) => ({ id, size: this.members.get(id)!.length })));
      for (const id of ids) {
        if (id === storyId) continue;
        for (const a of this.members.get(id)!) {
          this.storyOf.set(a, storyId);
          this.members.get(storyId)!.push(a);
        }
        this.members.delete(id);
        merged.push(id);
      }
    }
    this.storyOf.set(articleId, storyId);
    this.members.get(storyId)!.push(articleId);
    this.fps.set(articleId, fp);
    for (const k of s.bands) {
      const b = this.buckets.get(k);
      if (b) b.push(articleId);
      else this.buckets.set(k, [articleId]);
    }
    this.count(fp);
    return { storyId, decision, merged };
  }

  private count(fp: Fingerprint): void {
    this.docs++;
    for (const h of countedKeys(fp)) this.dfs.add(h);
  }

  /** document frequencies of every hashed term and key counted */
  termCounts(): Map<number, number> {
    return new Map(this.dfs.entries());
  }

  story(articleId: number): number | undefined {
    return this.storyOf.get(articleId);
  }

  /** Stories and their articles, in order of story id. */
  stories(): Map<number, number[]> {
    return new Map([...this.members].sort((a, b) => a[0] - b[0]));
  }
}

/** The hashed keys whose document frequencies a fingerprint adds to (its terms, names, dates and quantities). */
export function countedKeys(fp: Fingerprint): number[] {
  const out = Array.from(fp.terms);
  for (const k of fp.names) out.push(keyHash(k));
  for (const k of fp.dates) out.push(keyHash(k));
  for (const k of fp.quantities) out.push(keyHash(k));
  return out;
}
