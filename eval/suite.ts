/**
 * The project's own case suite: short hand-written news pairs under eval/suite/*.jsonl, one object a
 * line, each with what a careful standards editor expects (eval/suite/README.md).
 *
 * loadSuite(dir) reads and validates every file; scoreSuiteItem(item, comparison) judges one
 * comparison. An item is right when every `findings` entry is matched (same check, overlapping each
 * named snippet) by a reported finding with the expected severity, no reported finding matches a
 * `not_findings` entry, and no reported material finding falls outside `findings` and `acceptable`.
 * A `faithful` item (no change that matters) is right when nothing material is reported at all and no
 * `not_findings` entry is matched.
 *
 * `node dist/eval/suite.js [DIR] [--quiet]` scores the suite and prints a summary, then each wrong item
 * with what was reported. Exit code 0, or 2 when the suite is malformed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Comparison, Finding, Profile, Severity } from '../src/types.js';
import { CHECKS } from '../src/checks/index.js';
import { severityOf } from '../src/engine/run.js';
import { compare } from '../src/engine/compare.js';
import { goldMatcher, type GoldEntry } from './score.js';

export const KINDS = ['faithful', 'change'] as const;
export const DOMAINS = ['wire', 'local', 'courts', 'business', 'sport', 'science', 'politics', 'health'] as const;
export const PROFILE_IDS: readonly Profile[] = ['revision', 'faithful'];

/** Checks the suite may name: every check of the engine, and those the gold format defines ahead of it. */
const PLANNED: Record<string, Severity> = { 'relation-changed': 'material' };
export const SUITE_CHECKS: readonly string[] = [...CHECKS.map((c) => c.meta.id), ...Object.keys(PLANNED).filter((id) => !CHECKS.some((c) => c.meta.id === id))];

/** The severity a check's finding has under a profile (the check table of ../shared/cases/README.md). */
export function expectedSeverity(check: string, profile: Profile): Severity | undefined {
  const c = CHECKS.find((x) => x.meta.id === check);
  return c ? severityOf(c, profile) : PLANNED[check];
}

export interface SuiteEntry extends GoldEntry {
  check: string;
}

export interface SuiteItem {
  id: string;
  profile: Profile;
  kind: (typeof KINDS)[number];
  category: string;
  domain: (typeof DOMAINS)[number];
  base: string;
  revised: string;
  findings: SuiteEntry[];
  acceptable: SuiteEntry[];
  not_findings: SuiteEntry[];
  note: string;
  /** where the item was read: file name and line */
  source: string;
}

