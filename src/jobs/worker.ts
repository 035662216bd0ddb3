/**
 * The worker loop over the queue: `concurrency` lanes, each taking a few jobs of one type at a time
 * (group jobs first, then extract, fetch, and compare last, so that stories settle before they are
 * derived), running each (or, for compare jobs, the batch) in one transaction with its follow-up
 * jobs (see queue.ts), and marking them complete or failed. A batch that fails is rolled back and
 * its jobs run again one by one, each in its own transaction, so that a bad job fails alone. Any
 * number of workers, on any number of machines, share one database.
 */
import { compare } from '../engine/compare.js';
import { ingest, storeEntries, type IngestOptions, type VersionEvent } from '../corpus/ingest.js';
import { Stories } from '../corpus/stories.js';
import { sleep } from '../corpus/pacer.js';
import type { PgStore } from '../store/pg.js';
import type { UnplacedArticle } from '../store/story-types.js';
import type { Profile } from '../types.js';
import { compareKey, type Db, type JobQueue, type QueuedJob } from './queue.js';
import type { JobData, JobKind, ReadSettings } from './types.js';

export interface WorkerOptions {
  /** jobs run at once by this process (default 2) */
  concurrency?: number;
  /** stops between jobs */
  signal?: AbortSignal;
  /** jobs of one type taken and run in one transaction (default BATCH) */
  batch?: Partial<Record<JobKind, number>>;
  /** ms between two looks at empty queues (default 500) */
  pollMs?: number;
  /** return once no job is waiting or running (tests, the bench) */
  untilIdle?: boolean;
  /** ms between two requests to one host, for fetch jobs (default 1000) */
  delayMs?: number;
  /** seconds a story waits after a change before it is derived, so that several changes make one derivation (default 2) */
  deriveDelaySeconds?: number;
  toolVersion?: string;
  now?: () => Date;
  onJob?: (e: JobEvent) => void;
  /** an article a job could not read (the job itself succeeds) */
  onFailure?: (f: { source: string; reason: string }) => void;
  /** the queue or the database failed outside a job (the lane waits and tries again) */
  onError?: (e: Error) => void;
}

export interface JobEvent {
  id: string;
  kind: JobKind;
  ok: boolean;
  /** the job's effects had been committed by an earlier attempt: nothing was applied again */
  repeated: boolean;
  attempt: number;
  ms: number;
  error?: string;
}

export interface WorkerSummary {
  done: Record<JobKind, number>;
  failed: number;
  repeated: number;
}

const ORDER: JobKind[] = ['group', 'extract', 'fetch', 'compare'];

/** Jobs of a type taken from the queue at once (one statement). Fetch and extract jobs are long already. */
export const BATCH: Record<JobKind, number> = { group: 8, extract: 1, fetch: 1, compare: 4 };

/**
 * Whether the jobs taken at once also run in one transaction (one claim, one completion, one commit).
 * Group jobs too, but their placements lock the band keys of all the batch's articles first, in key
 * order, in one statement (see PREPARE): placements that locked their keys as they went would lock
 * them in no common order, and two workers placing batches deadlocked (79 deadlocks, each costing
 * PostgreSQL's deadlock_timeout of 1 s and the batch, on 1,000 articles with two lanes).
 */
export const TOGETHER: Record<JobKind, boolean> = { group: true, extract: false, fetch: false, compare: true };

/** What a job's code gets: the store and the queue inside its batch's transaction, and what the batch's jobs share. */
interface JobContext {
  store: PgStore;
  db: Db;
  queue: JobQueue;
  options: WorkerOptions;
  /** placements of the batch: one document frequency cache, written once at the end */
  stories?: Stories;
  /** stories changed by the batch, to be derived (one compare job each, with the settings of the last job that changed it) */
  changed: Map<number, ReadSettings>;
  /** what the batch's group jobs place, read at once (by version id) */
  inputs?: Map<number, UnplacedArticle & { seq: number }>;
}

