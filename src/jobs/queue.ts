/**
 * The job queue: pg-boss (10.x) in the same PostgreSQL database as the store, on the store's
 * connections. Four job types, each its own queue with retries, exponential back-off and a
 * dead-letter queue:
 *
 *   fetch    a URL (feed or page) given to `ingest`/`watch`: fetched, its articles extracted, queued as an extract job
 *   extract  a batch of articles read by `ingest` (pages, texts, JSON lines) or by a fetch: built and stored
 *   group    one new article (or new version) placed in a story
 *   compare  one story derived and its tellings compared with their sources, or one new version compared with the one before
 *
 * A job runs in one database transaction with its effects, its follow-up jobs, and a row in
 * storydiff_jobs_done (a table of the store's migrations) keyed by the job's id: a worker killed mid-job leaves nothing of it (the job is
 * retried once it expires), and a job whose effects were committed is never applied again, even if
 * its completion in pg-boss was lost.
 */
import PgBoss from 'pg-boss';
import type { PgStore } from '../store/pg.js';
import type { JobData, JobKind } from './types.js';

export const QUEUES: Record<JobKind, string> = {
  fetch: 'storydiff-fetch',
  extract: 'storydiff-extract',
  group: 'storydiff-group',
  compare: 'storydiff-compare',
};

/** Where a job goes after its last attempt failed; nothing works on it (see `storydiff jobs --failed`). */
export const DEAD_LETTER = 'storydiff-dead';

export const JOB_KINDS = Object.keys(QUEUES) as JobKind[];

/** A compare job's key on its stately queue: one waiting (and one running) per story, or per pair of versions. */
export function compareKey(d: JobData['compare']): string {
  return 'storyId' in d ? `story:${d.storyId}` : `versions:${d.baseVersionId}:${d.revisedVersionId}`;
}

export interface QueueSettings {
  /** attempts after the first (default 2: a job that fails three times is dead-lettered) */
  retryLimit: number;
  /** seconds before the first retry, doubled (with jitter) each time (default 5) */
  retryDelaySeconds: number;
  /** a job active this long is taken as lost (its worker died) and retried (default 600) */
  expireSeconds: number;
  /** how often expired jobs are looked for, by one of the processes (default 30) */
  maintenanceSeconds: number;
}

export const QUEUE_DEFAULTS: QueueSettings = { retryLimit: 2, retryDelaySeconds: 5, expireSeconds: 600, maintenanceSeconds: 30 };

/** A statement runner: the pool, or the transaction a job runs in. */
export interface Db {
  executeSql(text: string, values: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

export interface QueuedJob<K extends JobKind = JobKind> {
  id: string;
  kind: K;
  data: JobData[K];
  /** attempts before this one */
  retryCount: number;
}

export interface JobCounts {
  /** per job type (and the dead-letter queue): jobs per state */
  queues: Record<string, Record<string, number>>;
}

export interface FailedJob {
  id: string;
  kind: string;
  attempts: number;
  failedAt: string;
  error: string;
  data: unknown;
}

export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    private readonly store: PgStore,
    readonly settings: QueueSettings,
  ) {}

