/**
 * npm run eval: one table of accuracy over every data set found, then the share of each check's
 * material findings that were right, per data set.
 *
 *   npm run eval                          everything found (the repo's own sets, then ../shared)
 *   npm run eval -- --only frank,summedits
 *   npm run eval -- -v                    also list wrong verdicts and new findings
 *   npm run eval -- --baseline FILE       revisions: count material findings not in a saved run
 *   npm run eval -- PATH …                case folders (gold.json) or SummEdits-style .jsonl files
 *
 * Exits 0; 2 when a path given on the command line cannot be read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/engine/compare.js';
import type { Comparison, Profile } from '../src/types.js';
import { scoreCase, type CaseScore, type Gold } from './score.js';
import { loadSuite, scoreSuiteItem, SUITE_DIR } from './suite.js';
import { corpusSections } from './corpus-sections.js';
import {
  addPair, balancedAccuracy, baselineKeys, emptyPairScore, parsePair, scoreRevisions, tally,
  type CheckTally, type FindingLabel, type LabelledPair, type PairScore, type RevisionScore,
} from './datasets.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(root, '..', 'shared');

interface Options {
  verbose: boolean;
  only?: Set<string>;
  baseline?: string;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { verbose: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-v' || a === '--verbose') o.verbose = true;
    else if (a === '--only') o.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (a === '--baseline') o.baseline = argv[++i];
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else o.paths.push(a);
  }
  const sets = ['suite', 'cases', 'summedits', 'frank', 'revisions', 'grouping', 'derivation'];
  if (o.only?.size === 0) return `--only needs a list: ${sets.join(', ')}`;
  for (const k of o.only ?? []) if (!sets.includes(k)) return `--only: unknown data set "${k}" (${sets.join(', ')})`;
  if (o.baseline !== undefined && !existsSync(o.baseline)) return `--baseline ${o.baseline}: no such file`;
  return o;
}

/** One row of the table. */
interface Row {
  name: string;
  items: number | string;
  balanced: number;
  keptClean: string;
  caught: string;
  notes: string[];
  checks: CheckTally;
  /** lines listed under the table with -v */
  details: string[];
}

const pct = (a: number, b: number): string => (b ? ((a / b) * 100).toFixed(1) : '-');
const frac = (a: number, b: number): string => (b ? `${a}/${b} (${pct(a, b)}%)` : '-');

function pairRow(s: PairScore): Row {
  const types = Object.entries(s.byEditType).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    name: s.name,
    items: s.items,
    balanced: balancedAccuracy(s),
    keptClean: frac(s.keptClean, s.consistent),
    caught: frac(s.caught, s.inconsistent),
    notes: types.length ? ['caught per edit type: ' + types.map(([t, v]) => `${t} ${v.caught}/${v.total}`).join(', ')] : [],
    checks: s.checks,
    details: s.wrong,
  };
}

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n');
}