/**
 * What a batch of jobs of one type does before its jobs, in their transaction; it may leave some of
 * them to a transaction of their own (the data it returns). Group jobs: their articles read in one
 * statement, and the band keys of them all locked in one, in key order, so that the placements that
 * follow hold every lock they need. With `wait` false the keys are only tried: the articles with a key
 * that another transaction holds are left out, for a batch of their own that waits for their keys
 * (a batch waiting for keys while it holds others could deadlock; one waiting for the whole batch that
 * holds them stalled two workers for a third of their time).
 */
const PREPARE: { [K in JobKind]?: (ctx: JobContext, data: Array<JobData[K]>, wait: boolean) => Promise<Array<JobData[K]>> } = {
  async group(ctx, data, wait) {
    ctx.inputs = await ctx.store.groupingInputs(data);
    const stories = (ctx.stories ??= new Stories(ctx.store, undefined, ctx.options.now));
    const bands = new Map([...ctx.inputs.values()].map((a) => [a.versionId, stories.bandsOf(a)]));
    const all = [...bands.values()].flat();
    if (wait) {
      await ctx.store.lockBands(all);
      return [];
    }
    const busy = await ctx.store.tryLockBands(all);
    return busy.size ? data.filter((d) => bands.get(d.versionId)?.some((k) => busy.has(k))) : [];
  },
};

/** What a batch does once all its jobs ran, in their transaction: the stories they changed derived later, their document frequencies written. */
async function finish(ctx: JobContext): Promise<void> {
  const changed = [...ctx.changed].sort((a, b) => a[0] - b[0]);
  // a story whose compare job has not started yet is derived by that job, with this batch's changes
  const waiting = await ctx.queue.waiting('compare', changed.map(([storyId, settings]) => compareKey({ storyId, settings })), ctx.db);
  for (const [storyId, settings] of changed) {
    if (waiting.has(compareKey({ storyId, settings }))) continue;
    // the story is derived (and its tellings compared) once it has been still for a moment
    await ctx.queue.boss.send('storydiff-compare', { storyId, settings }, {
      singletonKey: compareKey({ storyId, settings }),
      singletonSeconds: ctx.options.deriveDelaySeconds ?? 2,
      singletonNextSlot: true,
      startAfter: ctx.options.deriveDelaySeconds ?? 2,
      db: ctx.db,
    });
  }
  // the articles' document frequencies, committed with their placements (last: the counters are shared by every placement)
  await ctx.stories?.flush();
}

function readOptions(s: ReadSettings, o: WorkerOptions): IngestOptions {
  return {
    ...(s.outlet !== undefined ? { outlet: s.outlet } : {}),
    ...(s.maxBytes !== undefined ? { maxBytes: s.maxBytes } : {}),
    ...(o.now ? { now: o.now } : {}),
    follow: Boolean(s.follow),
    fetch: { allowPrivate: Boolean(s.allowPrivate) },
    delayMs: o.delayMs ?? 1000,
    group: false,
    compare: false,
    toolVersion: o.toolVersion ?? 'unknown',
  };
}

/** The jobs that follow stored articles: each new article or version is grouped; each new version is compared with the one before. */
async function followUp(ctx: JobContext, events: VersionEvent[], s: ReadSettings): Promise<void> {
  if (s.group !== false) await ctx.queue.send('group', events.map((e) => ({ articleId: e.articleId, versionId: e.versionId, settings: s })), ctx.db);
  if (s.compare !== false) {
    const pairs = events.filter((e) => e.status === 'new-version' && e.previousVersionId !== undefined);
    await ctx.queue.send('compare', pairs.map((e) => ({ baseVersionId: e.previousVersionId!, revisedVersionId: e.versionId, settings: s })), ctx.db);
  }
}

