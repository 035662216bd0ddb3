/**
 * Fits the direction model of derivation (src/corpus/derivation-model.ts) and rewrites that file:
 *
 *   npm run build && node dist/eval/train-derivation.js
 *
 * 1. The generated derivation sets of the evaluation (eval/derivation.ts), without publication
 *    times: for each true edge (a telling and the telling it was made from), the direction evidence
 *    of the copying from the source to the telling (derivation.ts DirectionFeatures). Every term is
 *    antisymmetric (the evidence of the reverse direction is its negation), so one row per edge
 *    with label "the right way" is the whole of the data.
 * 2. Logistic regression without intercept (Newton's method, L2 penalty L2) on the text evidence:
 *    asymmetry, the outgroup rule, wording, credits, update notes. The growth of one outlet's
 *    versions enters as an offset with its measured weight (VERSION_GROWTH), and the weight of the
 *    publication order is kept as written (the sets' times are generated, so their order says
 *    nothing a real corpus would).
 * 3. The exponent of the direction in an edge's weight (EXPONENTS): the one whose forests, without
 *    times, have the best parent accuracy.
 * 4. Cross-validation by topic: the weights fitted and the exponent chosen on four fifths of the
 *    source stories (an ECB+ topic's two events in one fold) and the forest derived, without times,
 *    on the sets of the fifth; parent and direction accuracy summed over the five folds, beside
 *    those of the model fitted on everything and scored on everything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directionEvidence, VERSION_GROWTH, type DirectionFeatures } from '../src/corpus/derivation.js';
import { DIRECTION_MODEL, type DirectionModel } from '../src/corpus/derivation-model.js';
import { emptyScore, evaluationSets, runSets, type DerivationScore, type DerivationSet } from './derivation.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared');

/** The fitted terms, in order. */
export const FITTED = ['asymmetry', 'outgroup', 'wording', 'credit', 'update'] as const;
/** L2 penalty of the fit (on the sum of the log-likelihood, a weak prior on weights of a few units). */
const L2 = 1;

export interface Row {
  x: number[];
  offset: number;
}

/** One row per true edge of the sets: the evidence of its right direction, without times. */
export function rowsOf(sets: readonly DerivationSet[]): Row[] {
  const rows: Row[] = [];
  for (const set of sets) {
    const edges = directionEvidence(set.tellings, { useTimes: false });
    const at = new Map(edges.map((e) => [`${e.source}>${e.telling}`, e.features]));
    for (const t of set.tellings) {
      if (t.parent === null) continue;
      const f = at.get(`${t.parent}>${t.id}`);
      const b = at.get(`${t.id}>${t.parent}`);
      // the reverse edge's evidence, negated, when the right one is under the root weight
      const feat: DirectionFeatures | null = f ?? (b ? negate(b) : null);
      if (!feat) continue;
      rows.push({ x: FITTED.map((k) => feat[k]), offset: VERSION_GROWTH * feat.growth });
    }
  }
  return rows;
}

function negate(f: DirectionFeatures): DirectionFeatures {
  return { asymmetry: -f.asymmetry, outgroup: -f.outgroup, wording: -f.wording, credit: -f.credit, update: -f.update, order: -f.order, growth: -f.growth };
}

