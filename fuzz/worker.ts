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
  | { type: 'failure'; property: PropertyName; input: Input; error: string; seed: number };

/** Inputs per round and property: small, so that the counts stay current. */
const ROUND = 25;

const { seed, corpus, properties } = workerData as WorkerData;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

/** Shrinking steps at most: shrinking a large slow input could otherwise take the whole run. */
const MAX_SHRINKS = 200;

const arbitraries = new Map(properties.map((p) => [p, fc.limitShrink(inputsFor(p, corpus, FUZZ_SCALE), MAX_SHRINKS)]));

for (let round = 0; ; round++) {
  for (const property of properties) {
    const roundSeed = (seed + round * 7919 + properties.indexOf(property) * 104729) | 0;
    const details = fc.check(
      fc.property(arbitraries.get(property)!, (input) => {
        post({ type: 'input', property, input });
        PROPERTIES[property](input);
      }),
      { seed: roundSeed, numRuns: ROUND, includeErrorInReport: true },
    );
    post({ type: 'round', property, runs: details.numRuns });
    if (details.failed && details.counterexample) {
      const e = details.errorInstance;
      const error = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 8).join('\n') ?? ''}` : String(e);
      post({ type: 'failure', property, input: details.counterexample[0], error, seed: roundSeed });
    }
  }
}