const HANDLERS: { [K in JobKind]: (ctx: JobContext, data: JobData[K]) => Promise<void> } = {
  async fetch(ctx, d) {
    const sent: number[] = [];
    const sum = await ingest(ctx.store, [d.url], {
      ...readOptions(d.settings, ctx.options),
      defer: async (entries) => {
        sent.push(entries.length);
        await ctx.queue.send('extract', [{ entries, settings: d.settings }], ctx.db);
      },
    });
    // a source that gave nothing is a failed attempt (retried, then dead-lettered); bad items of a good feed are only reported
    if (!sent.length && sum.failures.length) throw new Error(sum.failures.map((f) => `${f.source}: ${f.reason}`).join('; '));
    for (const f of sum.failures) ctx.options.onFailure?.(f);
  },

  async extract(ctx, d) {
    const events: VersionEvent[] = [];
    await storeEntries(ctx.store, d.entries, {
      ...readOptions(d.settings, ctx.options),
      onVersion: (e) => events.push(e),
      ...(ctx.options.onFailure ? { onFailure: ctx.options.onFailure } : {}),
    });
    await followUp(ctx, events, d.settings);
  },

  async group(ctx, d) {
    const input = ctx.inputs?.get(d.versionId) ?? (await ctx.store.groupingInputs([d])).get(d.versionId);
    if (!input) throw new Error(`article ${d.articleId} or version ${d.versionId} is not in the store`);
    const { seq, ...a } = input;
    const stories = (ctx.stories ??= new Stories(ctx.store, undefined, ctx.options.now));
    const storyId = (seq > 1 ? await stories.update(a) : null) ?? (await stories.place(a)).storyId;
    ctx.changed.delete(storyId);
    ctx.changed.set(storyId, d.settings);
  },

  async compare(ctx, d) {
    const profile: Profile = d.settings.profile ?? 'revision';
    const now = ctx.options.now ?? (() => new Date());
    if ('storyId' in d) {
      const story = await ctx.store.story(d.storyId);
      // merged away, or derived since this job was queued: nothing to do
      if (!story || story.mergedFrom !== undefined || story.derivedRevision >= story.revision) return;
      const sum = await new Stories(ctx.store, undefined, now).deriveStory(story, { compare: d.settings.compare !== false, profile, toolVersion: ctx.options.toolVersion ?? 'unknown', now });
      // the story changed while it was derived (a placement that committed meanwhile may have seen this
      // job waiting and sent none): queued again, to be derived with that change
      if (sum.skipped) ctx.changed.set(story.id, d.settings);
      return;
    }
    if (await ctx.store.comparison(d.baseVersionId, d.revisedVersionId, profile)) return;
    const [base, revised] = [await ctx.store.version(d.baseVersionId), await ctx.store.version(d.revisedVersionId)];
    if (!base || !revised) throw new Error(`version ${d.baseVersionId} or ${d.revisedVersionId} is not in the store`);
    await ctx.store.saveComparison(base.id, revised.id, profile, compare(base.text, revised.text, { profile }), ctx.options.toolVersion ?? 'unknown', now().toISOString());
  },
};

/**
 * Runs jobs of one type in one transaction with their effects, follow-ups and claims, and completes them
 * there; the jobs PREPARE left out are returned, untouched, for a transaction of their own.
 */
async function runBatch(store: PgStore, queue: JobQueue, jobs: QueuedJob[], options: WorkerOptions, wait = true): Promise<{ events: JobEvent[]; later: QueuedJob[] }> {
  const start = performance.now();
  let repeated = new Set<string>();
  let now: QueuedJob[] = jobs;
  let later: QueuedJob[] = [];
  await store.atomically(async (tx, db) => {
    const ctx: JobContext = { store: tx, db, queue, options, changed: new Map() };
    const prepare = PREPARE[jobs[0]!.kind] as ((ctx: JobContext, data: unknown[], wait: boolean) => Promise<unknown[]>) | undefined;
    const left = new Set(prepare ? await prepare(ctx, jobs.map((j) => j.data), wait) : []);
    now = jobs.filter((j) => !left.has(j.data));
    later = jobs.filter((j) => left.has(j.data));
    if (!now.length) return;
    const claimed = await queue.claimAll(now, db);
    repeated = new Set(now.filter((j) => !claimed.has(j.id)).map((j) => j.id));
    for (const job of now) if (claimed.has(job.id)) await (HANDLERS[job.kind] as (ctx: JobContext, data: unknown) => Promise<void>)(ctx, job.data);
    await finish(ctx);
    // completed in the same transaction: a job is done exactly when its effects are committed
    await queue.complete(now, db);
  });
  const ms = (performance.now() - start) / Math.max(1, now.length);
  return { events: now.map((j) => ({ id: j.id, kind: j.kind, ok: true, repeated: repeated.has(j.id), attempt: j.retryCount + 1, ms })), later };
}