  /** Starts pg-boss on the store's database (installing its schema once) and creates the queues. */
  static async open(store: PgStore, options: Partial<QueueSettings> & { supervise?: boolean } = {}): Promise<JobQueue> {
    const settings = { ...QUEUE_DEFAULTS, ...options };
    const pool = store.pool;
    const boss = new PgBoss({
      db: { executeSql: async (text: string, values: unknown[]) => pool.query(text, values) },
      supervise: options.supervise ?? true,
      schedule: false,
      migrate: true,
      maintenanceIntervalSeconds: settings.maintenanceSeconds,
      monitorStateIntervalSeconds: 3600,
    });
    const errors: Error[] = [];
    boss.on('error', (e) => errors.push(e));
    // one process at a time installs pg-boss and creates the queues (two creating partitions at once deadlock)
    const lock = await pool.connect();
    try {
      await lock.query(`SELECT pg_advisory_lock(hashtext('storydiff queues'))`);
      await boss.start();
      await JobQueue.createQueues(boss, settings);
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext('storydiff queues'))`).catch(() => {});
      lock.release();
    }
    return new JobQueue(boss, store, settings);
  }

  private static async createQueues(boss: PgBoss, settings: QueueSettings): Promise<void> {
    if (!(await boss.getQueue(DEAD_LETTER))) await boss.createQueue(DEAD_LETTER, { name: DEAD_LETTER, retryLimit: 0 });
    for (const kind of JOB_KINDS) {
      const q: PgBoss.Queue = {
        name: QUEUES[kind],
        // one pending compare job per story (see send): further changes wait for it
        policy: kind === 'compare' ? 'stately' : 'standard',
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: settings.expireSeconds,
        deadLetter: DEAD_LETTER,
      };
      if (!(await boss.getQueue(QUEUES[kind]))) await boss.createQueue(QUEUES[kind], q);
      else await boss.updateQueue(QUEUES[kind], q);
    }
  }

  /**
   * Queues jobs (inside a transaction when `db` is given: they exist only if it commits). Compare jobs
   * always have a key: the compare queue is stately, where jobs without one share the key '' and all
   * but one waiting are refused (new versions of one batch then lost their comparisons).
   */
  async send<K extends JobKind>(kind: K, items: Array<JobData[K]>, db?: Db, options: { singletonKey?: (d: JobData[K]) => string; startAfterSeconds?: number } = {}): Promise<void> {
    if (!items.length) return;
    const startAfter = options.startAfterSeconds ? new Date(Date.now() + options.startAfterSeconds * 1000) : undefined;
    const key = options.singletonKey ?? (kind === 'compare' ? (d: JobData[K]) => compareKey(d as JobData['compare']) : undefined);
    if (key) {
      // a stately queue refuses a second created job with the same key: send one by one, refusals are fine
      for (const d of items) {
        await this.boss.send(QUEUES[kind], d as object, { singletonKey: key(d), ...(startAfter ? { startAfter } : {}), ...(db ? { db } : {}) });
      }
      return;
    }
    const jobs = items.map((d) => ({ name: QUEUES[kind], data: d as object, ...(startAfter ? { startAfter } : {}) }));
    for (let i = 0; i < jobs.length; i += 1000) await this.boss.insert(jobs.slice(i, i + 1000), db ? { db } : {});
  }

  /**
   * The keys, among those given, of jobs of one type waiting to start (state created). A stately queue
   * refuses a job with one of these keys: a sender skips them rather than have each refused (two
   * statements each when sent for the next slot too).
   */
  async waiting(kind: JobKind, keys: string[], db: Db): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const r = await db.executeSql(`SELECT DISTINCT singleton_key FROM pgboss.job WHERE name = $1 AND state = 'created' AND singleton_key = ANY($2::text[])`, [QUEUES[kind], keys]);
    return new Set(r.rows.map((x) => String(x.singleton_key)));
  }

  /** Takes up to n jobs of one type (their state becomes active). */
  async fetch<K extends JobKind>(kind: K, n: number): Promise<Array<QueuedJob<K>>> {
    const jobs = await this.boss.fetch<JobData[K]>(QUEUES[kind], { batchSize: n, includeMetadata: true });
    return jobs.map((j) => ({ id: j.id, kind, data: j.data, retryCount: j.retryCount }));
  }

  /**
   * Claims a job inside the transaction that applies it: true the first time, false when its effects
   * were committed before (a retry after a lost completion).
   */
  async claim(job: QueuedJob, db: Db): Promise<boolean> {
    return (await this.claimAll([job], db)).has(job.id);
  }

  /** claim() for several jobs in one statement: the ids claimed now (the others were applied before). */
  async claimAll(jobs: QueuedJob[], db: Db): Promise<Set<string>> {
    const r = await db.executeSql(
      `INSERT INTO storydiff_jobs_done (job_id, name) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
      [jobs.map((j) => j.id), jobs.map((j) => QUEUES[j.kind])],
    );
    return new Set(r.rows.map((x) => String(x.job_id)));
  }

  /** Marks jobs of one type complete, in one statement (inside their transaction when `db` is given). */
  async complete(jobs: QueuedJob | QueuedJob[], db?: Db): Promise<void> {
    const list = Array.isArray(jobs) ? jobs : [jobs];
    if (!list.length) return;
    if (list.some((j) => j.kind !== list[0]!.kind)) throw new Error('complete: jobs of several types');
    // pg-boss 10 reads (name, id or ids, data, options): its typings also offer (name, ids, options), which it takes as data
    const complete = this.boss.complete.bind(this.boss) as unknown as (name: string, ids: string[], data: object, options: { db?: Db }) => Promise<unknown>;
    await complete(QUEUES[list[0]!.kind], list.map((j) => j.id), {}, db ? { db } : {});
  }

  /** Records a failed attempt: retried after the back-off, or dead-lettered after the last. */
  async fail(job: QueuedJob, error: Error): Promise<void> {
    await this.boss.fail(QUEUES[job.kind], job.id, { message: error.message });
  }

  /** Jobs per queue and state (completed jobs are kept 12 hours by pg-boss, then archived). */
  async counts(): Promise<JobCounts> {
    const rows = (await this.store.pool.query(`SELECT name, state, COUNT(*)::int AS n FROM pgboss.job WHERE name LIKE 'storydiff-%' GROUP BY name, state ORDER BY name, state`)).rows as Array<{ name: string; state: string; n: number }>;
    const queues: JobCounts['queues'] = {};
    for (const name of [...Object.values(QUEUES), DEAD_LETTER]) queues[name] = {};
    for (const r of rows) (queues[r.name] ??= {})[r.state] = r.n;
    return { queues };
  }

  /** Jobs whose last attempt failed (dead-lettered), newest first. */
  async failed(limit = 50): Promise<FailedJob[]> {
    const rows = (
      await this.store.pool.query(
        `SELECT id, name, retry_count, completed_on, output, data FROM pgboss.job WHERE name LIKE 'storydiff-%' AND name <> $1 AND state = 'failed'
          ORDER BY completed_on DESC, id LIMIT $2`,
        [DEAD_LETTER, limit],
      )
    ).rows as Array<{ id: string; name: string; retry_count: number; completed_on: Date; output: { message?: string; value?: { message?: string } } | null; data: unknown }>;
    return rows.map((r) => ({
      id: r.id,
      kind: r.name.replace(/^storydiff-/, ''),
      attempts: Number(r.retry_count) + 1,
      failedAt: new Date(r.completed_on).toISOString(),
      error: r.output?.message ?? r.output?.value?.message ?? 'unknown error',
      data: r.data,
    }));
  }

  /** Jobs not finished yet (created, retry or active), over every type. */
  async pending(): Promise<number> {
    const r = (await this.store.pool.query(`SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name LIKE 'storydiff-%' AND name <> $1 AND state < 'completed'`, [DEAD_LETTER])).rows[0] as { n: number };
    return r.n;
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, close: false, wait: true });
  }
}