/** SummEdits-style items of a file, optionally split by a field (FRANK's origin). */
function scorePairs(file: string, name: string, splitBy?: 'origin'): PairScore[] {
  const scores = new Map<string, PairScore>();
  const errors: string[] = [];
  readLines(file).forEach((line, i) => {
    if (!line.trim()) return;
    const item = parsePair(line, i + 1);
    if (typeof item === 'string') return void errors.push(item);
    const key = splitBy ? `${name} ${(item as LabelledPair)[splitBy] ?? '?'}` : name;
    if (!scores.has(key)) scores.set(key, emptyPairScore(key));
    addPair(scores.get(key)!, item, compare(item.base, item.revised, { profile: 'faithful' }));
  });
  const out = [...scores.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  if (errors.length) out[0]?.wrong.unshift(...errors.slice(0, 10).map((e) => `skipped ${e}`));
  return out;
}

function caseRow(dir: string): Row {
  const base = readFileSync(join(dir, 'base.txt'), 'utf8');
  const revised = readFileSync(join(dir, 'revised.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold & { profile?: Profile };
  const result = compare(base, revised, { profile: gold.profile ?? 'revision' });
  const s: CaseScore = scoreCase(gold.case ?? basename(dir), base, revised, gold, result);
  const checks: CheckTally = {};
  const falseSet = new Set(s.falseFindings);
  tally(checks, result.findings.filter((f) => f.severity === 'material'), (f) => !falseSet.has(f));
  const details = [
    ...s.missed.map((m) => `missed    ${m.id ?? ''} ${m.check}: ${m.revised ?? m.base}`),
    ...s.severityWrong.map((w) => `severity  ${w.entry.id ?? ''} ${w.entry.check}: expected ${w.entry.severity}, got ${w.got}`),
    ...s.violations.map((v) => `VIOLATION ${v.finding.check}: ${v.entry.revised ?? v.entry.base} (${v.entry.why ?? ''})`),
    ...s.falseFindings.map((f) => `false     ${f.check} (${f.severity}): ${(f.revised ?? f.base)?.text.slice(0, 100)}`),
    ...s.supportMissed.map((m) => `support   ${m}`),
    ...s.droppedMissed.map((m) => `dropped   ${m}`),
    ...s.unresolved.map((u) => `gold snippet not found: ${u}`),
  ];
  return {
    name: s.name,
    items: 1,
    balanced: NaN,
    keptClean: '-',
    caught: '-',
    notes: [
      `recall ${s.matched}/${s.findings}, false ${s.falseFindings.length}, must-not ${s.violations.length}, ` +
        `support ${s.supportOk}/${s.support}, dropped ${s.droppedOk}/${s.dropped}, severity wrong ${s.severityWrong.length}`,
    ],
    checks,
    details,
  };
}

function revisionsRow(dir: string, baselineFile: string | undefined): Row {
  const runs: Array<{ id: string; result: Comparison }> = [];
  for (const line of readLines(join(dir, 'dev.jsonl'))) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { id: string; base: string; revised: string };
    runs.push({ id: item.id, result: compare(item.base, item.revised, { profile: 'revision', id: item.id }) });
  }
  const labels = readLines(join(dir, 'labels.jsonl')).filter((l) => l.trim()).map((l) => JSON.parse(l) as FindingLabel);
  const baseline = baselineFile ? baselineKeys(readFileSync(baselineFile, 'utf8')) : undefined;
  const s: RevisionScore = scoreRevisions(runs, labels, baseline);
  const perCheck = Object.entries(s.perCheck)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, v]) => `${c} ${v.rightKept}/${v.right} kept, ${v.wrongRemoved}/${v.wrong} gone`);
  return {
    name: 'revisions (labelled findings)',
    items: s.pairs,
    balanced: NaN,
    keptClean: '-',
    caught: '-',
    notes: [
      `right kept ${frac(s.rightKept, s.right)} (the change still found, under its better check or in a longer span: ${frac(s.rightFound, s.right)}), ` +
        `wrong removed ${frac(s.wrongRemoved, s.wrongLabels)}; ` +
        `${s.material} material findings in ${s.flaggedPairs} pairs` +
        (s.baselineGiven ? `; ${s.fresh.length} not in the baseline run (read them: -v)` : ' (give --baseline FILE to count new ones)'),
      'per check: ' + perCheck.join('; '),
    ],
    checks: s.checks,
    details: [...s.lostRight.map((f) => `lost right  ${f}`), ...s.stillWrong.map((f) => `still wrong ${f}`), ...s.fresh.map((f) => `new  ${f}`)],
  };
}

function findInputs(p: string, out: { cases: string[]; jsonl: string[] }): void {
  const st = statSync(p);
  if (st.isFile()) {
    if (p.endsWith('.jsonl')) out.jsonl.push(p);
    else if (basename(p) === 'gold.json') out.cases.push(dirname(p));
    else throw new Error(`${p}: expected a case folder or a .jsonl file`);
    return;
  }
  if (existsSync(join(p, 'gold.json'))) return void out.cases.push(p);
  for (const e of readdirSync(p).sort()) {
    const q = join(p, e);
    if (statSync(q).isDirectory() || e.endsWith('.jsonl')) findInputs(q, out);
  }
}

/** The repo's own case suite: an item is right when its expectations hold (eval/suite/README.md). */
function suiteRow(dir: string): Row {
  const { items, problems } = loadSuite(dir);
  const checks: CheckTally = {};
  const details: string[] = problems.map((p) => `invalid ${p}`);
  let right = 0;
  let faithful = 0;
  let faithfulOk = 0;
  let changes = 0;
  let changesOk = 0;
  const perCheck: Record<string, { fire: number; fireOk: number }> = {};
  for (const item of items) {
    const result = compare(item.base, item.revised, { profile: item.profile });
    const s = scoreSuiteItem(item, result);
    const falseSet = new Set(s.falseMaterial);
    tally(checks, result.findings.filter((f) => f.severity === 'material'), (f) => !falseSet.has(f));
    if (s.right) right++;
    if (item.kind === 'faithful') {
      faithful++;
      if (s.right) faithfulOk++;
    } else {
      changes++;
      if (!s.missed.length && !s.severityWrong.length) changesOk++;
    }
    for (const c of new Set(item.findings.map((e) => e.check))) {
      const t = (perCheck[c] ??= { fire: 0, fireOk: 0 });
      t.fire++;
      if (!s.missed.some((e) => e.check === c) && !s.severityWrong.some((w) => w.entry.check === c)) t.fireOk++;
    }
    if (!s.right) {
      const what = [
        ...s.missed.map((e) => `missed ${e.check}`),
        ...s.severityWrong.map((w) => `${w.entry.check} ${w.got}`),
        ...s.violations.map((v) => `must-not ${v.finding.check}`),
        ...s.falseMaterial.map((f) => `false ${f.check}: ${f.message.slice(0, 80)}`),
      ];
      details.push(`${item.id}: ${what.join(' | ')}`);
    }
  }
  const fires = Object.entries(perCheck).sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, v]) => `${c} ${v.fireOk}/${v.fire}`);
  return {
    name: 'case suite',
    items: items.length,
    balanced: faithful && changes ? ((faithfulOk / faithful + changesOk / changes) / 2) * 100 : NaN,
    keptClean: frac(faithfulOk, faithful),
    caught: frac(changesOk, changes),
    notes: [`items right ${frac(right, items.length)}${problems.length ? `; ${problems.length} invalid` : ''}`, 'changes caught per check: ' + fires.join(', ')],
    checks,
    details,
  };
}

