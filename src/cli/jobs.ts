/**
 * The commands over PostgreSQL's job queue: `ingest` and `watch` queueing work, `worker`, `jobs`.
 * Argument handling and I/O only; the work is src/jobs.
 */
import type { JobCounts, QueueSettings, ReadSettings, WorkerSummary } from '../jobs/index.js';
import type { IngestSummary } from '../corpus/ingest.js';
import { StoreError } from '../store/types.js';
import { isPostgres } from '../store/index.js';
import { dbLocation, isTty, plural, stopSignal, type IngestFlags, type WatchFlags } from './corpus.js';
import { InputError } from './io.js';
import { sleep } from '../corpus/pacer.js';

type Err = NodeJS.WriteStream | NodeJS.WritableStream;

/** Queue settings from the environment (seconds): STORYDIFF_JOB_TIMEOUT, STORYDIFF_JOB_RETRY_DELAY, STORYDIFF_JOB_MAINTENANCE. */
function queueSettings(): Partial<QueueSettings> {
  const out: Partial<QueueSettings> = {};
  const read = (name: string, key: keyof QueueSettings) => {
    const v = process.env[name];
    if (v === undefined || v === '') return;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InputError(`${name}=${v}: expected a whole number of seconds, at least 1`);
    out[key] = n;
  };
  read('STORYDIFF_JOB_TIMEOUT', 'expireSeconds');
  read('STORYDIFF_JOB_RETRY_DELAY', 'retryDelaySeconds');
  read('STORYDIFF_JOB_MAINTENANCE', 'maintenanceSeconds');
  return out;
}

function needPostgres(location: string, command: string): void {
  if (!isPostgres(location)) throw new InputError(`${command} works on a PostgreSQL database's job queue: give --db postgres://USER@HOST:PORT/DATABASE (or set STORYDIFF_DB); ${location} is a SQLite file`);
}

/** Opens the store and the queue, runs fn, closes them; store errors become one-line input errors. */
async function withJobs<T>(location: string, fn: (j: Awaited<ReturnType<typeof import('../jobs/index.js').openJobs>>) => Promise<T>, supervise = true): Promise<T> {
  const { openJobs } = await import('../jobs/index.js');
  let jobs;
  try {
    jobs = await openJobs(location, { ...queueSettings(), supervise });
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw oneLine(location, e);
  }
  try {
    return await fn(jobs);
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw oneLine(location, e);
  } finally {
    await jobs.close().catch(() => undefined);
  }
}

/** A database error outside the store (the queue's statements) as one line. */
function oneLine(location: string, e: unknown): Error {
  const code = (e as { code?: string }).code;
  if (code && /^(E[A-Z]+|\d{2}[0-9A-Z]{3})$/.test(code)) return new InputError(`${location.replace(/:[^:@/]*@/, ':…@')}: ${(e as Error).message} (${code})`);
  return e as Error;
}

function readSettings(flags: IngestFlags): ReadSettings {
  return {
    ...(flags.outlet ? { outlet: flags.outlet } : {}),
    follow: flags.follow,
    allowPrivate: flags.allowPrivate,
    maxBytes: flags.maxBytes,
    compare: flags.compare,
    group: flags.group !== false,
    profile: flags.profile,
  };
}

function queuedLine(s: IngestSummary, location: string): string {
  const q = s.queued ?? { articles: 0, batches: 0, urls: 0 };
  const parts = [`${plural(q.articles, 'article')} in ${plural(q.batches, 'extract job')}`, `${plural(q.urls, 'URL')} as fetch jobs`, `${s.failed} failed`];
  return `storydiff: ${s.stopped ? 'stopped: ' : ''}${plural(s.sources, 'source')} read: queued ${parts.join(', ')} in ${(s.ms / 1000).toFixed(1)} s → ${location}\n`;
}

