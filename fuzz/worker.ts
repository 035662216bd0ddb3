/**
 * The fuzz command's worker: runs the properties in rounds of fast-check runs, each round with its own
 * seed, and tells the main thread what it is about to compare (so that a hang or a crash can be
 * pinned on an input), how many inputs each round ran, and every failure with its shrunk input.
 */
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { PROPERTIES, type Input, type PropertyName } from './properties.js';
import { inputsFor } from './suite.js';
import { FUZZ_SCALE } from './arbitraries.js';

export interface WorkerData {
  seed: number;
  corpus: string[];
  properties: PropertyName[];
}

export type WorkerMessage =
  | { type: 'input'; property: PropertyName; input: Input }
  | { type: 'round'; property: PropertyName; runs: number }
  | { type: 'failure'; property: PropertyName; input: Input; error: string; seed: number; shrunk: boolean };

/** Inputs per round and property: small, so that the counts stay current. */
const ROUND = 25;

const { seed, corpus, properties } = workerData as WorkerData;

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 8).join('\n') ?? ''}` : String(e);
}
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

/** Shrinking steps at most: shrinking a large slow input could otherwise take the whole run. */
const MAX_SHRINKS = 200;

const arbitraries = new Map(properties.map((p) => [p, fc.limitShrink(inputsFor(p, corpus, FUZZ_SCALE), MAX_SHRINKS)]));

for (let round = 0; ; round++) {
  for (const property of properties) {
    const roundSeed = (seed + round * 7919 + properties.indexOf(property) * 104729) | 0;
    let first = true;
    const details = fc.check(
      fc.property(arbitraries.get(property)!, (input) => {
        post({ type: 'input', property, input });
        try {
          PROPERTIES[property](input);
        } catch (e) {
          // the first failure is sent at once: shrinking a slow input may not end before the run does
          if (first) post({ type: 'failure', property, input, error: describe(e), seed: roundSeed, shrunk: false });
          first = false;
          throw e;
        }
      }),
      { seed: roundSeed, numRuns: ROUND, includeErrorInReport: true },
    );
    post({ type: 'round', property, runs: details.numRuns });
    if (details.failed && details.counterexample) {
      post({ type: 'failure', property, input: details.counterexample[0], error: describe(details.errorInstance), seed: roundSeed, shrunk: true });
    }
  }
}
