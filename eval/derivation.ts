/**
 * The derivation evaluation: sets of tellings with known parents and publication times, made from
 * real articles by chains of transformations (eval/transform.ts), shuffled, plus the reference case
 * ../shared/cases/miami-talks (the revised telling derives from the base). Prints parent accuracy
 * (each telling's source, or none, right) and direction accuracy (of the true edges the forest links,
 * the share linked the right way round), with and without publication times.
 *
 * Real articles: the stories under eval/derivation/stories (written for storydiff), and ECB+: the
 * development file ../shared/data/ecbplus/dev.jsonl when present, else the sample in
 * eval/derivation/ecbplus-sample.jsonl. Each story of at least three documents gives a set: one or
 * two of its documents are the originals (two only when they share under 5% of their passages: they
 * are independent reports, not copies), the others lend paragraphs of context that rewrites and
 * edits add.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveForest, directionEvidence, ROOT_WEIGHT, type DerivedTelling, type TellingInput } from '../src/corpus/derivation.js';
import type { DirectionModel } from '../src/corpus/derivation-model.js';
import { rng, sentences, transform, type Kind, type Rng } from './transform.js';

export interface GoldTelling extends TellingInput {
  /** the id of the telling it was made from, or null for an original */
  parent: number | null;
  kind: Kind | 'original';
}

export interface DerivationSet {
  name: string;
  tellings: GoldTelling[];
}

export interface SourceStory {
  name: string;
  /** independent reports of the event, in order of preference */
  documents: string[];
}

const OUTLETS = ['Daily Courier', 'The Morning Ledger', 'Harbor Times', 'Metro Wire', 'Evening Standard-Post', 'Valley Herald', 'The Lantern', 'Northside News', 'Civic Dispatch', 'Capital Observer', 'Riverside Gazette', 'The Beacon'];
const WIRE_OUTLETS = ['Associated Press', 'Reuters', 'AFP'];

/** Share of a's five-word passages that b carries (the same recipe as derivation's, in short). */
function containment(a: string, b: string): number {
  const grams = (t: string) => {
    const ws = t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const s = new Set<string>();
    for (let i = 0; i + 5 <= ws.length; i++) s.add(ws.slice(i, i + 5).join(' '));
    return s;
  };
  const ga = grams(a);
  const gb = grams(b);
  let n = 0;
  for (const g of ga) if (gb.has(g)) n++;
  return ga.size ? n / ga.size : 0;
}

function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 8 && sentences(l).length >= 1);
}

/** One set from a story: originals, then 3 to 6 derived tellings in chains, shuffled. */
export function makeSet(story: SourceStory, seed: number): DerivationSet {
  const r = rng(seed);
  const docs = story.documents.filter((d) => d.split('\n').filter((l) => l.trim()).length >= 3);
  const roots = [docs[0]!];
  const second = docs.slice(1).find((d) => containment(d, roots[0]!) < 0.05 && containment(roots[0]!, d) < 0.05);
  if (second && r.chance(0.5)) roots.push(second);
  const context = docs.filter((d) => !roots.includes(d)).flatMap(paragraphsOf);
  const t0 = Date.UTC(2026, 10, 20, 6) + r.int(48) * 3_600_000;
  type Node = GoldTelling & { wire: boolean };
  const nodes: Node[] = [];
  const outlets = r.shuffle(OUTLETS.slice());
  let id = 1;
  roots.forEach((text, i) => {
    const wire = i === 0 && r.chance(0.5);
    nodes.push({ id: id++, text, publishedAt: t0 + r.int(120) * 60_000, outlet: wire ? r.pick(WIRE_OUTLETS) : outlets.pop()!, parent: null, kind: 'original', wire });
  });
  const derived = 3 + r.int(4);
  for (let k = 0; k < derived; k++) {
    // sources: mostly originals, sometimes a rewrite (a chain); a summary is rarely rewritten
    const pool = nodes.filter((n) => n.kind !== 'summary');
    const parent = r.chance(0.6) ? r.pick(nodes.filter((n) => n.kind === 'original')) : r.pick(pool);
    const kind = pickKind(r);
    const text = transform(kind, parent.text, r, { sourceOutlet: parent.outlet, sourceIsWire: parent.wire, context });
    nodes.push({
      id: id++,
      text,
      publishedAt: parent.publishedAt! + (15 + r.int(465)) * 60_000,
      outlet: kind === 'edit' ? parent.outlet : outlets.pop() ?? `Outlet ${id}`,
      parent: parent.id,
      kind,
      wire: kind === 'edit' && parent.wire,
    });
  }
  return { name: story.name, tellings: r.shuffle(nodes.map(({ wire: _w, ...t }) => t)) };
}

