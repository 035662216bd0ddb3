/**
 * Property tests over compare(): generated news-like texts, random strings and mutations of the
 * bundled example. Bounded (a fixed seed, a number of runs and a time limit per property) so that
 * `npm test` stays fast and repeatable; `npm run fuzz` runs the same properties for as long as asked.
 * STORYDIFF_PROPERTY_SEED=n runs them with another seed.
 */
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PROPERTIES, ROOT, type PropertyName } from '../../fuzz/properties.js';
import { inputsFor } from '../../fuzz/suite.js';
import { TEST_SCALE } from '../../fuzz/arbitraries.js';

const corpus = ['base.txt', 'revised.txt'].map((f) => readFileSync(join(ROOT, 'examples', 'harbor-fire', f), 'utf8'));
const seed = Number(process.env.STORYDIFF_PROPERTY_SEED ?? 20261126);

// runs per property and a time limit each: together well under 30 s
const RUNS: Record<PropertyName, number> = { 'well-formed': 300, deterministic: 60, self: 150, typography: 200 };
const TIME_LIMIT_MS = 6000;

describe('properties of compare()', () => {
  for (const name of Object.keys(RUNS) as PropertyName[]) {
    it(name, () => {
      fc.assert(
        fc.property(inputsFor(name, corpus, TEST_SCALE), (input) => PROPERTIES[name](input)),
        { seed, numRuns: RUNS[name], interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false, includeErrorInReport: true },
      );
    });
  }
});