export interface Suite {
  items: SuiteItem[];
  /** one line per problem: file:line, item id and what is wrong; empty for a well-formed suite */
  problems: string[];
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The problems of one parsed line (an empty list when the item is well formed). */
export function validateItem(raw: unknown): string[] {
  const out: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['not a JSON object'];
  const o = raw as Record<string, unknown>;
  for (const k of ['id', 'category', 'base', 'revised', 'note'] as const) {
    if (!isString(o[k]) || !(o[k] as string).trim()) out.push(`"${k}" must be a non-empty string`);
  }
  if (!PROFILE_IDS.includes(o.profile as Profile)) out.push(`"profile" must be one of ${PROFILE_IDS.join(', ')}`);
  if (!(KINDS as readonly unknown[]).includes(o.kind)) out.push(`"kind" must be one of ${KINDS.join(', ')}`);
  if (!(DOMAINS as readonly unknown[]).includes(o.domain)) out.push(`"domain" must be one of ${DOMAINS.join(', ')}`);
  for (const k of ['findings', 'acceptable', 'not_findings'] as const) if (!Array.isArray(o[k])) out.push(`"${k}" must be a list`);
  if (out.length) return out;

  const item = o as unknown as SuiteItem;
  const m = goldMatcher(item.base, item.revised);
  const entry = (list: 'findings' | 'acceptable' | 'not_findings', e: unknown, i: number): void => {
    const where = `${list}[${i}]`;
    if (!e || typeof e !== 'object') return void out.push(`${where}: not an object`);
    const x = e as Record<string, unknown>;
    if (!isString(x.check) || !SUITE_CHECKS.includes(x.check)) out.push(`${where}: unknown check ${JSON.stringify(x.check)}`);
    if (x.base === undefined && x.revised === undefined) out.push(`${where}: names no snippet`);
    for (const side of ['base', 'revised'] as const) {
      if (x[side] === undefined) continue;
      if (!isString(x[side]) || !(x[side] as string).trim()) out.push(`${where}: "${side}" must be a non-empty string`);
      else if (!m.spans(side, x[side] as string).length) out.push(`${where}: ${side} snippet not found: ${JSON.stringify(x[side])}`);
    }
    if (list === 'findings') {
      const want = isString(x.check) ? expectedSeverity(x.check, item.profile) : undefined;
      if (x.severity !== want) out.push(`${where}: severity ${JSON.stringify(x.severity)}, but ${String(x.check)} is ${want} under the ${item.profile} profile`);
    } else if (x.severity !== undefined) out.push(`${where}: only findings carry a severity`);
    if (list === 'not_findings' && (!isString(x.why) || !x.why.trim())) out.push(`${where}: says no "why"`);
  };
  (['findings', 'acceptable', 'not_findings'] as const).forEach((list) => (item[list] as unknown[]).forEach((e, i) => entry(list, e, i)));
  if (item.kind === 'faithful' && item.findings.length) out.push('a faithful item expects no findings');
  if (item.kind === 'change' && !item.findings.length) out.push('a change item expects at least one finding');
  const same = (a: SuiteEntry, b: SuiteEntry) => a.check === b.check && a.base === b.base && a.revised === b.revised;
  for (const n of item.not_findings) {
    if ([...item.findings, ...item.acceptable].some((e) => same(e, n))) out.push(`not_findings: ${n.check} is also expected or acceptable`);
  }
  return out;
}

/** Reads every *.jsonl file of dir (in name order), one item a line; blank lines are skipped. */
export function loadSuite(dir: string): Suite {
  const items: SuiteItem[] = [];
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (!files.length) problems.push(`${dir}: no .jsonl files`);
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const source = `${file}:${i + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        problems.push(`${source}: not JSON (${(e as Error).message})`);
        return;
      }
      const bad = validateItem(raw);
      const id = (raw as { id?: unknown })?.id;
      const label = `${source} ${isString(id) ? id : '(no id)'}`;
      if (isString(id)) {
        const seen = ids.get(id);
        if (seen) bad.push(`id already used at ${seen}`);
        else ids.set(id, source);
      }
      if (bad.length) {
        for (const b of bad) problems.push(`${label}: ${b}`);
        return;
      }
      items.push({ ...(raw as Omit<SuiteItem, 'source'>), source });
    });
  }
  return { items, problems };
}

export interface ItemScore {
  right: boolean;
  /** findings entries no reported finding of the same check touches */
  missed: SuiteEntry[];
  /** reported findings that match a not_findings entry */
  violations: Array<{ finding: Finding; entry: SuiteEntry }>;
  /** material findings outside findings and acceptable (for a faithful item: every material finding) */
  falseMaterial: Finding[];
  /** findings entries matched only by findings of another severity */
  severityWrong: Array<{ entry: SuiteEntry; got: Severity }>;
}

export function scoreSuiteItem(item: SuiteItem, comparison: Comparison): ItemScore {
  const { matches } = goldMatcher(item.base, item.revised);
  const found = comparison.findings;
  const missed: SuiteEntry[] = [];
  const severityWrong: ItemScore['severityWrong'] = [];
  for (const e of item.findings) {
    const m = found.filter((f) => matches(f, e));
    if (!m.length) missed.push(e);
    else if (e.severity && !m.some((f) => f.severity === e.severity)) severityWrong.push({ entry: e, got: m[0]!.severity });
  }
  const violations: ItemScore['violations'] = [];
  for (const f of found) for (const e of item.not_findings) if (matches(f, e)) violations.push({ finding: f, entry: e });
  const allowed = item.kind === 'faithful' ? [] : [...item.findings, ...item.acceptable];
  const falseMaterial = found.filter((f) => f.severity === 'material' && !allowed.some((e) => matches(f, e)));
  const right = !missed.length && !severityWrong.length && !violations.length && !falseMaterial.length;
  return { right, missed, violations, falseMaterial, severityWrong };
}

/** Per check: the items where it must fire (a findings entry) and where it must stay silent (a not_findings entry). */
export function coverage(items: SuiteItem[]): Map<string, { fire: SuiteItem[]; silent: SuiteItem[] }> {
  const out = new Map<string, { fire: SuiteItem[]; silent: SuiteItem[] }>(SUITE_CHECKS.map((c) => [c, { fire: [], silent: [] }]));
  for (const item of items) {
    for (const c of new Set(item.findings.map((e) => e.check))) out.get(c)?.fire.push(item);
    for (const c of new Set(item.not_findings.map((e) => e.check))) out.get(c)?.silent.push(item);
  }
  return out;
}

export const SUITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval', 'suite');

// ---------------------------------------------------------------------------------------------------
// command line

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '-');
const frac = (a: number, b: number) => `${a}/${b}`.padEnd(9) + pct(a, b).padStart(6);
const clip = (s: string | undefined, n = 70) => (s === undefined ? '-' : JSON.stringify(s.length > n ? s.slice(0, n - 1) + '…' : s));
const describe = (e: SuiteEntry) => `${e.check}${e.severity ? ` (${e.severity})` : ''} ${clip(e.base)} → ${clip(e.revised)}`;
const shown = (f: Finding) => `${f.check} (${f.severity}) ${clip(f.base?.text)} → ${clip(f.revised?.text)}`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet') || args.includes('-q');
  const dir = args.find((a) => !a.startsWith('-')) ?? SUITE_DIR;
  const { items, problems } = loadSuite(dir);
  for (const p of problems) console.error(`suite: ${p}`);

  const scored = items.map((item) => {
    const comparison = compare(item.base, item.revised, { profile: item.profile, id: item.id });
    return { item, comparison, score: scoreSuiteItem(item, comparison) };
  });
  const count = (pred: (s: (typeof scored)[number]) => boolean) => scored.filter(pred).length;
  const right = count((s) => s.score.right);
  console.log(`case suite: ${dir} (${items.length} items)`);
  console.log(`right                  ${frac(right, items.length)}`);
  const faithful = scored.filter((s) => s.item.kind === 'faithful');
  const changes = scored.filter((s) => s.item.kind === 'change');
  console.log(`faithful kept clean    ${frac(faithful.filter((s) => s.score.right).length, faithful.length)}`);
  const caught = changes.filter((s) => !s.score.missed.length && !s.score.severityWrong.length).length;
  console.log(`changes caught         ${frac(caught, changes.length)}   (every expected finding, at its severity)`);
  console.log(`changes right          ${frac(changes.filter((s) => s.score.right).length, changes.length)}   (caught, and nothing false or forbidden)`);
  for (const p of PROFILE_IDS) {
    const ps = scored.filter((s) => s.item.profile === p);
    console.log(`profile ${p.padEnd(15)}${frac(ps.filter((s) => s.score.right).length, ps.length)}`);
  }
  const files = [...new Set(scored.map((s) => s.item.source.split(':')[0]!))];
  for (const f of files) {
    const fs = scored.filter((s) => s.item.source.startsWith(f + ':'));
    console.log(`file ${f.padEnd(18)}${frac(fs.filter((s) => s.score.right).length, fs.length)}`);
  }

  console.log('\nper check               must fire          must stay silent');
  const byItem = new Map(scored.map((s) => [s.item, s]));
  for (const [check, { fire, silent }] of coverage(items)) {
    const fireOk = fire.filter((it) => {
      const s = byItem.get(it)!.score;
      return !s.missed.some((e) => e.check === check) && !s.severityWrong.some((w) => w.entry.check === check);
    }).length;
    const silentOk = silent.filter((it) => !byItem.get(it)!.score.violations.some((v) => v.entry.check === check)).length;
    console.log(`  ${check.padEnd(22)}${frac(fireOk, fire.length).padEnd(19)}${frac(silentOk, silent.length)}`);
  }

  if (!quiet) {
    const wrong = scored.filter((s) => !s.score.right);
    if (wrong.length) console.log(`\nwrong items (${wrong.length})`);
    for (const { item, comparison, score } of wrong) {
      console.log(`\n${item.id} [${item.kind}, ${item.profile}, ${item.category}]  ${item.source}`);
      for (const e of score.missed) console.log(`    missed     ${describe(e)}`);
      for (const w of score.severityWrong) console.log(`    severity   ${describe(w.entry)}: got ${w.got}`);
      for (const v of score.violations) console.log(`    forbidden  ${shown(v.finding)}  (${v.entry.why ?? ''})`);
      for (const f of score.falseMaterial) console.log(`    false      ${shown(f)}`);
      const rest = comparison.findings.filter((f) => !score.falseMaterial.includes(f) && !score.violations.some((v) => v.finding === f));
      for (const f of rest) console.log(`    reported   ${shown(f)}`);
    }
  }
  return problems.length ? 2 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => (process.exitCode = code),
    (e: Error) => {
      console.error(`suite: ${e.message}`);
      process.exitCode = 2;
    },
  );
}
