/**
 * One size of the growth bench, run in its own process so that its peak memory is its own:
 *   node --expose-gc dist/bench/growth.js WORDS [RUNS] [SEED]
 * Prints one JSON line: words on each side, compare() times, max RSS, heap after gc.
 */
import { compare } from '../src/engine/compare.js';
import { sourceSentences, vocabulary } from './inputs.js';
import { gc, summarize } from './stats.js';
import { makePair } from './synth.js';

const words = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 3);
const seed = Number(process.argv[4] ?? 7);

const t0 = performance.now();
const pair = makePair({ sentences: sourceSentences(), vocabulary: vocabulary(), words, seed });
const makeMs = performance.now() - t0;

// load the WordNet table and warm the JIT on a small pair first: this measures compare(), not start-up
const small = makePair({ sentences: sourceSentences(), vocabulary: vocabulary(), words: 300, seed: seed + 1 });
compare(small.base, small.revised);
compare(small.revised, small.base);
gc();
const rssBefore = process.memoryUsage().rss;
const maxRssBefore = process.resourceUsage().maxRSS * 1024;

const samples: number[] = [];
let sentences = 0;
let findings = 0;
let heapAfter = 0;
for (let i = 0; i < runs; i++) {
  // a distinct trailing newline per run defeats compare()'s cache of analysed texts
  const sfx = '\n'.repeat(i + 1);
  const t = performance.now();
  const c = compare(pair.base + sfx, pair.revised + sfx);
  samples.push(performance.now() - t);
  sentences = c.base.sentences.length + c.revised.sentences.length;
  findings = c.findings.length;
  gc();
  heapAfter = Math.max(heapAfter, process.memoryUsage().heapUsed);
}

process.stdout.write(
  JSON.stringify({
    target: words,
    baseWords: pair.baseWords,
    revisedWords: pair.revisedWords,
    sentences,
    findings,
    makeMs,
    time: summarize(samples),
    samples,
    rssBefore,
    maxRssBefore,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapAfterGc: heapAfter,
  }) + '\n',
);
