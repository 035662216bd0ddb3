/**
 * The grouping part of the bench: articles of about 600 words placed in stories one at a time, as
 * ingest places them (fingerprint and LSH band keys, candidates from the index, the model's decision,
 * the index and document frequencies updated), in memory on one core (MemoryGrouper, the same
 * candidate and decision code as the store's placement, without SQLite's writes). Prints the time per
 * article for each block of 10,000, so a time that grows with the corpus shows, and the peak RSS.
 *
 * Articles are made deterministically (seed 17) from real article sentences (bench/inputs.ts): each
 * story has its own invented names, numbers and a pool of sentences its articles draw most of their
 * text from; stories of 1 to 12 articles are told over overlapping spans of time. Texts are made as
 * they are placed (their making is not timed), so the memory is that of the grouping.
 */
import { sketch } from '../src/corpus/fingerprint.js';
import { MemoryGrouper } from '../src/corpus/grouping.js';
import { sourceSentences } from './inputs.js';
import { prng, wordCount } from './synth.js';

export const GROUPING_TARGETS = {
  /** for 100,000 articles */
  totalMs: 120_000,
  peakBytes: 1024 * 1024 * 1024,
};

interface Ctx {
  out: (s?: string) => void;
  results: Record<string, unknown>;
  articles: number;
}

const SYL = ['ka', 'lo', 'mer', 'vin', 'sa', 'to', 'ri', 'den', 'bel', 'or', 'qui', 'nas', 'hal', 've', 'ston', 'dra', 'mi', 'lun', 'ter', 'ga'];

interface StoryPlan {
  names: string[];
  pool: string[];
  left: number;
  at: number;
}

/** An endless source of articles grouped in stories (each article: its text, time and true story). */
function articleSource(seed: number): () => { text: string; at: number; story: number } {
  const sentences = sourceSentences();
  const r = prng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const name = () => {
    let s = '';
    for (let i = 0, n = 2 + int(2); i < n; i++) s += SYL[int(SYL.length)]!;
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const active: Array<StoryPlan & { id: number }> = [];
  let nextStory = 1;
  let clock = Date.UTC(2026, 0, 1);
  const localize = (s: string, names: string[]) => s.replace(/(?<=\S )\p{Lu}\p{Ll}+/gu, () => names[int(names.length)]!).replace(/\d+(?:[.,]\d+)*/g, () => String(1 + int(900)));
  return () => {
    clock += 30_000;
    // about 40 stories told at once
    if (active.length < 40 || r() < 0.05) {
      const names = Array.from({ length: 5 }, name);
      const pool = Array.from({ length: 25 }, () => localize(sentences[int(sentences.length)]!, names));
      active.push({ id: nextStory++, names, pool, left: 1 + int(12), at: clock });
    }
    const k = int(active.length);
    const st = active[k]!;
    const paras: string[] = [`${st.names[0]} ${st.names[1]}: ${st.pool[0]!.split(' ').slice(0, 8).join(' ')}`];
    let w = 0;
    while (w < 600) {
      const p: string[] = [];
      for (let i = 0; i < 3 && w < 600; i++) {
        const s = r() < 0.6 ? st.pool[int(st.pool.length)]! : localize(sentences[int(sentences.length)]!, st.names);
        p.push(s);
        w += wordCount(s);
      }
      paras.push(p.join(' '));
    }
    if (--st.left <= 0) active.splice(k, 1);
    return { text: paras.join('\n'), at: clock, story: st.id };
  };
}

export function benchGrouping(ctx: Ctx): void {
  const { out } = ctx;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const n = ctx.articles;
  const next = articleSource(17);
  const g = new MemoryGrouper();
  out(`## Grouping: ${n} articles of ~600 words placed one at a time (fingerprint, LSH candidates, decision), in memory, one core`);
  const blocks: Array<{ upTo: number; msPerArticle: number; cpuMsPerArticle: number }> = [];
  let total = 0;
  let block = 0;
  // CPU time as well as wall time: on a shared machine the wall time also counts the other processes' turns
  let cpu = 0;
  let blockCpu = 0;
  let words = 0;
  for (let i = 1; i <= n; i++) {
    const a = next();
    words += wordCount(a.text);
    const t = performance.now();
    const c = process.cpuUsage();
    g.add(i, sketch(a.text, a.at));
    const dt = performance.now() - t;
    const dc = process.cpuUsage(c);
    cpu += (dc.user + dc.system) / 1000;
    blockCpu += (dc.user + dc.system) / 1000;
    total += dt;
    block += dt;
    if (i % 10_000 === 0 || i === n) {
      const size = i % 10_000 || 10_000;
      blocks.push({ upTo: i, msPerArticle: block / size, cpuMsPerArticle: blockCpu / size });
      out(`  articles ${String(i - size + 1).padStart(6)}-${String(i).padEnd(6)}  ${(block / size).toFixed(2)} ms/article (CPU ${(blockCpu / size).toFixed(2)} ms)`);
      block = 0;
      blockCpu = 0;
    }
  }
  const rss = process.resourceUsage().maxRSS * 1024;
  const scaled = (total / n) * 100_000;
  const stories = g.stories().size;
  const scaledCpu = (cpu / n) * 100_000;
  out(`total          ${(total / 1000).toFixed(1)} s for ${n} articles of ~${Math.round(words / n)} words = ${(total / n).toFixed(2)} ms/article, ${stories} stories; 100,000 at this rate: ${(scaled / 1000).toFixed(0)} s  (target < ${GROUPING_TARGETS.totalMs / 1000} s)  ${verdict(scaled < GROUPING_TARGETS.totalMs)}`);
  out(`CPU time       ${(cpu / 1000).toFixed(1)} s = ${(cpu / n).toFixed(2)} ms/article; 100,000 at this rate: ${(scaledCpu / 1000).toFixed(0)} s of CPU  ${verdict(scaledCpu < GROUPING_TARGETS.totalMs)}`);
  out(`peak RSS       ${(rss / (1024 * 1024)).toFixed(0)} MB (the bench process)  (target < ${GROUPING_TARGETS.peakBytes / (1024 * 1024)} MB)  ${verdict(rss < GROUPING_TARGETS.peakBytes)}`);
  out();
  ctx.results.grouping = { articles: n, totalMs: total, msPerArticle: total / n, cpuMs: cpu, cpuMsPerArticle: cpu / n, blocks, stories, peakRssBytes: rss, projected100kMs: scaled };
}
