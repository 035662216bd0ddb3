/** compare(): the library's entry point. Synchronous; returns plain data (JSON schema version 1). */
import type { CompareOptions, Comparison, Doc, Link, Profile, SideSummary } from '../types.js';
import { analyze } from '../text/doc.js';
import { casingOf, isCaseless, type Casing } from '../text/provenance.js';
import { Facts } from '../extract/facts.js';
import { align } from '../align/align.js';
import { wordDiff } from '../align/words.js';
import { CHECKS } from '../checks/index.js';
import { runChecks, type RunOptions } from './run.js';

export const SCHEMA = 'storydiff/comparison@1' as const;
export const PROFILES: readonly Profile[] = ['revision', 'faithful'];

/**
 * Analysed texts, kept for a few calls: in a batch, a repeated base text is analysed once. A text
 * written without capitals is analysed with the other telling's capitals (src/text/provenance.ts),
 * so it is kept under both texts.
 */
const cache = new Map<string, { doc: Doc; facts: Facts }>();
const CACHE_SIZE = 8;
const casings = new Map<string, Casing>();

function prepared(text: string, other: string): { doc: Doc; facts: Facts } {
  let key = text;
  let hit = cache.get(key);
  const caseless = !hit && isCaseless(text);
  if (caseless) {
    key = text + '\u0000' + other;
    hit = cache.get(key);
  }
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  let casing: Casing | undefined;
  if (caseless) {
    casing = casings.get(other) ?? casingOf(other);
    casings.set(other, casing);
    if (casings.size > CACHE_SIZE) casings.delete(casings.keys().next().value!);
  }
  const doc = analyze(text, casing ? { casing } : {});
  const entry = { doc, facts: new Facts(doc) };
  cache.set(key, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return entry;
}

function side(doc: Doc): SideSummary {
  return {
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, kind: s.kind })),
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end, kind: p.kind })),
  };
}

export function compare(base: string, revised: string, options: CompareOptions = {}): Comparison {
  return compareWith(base, revised, options, {});
}

/**
 * compare(), with the engine's own options: another confidence model (or none), and the features of
 * each finding. For training the model (train/train.ts); not part of the public API.
 */
export function compareWith(base: string, revised: string, options: CompareOptions, run: RunOptions): Comparison {
  if (typeof base !== 'string' || typeof revised !== 'string') throw new TypeError('compare(base, revised): both texts must be strings');
  const profile = options.profile ?? 'revision';
  if (!PROFILES.includes(profile)) throw new RangeError(`unknown profile "${String(profile)}" (use revision or faithful)`);
  const b = prepared(base, revised);
  const r = prepared(revised, base);
  const alignment = align(b.doc, r.doc, { baseQuantities: b.facts.quantities, revisedQuantities: r.facts.quantities });
  const links: Link[] = alignment.links.map((l) => ({ ...l, diff: wordDiff(b.doc, r.doc, l) }));
  if (options.checks) {
    const unknown = options.checks.filter((id) => !CHECKS.some((c) => c.meta.id === id));
    if (unknown.length) throw new RangeError(`unknown check ${unknown.map((u) => `"${u}"`).join(', ')} (see CHECKS for the ids)`);
  }
  const checks = options.checks ? CHECKS.filter((c) => options.checks!.includes(c.meta.id)) : CHECKS;
  const findings = runChecks(checks, { base: b.doc, revised: r.doc, alignment, facts: { base: b.facts, revised: r.facts } }, profile, run);
  const summary = { material: 0, notable: 0, minor: 0 };
  for (const f of findings) summary[f.severity]++;
  return {
    schema: SCHEMA,
    ...(options.id !== undefined ? { id: options.id } : {}),
    profile,
    base: side(b.doc),
    revised: side(r.doc),
    links,
    findings,
    summary,
  };
}
