/**
 * npm run bench: speed and memory of storydiff against its targets. Prints a table and writes
 * bench/results.json. Sections (all by default; `--only pair,batch,growth,cold` picks some):
 *
 *   pair    compare() latency on the reference pair, cold (cache defeated) and warm (base cached),
 *           against jsdiff diffWords and diff-match-patch on the same two texts
 *   batch   items per second of `storydiff compare --batch` (the CLI, one core) and in process,
 *           and the share of time per stage
 *   growth  time and peak memory of compare() on synthetic pairs of about 1k, 10k and 100k words
 *           (`--sizes 1000,10000` to change), each in its own process, given `--timeout 300` seconds
 *   large   `storydiff compare BASE REVISED --format json` as a whole process on a synthetic pair of
 *           1 MB a side (the default --max-bytes), with its peak RSS
 *   cold    wall time of `storydiff compare BASE REVISED --format json` as a whole process
 *   grouping  100,000 articles of about 600 words placed in stories one at a time, in memory: time per
 *           article per 10,000 and peak RSS (`--grouping-articles N` to change the count; not in the
 *           default run, `--only grouping`)
 *   corpus  ingest of 10,000 articles into SQLite (rate, peak RSS, database size, re-ingest) and
 *           `storydiff log` of an article with 50 versions (`--articles N` to change the count)
 *   scale   ingest, group and compare 20,000 articles: SQLite in one process against PostgreSQL with
 *           1 and 2 workers, and a run with a worker killed every 10 s (jobs counted); needs a local
 *           server (STORYDIFF_BENCH_PG); `--scale-articles N`, `--kill-every S`, `--scale-concurrency C` (default 1)
 *
 * Times are medians after warm-up with p10 and p90; the machine may be shared, so spreads matter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { compare } from '../src/engine/compare.js';
import { batch as loadBatch, referencePair, ROOT, sourceSentences, vocabulary } from './inputs.js';
import { STAGES, runStages, zeroTimes } from './stages.js';
import { gc, keep, mb, ms, summarize, type Summary } from './stats.js';
import { makePair, wordCount } from './synth.js';
import { benchCorpus } from './corpus.js';
import { benchGrouping } from './grouping.js';
import { benchScale } from './scale.js';

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = new Set((arg('--only') ?? 'pair,batch,growth,large,cold,corpus,scale').split(','));
const sizes = (arg('--sizes') ?? '1000,10000,100000').split(',').map(Number);

const TARGETS = {
  pairRatio: 1.0, // compare (cold) / diffWords
  batchPerSecond: 300,
  growth100kMs: 2000,
  growth100kBytes: 500 * 1024 * 1024,
  coldStartMs: 150,
  largeMs: 5000,
};

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: process.platform },
  targets: TARGETS,
};
const lines: string[] = [];
const out = (s = '') => {
  lines.push(s);
  process.stdout.write(s + '\n');
};
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const spread = (s: Summary, digits = 1) => `${ms(s.median, digits)} ms  (p10 ${ms(s.p10, digits)}, p90 ${ms(s.p90, digits)}, n ${s.runs})`;
const node = process.execPath;
const cli = join(ROOT, 'bin', 'storydiff.js');
const taskset = ['/usr/bin/taskset', '/bin/taskset'].find(existsSync);
/** Runs a command pinned to one core when taskset exists. */
const pinned = (args: string[]): [string, string[]] => (taskset ? [taskset, ['-c', '0', node, ...args]] : [node, args]);

/**
 * Times each contender in turn, round after round, and pools the samples, so that a burst of load
 * from elsewhere on the machine hits every contender alike. fn(i) gets a distinct i on every call.
 */
function interleaved(fns: Record<string, (i: number) => unknown>, rounds: number, perRound: { warmup: number; runs: number; minMs: number }): Record<string, Summary> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  let i = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(fns)) {
      if (round === 0) for (let w = 0; w < perRound.warmup; w++) keep(fn(i++));
      const start = performance.now();
      let n = 0;
      while (n < perRound.runs || performance.now() - start < perRound.minMs) {
        const t = performance.now();
        keep(fn(i++));
        samples[name]!.push(performance.now() - t);
        n++;
      }
      gc();
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
}

