/**
 * The grouping evaluation: ECB+ development documents (../shared/data/ecbplus/dev.jsonl, topics
 * 1-20; each topic holds two events of the same kind) grouped incrementally from their texts alone,
 * in file order (sorted by an opaque id), and scored with B-cubed precision, recall and F1 against the
 * gold stories (subtopics), with the number of stories found. Only `id` and `text` are given to the
 * grouping; the labels are read for scoring.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sketch, type Sketched } from '../src/corpus/fingerprint.js';
import { MemoryGrouper } from '../src/corpus/grouping.js';
import { GROUPING_MODEL, type GroupingModel } from '../src/corpus/grouping-model.js';

export interface LabelledDoc {
  id: string;
  text: string;
  /** the gold story */
  story: string;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  /** stories predicted */
  clusters: number;
  /** gold stories */
  gold: number;
}

/** B-cubed over documents: predicted and gold labels per document, in the same order. */
export function bcubed(predicted: ReadonlyArray<string | number>, gold: ReadonlyArray<string | number>): BCubed {
  if (predicted.length !== gold.length) throw new Error('bcubed: label lists differ in length');
  const n = predicted.length;
  const count = <T>(xs: readonly T[]) => {
    const m = new Map<T, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const pc = count(predicted);
  const gc = count(gold);
  const both = count(predicted.map((p, i) => `${p}\u0000${gold[i]}`));
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const inter = both.get(`${predicted[i]}\u0000${gold[i]}`)!;
    p += inter / pc.get(predicted[i]!)!;
    r += inter / gc.get(gold[i]!)!;
  }
  p = n ? p / n : 0;
  r = n ? r / n : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, clusters: pc.size, gold: gc.size };
}

/** Reads ECB+-style JSON lines: `id`, `text`, and the gold story from `subtopic`. */
export function readLabelled(file: string): LabelledDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { id: string; text: string; subtopic: string };
      return { id: r.id, text: r.text, story: r.subtopic };
    });
}

/** Groups the documents incrementally, in the order given, from their texts alone; returns a story label per document. */
export function groupDocs(docs: readonly LabelledDoc[], model: GroupingModel = GROUPING_MODEL): number[] {
  return groupSketched(docs.map((d) => sketch(d.text)), model);
}

/** The same over documents sketched already (the training script groups one file many times). */
export function groupSketched(sketches: readonly Sketched[], model: GroupingModel = GROUPING_MODEL): number[] {
  const g = new MemoryGrouper(model);
  sketches.forEach((s, i) => g.add(i + 1, s));
  return sketches.map((_, i) => g.story(i + 1)!);
}

export function scoreGrouping(docs: readonly LabelledDoc[], model: GroupingModel = GROUPING_MODEL): BCubed {
  return bcubed(groupDocs(docs, model), docs.map((d) => d.story));
}

export interface GroupingReport {
  lines: string[];
  skipped: string[];
  score: BCubed | null;
}

/** The grouping part of `npm run eval`. */
export function groupingReport(shared: string): GroupingReport {
  const dev = join(shared, 'data', 'ecbplus', 'dev.jsonl');
  if (!existsSync(dev)) return { lines: [], skipped: [`grouping: ${dev} not found: ECB+ grouping not scored`], score: null };
  const docs = readLabelled(dev);
  const start = performance.now();
  const s = scoreGrouping(docs);
  const ms = performance.now() - start;
  return {
    lines: [
      `grouping: ECB+ development, ${docs.length} documents in ${s.gold} stories, grouped incrementally from their texts`,
      `  B-cubed precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, F1 ${s.f1.toFixed(3)}; ${s.clusters} stories (gold ${s.gold}); ${(ms / docs.length).toFixed(1)} ms per document`,
    ],
    skipped: [],
    score: s,
  };
}
