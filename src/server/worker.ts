/** The server's comparison worker: runs compare() off the event loop, one job at a time. */
import { parentPort } from 'node:worker_threads';
import { compare } from '../engine/compare.js';
import type { Profile } from '../types.js';

interface Job {
  id: number;
  base: string;
  revised: string;
  profile: Profile;
}

parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({ id: job.id, result: compare(job.base, job.revised, { profile: job.profile }) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
  }
});