function pickKind(r: Rng): Kind {
  const x = r.next();
  return x < 0.4 ? 'rewrite' : x < 0.6 ? 'summary' : x < 0.8 ? 'ai' : 'edit';
}

export interface Tally {
  right: number;
  total: number;
}

export interface DerivationScore {
  tellings: number;
  parent: Tally;
  direction: Tally;
  byKind: Record<string, Tally>;
}

const tally = (): Tally => ({ right: 0, total: 0 });

/** Scores predicted parents against the gold of one set. */
export function scoreSet(gold: readonly GoldTelling[], predicted: readonly DerivedTelling[], into: DerivationScore): void {
  const pred = new Map(predicted.map((p) => [p.id, p.source]));
  for (const t of gold) {
    into.tellings++;
    const right = (pred.get(t.id) ?? null) === t.parent;
    into.parent.total++;
    if (right) into.parent.right++;
    const k = (into.byKind[t.kind] ??= tally());
    k.total++;
    if (right) k.right++;
    if (t.parent === null) continue;
    // direction: the true edge linked either way
    if (pred.get(t.id) === t.parent) {
      into.direction.total++;
      into.direction.right++;
    } else if (pred.get(t.parent) === t.id) into.direction.total++;
  }
}

export function emptyScore(): DerivationScore {
  return { tellings: 0, parent: tally(), direction: tally(), byKind: {} };
}

export function runSets(sets: readonly DerivationSet[], useTimes: boolean, direction?: DirectionModel): DerivationScore {
  const s = emptyScore();
  for (const set of sets) scoreSet(set.tellings, deriveForest(set.tellings, { useTimes, ...(direction ? { direction } : {}) }), s);
  return s;
}

// --- sources ------------------------------------------------------------------------------------

interface EcbLine {
  id: string;
  subtopic?: string;
  text: string;
}

/** ECB+ stories of three documents or more, from a JSON lines file (subtopic is the story). */
export function ecbStories(file: string): SourceStory[] {
  const by = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as EcbLine;
    if (!r.subtopic) continue;
    const l = by.get(r.subtopic) ?? [];
    l.push(r.text);
    by.set(r.subtopic, l);
  }
  return [...by]
    .filter(([, d]) => d.length >= 3)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, documents]) => ({ name: `ecb+ ${name}`, documents }));
}

/** The stories written for storydiff: NAME-1.txt, NAME-2.txt, … in a folder. */
export function ownStories(dir: string): SourceStory[] {
  const by = new Map<string, string[]>();
  for (const f of readdirSync(dir).sort()) {
    const m = /^(.+)-\d+\.txt$/.exec(f);
    if (!m) continue;
    const l = by.get(m[1]!) ?? [];
    l.push(readFileSync(join(dir, f), 'utf8'));
    by.set(m[1]!, l);
  }
  // an own story has two documents: each serves once as the first original
  return [...by].flatMap(([name, docs]) => docs.map((_, i) => ({ name: `${name} #${i + 1}`, documents: [...docs.slice(i), ...docs.slice(0, i)] })));
}

const f3 = (t: Tally): string => (t.total ? (t.right / t.total).toFixed(3) : '-');
const frac = (t: Tally): string => `${f3(t)} (${t.right}/${t.total})`;

export interface DerivationReport {
  lines: string[];
  skipped: string[];
  /** the figures, for tests and the README */
  figures: { withTimes: DerivationScore; withoutTimes: DerivationScore; sets: number };
}

/**
 * The generated sets of the evaluation: each story (own stories, then ECB+ development or its sample)
 * with `seeds` seeds. `skipped` says what was missing.
 */
