/**
 * Scoring of the development data sets: SummEdits-style JSON lines (item labels: consistent or not)
 * and the labelled findings of real revisions (finding labels: right or wrong). Pure functions over
 * parsed items and comparisons; run.ts reads the files and prints.
 */
import type { Comparison, Finding } from '../src/types.js';

/** One SummEdits-style item: a base, a revised text and whether the revised one is faithful. */
export interface LabelledPair {
  id: string;
  base: string;
  revised: string;
  consistent: boolean;
  edit_types?: string[];
  origin?: string;
}

/** Counts of material findings per check: all of them, and those judged right. */
export type CheckTally = Record<string, { right: number; total: number }>;

export interface PairScore {
  name: string;
  items: number;
  consistent: number;
  inconsistent: number;
  /** consistent items with no material finding */
  keptClean: number;
  /** inconsistent items with a material finding */
  caught: number;
  /** per edit type: inconsistent items of that type, and those caught */
  byEditType: Record<string, { total: number; caught: number }>;
  /** material findings per check; `right` counts those on inconsistent items (an upper bound of precision) */
  checks: CheckTally;
  /** wrong verdicts, for -v */
  wrong: string[];
}

export const balancedAccuracy = (s: { consistent: number; inconsistent: number; keptClean: number; caught: number }): number =>
  s.consistent && s.inconsistent ? ((s.keptClean / s.consistent + s.caught / s.inconsistent) / 2) * 100 : NaN;

const material = (c: Comparison): Finding[] => c.findings.filter((f) => f.severity === 'material');

export function tally(into: CheckTally, findings: Finding[], right: (f: Finding) => boolean): void {
  for (const f of findings) {
    const t = (into[f.check] ??= { right: 0, total: 0 });
    t.total++;
    if (right(f)) t.right++;
  }
}

export function emptyPairScore(name: string): PairScore {
  return { name, items: 0, consistent: 0, inconsistent: 0, keptClean: 0, caught: 0, byEditType: {}, checks: {}, wrong: [] };
}

/** Adds one judged item: flagged when the comparison reports a material finding. */
export function addPair(s: PairScore, item: LabelledPair, result: Comparison): void {
  const found = material(result);
  const flagged = found.length > 0;
  s.items++;
  tally(s.checks, found, () => !item.consistent);
  if (item.consistent) {
    s.consistent++;
    if (!flagged) s.keptClean++;
    else s.wrong.push(`FP ${item.id}: ${found.map((f) => `${f.check}: ${f.message}`).join(' | ')}`);
    return;
  }
  s.inconsistent++;
  if (flagged) s.caught++;
  else s.wrong.push(`FN ${item.id} [${(item.edit_types ?? []).join(',')}]: ${item.revised.slice(0, 200).replace(/\n/g, ' ')}`);
  for (const t of item.edit_types?.length ? item.edit_types : ['(none given)']) {
    const e = (s.byEditType[t] ??= { total: 0, caught: 0 });
    e.total++;
    if (flagged) e.caught++;
  }
}

/** Reads a SummEdits-style line; a string says what is wrong with it. */
export function parsePair(line: string, n: number): LabelledPair | string {
  let item: Partial<LabelledPair>;
  try {
    item = JSON.parse(line) as Partial<LabelledPair>;
  } catch {
    return `line ${n}: not JSON`;
  }
  if (typeof item.base !== 'string' || typeof item.revised !== 'string' || typeof item.consistent !== 'boolean') {
    return `line ${n}: needs base, revised and consistent`;
  }
  return { ...item, id: String(item.id ?? `line ${n}`) } as LabelledPair;
}

// --- labelled findings of real revisions (../shared/data/revisions/README.md, "Scoring a later run") ---

export interface FindingLabel {
  pair: string;
  check: string;
  base_text: string | null;
  revised_text: string | null;
  label: 'right' | 'wrong' | 'unclear';
  why?: string;
  better_check?: string;
}

export interface RevisionScore {
  pairs: number;
  /** pairs with a material finding */
  flaggedPairs: number;
  material: number;
  rightKept: number;
  /** right labels whose change is still reported: the same key, or its check (or better check) with spans that contain the labelled ones */
  rightFound: number;
  right: number;
  wrongRemoved: number;
  wrongLabels: number;
  perCheck: Record<string, { rightKept: number; right: number; wrongRemoved: number; wrong: number }>;
  /** material findings per check, with `right` = labelled right among the labelled ones still reported */
  checks: CheckTally;
  /** material findings of the run that match no label and no finding of the baseline run (when given) */
  fresh: string[];
  /** labels judged right that the run no longer reports, and labels judged wrong it still reports */
  lostRight: string[];
  stillWrong: string[];
  baselineGiven: boolean;
}

