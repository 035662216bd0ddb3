/**
 * Stories over the store: placing articles as they arrive (grouping.ts decides, the store applies),
 * rebuilding the whole grouping, deriving each story's forest (derivation.ts) and comparing each
 * telling with its source (the library's compare(), results kept in the store's comparisons).
 *
 * Concurrency. A placement is read, decide, write: the candidates and the count of index rows under
 * the article's band keys are read, the decision is made in memory, and the store applies it in one
 * transaction only if that count (and the rebuild epoch) is unchanged, else it is read and decided
 * again. Two articles that could be each other's candidates share a band key, so whichever is
 * written second sees the first: two processes placing articles of one story at once end with one
 * story, never two. Stories merged meanwhile are followed to the story they joined. On SQLite the
 * write transaction holds the database's write lock; a PostgreSQL backend takes an advisory lock per
 * band key (in key order) for the same effect.
 */
import { compare } from '../engine/compare.js';
import type { Profile } from '../types.js';
import { GroupingConflictError, StoreError, type RebuiltGrouping, type Store, type StoryArticleRow, type StoryRow } from '../store/types.js';
import { decodeFingerprint, encodeFingerprint, sketch, type Fingerprint, type Sketched } from './fingerprint.js';
import { CANDIDATES, countedKeys, decide, MemoryGrouper, PER_BUCKET, topCandidates, type Decision, type TermStats } from './grouping.js';
import { GROUPING_MODEL, type GroupingModel } from './grouping-model.js';
import { deriveForest, type DerivationEvidence } from './derivation.js';

/** What a placement needs of an article. */
export interface ArticleForGrouping {
  articleId: number;
  versionId: number;
  title: string | null;
  text: string;
  /** its first version's publication time (ISO), else null */
  publishedAt: string | null;
  firstSeenAt: string;
}

export interface Placed {
  articleId: number;
  storyId: number;
  created: boolean;
  merged: number[];
  decision: Decision | null;
}

/** The article's time in its story: its publication time, else when it was first seen. */
export function articleTime(a: { publishedAt: string | null; firstSeenAt: string }): string {
  return a.publishedAt ?? a.firstSeenAt;
}

/** Placements whose document frequencies are written together. */
const DF_FLUSH = 500;

/** Placements retried on a conflict before giving up (each retry reads again). */
const MAX_ATTEMPTS = 8;

/** Tellings derived in one story at most: the EARLIEST first ones and the latest (storyArticles gives them in order of time). */
export const MAX_TELLINGS = 300;
const EARLIEST = 50;

/** Longer pairs are not compared as part of a derivation (as in ingest: seconds each). */
const COMPARE_MAX_CHARS = 2_000_000;

export interface DeriveOptions {
  profile?: Profile;
  /** compare each derived telling with its source and store the findings (default true) */
  compare?: boolean;
  toolVersion?: string;
  now?: () => Date;
  /** compares two texts (default: the library's compare(), in process) */
  compareTexts?: (base: string, revised: string, profile: Profile) => Promise<import('../types.js').Comparison> | import('../types.js').Comparison;
}

export interface DeriveSummary {
  stories: number;
  tellings: number;
  /** tellings given a source */
  derived: number;
  comparisons: number;
  /** comparisons with material findings */
  material: number;
  /** stories whose membership changed while they were derived (left for the next pass) */
  skipped: number;
}

/** Placing articles in stories and deriving them, over one store. */
export class Stories implements TermStats {
  private readonly dfCache = new Map<number, number>();
  private dfDocs = 0;
  private readonly decoded = new Map<number, { enc: string; fp: Fingerprint }>();
  /** document frequencies added by placements and not yet written (see flush) */
  private readonly pendingDf = new Map<number, number>();
  private pendingArticles = 0;
  /** sketches made by bandsOf for a placement or update to come, by version id */
  private readonly sketched = new Map<number, Sketched>();
  docs = 0;

  constructor(
    readonly store: Store,
    private readonly model: GroupingModel = GROUPING_MODEL,
    private readonly now: () => Date = () => new Date(),
  ) {}

  df(h: number): number {
    return this.dfCache.get(h) ?? 0;
  }

  private fingerprintOf(articleId: number, enc: string): Fingerprint | null {
    const hit = this.decoded.get(articleId);
    if (hit && hit.enc === enc) return hit.fp;
    const fp = decodeFingerprint(enc);
    if (!fp) return null;
    if (this.decoded.size > 50_000) this.decoded.clear();
    this.decoded.set(articleId, { enc, fp });
    return fp;
  }

