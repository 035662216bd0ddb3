/**
 * Time per stage, measured by calling the stage functions in sequence as src/engine/compare.ts does
 * (the library is not instrumented): text (analyze), extract (Facts: quantities, clauses), align
 * (align and the word diff of each link), checks (runChecks with CHECKS), output (the comparison
 * object and its JSON line). Analysed texts are memoized like compare()'s cache (8 texts, LRU), so a
 * repeated base text costs its text and extract stages once, as in a real batch.
 */
import type { Comparison, Doc, Link, Profile } from '../src/types.js';
import { analyze } from '../src/text/doc.js';
import { Facts } from '../src/extract/facts.js';
import { align } from '../src/align/align.js';
import { wordDiff } from '../src/align/words.js';
import { CHECKS } from '../src/checks/index.js';
import { runChecks } from '../src/engine/run.js';
import { jsonl } from '../src/report/json.js';
import { SCHEMA } from '../src/engine/compare.js';
import type { Item } from './inputs.js';

export const STAGES = ['text', 'extract', 'align', 'checks', 'output'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

const CACHE_SIZE = 8;

const side = (doc: Doc) => ({
  sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, kind: s.kind })),
  paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end, kind: p.kind })),
});

/** Runs the items once through the stages; adds each stage's milliseconds to `into`. Returns output bytes. */
export function runStages(items: Item[], profile: Profile, into: StageTimes): number {
  const cache = new Map<string, { doc: Doc; facts: Facts }>();
  const prepared = (text: string) => {
    const hit = cache.get(text);
    if (hit) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    let t = performance.now();
    const doc = analyze(text);
    into.text += performance.now() - t;
    t = performance.now();
    const facts = new Facts(doc);
    void facts.quantities;
    void facts.clauses;
    into.extract += performance.now() - t;
    const entry = { doc, facts };
    cache.set(text, entry);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return entry;
  };
  let bytes = 0;
  for (const item of items) {
    const b = prepared(item.base);
    const r = prepared(item.revised);
    let t = performance.now();
    const alignment = align(b.doc, r.doc, { baseQuantities: b.facts.quantities, revisedQuantities: r.facts.quantities });
    const links: Link[] = alignment.links.map((l) => ({ ...l, diff: wordDiff(b.doc, r.doc, l) }));
    into.align += performance.now() - t;
    t = performance.now();
    const findings = runChecks(CHECKS, { base: b.doc, revised: r.doc, alignment, facts: { base: b.facts, revised: r.facts } }, profile);
    into.checks += performance.now() - t;
    t = performance.now();
    const summary = { material: 0, notable: 0, minor: 0 };
    for (const f of findings) summary[f.severity]++;
    const c: Comparison = { schema: SCHEMA, id: item.id, profile, base: side(b.doc), revised: side(r.doc), links, findings, summary };
    bytes += jsonl([c]).length;
    into.output += performance.now() - t;
  }
  return bytes;
}

export const zeroTimes = (): StageTimes => ({ text: 0, extract: 0, align: 0, checks: 0, output: 0 });