/** Numbers and dates are read by two checks that share their words ("25" of "25 April", "12" of "12:30pm"). */
const VALUE_CHECKS = ['number-changed', 'date-changed'];
const sameFamily = (check: string, l: FindingLabel): boolean =>
  check === l.check || check === l.better_check || (VALUE_CHECKS.includes(check) && VALUE_CHECKS.includes(l.check));

/** The multiset key of a finding, as the labels' README defines it. */
export const findingKey = (id: string, check: string, base: string | null, revised: string | null): string =>
  JSON.stringify([id, check, base, revised]);

const keyOf = (id: string, f: { check: string; base: { text: string } | null; revised: { text: string } | null }) =>
  findingKey(id, f.check, f.base?.text ?? null, f.revised?.text ?? null);

function countKeys(keys: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/**
 * Scores a run of the revision profile over the revisions data against the labels: labels still
 * reported (multiset match on check and both span texts), and the material findings that are new
 * against a baseline run's material findings (when one is given).
 */
export function scoreRevisions(runs: Array<{ id: string; result: Comparison }>, labels: FindingLabel[], baseline?: string[]): RevisionScore {
  const s: RevisionScore = {
    pairs: runs.length, flaggedPairs: 0, material: 0, rightKept: 0, rightFound: 0, right: 0, wrongRemoved: 0, wrongLabels: 0,
    perCheck: {}, checks: {}, fresh: [], lostRight: [], stillWrong: [], baselineGiven: baseline !== undefined,
  };
  const runKeys: string[] = [];
  const text = new Map<string, string>();
  const byPair = new Map<string, Comparison>();
  for (const { id, result } of runs) {
    byPair.set(id, result);
    const found = material(result);
    if (found.length) s.flaggedPairs++;
    s.material += found.length;
    for (const f of found) {
      const k = keyOf(id, f);
      runKeys.push(k);
      text.set(k, `${id} ${f.check}: ${f.message}`);
    }
  }
  const available = countKeys(runKeys);
  const labelKeys = new Set<string>();
  const labelled = new Map<string, FindingLabel['label']>();
  for (const l of labels) {
    const k = findingKey(l.pair, l.check, l.base_text, l.revised_text);
    labelKeys.add(k);
    labelled.set(k, l.label);
    if (l.label === 'unclear') continue;
    const pc = (s.perCheck[l.check] ??= { rightKept: 0, right: 0, wrongRemoved: 0, wrong: 0 });
    const left = available.get(k) ?? 0;
    const reported = left > 0;
    if (reported) available.set(k, left - 1);
    const said = `${l.pair} ${l.check}: ${JSON.stringify(l.base_text)} -> ${JSON.stringify(l.revised_text)} (${l.why ?? ''})`;
    if (l.label === 'right' && !reported) s.lostRight.push(said);
    if (l.label === 'wrong' && reported) s.stillWrong.push(said);
    if (l.label === 'right') {
      s.right++;
      pc.right++;
      if (reported) (s.rightKept++, pc.rightKept++);
      const contains = (span: { text: string } | null, t: string | null) => t === null || (span !== null && span.text.includes(t));
      const found = material(byPair.get(l.pair) ?? ({ findings: [] } as unknown as Comparison)).some(
        (f) => sameFamily(f.check, l) && contains(f.base, l.base_text) && contains(f.revised, l.revised_text),
      );
      if (reported || found) s.rightFound++;
    } else {
      s.wrongLabels++;
      pc.wrong++;
      if (!reported) (s.wrongRemoved++, pc.wrongRemoved++);
    }
  }
  // per check: of the reported findings that carry a label, how many are right
  for (const k of runKeys) {
    const check = (JSON.parse(k) as string[])[1]!;
    const t = (s.checks[check] ??= { right: 0, total: 0 });
    const label = labelled.get(k);
    if (!label || label === 'unclear') continue;
    t.total++;
    if (label === 'right') t.right++;
  }
  if (baseline) {
    const old = countKeys(baseline);
    for (const k of runKeys) {
      if (labelKeys.has(k)) continue;
      const left = old.get(k) ?? 0;
      if (left > 0) old.set(k, left - 1);
      else s.fresh.push(text.get(k)!);
    }
  }
  return s;
}

/** Material finding keys of a saved JSON lines run (the baseline), for scoreRevisions. */
export function baselineKeys(jsonl: string): string[] {
  const out: string[] = [];
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as Comparison & { error?: string };
    if (!c.findings) continue;
    for (const f of material(c)) out.push(keyOf(String(c.id), f));
  }
  return out;
}