/** Logistic regression of "the right way" (every row's label) without intercept, by Newton's method. */
export function fit(rows: readonly Row[], l2 = L2): number[] {
  const d = FITTED.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = w.map((x) => -l2 * x);
    const h = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b ? l2 : 0)));
    for (const r of rows) {
      const z = r.offset + r.x.reduce((s, v, k) => s + v * w[k]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let a = 0; a < d; a++) {
        g[a]! += (1 - p) * r.x[a]!;
        for (let b = 0; b < d; b++) h[a]![b]! += p * (1 - p) * r.x[a]! * r.x[b]!;
      }
    }
    const step = solve(h, g);
    w = w.map((x, k) => x + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

/** Solves a x = b (Gaussian elimination with partial pivoting; a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let i = 0; i < n; i++) {
    let p = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(m[r]![i]!) > Math.abs(m[p]![i]!)) p = r;
    [m[i], m[p]] = [m[p]!, m[i]!];
    for (let r = 0; r < n; r++) {
      if (r === i) continue;
      const f = m[r]![i]! / m[i]![i]!;
      for (let c = i; c <= n; c++) m[r]![c]! -= f * m[i]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function modelOf(w: readonly number[]): DirectionModel {
  const m: DirectionModel = { ...DIRECTION_MODEL };
  FITTED.forEach((k, i) => (m[k] = r2(w[i]!)));
  return m;
}

/** The fold of a set: its source story (an own story's two tellings, an ECB+ topic's two events, together). */
export function groupOf(set: DerivationSet): string {
  const ecb = /^ecb\+ (\d+)_/.exec(set.name);
  return ecb ? `ecb+ ${ecb[1]}` : set.name.replace(/ #\d+$/, '');
}

function add(into: DerivationScore, s: DerivationScore): void {
  into.tellings += s.tellings;
  into.parent.right += s.parent.right;
  into.parent.total += s.parent.total;
  into.direction.right += s.direction.right;
  into.direction.total += s.direction.total;
  for (const [k, t] of Object.entries(s.byKind)) {
    const x = (into.byKind[k] ??= { right: 0, total: 0 });
    x.right += t.right;
    x.total += t.total;
  }
}

const f3 = (right: number, total: number) => (total ? right / total : 0).toFixed(3);
const line = (s: DerivationScore) =>
  `parent ${f3(s.parent.right, s.parent.total)} (${s.parent.right}/${s.parent.total}), direction ${f3(s.direction.right, s.direction.total)} (${s.direction.right}/${s.direction.total}); ` +
  Object.keys(s.byKind)
    .sort()
    .map((k) => `${k} ${f3(s.byKind[k]!.right, s.byKind[k]!.total)}`)
    .join(', ');

/** Exponents of the direction in an edge's weight tried (derivation-model.ts exponent). */
const EXPONENTS = [0.25, 0.5, 0.75, 1];

/** The exponent whose forests of `sets` (without times) have the best parent accuracy; a tie goes to the larger. */
function chooseExponent(sets: readonly DerivationSet[], model: DirectionModel, log = false): number {
  let best = { exponent: 1, right: -1 };
  for (const exponent of EXPONENTS) {
    const s = runSets(sets, false, { ...model, exponent });
    if (log) console.log(`  exponent ${exponent}: ${line(s)}`);
    if (s.parent.right >= best.right) best = { exponent, right: s.parent.right };
  }
  return best.exponent;
}

function main(): void {
  const { sets, skipped } = evaluationSets(root, shared);
  for (const s of skipped) console.log(s);
  const fitted = modelOf(fit(rowsOf(sets)));
  console.log(`fitted on every set (${sets.length}): ${FITTED.map((k) => `${k} ${fitted[k]}`).join(', ')}`);
  const model: DirectionModel = { ...fitted, exponent: chooseExponent(sets, fitted, true) };
  console.log(`chosen exponent ${model.exponent}`);
  const groups = [...new Set(sets.map(groupOf))].sort();
  const held = emptyScore();
  for (let f = 0; f < 5; f++) {
    const out = new Set(groups.filter((_, i) => i % 5 === f));
    const train = sets.filter((s) => !out.has(groupOf(s)));
    const test = sets.filter((s) => out.has(groupOf(s)));
    const m0 = modelOf(fit(rowsOf(train)));
    const m: DirectionModel = { ...m0, exponent: chooseExponent(train, m0) };
    const s = runSets(test, false, m);
    add(held, s);
    console.log(`fold ${f + 1} (${[...out].join(', ')}): ${FITTED.map((k) => `${k} ${m[k]}`).join(', ')}, exponent ${m.exponent}; held out ${line(s)}`);
  }
  console.log(`without times, fitted and scored on every set: ${line(runSets(sets, false, model))}`);
  console.log(`without times, held out by topic (five folds):  ${line(held)}`);
  console.log(`with times, fitted on every set:                ${line(runSets(sets, true, model))}`);
  const out = join(root, 'src', 'corpus', 'derivation-model.ts');
  const src = readFileSync(out, 'utf8');
  const start = src.indexOf('export const DIRECTION_MODEL');
  writeFileSync(out, src.slice(0, start) + `export const DIRECTION_MODEL: DirectionModel = { ${Object.entries(model).map(([k, v]) => `${k}: ${v}`).join(', ')} };\n`);
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
