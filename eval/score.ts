/** Scoring a comparison against a gold.json, as ../shared/cases/README.md defines it. */
import type { Comparison, Finding } from '../src/types.js';
import { normalize } from '../src/text/normalize.js';

export interface GoldEntry {
  id?: string;
  check: string;
  severity?: string;
  base?: string;
  revised?: string;
  why?: string;
}

export interface Gold {
  case?: string;
  support?: Array<{ revised: string; base: string[] }>;
  dropped?: string[];
  findings?: GoldEntry[];
  acceptable?: GoldEntry[];
  not_findings?: GoldEntry[];
}

/** Text folded as the gold format says, with a map from folded offsets back to raw offsets. */
export interface Folded {
  text: string;
  toRaw: number[];
}

export function foldWithMap(raw: string): Folded {
  const { norm, normToRaw } = normalize(raw);
  let text = '';
  const toRaw: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    let c = norm[i]!;
    if (c === '\n') c = ' ';
    if (c === ' ' && (text.length === 0 || text[text.length - 1] === ' ')) continue;
    text += c;
    toRaw.push(normToRaw[i]!);
  }
  toRaw.push(raw.length);
  return { text, toRaw };
}

export function foldSnippet(s: string): string {
  return foldWithMap(s).text.trim();
}

/** Raw spans where a snippet occurs (every occurrence). */
export function snippetSpans(f: Folded, snippet: string): Array<{ start: number; end: number }> {
  const s = foldSnippet(snippet);
  const out: Array<{ start: number; end: number }> = [];
  if (!s) return out;
  for (let i = f.text.indexOf(s); i >= 0; i = f.text.indexOf(s, i + 1)) {
    out.push({ start: f.toRaw[i]!, end: f.toRaw[i + s.length - 1]! + 1 });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Matches reported findings against the gold entries of one pair of texts, as the gold format defines
 * it: the same check id and, for each side the entry names, the finding's span overlaps an occurrence
 * of the snippet (after folding). Snippets found nowhere are collected in `unresolved`.
 */
export interface GoldMatcher {
  matches(f: Finding, e: GoldEntry): boolean;
  /** raw spans of a snippet on one side (every occurrence) */
  spans(side: 'base' | 'revised', snippet: string): Array<{ start: number; end: number }>;
  unresolved: string[];
}

export function goldMatcher(base: string, revised: string): GoldMatcher {
  const folded = { base: foldWithMap(base), revised: foldWithMap(revised) };
  const cache = new Map<string, Array<{ start: number; end: number }>>();
  const unresolved: string[] = [];
  const spans = (side: 'base' | 'revised', snippet: string) => {
    const key = side + '\0' + snippet;
    let s = cache.get(key);
    if (!s) {
      s = snippetSpans(folded[side], snippet);
      cache.set(key, s);
      if (!s.length) unresolved.push(`${side}: ${snippet}`);
    }
    return s;
  };
  const matches = (f: Finding, e: GoldEntry): boolean => {
    if (f.check !== e.check) return false;
    for (const side of ['base', 'revised'] as const) {
      const snippet = e[side];
      if (snippet === undefined) continue;
      const loc = f[side];
      if (!loc) return false;
      if (!spans(side, snippet).some((s) => overlaps(s, loc))) return false;
    }
    return true;
  };
  return { matches, spans, unresolved };
}

export interface CaseScore {
  name: string;
  findings: number;
  matched: number;
  missed: GoldEntry[];
  falseFindings: Finding[];
  violations: Array<{ finding: Finding; entry: GoldEntry }>;
  support: number;
  supportOk: number;
  supportMissed: string[];
  dropped: number;
  droppedOk: number;
  droppedMissed: string[];
  unresolved: string[];
  severityWrong: Array<{ entry: GoldEntry; got: string }>;
}

export function scoreCase(name: string, base: string, revised: string, gold: Gold, result: Comparison): CaseScore {
  const { matches, spans, unresolved } = goldMatcher(base, revised);
  const golds = gold.findings ?? [];
  const acceptable = gold.acceptable ?? [];
  const not = gold.not_findings ?? [];
  const missed = golds.filter((e) => !result.findings.some((f) => matches(f, e)));
  const severityWrong: CaseScore['severityWrong'] = [];
  for (const e of golds) {
    const m = result.findings.filter((f) => matches(f, e));
    if (m.length && e.severity && !m.some((f) => f.severity === e.severity)) severityWrong.push({ entry: e, got: m[0]!.severity });
  }
  const falseFindings = result.findings.filter((f) => !golds.some((e) => matches(f, e)) && !acceptable.some((e) => matches(f, e)));
  const violations: CaseScore['violations'] = [];
  for (const f of result.findings) for (const e of not) if (matches(f, e)) violations.push({ finding: f, entry: e });

  // support: the revised sentence holding the snippet is linked to every base sentence holding one
  const sentencesAt = (side: 'base' | 'revised', snippet: string): number[] => {
    const list = side === 'base' ? result.base.sentences : result.revised.sentences;
    const ss = spans(side, snippet);
    const out: number[] = [];
    list.forEach((s, i) => {
      if (ss.some((x) => overlaps(x, s))) out.push(i);
    });
    return out;
  };
  const linked = new Set<string>();
  const anyLink = new Set<number>();
  for (const l of result.links) for (const r of l.revised) (anyLink.add(r), l.base.forEach((b) => linked.add(r + ':' + b)));
  let supportOk = 0;
  const supportMissed: string[] = [];
  for (const s of gold.support ?? []) {
    const rs = sentencesAt('revised', s.revised);
    let ok: boolean;
    if (s.base.length === 0) ok = rs.length > 0 && rs.every((r) => !anyLink.has(r));
    else ok = rs.length > 0 && s.base.every((b) => sentencesAt('base', b).some((bi) => rs.some((r) => linked.has(r + ':' + bi))));
    if (ok) supportOk++;
    else supportMissed.push(s.revised);
  }
  let droppedOk = 0;
  const droppedMissed: string[] = [];
  for (const d of gold.dropped ?? []) {
    const ok = result.findings.some((f) => f.check === 'claim-dropped' && f.base && spans('base', d).some((x) => overlaps(x, f.base!)));
    if (ok) droppedOk++;
    else droppedMissed.push(d);
  }
  return {
    name,
    findings: golds.length,
    matched: golds.length - missed.length,
    missed,
    falseFindings,
    violations,
    support: (gold.support ?? []).length,
    supportOk,
    supportMissed,
    dropped: (gold.dropped ?? []).length,
    droppedOk,
    droppedMissed,
    unresolved: [...new Set(unresolved)],
    severityWrong,
  };
}

export interface SummEditsScore {
  name: string;
  items: number;
  consistent: number;
  inconsistent: number;
  consistentOk: number;
  inconsistentOk: number;
  balancedAccuracy: number;
  byEditType: Record<string, { total: number; detected: number }>;
  errors: string[];
}
