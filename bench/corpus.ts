/**
 * The corpus part of the bench: ingest of 10,000 articles of about 600 words from a JSON lines file
 * into SQLite (the CLI as a whole process, on one core), its peak memory, the database size against
 * the text size, a re-ingest of the same file, and `storydiff log` of an article with 50 versions.
 *
 * Articles are made deterministically (seed 11) from real article sentences (the examples, the shared
 * cases and SummEdits documents when ../shared is there) with their numbers redrawn.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/index.js';
import { formatTimeline } from '../src/corpus/timeline-format.js';
import { ROOT, sourceSentences } from './inputs.js';
import { summarize, type Summary } from './stats.js';
import { prng, wordCount } from './synth.js';

export const CORPUS_TARGETS = {
  ingestPerSecond: 500,
  ingestPeakBytes: 300 * 1024 * 1024,
  dbToText: 3,
  reingestSpeedup: 2,
  logMs: 200,
};

interface Ctx {
  out: (s?: string) => void;
  results: Record<string, unknown>;
  pinned: (args: string[]) => [string, string[]];
  articles: number;
}

function makeArticles(n: number, words: number, seed: number): { lines: string[]; textBytes: number; words: number } {
  const sentences = sourceSentences();
  const r = prng(seed);
  const pick = () => sentences[Math.floor(r() * sentences.length)]!.replace(/\d+(?:[.,]\d+)*/g, () => String(1 + Math.floor(r() * 500)));
  const lines: string[] = [];
  let textBytes = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const paras: string[] = [];
    let w = 0;
    while (w < words) {
      const p: string[] = [];
      for (let k = 0; k < 3 && w < words; k++) {
        const s = pick();
        p.push(s);
        w += wordCount(s);
      }
      paras.push(p.join(' '));
    }
    const title = pick().split(' ').slice(0, 9).join(' ');
    const text = paras.join('\n');
    textBytes += Buffer.byteLength(title) + Buffer.byteLength(text);
    total += w;
    lines.push(JSON.stringify({ url: `https://bench.example/${i % 97}/article-${i}`, title, text, published: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(), outlet: `Outlet ${i % 25}` }));
  }
  return { lines, textBytes, words: Math.round(total / n) };
}

function fileSize(p: string): number {
  return existsSync(p) ? statSync(p).size : 0;
}

/** Runs the CLI with the probe; returns wall ms, CPU ms, peak RSS and the closing line. */
function run(ctx: Ctx, args: string[], probe: string): { wallMs: number; cpuMs: number; maxRssBytes: number; out: string } {
  const [cmd, cmdArgs] = ctx.pinned(['--import', join(ROOT, 'dist', 'bench', 'rss-probe.js'), join(ROOT, 'bin', 'storydiff.js'), ...args]);
  const t = performance.now();
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', env: { ...process.env, STORYDIFF_PROBE_OUT: probe }, maxBuffer: 1 << 24 });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench: storydiff ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const p = JSON.parse(readFileSync(probe, 'utf8')) as { maxRssBytes: number; cpuMs: number };
  return { wallMs, ...p, out: r.stdout.trim() };
}

