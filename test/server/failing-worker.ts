/** A comparison worker for the tests: fails on marked texts (an error, a crash, an exit), compares the rest. */
import { parentPort } from 'node:worker_threads';
import { compare } from '../../src/index.js';

// the test runner also loads this file on its own, outside a worker: then it does nothing
parentPort?.on('message', (job: { id: number; base: string; revised: string; profile: 'revision' | 'faithful' }) => {
  if (job.base === 'FAIL') {
    const e = new TypeError("Cannot read properties of undefined (reading 'lower')");
    parentPort!.postMessage({ id: job.id, error: e.message, stack: e.stack });
    return;
  }
  if (job.base === 'CRASH') throw new RangeError('Maximum call stack size exceeded');
  if (job.base === 'EXIT') process.exit(3);
  parentPort!.postMessage({ id: job.id, result: compare(job.base, job.revised, { profile: job.profile }) });
});