  /** Loads the document frequencies not cached yet; the cache is dropped when the corpus has grown a tenth since it was filled. */
  private async loadDf(keys: number[]): Promise<void> {
    if (this.docs > this.dfDocs * 1.1 + 100) {
      this.dfCache.clear();
      this.dfDocs = this.docs;
    }
    const missing = keys.filter((k) => !this.dfCache.has(k));
    if (!missing.length) return;
    const got = await this.store.documentFrequencies(missing);
    for (const k of missing) this.dfCache.set(k, (got.get(k) ?? 0) + (this.pendingDf.get(k) ?? 0));
  }

  /** The band keys that placing (or updating) the article will lock, for a caller that locks a batch's keys first; its sketch is kept for that placement. */
  bandsOf(a: ArticleForGrouping): number[] {
    let s = this.sketched.get(a.versionId);
    if (!s) this.sketched.set(a.versionId, (s = sketch(a.text, articleTime(a))));
    return s.bands;
  }

  /** The article's sketch: the one bandsOf made (taken), else a new one. */
  private sketchOf(a: ArticleForGrouping): Sketched {
    const s = this.sketched.get(a.versionId);
    this.sketched.delete(a.versionId);
    return s ?? sketch(a.text, articleTime(a));
  }

  /** Places one article (new to the stories); retried when another process changed its candidates meanwhile. */
  async place(a: ArticleForGrouping): Promise<Placed> {
    const at = articleTime(a);
    const s = this.sketchOf(a);
    const enc = encodeFingerprint(s.fingerprint);
    const terms = countedKeys(s.fingerprint);
    for (let attempt = 1; ; attempt++) {
      const read = await this.store.bandCandidates(s.bands, CANDIDATES, PER_BUCKET);
      this.docs = read.articles + this.pendingArticles;
      const cands = topCandidates(
        read.candidates.flatMap((c) => {
          const fp = this.fingerprintOf(c.articleId, c.fingerprint);
          return fp ? [{ articleId: c.articleId, storyId: c.storyId, storySize: c.storySize, hits: c.hits, fingerprint: fp }] : [];
        }),
      );
      await this.loadDf([...terms, ...cands.flatMap((c) => countedKeys(c.fingerprint))]);
      const decision = decide(s.fingerprint, cands, this, this.model);
      try {
        const r = await this.store.placeArticle({
          articleId: a.articleId,
          versionId: a.versionId,
          fingerprint: enc,
          bands: s.bands,
          title: a.title,
          at,
          matches: decision.stories.map((m) => ({ storyId: m.storyId, score: round(m.score), via: m.via })),
          now: this.now().toISOString(),
          expect: { epoch: read.epoch, bucketRows: read.bucketRows },
        });
        if (!r.already) {
          for (const t of terms) {
            if (this.dfCache.has(t)) this.dfCache.set(t, this.dfCache.get(t)! + 1);
            this.pendingDf.set(t, (this.pendingDf.get(t) ?? 0) + 1);
          }
          this.pendingArticles++;
          if (this.pendingArticles >= DF_FLUSH) await this.flush();
        }
        return { articleId: a.articleId, storyId: r.storyId, created: r.created, merged: r.merged, decision: r.already ? null : decision };
      } catch (e) {
        if (!(e instanceof GroupingConflictError) || attempt >= MAX_ATTEMPTS) throw e;
      }
    }
  }

  /**
   * Writes the document frequencies added since the last flush, in one transaction. Placements add
   * to them in memory (this process reads its own counts from its cache): writing every placement's
   * hundreds of terms as it happens would cost more than placing it. A process stopped before its
   * flush leaves the frequencies short by its last placements, which only makes those terms look a
   * little rarer; `storydiff group` recounts them all.
   */
  async flush(): Promise<void> {
    if (!this.pendingArticles) return;
    const terms = new Map(this.pendingDf);
    const n = this.pendingArticles;
    this.pendingDf.clear();
    this.pendingArticles = 0;
    await this.store.addDocumentFrequencies(terms, n);
  }

  /** A new version of a placed article: its fingerprint follows the text; its story is re-derived. Null when not placed. */
  async update(a: ArticleForGrouping): Promise<number | null> {
    const s = this.sketchOf(a);
    return this.store.updatePlacement({ articleId: a.articleId, versionId: a.versionId, fingerprint: encodeFingerprint(s.fingerprint), bands: s.bands, title: a.title, now: this.now().toISOString() });
  }

  /** Places the articles in no story yet (after an ingest with grouping off, or one that stopped), oldest first. */
  async placeUnplaced(options: { signal?: AbortSignal; onPlaced?: (p: Placed) => void } = {}): Promise<Placed[]> {
    const out: Placed[] = [];
    for (;;) {
      const batch = await this.store.unplacedArticles(200);
      if (!batch.length) {
        await this.flush();
        return out;
      }
      for (const a of batch) {
        if (options.signal?.aborted) return out;
        const p = await this.place(a);
        out.push(p);
        options.onPlaced?.(p);
      }
    }
  }