// ---------------------------------------------------------------------------------------------
function benchPair(): void {
  const pair = referencePair();
  const bw = wordCount(pair.base);
  const rw = wordCount(pair.revised);
  out(`## Pair latency: ${pair.name} (${bw} + ${rw} words)`);
  // a distinct count of trailing newlines per call (1 to 16) changes the cache key and nothing else;
  // 16 variants of each side cycle through compare()'s 8-entry cache, so every call analyses afresh
  const sfx = (i: number) => '\n'.repeat(1 + (i % 16));
  const plain = JSON.stringify(compare(pair.base, pair.revised));
  if (JSON.stringify(compare(pair.base + sfx(3), pair.revised + sfx(3))) !== plain) throw new Error('bench: a trailing newline changed the comparison');
  const dmp = new DiffMatchPatch();
  const s = interleaved(
    {
      cold: (i) => compare(pair.base + sfx(i), pair.revised + sfx(i)),
      warm: (i) => compare(pair.base, pair.revised + sfx(i)),
      diffWords: () => diffWords(pair.base, pair.revised),
      dmp: () => {
        const d = dmp.diff_main(pair.base, pair.revised);
        dmp.diff_cleanupSemantic(d);
        return d;
      },
    },
    3,
    { warmup: 5, runs: 10, minMs: 1000 },
  );
  const ratioWords = s.cold!.median / s.diffWords!.median;
  const ratioDmp = s.cold!.median / s.dmp!.median;
  out(`compare, cold (no cache)          ${spread(s.cold!)}`);
  out(`compare, warm (base cached)       ${spread(s.warm!)}`);
  out(`jsdiff diffWords                  ${spread(s.diffWords!)}`);
  out(`diff-match-patch (+semantic)      ${spread(s.dmp!)}`);
  out(`ratio compare/diffWords ${ratioWords.toFixed(2)}  (target <= ${TARGETS.pairRatio})  ${verdict(ratioWords <= TARGETS.pairRatio)}`);
  out(`ratio compare/dmp       ${ratioDmp.toFixed(2)}  (for reference; dmp diffs characters and does not align or check)`);
  results.pair = { name: pair.name, baseWords: bw, revisedWords: rw, ...s, ratioDiffWords: ratioWords, ratioDmp, pass: ratioWords <= TARGETS.pairRatio };
  out();
}