/** Runs one job: its effects, follow-ups and claim in one transaction; then completes or fails it. */
export async function runJob(store: PgStore, queue: JobQueue, job: QueuedJob, options: WorkerOptions = {}): Promise<JobEvent> {
  const start = performance.now();
  try {
    return (await runBatch(store, queue, [job], options)).events[0]!;
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    await queue.fail(job, err).catch(() => {});
    return { id: job.id, kind: job.kind, ok: false, repeated: false, attempt: job.retryCount + 1, ms: performance.now() - start, error: err.message };
  }
}

/**
 * Runs jobs of one type in one transaction; when that fails (nothing of it is left), each job again
 * in a transaction of its own, so that one bad job fails (and is retried) alone.
 */
export async function runJobs(store: PgStore, queue: JobQueue, jobs: QueuedJob[], options: WorkerOptions = {}): Promise<JobEvent[]> {
  const oneByOne = async (list: QueuedJob[]): Promise<JobEvent[]> => {
    const out: JobEvent[] = [];
    for (const job of list) out.push(await runJob(store, queue, job, options));
    return out;
  };
  if (jobs.length === 1 || !TOGETHER[jobs[0]!.kind]) return oneByOne(jobs);
  // first without waiting for locks; what that left out, in one more transaction that waits for them
  let first: Awaited<ReturnType<typeof runBatch>>;
  try {
    first = await runBatch(store, queue, jobs, options, false);
  } catch {
    return oneByOne(jobs);
  }
  if (first.later.length <= 1) return [...first.events, ...(await oneByOne(first.later))];
  try {
    return [...first.events, ...(await runBatch(store, queue, first.later, options, true)).events];
  } catch {
    return [...first.events, ...(await oneByOne(first.later))];
  }
}

/** Works on the queue until the signal aborts (or, with untilIdle, until no job is left). */
export async function runWorker(store: PgStore, queue: JobQueue, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const summary: WorkerSummary = { done: { fetch: 0, extract: 0, group: 0, compare: 0 }, failed: 0, repeated: 0 };
  const pollMs = options.pollMs ?? 500;
  const lane = async (): Promise<void> => {
    // the queue that gave the last job is asked first: one round trip per job while a queue has work
    let last: JobKind | null = null;
    while (!options.signal?.aborted) {
      let jobs: QueuedJob[] = [];
      try {
        for (const kind of last ? [last, ...ORDER.filter((k) => k !== last)] : ORDER) {
          jobs = await queue.fetch(kind, Math.max(1, options.batch?.[kind] ?? BATCH[kind]));
          if (jobs.length) break;
        }
        last = jobs.length ? jobs[0]!.kind : null;
        if (!jobs.length) {
          if (options.untilIdle && (await queue.pending()) === 0) return;
          if (!(await sleep(pollMs, options.signal))) return;
          continue;
        }
      } catch (e) {
        options.onError?.(e as Error);
        if (!(await sleep(pollMs * 4, options.signal))) return;
        continue;
      }
      for (const ev of await runJobs(store, queue, jobs, options)) {
        if (ev.ok) summary.done[ev.kind]++;
        else summary.failed++;
        if (ev.repeated) summary.repeated++;
        options.onJob?.(ev);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, lane));
  return summary;
}
