/**
 * npm run train: fits the confidence model (src/engine/confidence.ts) and writes its weights and
 * thresholds to src/engine/confidence.json. Deterministic: the same code and data give the same bytes.
 *
 * Examples are the material findings storydiff reports (before any calibration), each labelled right
 * or wrong:
 * - synthetic pairs made from news text (train/synth.ts): a finding on the corrupted words of a
 *   corrupted pair is right; any other is wrong;
 * - the case suite (eval/suite): a finding an item expects (or accepts) is right; another is wrong;
 * - when ../shared is there: SummEdits news dev and FRANK validation (a finding on a faithful summary
 *   is wrong; the one finding of an unfaithful summary is right, at half weight), and the labelled
 *   findings of real revisions.
 *
 * The model is logistic regression with an L2 penalty, fitted by full-batch gradient descent from
 * zero. Five folds split by story (a synthetic pair's article group, a suite item, a SummEdits or
 * FRANK article, a revised page) give out-of-fold confidences, on which each profile's threshold is
 * chosen: the one that best separates faithful from unfaithful texts (faithful) and right from wrong
 * findings of real revisions (revision). The shipped weights are then fitted on all examples.
 *
 *   npm run train                      fit, print the cross-validated figures, write the model
 *   npm run train -- --dry-run         fit and print, write nothing
 *   npm run train -- --synth N         number of synthetic pairs (default 3000)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWith } from '../src/engine/compare.js';
import { FEATURES, type Model } from '../src/engine/confidence.js';
import type { Finding, Profile } from '../src/types.js';
import { loadCorpus, prepare, synthesize } from './synth.js';
import { loadSuite, SUITE_DIR } from '../eval/suite.js';
import { goldMatcher } from '../eval/score.js';
import { findingKey, type FindingLabel } from '../eval/datasets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared');
const MODEL_FILE = join(root, 'src', 'engine', 'confidence.json');

type Source = 'synth' | 'suite' | 'summedits' | 'frank' | 'revisions';

/** One labelled finding. */
interface Example {
  x: number[];
  y: 0 | 1;
  weight: number;
  source: Source;
  /** the story it comes from: folds never split one */
  group: string;
}

/** One judged text: its material findings (indices into the examples) and whether it is faithful. */
interface Item {
  source: Source;
  profile: Profile;
  /** the text should get no material finding */
  faithful: boolean;
  examples: number[];
  /** material findings outside the model's reach (none today; kept for safety) */
  fixed: number;
}

/** How much each source counts in the fit, in all (examples of a source share its weight). */
const SOURCE_WEIGHT: Record<Source, number> = { synth: 1, suite: 1, summedits: 0.5, frank: 1, revisions: 1 };
const L2 = 0.01;
/**
 * The penalty of each weight: none on the bias; more on each check's own weight, which rests on few
 * examples for some checks (a check's findings then sit near the common rate, not at an extreme).
 */
const PENALTY = FEATURES.map((f) => (f === 'bias' ? 0 : f.startsWith('check:') ? 5 * L2 : L2));
/** A threshold must gain this much on the objective over none to be kept: smaller gains are noise. */
const MIN_GAIN = 0.005;
const STEPS = 3000;
const RATE = 1;
const FOLDS = 5;

const examples: Example[] = [];
const items: Item[] = [];
/** labelled revision findings: the example and its label */
const revisionLabels: Array<{ example: number; right: boolean }> = [];

/** The comparison, uncalibrated, with the features of each finding; only findings the model may demote. */
function run(base: string, revised: string, profile: Profile): Array<{ f: Finding; x: number[] }> {
  const features = new Map<Finding, number[]>();
  const c = compareWith(base, revised, { profile }, { model: null, features });
  return c.findings.filter((f) => f.severity === 'material').map((f) => ({ f, x: features.get(f)! }));
}

function add(source: Source, group: string, x: number[], y: boolean, weight = 1): number {
  examples.push({ x, y: y ? 1 : 0, weight, source, group });
  return examples.length - 1;
}

const overlaps = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
  !!a && !!b && a.start < b.end && b.start < a.end;

function fromSynth(count: number): void {
  const pairs = synthesize(prepare(loadCorpus()), { seed: 1, count });
  for (const p of pairs) {
    const found = run(p.base, p.revised, 'faithful');
    const ids = found.map(({ f, x }) => {
      const right = !p.consistent && p.edits.some((e) => overlaps(f.revised, e.revised) || (!f.revised && overlaps(f.base, e.base)));
      return add('synth', p.group, x, right);
    });
    items.push({ source: 'synth', profile: 'faithful', faithful: p.consistent, examples: ids, fixed: 0 });
  }
}