// ---------------------------------------------------------------------------------------------
function benchBatch(): void {
  const b = loadBatch();
  const items = b.items;
  out(`## Batch: ${b.name} (${items.length} items, ${new Set(items.map((x) => x.base)).size} distinct base texts)`);
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-'));
  try {
    let path = b.path;
    if (!path) {
      path = join(dir, 'items.jsonl');
      writeFileSync(path, items.map((x) => JSON.stringify(x)).join('\n') + '\n');
    }
    // the real CLI as a child process, pinned to one core, output to a file
    const outFile = join(dir, 'out.jsonl');
    const walls: number[] = [];
    let count = 0;
    for (let run = 0; run < 3; run++) {
      const [cmd, args] = pinned([cli, 'compare', '--batch', path, '--format', 'jsonl', '--profile', 'faithful', '--fail-on', 'none', '--out', outFile]);
      const t = performance.now();
      const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      const wall = performance.now() - t;
      if (r.status !== 0) throw new Error(`bench: storydiff --batch exited ${r.status}: ${r.stderr}`);
      count = readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
      if (run > 0) walls.push(wall); // the first run warms the file cache
    }
    const wall = summarize(walls);
    const cliRate = count / (wall.median / 1000);
    out(`CLI --batch, whole process${taskset ? ', taskset -c 0' : ''}   ${count} lines in ${spread(wall, 0)}  = ${cliRate.toFixed(0)} items/s  (target >= ${TARGETS.batchPerSecond})  ${verdict(cliRate >= TARGETS.batchPerSecond)}`);

    // in process: compare() and a JSON line per item; and the same items through the stage
    // functions. Interleaved pass by pass after one warm-up pass each; medians over the passes.
    const passes: number[] = [];
    const stagePasses: Record<string, number[]> = Object.fromEntries(STAGES.map((k) => [k, []]));
    for (let round = 0; round < 3; round++) {
      const t = performance.now();
      let bytes = 0;
      for (const it of items) bytes += JSON.stringify(compare(it.base, it.revised, { profile: 'faithful', id: it.id })).length + 1;
      keep(bytes);
      const pass = performance.now() - t;
      gc();
      const times = zeroTimes();
      runStages(items, 'faithful', times);
      gc();
      if (round === 0) continue;
      passes.push(pass);
      for (const k of STAGES) stagePasses[k]!.push(times[k]);
    }
    const inproc = summarize(passes);
    const inRate = items.length / (inproc.median / 1000);
    out(`in process (warm JIT)            ${items.length} items in ${spread(inproc, 0)}  = ${inRate.toFixed(0)} items/s`);
    const stageMedian = Object.fromEntries(STAGES.map((k) => [k, summarize(stagePasses[k]!).median])) as Record<(typeof STAGES)[number], number>;
    const total = STAGES.reduce((a, k) => a + stageMedian[k], 0);
    out(`stages, median ms per pass over ${passes.length} passes (sum ${ms(total, 0)} ms; a compare() pass ${ms(inproc.median, 0)} ms):`);
    for (const k of STAGES) out(`  ${k.padEnd(8)} ${ms(stageMedian[k], 1).padStart(8)} ms  ${((100 * stageMedian[k]) / total).toFixed(1).padStart(5)}%`);
    results.batch = {
      name: b.name, items: items.length, cli: { lines: count, wall, itemsPerSecond: cliRate, pinned: Boolean(taskset) },
      inProcess: { pass: inproc, itemsPerSecond: inRate },
      stagesMsPerPass: stageMedian,
      stageShare: Object.fromEntries(STAGES.map((k) => [k, stageMedian[k] / total])),
      pass: cliRate >= TARGETS.batchPerSecond,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out();
}

// ---------------------------------------------------------------------------------------------
interface GrowthRow {
  target: number;
  baseWords: number;
  revisedWords: number;
  sentences: number;
  findings: number;
  time: Summary;
  maxRss: number;
  rssBefore: number;
  heapAfterGc: number;
  timedOut?: boolean;
}

function benchGrowth(): void {
  out('## Growth: synthetic pairs (sentences of the source articles shuffled and perturbed, seed 7), each size in its own process');
  const rows: GrowthRow[] = [];
  for (const words of sizes) {
    const runs = words >= 100_000 ? 1 : words >= 10_000 ? 3 : 7;
    const timeoutMs = Number(arg('--timeout') ?? 300) * 1000;
    const [cmd, args] = pinned(['--expose-gc', join(ROOT, 'dist', 'bench', 'growth.js'), String(words), String(runs), '7']);
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20 });
    if (r.status !== 0 || !r.stdout) {
      out(`${String(words).padStart(7)} words: ${r.signal === 'SIGTERM' ? `not done in ${timeoutMs / 1000} s` : `failed (${r.signal ?? r.status}) ${r.stderr?.slice(0, 300) ?? ''}`}`);
      // not done: the time is at least the time limit (sizes as asked, the pair was not reported)
      rows.push({ target: words, baseWords: words, revisedWords: words, sentences: NaN, findings: NaN, time: summarize([timeoutMs]), maxRss: NaN, rssBefore: NaN, heapAfterGc: NaN, timedOut: true });
      continue;
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as GrowthRow);
  }
  out('   words (base+revised)  sentences     time (median, p10-p90)    peak RSS  heap after gc  growth vs previous');
  rows.forEach((row, i) => {
    const w = row.baseWords + row.revisedWords;
    let growth = '';
    if (i > 0) {
      const p = rows[i - 1]!;
      const g = row.time.median / p.time.median / (w / (p.baseWords + p.revisedWords));
      growth = `${row.timedOut ? '>= ' : ''}x${g.toFixed(2)} (time ratio / size ratio)`;
      (row as GrowthRow & { growth?: number }).growth = g;
    }
    out(
      `${String(row.baseWords).padStart(7)} + ${String(row.revisedWords).padEnd(7)}     ${String(row.sentences).padStart(6)}   ${(row.timedOut ? '>' : '') + ms(row.time.median, 0).padStart(8)} ms (${ms(row.time.p10, 0)}-${ms(row.time.p90, 0)})   ${mb(row.maxRss).padStart(5)} MB   ${mb(row.heapAfterGc).padStart(6)} MB     ${growth}`,
    );
  });
  const big = rows.find((r) => r.target >= 100_000);
  if (big) {
    out(`100k-word pair: ${big.timedOut ? '> ' : ''}${ms(big.time.median, 0)} ms (target < ${TARGETS.growth100kMs})  ${verdict(big.time.median < TARGETS.growth100kMs)};  peak RSS ${mb(big.maxRss)} MB (target < ${mb(TARGETS.growth100kBytes)})  ${verdict(big.maxRss < TARGETS.growth100kBytes)}`);
  }
  results.growth = { rows, pass: big ? big.time.median < TARGETS.growth100kMs && big.maxRss < TARGETS.growth100kBytes : undefined };
  out();
}