  /**
   * Rebuilds the whole grouping from the articles, in order of their time, in memory, and replaces
   * the stored one in one transaction: an interrupted rebuild leaves the old grouping. A rebuilt story
   * keeps the id of the stored story it shares most articles with (each id kept once); the ids not
   * kept lead to the story that holds most of their articles.
   */
  async rebuild(options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<RebuildSummary> {
    const start = performance.now();
    const order = await this.store.groupingOrder();
    const g = new MemoryGrouper(this.model);
    const byArticle = new Map<number, { versionId: number; at: string; fp: string; bands: number[]; title: string | null; score: number | null; via: number | null }>();
    for (let i = 0; i < order.length; i++) {
      if (options.signal?.aborted) throw new StoreError('stopped: the grouping was not changed');
      const a = order[i]!;
      const v = await this.store.version(a.versionId);
      if (!v) continue;
      const at = articleTime(a);
      const s = sketch(v.text, at);
      const r = g.add(a.articleId, s);
      const best = r.decision.stories[0];
      byArticle.set(a.articleId, { versionId: a.versionId, at, fp: encodeFingerprint(s.fingerprint), bands: s.bands, title: a.title, score: best ? round(best.score) : null, via: best?.via ?? null });
      if (i % 100 === 0) options.onProgress?.(i, order.length);
    }
    options.onProgress?.(order.length, order.length);
    // keep stored ids: greedy by shared articles
    const old = new Map((await this.store.placedArticles()).map((p) => [p.articleId, p.storyId]));
    const clusters = [...g.stories().values()];
    const pairs: Array<{ c: number; old: number; n: number }> = [];
    clusters.forEach((members, c) => {
      const votes = new Map<number, number>();
      for (const a of members) {
        const o = old.get(a);
        if (o !== undefined) votes.set(o, (votes.get(o) ?? 0) + 1);
      }
      for (const [o, n] of votes) pairs.push({ c, old: o, n });
    });
    pairs.sort((x, y) => y.n - x.n || x.old - y.old || x.c - y.c);
    const keep = new Map<number, number>();
    const used = new Set<number>();
    for (const p of pairs) {
      if (keep.has(p.c) || used.has(p.old)) continue;
      keep.set(p.c, p.old);
      used.add(p.old);
    }
    const rebuilt: RebuiltGrouping = {
      stories: clusters.map((members, c) => ({
        keepId: keep.get(c) ?? null,
        title: byArticle.get(members[0]!)?.title ?? null,
        members: members.flatMap((id) => {
          const m = byArticle.get(id);
          return m ? [{ articleId: id, versionId: m.versionId, at: m.at, score: m.score, via: m.via, fingerprint: m.fp, bands: m.bands }] : [];
        }),
      })),
      terms: g.termCounts(),
      articles: g.docs,
      now: this.now().toISOString(),
    };
    await this.store.replaceGrouping(rebuilt);
    this.dfCache.clear();
    this.decoded.clear();
    return { articles: byArticle.size, stories: clusters.length, kept: keep.size, ms: performance.now() - start };
  }

  /**
   * Derives a story's forest from its tellings (each article's current version) and stores it, then
   * compares each telling with its source (unless `compare: false`) and stores the findings. Nothing
   * is written when the story changed meanwhile (it stays stale and is derived on the next pass).
   */
  async derive(storyId: number, options: DeriveOptions = {}): Promise<DeriveSummary> {
    const story = await this.store.story(storyId);
    if (!story || story.mergedFrom !== undefined) return { stories: 0, tellings: 0, derived: 0, comparisons: 0, material: 0, skipped: 0 };
    return this.deriveStory(story, options);
  }

  /** derive() for a story the caller has read (a live one, not merged away). */
  async deriveStory(story: StoryRow, options: DeriveOptions = {}): Promise<DeriveSummary> {
    const sum: DeriveSummary = { stories: 1, tellings: 0, derived: 0, comparisons: 0, material: 0, skipped: 0 };
    const all = await this.store.storyArticles([story.id]);
    // a very large story: its earliest tellings (where the originals are) and its latest
    const members = all.length > MAX_TELLINGS ? [...all.slice(0, EARLIEST), ...all.slice(all.length - (MAX_TELLINGS - EARLIEST))] : all;
    const texts = new Map<number, string>();
    // a story of one article has one original: no text to read
    if (members.length > 1) for (const [id, text] of await this.store.versionTexts(members.map((m) => m.currentVersionId))) texts.set(id, text);
    const tellings = members
      .filter((m) => members.length === 1 || texts.has(m.currentVersionId))
      .map((m) => ({ id: m.currentVersionId, text: texts.get(m.currentVersionId) ?? '', publishedAt: Date.parse(m.at), outlet: m.outlet }));
    const forest = deriveForest(tellings, { useTimes: true });
    const articleOf = new Map(members.map((m) => [m.currentVersionId, m.articleId]));
    const versionCountOf = new Map(members.map((m) => [m.articleId, m.versionCount]));
    const timeOf = new Map(members.map((m) => [m.currentVersionId, m.at]));
    sum.tellings = forest.length;
    const rows = [];
    for (const d of forest) {
      const sourceArticleId = d.source === null ? null : articleOf.get(d.source)!;
      rows.push({
        articleId: articleOf.get(d.id)!,
        versionId: d.id,
        sourceArticleId,
        // the source as it read when the telling appeared: its version fetched last before then (else its first)
        // (an article of one version: that one, its current)
        sourceVersionId: sourceArticleId === null ? null : versionCountOf.get(sourceArticleId) === 1 ? d.source! : await this.versionAt(sourceArticleId, timeOf.get(d.id)!, d.source!),
        score: d.score,
        direction: d.direction,
        evidence: d.evidence as DerivationEvidence | null,
      });
    }
    const at = (options.now ?? this.now)().toISOString();
    if (!(await this.store.saveDerivations(story.id, story.revision, rows, at))) return { ...sum, skipped: 1 };
    sum.derived = rows.filter((r) => r.sourceVersionId !== null).length;
    if (options.compare === false) return sum;
    const c = await this.compareMissing(story.id, options, texts);
    return { ...sum, comparisons: c.comparisons, material: c.material };
  }

  /** The version of an article that was current at a time: the last fetched at or before it, else the first (`fallback` when it has none). */
  private async versionAt(articleId: number, at: string, fallback: number): Promise<number> {
    const vs = (await this.store.versions(articleId)) as Array<{ id: number; fetchedAt: string }>;
    if (vs.length <= 1) return vs[0]?.id ?? fallback;
    let pick = vs[0]!.id;
    for (const v of vs) if (v.fetchedAt <= at) pick = v.id;
    return pick;
  }

  /** Compares each telling of the stored derivation with its source where no comparison is stored yet, and stores it. */
  async compareMissing(storyId: number, options: DeriveOptions = {}, texts = new Map<number, string>()): Promise<{ comparisons: number; material: number }> {
    const out = { comparisons: 0, material: 0 };
    const profile = options.profile ?? 'revision';
    const text = async (id: number) => {
      let t = texts.get(id);
      if (t === undefined) {
        t = (await this.store.version(id))?.text;
        if (t !== undefined) texts.set(id, t);
      }
      return t;
    };
    const pairs = (await this.store.derivations(storyId)).flatMap((r) => (r.sourceVersionId === null ? [] : [{ baseVersionId: r.sourceVersionId, revisedVersionId: r.versionId }]));
    const stored = new Set((await this.store.storedComparisons(pairs, profile)).map((p) => `${p.baseVersionId}:${p.revisedVersionId}`));
    for (const r of pairs) {
      if (stored.has(`${r.baseVersionId}:${r.revisedVersionId}`)) continue;
      const base = await text(r.baseVersionId);
      const revised = await text(r.revisedVersionId);
      if (base === undefined || revised === undefined || base.length + revised.length > COMPARE_MAX_CHARS) continue;
      const result = options.compareTexts ? await options.compareTexts(base, revised, profile) : compare(base, revised, { profile });
      await this.store.saveComparison(r.baseVersionId, r.revisedVersionId, profile, result, options.toolVersion ?? 'unknown', (options.now ?? this.now)().toISOString());
      out.comparisons++;
      if (result.summary.material > 0) out.material++;
    }
    return out;
  }

  /** Derives every story whose derivation is older than its membership (all when there are fewer than `limit`). */
  async deriveStale(options: DeriveOptions & { limit?: number; signal?: AbortSignal } = {}): Promise<DeriveSummary> {
    const total: DeriveSummary = { stories: 0, tellings: 0, derived: 0, comparisons: 0, material: 0, skipped: 0 };
    const seen = new Set<number>();
    for (;;) {
      const ids = (await this.store.staleStories(options.limit ?? 500)).filter((id) => !seen.has(id));
      if (!ids.length) return total;
      for (const id of ids) {
        if (options.signal?.aborted) return total;
        seen.add(id);
        const s = await this.derive(id, options);
        for (const k of Object.keys(total) as Array<keyof DeriveSummary>) total[k] += s[k];
      }
    }
  }
}

export interface RebuildSummary {
  articles: number;
  stories: number;
  /** stories that kept a stored id */
  kept: number;
  ms: number;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** A story's members grouped by story id (from one storyArticles call). */
export function membersByStory(rows: StoryArticleRow[]): Map<number, StoryArticleRow[]> {
  const out = new Map<number, StoryArticleRow[]>();
  for (const r of rows) {
    const l = out.get(r.storyId);
    if (l) l.push(r);
    else out.set(r.storyId, [r]);
  }
  return out;
}

export type { StoryRow };