function fromSuite(): void {
  for (const item of loadSuite(SUITE_DIR).items) {
    const { matches } = goldMatcher(item.base, item.revised);
    const allowed = [...item.findings, ...item.acceptable];
    const ids = run(item.base, item.revised, item.profile).map(({ f, x }) => add('suite', item.id, x, allowed.some((e) => matches(f, e))));
    items.push({ source: 'suite', profile: item.profile, faithful: item.kind === 'faithful', examples: ids, fixed: 0 });
  }
}

/** SummEdits-style items: findings on faithful texts are wrong; the only finding of an unfaithful one is right. */
function fromPairs(source: 'summedits' | 'frank', file: string, groupOf: (item: { id: string; doc_id?: string }) => string): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { id: string; doc_id?: string; base: string; revised: string; consistent: boolean; origin?: string };
    const found = run(item.base, item.revised, 'faithful');
    const ids: number[] = [];
    if (item.consistent) for (const { x } of found) ids.push(add(source, groupOf(item), x, false));
    else if (found.length === 1) ids.push(add(source, groupOf(item), found[0]!.x, true, 0.5));
    // an unfaithful text with several findings: which are right is unknown; they judge the item, not the fit
    const unknown = item.consistent || found.length === 1 ? [] : found.map(({ x }) => examples.push({ x, y: 1, weight: 0, source, group: groupOf(item) }) - 1);
    items.push({ source, profile: 'faithful', faithful: item.consistent, examples: [...ids, ...unknown], fixed: 0 });
  }
}

function fromRevisions(dir: string): void {
  const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FindingLabel);
  const byKey = new Map<string, FindingLabel[]>();
  for (const l of labels) {
    if (l.label === 'unclear') continue;
    const k = findingKey(l.pair, l.check, l.base_text, l.revised_text);
    byKey.set(k, [...(byKey.get(k) ?? []), l]);
  }
  for (const line of readFileSync(join(dir, 'dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { id: string; base: string; revised: string };
    const group = item.id.slice(0, item.id.indexOf('@'));
    for (const { f, x } of run(item.base, item.revised, 'revision')) {
      const k = findingKey(item.id, f.check, f.base?.text ?? null, f.revised?.text ?? null);
      const l = byKey.get(k)?.shift();
      if (!l) continue;
      const i = add('revisions', group, x, l.label === 'right');
      revisionLabels.push({ example: i, right: l.label === 'right' });
    }
  }
}

// --- logistic regression ------------------------------------------------------------------------

function fit(rows: Example[]): number[] {
  const n = FEATURES.length;
  const w = new Array<number>(n).fill(0);
  // each source weighs what SOURCE_WEIGHT says in all, whatever its size
  const totals = new Map<Source, number>();
  for (const r of rows) totals.set(r.source, (totals.get(r.source) ?? 0) + r.weight);
  const rw = rows.map((r) => (r.weight ? (r.weight * SOURCE_WEIGHT[r.source]) / totals.get(r.source)! : 0));
  const sum = rw.reduce((a, b) => a + b, 0) || 1;
  const grad = new Array<number>(n);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    rows.forEach((r, k) => {
      if (!rw[k]) return;
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i]! * r.x[i]!;
      const g = (1 / (1 + Math.exp(-z)) - r.y) * rw[k]!;
      for (let i = 0; i < n; i++) grad[i] += g * r.x[i]!;
    });
    for (let i = 0; i < n; i++) w[i] -= RATE * (grad[i]! / sum + PENALTY[i]! * w[i]!);
  }
  return w;
}

const predict = (w: number[], x: number[]) => {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
};