// ---------------------------------------------------------------------------------------------
/** Runs the CLI pinned to one core with the probe preloaded: wall time, CPU time and peak RSS. */
function probed(args: string[], dir: string, timeoutMs: number): { wallMs: number; cpuMs: number; maxRssBytes: number; status: number | null; stderr: string } {
  const probe = join(dir, 'probe.json');
  const [cmd, cmdArgs] = pinned(['--import', join(ROOT, 'dist', 'bench', 'rss-probe.js'), cli, ...args]);
  const t = performance.now();
  const r = spawnSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STORYDIFF_PROBE_OUT: probe }, encoding: 'utf8', timeout: timeoutMs });
  const wallMs = performance.now() - t;
  const p = existsSync(probe) ? (JSON.parse(readFileSync(probe, 'utf8')) as { cpuMs: number; maxRssBytes: number }) : { cpuMs: NaN, maxRssBytes: NaN };
  rmSync(probe, { force: true });
  return { wallMs, ...p, status: r.status, stderr: r.stderr };
}

/** A synthetic pair (seed 11) cut at a paragraph to at most `bytes` a side. */
function largePair(bytes: number): { base: string; revised: string } {
  const p = makePair({ sentences: sourceSentences(), vocabulary: vocabulary(), words: Math.ceil(bytes / 5.5), seed: 11 });
  const cut = (t: string) => {
    const b = Buffer.from(t);
    if (b.length <= bytes) return t;
    const s = b.subarray(0, bytes).toString('utf8');
    return s.slice(0, s.lastIndexOf('\n\n')) + '\n';
  };
  return { base: cut(p.base), revised: cut(p.revised) };
}