export function evaluationSets(repo: string, shared: string, seeds = 3): { stories: SourceStory[]; sets: DerivationSet[]; skipped: string[] } {
  const skipped: string[] = [];
  const stories: SourceStory[] = ownStories(join(repo, 'eval', 'derivation', 'stories'));
  const dev = join(shared, 'data', 'ecbplus', 'dev.jsonl');
  if (existsSync(dev)) stories.push(...ecbStories(dev));
  else {
    skipped.push(`derivation: ${dev} not found: the sets use the ECB+ sample in eval/derivation (topics 3 and 12) instead of the whole development file`);
    stories.push(...ecbStories(join(repo, 'eval', 'derivation', 'ecbplus-sample.jsonl')));
  }
  const sets: DerivationSet[] = [];
  stories.forEach((s, i) => {
    for (let k = 0; k < seeds; k++) sets.push(makeSet(s, 1000 * (i + 1) + k));
  });
  return { stories, sets, skipped };
}

/**
 * Why the revised telling (id 1) of a reference case found no source: the copying strength of the
 * edge base -> revised, which must pass the root weight, and how much of each text the other carries.
 */
function whyNone(gold: readonly GoldTelling[], useTimes: boolean): string {
  const e = directionEvidence(gold, { useTimes }, 0).find((x) => x.source === 2 && x.telling === 1);
  if (!e) return '';
  const r = (x: number) => x.toFixed(3);
  return `: base -> revised has copying strength ${r(e.strength)}, weight ${r(e.weight)}, against the root weight ${ROOT_WEIGHT}; the base carries ${r(e.contained)} of the revised, the revised ${r(e.covers)} of the base, ${e.passages} shared passages`;
}

/**
 * The derivation part of `npm run eval`: lines to print. `repo` is the repository root, `shared`
 * the ../shared folder (it may be missing).
 */
export function derivationReport(repo: string, shared: string, options: { seeds?: number } = {}): DerivationReport {
  const seeds = options.seeds ?? 3;
  const { stories, sets, skipped } = evaluationSets(repo, shared, seeds);
  const withTimes = runSets(sets, true);
  const withoutTimes = runSets(sets, false);
  const lines = [
    `derivation: ${sets.length} generated sets (${stories.length} stories × ${seeds} seeds), ${withTimes.tellings} tellings`,
    `  ${'with publication times'.padEnd(26)} parent ${frac(withTimes.parent).padEnd(22)} direction ${frac(withTimes.direction)}`,
    `  ${'without'.padEnd(26)} parent ${frac(withoutTimes.parent).padEnd(22)} direction ${frac(withoutTimes.direction)}`,
    `  parent accuracy per kind of telling (with / without times): ` +
      Object.keys(withTimes.byKind)
        .sort()
        .map((k) => `${k} ${f3(withTimes.byKind[k]!)} / ${f3(withoutTimes.byKind[k]!)} (${withTimes.byKind[k]!.total})`)
        .join(', '),
  ];
  const miami = join(shared, 'cases', 'miami-talks');
  if (existsSync(join(miami, 'base.txt'))) {
    const base = readFileSync(join(miami, 'base.txt'), 'utf8');
    const revised = readFileSync(join(miami, 'revised.txt'), 'utf8');
    const gold: GoldTelling[] = [
      { id: 1, text: revised, publishedAt: Date.UTC(2026, 11, 20, 15), outlet: null, parent: 2, kind: 'rewrite' },
      { id: 2, text: base, publishedAt: Date.UTC(2026, 11, 20, 12), outlet: null, parent: null, kind: 'original' },
    ];
    const parts = [true, false].map((useTimes) => {
      const s = emptyScore();
      const d = deriveForest(gold, { useTimes });
      scoreSet(gold, d, s);
      const rev = d.find((x) => x.id === 1)!;
      return `${useTimes ? 'with times' : 'without'}: parent ${s.parent.right}/${s.parent.total}, direction ${s.direction.right}/${s.direction.total}` +
        (rev.evidence ? ` (revised from base: ${rev.evidence.passages} shared passages, contained ${rev.evidence.contained}, covers ${rev.evidence.covers})` : ` (revised: no source found${whyNone(gold, useTimes)})`);
    });
    lines.push(`  miami-talks: ${parts.join('; ')}`);
  } else skipped.push(`derivation: ${miami} not found: miami-talks not scored`);
  return { lines, skipped, figures: { withTimes, withoutTimes, sets: sets.length } };
}
