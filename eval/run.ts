/**
 * npm run eval [PATH ...]: scores case folders (base.txt, revised.txt, gold.json) and SummEdits-style
 * JSON lines files. Default: every case under ../shared/cases and every .jsonl under ../shared/data.
 * Prints a table; exits 0 (2 when a path cannot be read).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../src/engine/compare.js';
import { scoreCase, type CaseScore, type Gold, type SummEditsScore } from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));

function findInputs(p: string, out: { cases: string[]; jsonl: string[] }): void {
  const st = statSync(p);
  if (st.isFile()) {
    if (p.endsWith('.jsonl')) out.jsonl.push(p);
    else if (basename(p) === 'gold.json') out.cases.push(dirname(p));
    else throw new Error(`${p}: expected a case folder or a .jsonl file`);
    return;
  }
  if (existsSync(join(p, 'gold.json'))) {
    out.cases.push(p);
    return;
  }
  for (const e of readdirSync(p).sort()) {
    const q = join(p, e);
    const s = statSync(q);
    if (s.isDirectory() || e.endsWith('.jsonl')) findInputs(q, out);
  }
}

function runCase(dir: string): CaseScore {
  const base = readFileSync(join(dir, 'base.txt'), 'utf8');
  const revised = readFileSync(join(dir, 'revised.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const profile = (gold as { profile?: 'revision' | 'faithful' }).profile ?? 'revision';
  const result = compare(base, revised, { profile });
  return scoreCase(gold.case ?? basename(dir), base, revised, gold, result);
}

function runSummEdits(file: string): SummEditsScore {
  const s: SummEditsScore = {
    name: file, items: 0, consistent: 0, inconsistent: 0, consistentOk: 0, inconsistentOk: 0,
    balancedAccuracy: 0, byEditType: {}, errors: [],
  };
  const lines = readFileSync(file, 'utf8').split('\n');
  const wrong: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let item: { id?: string; base?: string; revised?: string; consistent?: boolean; edit_types?: string[] };
    try {
      item = JSON.parse(line);
    } catch {
      s.errors.push(`line ${i + 1}: not JSON`);
      return;
    }
    if (typeof item.base !== 'string' || typeof item.revised !== 'string' || typeof item.consistent !== 'boolean') {
      s.errors.push(`line ${i + 1}: needs base, revised and consistent`);
      return;
    }
    s.items++;
    const r = compare(item.base, item.revised, { profile: 'faithful' });
    const flagged = r.summary.material > 0;
    if (item.consistent) {
      s.consistent++;
      if (!flagged) s.consistentOk++;
      else wrong.push(`FP ${item.id}: ${r.findings.filter((f) => f.severity === 'material').map((f) => `${f.check}: ${f.message}`).join(' | ')}`);
    } else {
      s.inconsistent++;
      if (flagged) s.inconsistentOk++;
      else wrong.push(`FN ${item.id} [${(item.edit_types ?? []).join(',')}]: ${item.revised.slice(0, 200)}`);
      for (const t of item.edit_types?.length ? item.edit_types : ['(none given)']) {
        const e = (s.byEditType[t] ??= { total: 0, detected: 0 });
        e.total++;
        if (flagged) e.detected++;
      }
    }
  });
  const rc = s.consistent ? s.consistentOk / s.consistent : 0;
  const ri = s.inconsistent ? s.inconsistentOk / s.inconsistent : 0;
  // with one class missing, balanced accuracy is undefined
  s.balancedAccuracy = s.consistent && s.inconsistent ? ((rc + ri) / 2) * 100 : NaN;
  if (verbose) for (const w of wrong) console.log('  ' + w);
  return s;
}

const pct = (a: number, b: number) => (b ? ((a / b) * 100).toFixed(1) : '-');

function main(): number {
  const inputs = { cases: [] as string[], jsonl: [] as string[] };
  const paths = args.length ? args : [join(root, '..', 'shared', 'cases'), join(root, '..', 'shared', 'data')];
  for (const p of paths) {
    try {
      if (!existsSync(p)) {
        if (args.length) throw new Error(`${p}: no such file or folder`);
        continue;
      }
      findInputs(p, inputs);
    } catch (e) {
      console.error(`eval: ${(e as Error).message}`);
      return 2;
    }
  }
  if (inputs.cases.length) {
    console.log('cases');
    console.log('case'.padEnd(24) + 'recall'.padEnd(12) + 'false'.padEnd(7) + 'violations'.padEnd(12) + 'support'.padEnd(10) + 'dropped'.padEnd(9) + 'support acc.');
    for (const dir of inputs.cases) {
      let s: CaseScore;
      try {
        s = runCase(dir);
      } catch (e) {
        console.log(`${basename(dir).padEnd(24)}error: ${(e as Error).message}`);
        continue;
      }
      const supAcc = pct(s.supportOk + s.droppedOk, s.support + s.dropped);
      console.log(
        s.name.padEnd(24) + `${s.matched}/${s.findings}`.padEnd(12) + String(s.falseFindings.length).padEnd(7) +
          String(s.violations.length).padEnd(12) + `${s.supportOk}/${s.support}`.padEnd(10) + `${s.droppedOk}/${s.dropped}`.padEnd(9) + supAcc + '%',
      );
      for (const m of s.missed) console.log(`    missed    ${m.id ?? ''} ${m.check}: ${m.revised ?? m.base}`);
      for (const w of s.severityWrong) console.log(`    severity  ${w.entry.id ?? ''} ${w.entry.check}: expected ${w.entry.severity}, got ${w.got}`);
      for (const v of s.violations) console.log(`    VIOLATION ${v.finding.check}: ${v.entry.revised ?? v.entry.base} (${v.entry.why ?? ''})`);
      for (const f of s.falseFindings) console.log(`    false     ${f.check}: ${(f.revised ?? f.base)?.text.slice(0, 100)}`);
      for (const m of s.supportMissed) console.log(`    support   ${m}`);
      for (const m of s.droppedMissed) console.log(`    dropped   ${m}`);
      for (const u of s.unresolved) console.log(`    gold snippet not found: ${u}`);
    }
  }
  for (const file of inputs.jsonl) {
    const s = runSummEdits(file);
    console.log(`\nSummEdits-style: ${file} (profile faithful)`);
    console.log(`items ${s.items}: consistent ${s.consistentOk}/${s.consistent} kept clean, inconsistent ${s.inconsistentOk}/${s.inconsistent} flagged`);
    console.log(`balanced accuracy ${Number.isNaN(s.balancedAccuracy) ? '- (needs consistent and inconsistent items)' : s.balancedAccuracy.toFixed(1)}`);
    console.log('recall per edit type:');
    for (const [t, v] of Object.entries(s.byEditType).sort()) console.log(`  ${t.padEnd(30)} ${v.detected}/${v.total}  ${pct(v.detected, v.total)}%`);
    for (const e of s.errors.slice(0, 10)) console.log(`  skipped ${e}`);
  }
  return 0;
}

process.exitCode = main();