function benchLarge(): void {
  const bytes = 1 << 20;
  const pair = largePair(bytes);
  out(`## Large input: storydiff compare BASE REVISED --format json, a synthetic pair of ${Buffer.byteLength(pair.base)} + ${Buffer.byteLength(pair.revised)} bytes (${wordCount(pair.base)} + ${wordCount(pair.revised)} words), whole process${taskset ? ', taskset -c 0' : ''}`);
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-'));
  try {
    writeFileSync(join(dir, 'base.txt'), pair.base);
    writeFileSync(join(dir, 'revised.txt'), pair.revised);
    const timeoutMs = Number(arg('--timeout') ?? 300) * 1000;
    const r = probed(['compare', join(dir, 'base.txt'), join(dir, 'revised.txt'), '--format', 'json', '--fail-on', 'none', '--out', join(dir, 'out.json')], dir, timeoutMs);
    const done = r.status === 0;
    if (!done) out(r.status === null ? `not done in ${timeoutMs / 1000} s` : `failed: exit ${r.status} ${r.stderr.slice(0, 300)}`);
    out(`1 MB pair: ${ms(r.wallMs, 0)} ms wall, ${ms(r.cpuMs, 0)} ms CPU (target < ${TARGETS.largeMs})  ${verdict(done && r.wallMs < TARGETS.largeMs)};  peak RSS ${mb(r.maxRssBytes)} MB`);
    results.large = { bytes: [Buffer.byteLength(pair.base), Buffer.byteLength(pair.revised)], ...r, stderr: undefined, pass: done && r.wallMs < TARGETS.largeMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out();
}

// ---------------------------------------------------------------------------------------------
function wallOf(args: string[], runs: number): Summary {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const r = spawnSync(node, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
    const wall = performance.now() - t;
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench: node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(wall); // the first run warms the file cache
  }
  return summarize(samples);
}

function benchCold(): void {
  const pair = referencePair();
  out(`## Cold start: node bin/storydiff.js compare BASE REVISED --format json (${pair.name})`);
  const runs = 9;
  const whole = wallOf([cli, 'compare', pair.basePath, pair.revisedPath, '--format', 'json'], runs);
  const bare = wallOf(['-e', '0'], runs);
  // what `compare` loads: the script with its code cache (bin/cli-loader.js); else the bundled CLI
  // (dist/cli), or the modules tsc wrote where it is not built
  const loader = join(ROOT, 'bin', 'cli-loader.js');
  const main = [join(ROOT, 'dist', 'cli', 'main.js'), join(ROOT, 'dist', 'src', 'cli', 'main.js')].find(existsSync)!;
  const load = existsSync(join(ROOT, 'dist', 'cli', 'compare.cjs'))
    ? `(await import(${JSON.stringify(pathToFileURL(loader).href)})).compileCli()`
    : `await import(${JSON.stringify(pathToFileURL(main).href)})`;
  const imports = wallOf(['--input-type=module', '-e', load], runs);
  // CPU time (user + system) of the same command: steadier than wall time on a shared machine
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-'));
  let cpu: Summary;
  try {
    cpu = summarize(Array.from({ length: runs }, () => probed(['compare', pair.basePath, pair.revisedPath, '--format', 'json', '--out', join(dir, 'out.json')], dir, 60_000).cpuMs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out(`storydiff compare, whole process  ${spread(whole, 0)}  (target < ${TARGETS.coldStartMs})  ${verdict(whole.median < TARGETS.coldStartMs)}`);
  out(`  of which: node itself           ${spread(bare, 0)}`);
  out(`            + importing the CLI   ${spread(imports, 0)}`);
  out(`  CPU time of the whole process   ${spread(cpu, 0)}`);
  results.cold = { whole, node: bare, importCli: imports, cpu, pass: whole.median < TARGETS.coldStartMs };
  out();
}

out(`storydiff bench  ${results.date as string}  node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
out();
if (only.has('pair')) benchPair();
if (only.has('batch')) benchBatch();
if (only.has('growth')) benchGrowth();
if (only.has('large')) benchLarge();
if (only.has('cold')) benchCold();
if (only.has('grouping')) benchGrouping({ out, results, articles: Number(arg('--grouping-articles') ?? 100000) });
if (only.has('corpus')) await benchCorpus({ out, results, pinned, articles: Number(arg('--articles') ?? 10000) });
if (only.has('scale')) await benchScale({ out, results, articles: Number(arg('--scale-articles') ?? 20000), killEvery: Number(arg('--kill-every') ?? 10), concurrency: Number(arg('--scale-concurrency') ?? 1) });
results.table = lines;
const file = join(ROOT, 'bench', 'results.json');
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
out(`written: bench/results.json`);
