/** Runs checks and stamps what the engine owns: severity by profile, docs url, raw spans, order. */
import type { Check, CheckContext, Report } from '../checks/index.js';
import type { Doc, Finding, Located, Profile, Severity, Span } from '../types.js';
import { toRaw } from '../text/normalize.js';
import { refuted, weigh, type Evidence } from './evidence.js';

export const DOCS_BASE = 'https://github.com/storydiff/storydiff/blob/main/';

export function severityOf(check: Check, profile: Profile): Severity {
  return check.meta.profiles?.[profile] ?? check.meta.severity;
}

function locate(doc: Doc, span: Span | null | undefined): Located | null {
  if (!span) return null;
  const r = toRaw(doc.normToRaw, span.start, span.end);
  return { start: r.start, end: r.end, text: doc.raw.slice(r.start, r.end) };
}

const RANK: Record<Severity, number> = { material: 0, notable: 1, minor: 2 };

/** A specific check's finding replaces these general ones on the same words ("Paris" → "Berlin" is a place change, not also a name change). */
const SUPERSEDES: Record<string, string[]> = {
  'place-changed': ['name-changed'],
  'date-changed': ['name-changed', 'number-changed'],
  'number-changed': ['negation-flipped'],
  'negation-flipped': ['relation-changed'],
  // a name replaced in place is name-changed's; relation-changed keeps the name moved in from another role
  'name-changed': ['relation-changed'],
};

export function runChecks(
  checks: Check[],
  context: Omit<CheckContext, 'report'>,
  profile: Profile,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    const report = (r: Report): void => {
      let evidence: Evidence | undefined;
      if (r.claim) {
        evidence = weigh(context, r.claim);
        if (refuted(evidence, profile)) return;
      }
      const f: Finding = {
        check: check.meta.id,
        severity: severityOf(check, profile),
        message: r.message,
        base: locate(context.base, r.base),
        revised: locate(context.revised, r.revised),
        data: r.data ?? {},
        docs: DOCS_BASE + check.meta.docs,
      };
      const key = `${f.check}|${f.base?.start}|${f.base?.end}|${f.revised?.start}|${f.revised?.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(f);
    };
    check.run({ ...context, report });
  }
  // one change, one finding: where a more specific check reports the same words on both sides,
  // the more general finding is dropped
  const overlaps = (a: Located | null, b: Located | null) => !a || !b || (a.start < b.end && b.start < a.end);
  const kept = findings.filter(
    (f) =>
      !findings.some(
        (g) => g !== f && (SUPERSEDES[g.check]?.includes(f.check) ?? false) && overlaps(f.base, g.base) && overlaps(f.revised, g.revised) && (f.base || f.revised) !== null,
      ),
  );
  findings.length = 0;
  findings.push(...kept);
  // order: by severity, then by place in the revised telling, then in the base, then by check id
  const pos = (l: Located | null) => (l ? l.start : Number.MAX_SAFE_INTEGER);
  findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      pos(a.revised) - pos(b.revised) ||
      pos(a.base) - pos(b.base) ||
      (a.check < b.check ? -1 : a.check > b.check ? 1 : 0),
  );
  return findings;
}
