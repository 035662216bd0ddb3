/**
 * Jobs over PostgreSQL: queueing the work of an ingest (sources read here, articles built and stored
 * by the workers), the worker loop, and the queue's state.
 */
import { ingest, type IngestOptions, type IngestSummary } from '../corpus/ingest.js';
import { PgStore } from '../store/pg.js';
import { JobQueue, type QueueSettings } from './queue.js';
import type { ReadSettings } from './types.js';

export { JobQueue, QUEUES, DEAD_LETTER, QUEUE_DEFAULTS, type QueueSettings, type JobCounts, type FailedJob } from './queue.js';
export { runWorker, runJob, runJobs, BATCH, type WorkerOptions, type WorkerSummary, type JobEvent } from './worker.js';
export type { JobData, JobKind, ReadSettings } from './types.js';

/** Opens the store and its queue at a postgres:// connection string. */
export async function openJobs(location: string, settings: Partial<QueueSettings> & { supervise?: boolean } = {}): Promise<{ store: PgStore; queue: JobQueue; close: () => Promise<void> }> {
  const store = await PgStore.open(location);
  try {
    const queue = await JobQueue.open(store, settings);
    return {
      store,
      queue,
      close: async () => {
        await queue.stop().catch(() => {});
        await store.close();
      },
    };
  } catch (e) {
    await store.close().catch(() => {});
    throw e;
  }
}

/**
 * Reads the sources as an ingest does, but queues the work: each batch of articles read becomes an
 * extract job, each URL a fetch job. Nothing is stored here; workers store, group and compare.
 */
export async function queueIngest(
  queue: JobQueue,
  store: PgStore,
  sources: string[],
  settings: ReadSettings,
  options: Omit<IngestOptions, 'defer' | 'deferUrl' | 'group' | 'compare'> = {},
): Promise<IngestSummary> {
  return ingest(store, sources, {
    ...options,
    defer: (entries) => queue.send('extract', [{ entries, settings }]),
    deferUrl: (url) => queue.send('fetch', [{ url, settings }]),
  });
}
