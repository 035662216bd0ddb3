/**
 * Watch: re-ingests the sources on a schedule (the diffengine and NewsDiffs job). Each round is an
 * ingest whose new versions are compared with the versions before as they are stored; the caller
 * hears of each through onVersion. The signal stops the watch between items, and at once while it
 * waits for the next round.
 */
import type { Store } from '../store/types.js';
import { ingest, type IngestOptions, type IngestSummary } from './ingest.js';
import { sleep } from './pacer.js';

export interface WatchOptions extends IngestOptions {
  /** ms from the start of one round to the start of the next */
  everyMs: number;
  /** stop after this many rounds (default: until the signal) */
  rounds?: number;
  onRound?: (round: number, summary: IngestSummary) => void;
}

export interface WatchSummary {
  rounds: number;
  newArticles: number;
  newVersions: number;
  materialChanges: number;
  failed: number;
}

export async function watch(store: Store, sources: string[], options: WatchOptions): Promise<WatchSummary> {
  const total: WatchSummary = { rounds: 0, newArticles: 0, newVersions: 0, materialChanges: 0, failed: 0 };
  const signal = options.signal;
  for (;;) {
    if (signal?.aborted) break;
    const start = Date.now();
    const s = await ingest(store, sources, { ...options, compare: true });
    total.rounds++;
    total.newArticles += s.newArticles;
    total.newVersions += s.newVersions;
    total.materialChanges += s.materialChanges;
    total.failed += s.failed;
    options.onRound?.(total.rounds, s);
    if (signal?.aborted || (options.rounds !== undefined && total.rounds >= options.rounds)) break;
    const wait = Math.max(0, options.everyMs - (Date.now() - start));
    if (!(await sleep(wait, signal))) break;
  }
  return total;
}