export async function benchCorpus(ctx: Ctx): Promise<void> {
  const { out } = ctx;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-corpus-'));
  try {
    const made = makeArticles(ctx.articles, 600, 11);
    const jsonl = join(dir, 'articles.jsonl');
    writeFileSync(jsonl, made.lines.join('\n') + '\n');
    out(`## Corpus: ingest ${made.lines.length} articles of ~${made.words} words (${(made.textBytes / 1e6).toFixed(1)} MB of text) from JSON lines into SQLite, the CLI on one core`);
    const probe = join(dir, 'probe.json');
    const firsts: number[] = [];
    const seconds: number[] = [];
    const cpuFirst: number[] = [];
    const cpuSecond: number[] = [];
    let rss = 0;
    let rssAgain = 0;
    let dbBytes = 0;
    for (let round = 0; round < 3; round++) {
      const db = join(dir, `corpus-${round}.db`);
      const a = run(ctx, ['ingest', jsonl, '--db', db], probe);
      if (!/10000 new articles|\d+ new articles, 0 new versions, 0 unchanged, 0 failed/.test(a.out)) throw new Error(`bench: unexpected ingest: ${a.out}`);
      dbBytes = fileSize(db) + fileSize(db + '-wal');
      const b = run(ctx, ['ingest', jsonl, '--db', db], probe);
      if (!/0 new articles, 0 new versions, \d+ unchanged, 0 failed/.test(b.out)) throw new Error(`bench: the re-ingest stored something: ${b.out}`);
      firsts.push(a.wallMs);
      seconds.push(b.wallMs);
      cpuFirst.push(a.cpuMs);
      cpuSecond.push(b.cpuMs);
      rss = Math.max(rss, a.maxRssBytes);
      rssAgain = Math.max(rssAgain, b.maxRssBytes);
      rmSync(db, { force: true });
    }
    const first: Summary = summarize(firsts);
    const again: Summary = summarize(seconds);
    const n = made.lines.length;
    const rate = n / (first.median / 1000);
    const rateAgain = n / (again.median / 1000);
    const ratio = first.median / again.median;
    const cpuRatio = summarize(cpuFirst).median / summarize(cpuSecond).median;
    const dbRatio = dbBytes / made.textBytes;
    const mbs = (b: number) => (b / (1024 * 1024)).toFixed(0);
    out(`first ingest   ${first.median.toFixed(0)} ms wall (p10 ${first.p10.toFixed(0)}, p90 ${first.p90.toFixed(0)}), ${summarize(cpuFirst).median.toFixed(0)} ms CPU = ${rate.toFixed(0)} articles/s  (target >= ${CORPUS_TARGETS.ingestPerSecond})  ${verdict(rate >= CORPUS_TARGETS.ingestPerSecond)}`);
    out(`peak RSS       ${mbs(rss)} MB first, ${mbs(rssAgain)} MB again  (target < ${mbs(CORPUS_TARGETS.ingestPeakBytes)} MB)  ${verdict(Math.max(rss, rssAgain) < CORPUS_TARGETS.ingestPeakBytes)}`);
    out(`database       ${mbs(dbBytes)} MB for ${mbs(made.textBytes)} MB of text = x${dbRatio.toFixed(2)}  (target < x${CORPUS_TARGETS.dbToText})  ${verdict(dbRatio < CORPUS_TARGETS.dbToText)}`);
    out(`re-ingest      ${again.median.toFixed(0)} ms wall (p10 ${again.p10.toFixed(0)}, p90 ${again.p90.toFixed(0)}), ${summarize(cpuSecond).median.toFixed(0)} ms CPU = ${rateAgain.toFixed(0)} articles/s; nothing stored; x${ratio.toFixed(2)} faster (CPU x${cpuRatio.toFixed(2)})  (target >= x${CORPUS_TARGETS.reingestSpeedup})  ${verdict(ratio >= CORPUS_TARGETS.reingestSpeedup)}`);

    // an article with 50 versions, each a small edit of the one before
    const versions: string[] = [];
    const base = made.lines[0]!;
    let text = (JSON.parse(base) as { text: string }).text;
    const r = prng(5);
    for (let v = 0; v < 50; v++) {
      if (v > 0) {
        const words = text.split(' ');
        const i = Math.floor(r() * words.length);
        words[i] = /\d/.test(words[i]!) ? String(Math.floor(r() * 900) + 1) : words[i]!.toUpperCase() === words[i] ? 'nearly' : `${words[i]} reportedly`;
        text = words.join(' ');
      }
      versions.push(JSON.stringify({ url: 'https://bench.example/fifty', title: 'Fifty versions', text }));
    }
    const fifty = join(dir, 'fifty.jsonl');
    writeFileSync(fifty, versions.join('\n') + '\n');
    const db = join(dir, 'fifty.db');
    const ingest = run(ctx, ['ingest', fifty, '--db', db], probe);
    if (!/1 new article, 49 new versions/.test(ingest.out)) throw new Error(`bench: ${ingest.out}`);
    const corpus = await openStore(db, { mustExist: true });
    const samples: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      const tl = await corpus.timeline('https://bench.example/fifty');
      formatTimeline('text', tl!);
      if (i > 0) samples.push(performance.now() - t); // the first look may compute what is missing
    }
    await corpus.close();
    const inProcess = summarize(samples);
    const walls: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const [cmd, args] = ctx.pinned([join(ROOT, 'bin', 'storydiff.js'), 'log', 'https://bench.example/fifty', '--db', db]);
      const res = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      if (res.status !== 0) throw new Error(`bench: log exited ${res.status}: ${res.stderr}`);
      if (i > 0) walls.push(performance.now() - t);
    }
    const whole = summarize(walls);
    const bare = summarize(
      Array.from({ length: 5 }, () => {
        const t = performance.now();
        spawnSync(process.execPath, ['-e', '0']);
        return performance.now() - t;
      }),
    );
    out(`log, 50 versions, in process (openStore + timeline + text)  ${inProcess.median.toFixed(1)} ms (p10 ${inProcess.p10.toFixed(1)}, p90 ${inProcess.p90.toFixed(1)})  (target < ${CORPUS_TARGETS.logMs})  ${verdict(inProcess.median < CORPUS_TARGETS.logMs)}`);
    out(`log, 50 versions, whole process   ${whole.median.toFixed(0)} ms (p10 ${whole.p10.toFixed(0)}, p90 ${whole.p90.toFixed(0)}); node itself ${bare.median.toFixed(0)} ms  ${verdict(whole.median < CORPUS_TARGETS.logMs)}`);
    ctx.results.corpus = {
      articles: n,
      wordsPerArticle: made.words,
      textBytes: made.textBytes,
      ingest: { wall: first, cpuMs: cpuFirst, perSecond: rate, maxRssBytes: rss },
      reingest: { wall: again, cpuMs: cpuSecond, perSecond: rateAgain, maxRssBytes: rssAgain, speedup: ratio, cpuSpeedup: cpuRatio },
      dbBytes,
      dbToText: dbRatio,
      log50: { inProcess, wholeProcess: whole, node: bare },
      pass:
        rate >= CORPUS_TARGETS.ingestPerSecond && Math.max(rss, rssAgain) < CORPUS_TARGETS.ingestPeakBytes && dbRatio < CORPUS_TARGETS.dbToText &&
        ratio >= CORPUS_TARGETS.reingestSpeedup && inProcess.median < CORPUS_TARGETS.logMs,
    };
    out();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