/** The default data sets: each with its name for --only, where it lives, and how it is scored. */
function defaultRows(o: Options, skipped: string[]): Row[] {
  const want = (k: string) => !o.only || o.only.has(k);
  const rows: Row[] = [];
  const need = (k: string, path: string): boolean => {
    if (!want(k)) return false;
    if (existsSync(path)) return true;
    skipped.push(`${k}: ${path} not found`);
    return false;
  };
  if (need('suite', SUITE_DIR)) rows.push(suiteRow(SUITE_DIR));
  if (need('cases', join(shared, 'cases'))) {
    const found = { cases: [] as string[], jsonl: [] as string[] };
    findInputs(join(shared, 'cases'), found);
    for (const dir of found.cases) rows.push(caseRow(dir));
  }
  const summedits = join(shared, 'data', 'summedits', 'news-dev.jsonl');
  if (need('summedits', summedits)) rows.push(...scorePairs(summedits, 'SummEdits news dev').map(pairRow));
  const frank = join(shared, 'data', 'frank', 'val.jsonl');
  if (need('frank', frank)) rows.push(...scorePairs(frank, 'FRANK val', 'origin').map(pairRow));
  const revisions = join(shared, 'data', 'revisions');
  if (need('revisions', join(revisions, 'labels.jsonl'))) rows.push(revisionsRow(revisions, o.baseline));
  return rows;
}

function printTable(rows: Row[], verbose: boolean): void {
  const head = ['data', 'items', 'bal. acc.', 'faithful kept clean', 'wrong caught'];
  const cells = rows.map((r) => [r.name, String(r.items), Number.isNaN(r.balanced) ? '-' : r.balanced.toFixed(1), r.keptClean, r.caught]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  rows.forEach((r, k) => {
    console.log(line(cells[k]!));
    for (const n of r.notes) console.log('    ' + n);
    if (verbose) for (const d of r.details) console.log('      ' + d);
  });
  // per check: how often its material findings were right, per data set
  const checks = [...new Set(rows.flatMap((r) => Object.keys(r.checks)))].sort();
  if (!checks.length) return;
  console.log('\nmaterial findings right, per check (summary sets: share on texts labelled wrong; revisions: labelled right among labelled)');
  const cols = rows.filter((r) => Object.keys(r.checks).length);
  const cw = cols.map((r) => Math.max(12, r.name.length));
  console.log('check'.padEnd(24) + cols.map((r, i) => r.name.padEnd(cw[i]!)).join('  '));
  for (const c of checks) {
    const cellOf = (r: Row) => {
      const t = r.checks[c];
      return t && t.total ? `${t.right}/${t.total}` : '-';
    };
    console.log(c.padEnd(24) + cols.map((r, i) => cellOf(r).padEnd(cw[i]!)).join('  '));
  }
}

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === 'string') {
    console.error(`eval: ${o}`);
    return 2;
  }
  const skipped: string[] = [];
  let rows: Row[];
  try {
    if (o.paths.length) {
      const found = { cases: [] as string[], jsonl: [] as string[] };
      for (const p of o.paths) {
        if (!existsSync(p)) throw new Error(`${p}: no such file or folder`);
        findInputs(p, found);
      }
      rows = [...found.cases.map(caseRow), ...found.jsonl.flatMap((f) => scorePairs(f, basename(f)).map(pairRow))];
    } else rows = defaultRows(o, skipped);
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    return 2;
  }
  if (rows.length) printTable(rows, o.verbose);
  else if (!o.only || ![...o.only].some((k) => k === 'grouping' || k === 'derivation')) console.log('eval: nothing to score');
  if (!o.paths.length) corpusSections(root, shared, o.only, skipped);
  for (const s of skipped) console.log(`skipped ${s}`);
  return 0;
}

process.exitCode = main();