function countsText(c: JobCounts): string {
  const states = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled'];
  const rows = Object.entries(c.queues).map(([name, s]) => [name.replace(/^storydiff-/, ''), ...states.map((st) => String(s[st] ?? 0))]);
  const head = ['queue', ...states];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => (i ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ') + '\n';
  return line(head) + rows.map(line).join('');
}

/** Waits until no job is waiting or running, drawing the counts on a terminal. */
async function waitIdle(queue: import('../jobs/index.js').JobQueue, stderr: Err, signal: AbortSignal): Promise<void> {
  const tty = isTty(stderr);
  for (;;) {
    const left = await queue.pending();
    if (tty) stderr.write(`\r\x1b[Kstorydiff: ${plural(left, 'job')} waiting or running`);
    if (!left) break;
    if (!(await sleep(500, signal))) break;
  }
  if (tty) stderr.write('\r\x1b[K');
}

/** `storydiff ingest SOURCE… --db postgres://…`: reads the sources and queues the work; exit 2 when a source failed. */
export async function queueIngestCommand(sources: string[], flags: IngestFlags & { wait?: boolean }, stdout: NodeJS.WritableStream, stderr: Err): Promise<number> {
  const location = dbLocation(flags.db);
  return withJobs(location, async ({ store, queue }) => {
    const { queueIngest } = await import('../jobs/index.js');
    const stop = stopSignal(stderr);
    let summary: IngestSummary;
    try {
      summary = await queueIngest(queue, store, sources, readSettings(flags), {
        batchSize: flags.batchSize,
        maxBytes: flags.maxBytes,
        signal: stop.signal,
        onFailure: (f) => stderr.write(`storydiff: skipped ${f.source}: ${f.reason}\n`),
      });
      stdout.write(queuedLine(summary, location));
      if (flags.wait && !stop.received()) {
        await waitIdle(queue, stderr, stop.signal);
        const failed = (await queue.counts()).queues;
        const n = Object.entries(failed).reduce((a, [name, s]) => a + (name.endsWith('-dead') ? 0 : (s.failed ?? 0)), 0);
        const st = await store.stats();
        stdout.write(`storydiff: the workers are done: ${plural(st.articles, 'article')}, ${plural(st.versions, 'version')}, ${plural(await store.countStories(), 'story', 'stories')}, ${plural(st.comparisons, 'comparison')} stored; ${plural(n, 'failed job')}${n ? ' (storydiff jobs --failed)' : ''}\n`);
      } else {
        stderr.write(`storydiff: run storydiff worker --db ${location} to process them; storydiff jobs --db ${location} shows where they are\n`);
      }
    } finally {
      stop.dispose();
    }
    if (stop.received()) return 130;
    return summary.failed ? 2 : 0;
  });
}

/** How often a PostgreSQL watch reads the material changes the workers found, and how many at a time. */
const CHANGES_EVERY_MS = 2000;
const CHANGES_PAGE = 500;

/**
 * `storydiff watch SOURCE… --db postgres://…`: queues a round of fetches every `--every`; workers store
 * and compare. Between rounds it reads back the comparisons of new versions that the workers stored
 * since it started and prints those with material changes, one line each as the SQLite watch does.
 */
export async function queueWatchCommand(sources: string[], flags: WatchFlags, stdout: NodeJS.WritableStream, stderr: Err): Promise<number> {
  const location = dbLocation(flags.db);
  return withJobs(location, async ({ store, queue }) => {
    const { queueIngest } = await import('../jobs/index.js');
    const stop = stopSignal(stderr);
    stderr.write(`storydiff: queueing ${plural(sources.length, 'source')} every ${flags.everyMs / 1000} s → ${location} (workers fetch, store and compare; Ctrl-C stops)\n`);
    let rounds = 0;
    const profile = flags.profile ?? 'revision';
    let seen = await store.lastComparisonId();
    const { changeLine } = await import('./corpus.js');
    const printChanges = async () => {
      for (;;) {
        const rows = await store.materialChangesSince(seen, profile, CHANGES_PAGE);
        for (const r of rows) {
          const c = r.comparison;
          stdout.write(changeLine({ status: 'new-version', articleId: r.articleId, versionId: c.revisedVersionId, previousVersionId: c.baseVersionId, url: r.url, title: r.title, outlet: r.outlet, source: r.source, comparison: c }));
          seen = c.id;
        }
        if (rows.length < CHANGES_PAGE) return;
      }
    };
    try {
      for (;;) {
        const start = Date.now();
        const s = await queueIngest(queue, store, sources, readSettings(flags), { batchSize: flags.batchSize, maxBytes: flags.maxBytes, signal: stop.signal, onFailure: (f) => stderr.write(`storydiff: skipped ${f.source}: ${f.reason}\n`) });
        rounds++;
        stderr.write(`storydiff: round ${rounds}: ${queuedLine(s, location).replace(/^storydiff: /, '')}`);
        if (stop.received() || (flags.rounds !== undefined && rounds >= flags.rounds)) break;
        let awake = true;
        for (let left = flags.everyMs - (Date.now() - start); awake && left > 0; left = flags.everyMs - (Date.now() - start)) {
          awake = await sleep(Math.min(left, CHANGES_EVERY_MS), stop.signal);
          await printChanges();
        }
        if (!awake) break;
      }
      // what the workers stored since the last look (changes of the last round stored later are not waited for)
      await printChanges();
    } finally {
      stop.dispose();
    }
    stdout.write(`storydiff: stopped after ${plural(rounds, 'round')}\n`);
    return 0;
  });
}

export interface WorkerFlags {
  db?: string;
  concurrency: number;
  untilIdle: boolean;
  delayMs: number;
  quiet: boolean;
}

/** `storydiff worker --db postgres://… [--concurrency N]`: works until SIGINT or SIGTERM (the jobs in progress finish). */
export async function workerCommand(flags: WorkerFlags, stdout: NodeJS.WritableStream, stderr: Err): Promise<number> {
  const location = dbLocation(flags.db);
  needPostgres(location, 'worker');
  return withJobs(location, async ({ store, queue }) => {
    const { runWorker } = await import('../jobs/index.js');
    const { TOOL_VERSION } = await import('../corpus/corpus.js');
    const stop = stopSignal(stderr);
    if (!flags.quiet) stderr.write(`storydiff: worker on ${location}, ${plural(flags.concurrency, 'job')} at a time (Ctrl-C stops after the jobs in progress)\n`);
    let summary: WorkerSummary;
    try {
      summary = await runWorker(store, queue, {
        concurrency: flags.concurrency,
        signal: stop.signal,
        untilIdle: flags.untilIdle,
        delayMs: flags.delayMs,
        toolVersion: TOOL_VERSION,
        onJob: (e) => {
          if (!e.ok) stderr.write(`storydiff: ${e.kind} job ${e.id} failed (attempt ${e.attempt}): ${e.error}\n`);
        },
        onFailure: (f) => {
          if (!flags.quiet) stderr.write(`storydiff: skipped ${f.source}: ${f.reason}\n`);
        },
        onError: (e) => stderr.write(`storydiff: the queue failed: ${e.message.split('\n')[0]} (trying again)\n`),
      });
    } finally {
      stop.dispose();
    }
    const d = summary.done;
    stdout.write(
      `storydiff: worker stopped: ${plural(d.fetch, 'fetch', 'fetches')}, ${plural(d.extract, 'extract job')}, ${plural(d.group, 'group job')}, ${plural(d.compare, 'compare job')} done; ${summary.failed} failed attempts; ${summary.repeated} repeats skipped\n`,
    );
    return 0;
  });
}

/** `storydiff jobs [--failed]`: jobs per queue and state, or the dead-lettered jobs with their errors. */
export async function jobsCommand(flags: { db?: string; failed: boolean; format: 'text' | 'json'; limit: number }, stdout: NodeJS.WritableStream): Promise<number> {
  const location = dbLocation(flags.db);
  needPostgres(location, 'jobs');
  return withJobs(
    location,
    async ({ queue }) => {
      if (flags.failed) {
        const failed = await queue.failed(flags.limit);
        if (flags.format === 'json') stdout.write(JSON.stringify(failed, null, 2) + '\n');
        else if (!failed.length) stdout.write('storydiff: no failed jobs\n');
        else for (const f of failed) stdout.write(`${f.failedAt}  ${f.kind}  ${f.id}  after ${plural(f.attempts, 'attempt')}: ${f.error}\n  ${JSON.stringify(f.data).slice(0, 200)}\n`);
        return 0;
      }
      const counts = await queue.counts();
      stdout.write(flags.format === 'json' ? JSON.stringify(counts, null, 2) + '\n' : countsText(counts));
      return 0;
    },
    false,
  );
}