/** A stable fold for a group: FNV-1a of its name. */
function foldOf(group: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

/** Area under the ROC curve of scores for labelled examples (ties count half). */
function auc(pairs: Array<{ p: number; y: number }>): number {
  const pos = pairs.filter((q) => q.y === 1).map((q) => q.p);
  const neg = pairs.filter((q) => q.y === 0).map((q) => q.p);
  if (!pos.length || !neg.length) return NaN;
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

// --- thresholds ---------------------------------------------------------------------------------

/** Balanced accuracy of items of a source, flagged when a material finding reaches t. */
function itemAccuracy(p: number[], source: Source, profile: Profile, t: number): number {
  let faithful = 0;
  let clean = 0;
  let changed = 0;
  let caught = 0;
  for (const it of items) {
    if (it.source !== source || it.profile !== profile) continue;
    const flagged = it.fixed > 0 || it.examples.some((i) => p[i]! >= t);
    if (it.faithful) (faithful++, flagged || clean++);
    else (changed++, flagged && caught++);
  }
  return faithful && changed ? (clean / faithful + caught / changed) / 2 : NaN;
}

/** Share of right revision findings kept and of wrong ones removed, averaged. */
function revisionScore(p: number[], t: number): number {
  const right = revisionLabels.filter((l) => l.right);
  const wrong = revisionLabels.filter((l) => !l.right);
  if (!right.length || !wrong.length) return NaN;
  const kept = right.filter((l) => p[l.example]! >= t).length / right.length;
  const removed = wrong.filter((l) => p[l.example]! < t).length / wrong.length;
  return (kept + removed) / 2;
}

function objective(p: number[], profile: Profile, t: number): number {
  const parts =
    profile === 'faithful'
      ? (['suite', 'summedits', 'frank', 'synth'] as Source[]).map((s) => itemAccuracy(p, s, 'faithful', t))
      : [itemAccuracy(p, 'suite', 'revision', t), revisionScore(p, t)];
  const known = parts.filter((v) => !Number.isNaN(v));
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : NaN;
}

function chooseThreshold(p: number[], profile: Profile): number {
  let best = 0;
  let bestScore = objective(p, profile, 0);
  const none = bestScore;
  for (let k = 1; k <= 60; k++) {
    const t = k / 100;
    const s = objective(p, profile, t);
    if (s > bestScore + 1e-9) (bestScore = s), (best = t);
  }
  return bestScore - none >= MIN_GAIN ? best : 0;
}

// --- main ----------------------------------------------------------------------------------------

function main(): number {
  const args = process.argv.slice(2);
  const dry = args.includes('--dry-run');
  const synthCount = Number(args[args.indexOf('--synth') + 1] ?? 3000) || 3000;
  const say = (s: string) => process.stdout.write(s + '\n');
  say(`training the confidence model (${FEATURES.length} features)`);
  fromSynth(args.includes('--synth') ? synthCount : 3000);
  say(`  synthetic pairs: ${examples.filter((e) => e.source === 'synth').length} findings`);
  fromSuite();
  say(`  case suite: ${examples.filter((e) => e.source === 'suite').length} findings`);
  const skipped: string[] = [];
  const se = join(shared, 'data', 'summedits', 'news-dev.jsonl');
  if (existsSync(se)) fromPairs('summedits', se, (i) => i.id.replace(/_\d+$/, ''));
  else skipped.push(se);
  const fr = join(shared, 'data', 'frank', 'val.jsonl');
  if (existsSync(fr)) fromPairs('frank', fr, (i) => i.doc_id ?? i.id);
  else skipped.push(fr);
  const rv = join(shared, 'data', 'revisions');
  if (existsSync(join(rv, 'labels.jsonl'))) fromRevisions(rv);
  else skipped.push(rv);
  for (const s of skipped) say(`  skipped ${s} (not found)`);
  say(`  ${examples.filter((e) => e.weight > 0).length} labelled findings in all`);

  // out-of-fold confidences
  const oof = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const w = fit(examples.filter((e) => foldOf(e.group) !== k));
    examples.forEach((e, i) => {
      if (foldOf(e.group) === k) oof[i] = predict(w, e.x);
    });
  }
  const thresholds: Record<Profile, number> = { revision: chooseThreshold(oof, 'revision'), faithful: chooseThreshold(oof, 'faithful') };
  say('cross-validated, by story (5 folds):');
  for (const s of ['synth', 'suite', 'summedits', 'frank', 'revisions'] as Source[]) {
    const rows = examples.map((e, i) => ({ e, p: oof[i]! })).filter(({ e }) => e.source === s && e.weight > 0);
    if (!rows.length) continue;
    say(`  ${s.padEnd(10)} findings ${String(rows.length).padStart(5)}, right ${String(rows.filter((r) => r.e.y).length).padStart(5)}, AUC ${auc(rows.map((r) => ({ p: r.p, y: r.e.y }))).toFixed(3)}`);
  }
  for (const profile of ['faithful', 'revision'] as Profile[]) {
    const t = thresholds[profile];
    say(`  ${profile}: threshold ${t.toFixed(2)}; objective ${objective(oof, profile, 0).toFixed(3)} with no threshold, ${objective(oof, profile, t).toFixed(3)} with it`);
  }
  const w = fit(examples);
  const model: Model & { trainedOn: Record<string, number> } = {
    features: [...FEATURES],
    weights: w.map((v) => Math.round(v * 10000) / 10000),
    thresholds,
    trainedOn: Object.fromEntries(
      (['synth', 'suite', 'summedits', 'frank', 'revisions'] as Source[]).map((s) => [s, examples.filter((e) => e.source === s && e.weight > 0).length]),
    ),
  };
  const text = JSON.stringify(model, null, 1) + '\n';
  if (dry) say('dry run: nothing written');
  else {
    writeFileSync(MODEL_FILE, text);
    say(`wrote ${MODEL_FILE}`);
  }
  return 0;
}

process.exitCode = main();
