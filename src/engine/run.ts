/** Runs checks and stamps what the engine owns: severity by profile, docs url, raw spans, order. */
import type { Check, CheckContext, Report } from '../checks/index.js';
import type { Doc, Finding, Located, Profile, Severity, Span } from '../types.js';
import { toRaw } from '../text/normalize.js';
import { weighUnlessRefuted, type Evidence } from './evidence.js';
import { confidenceOf, featuresOf, rounded, shippedModel, type Model } from './confidence.js';

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

/** Normalized offsets [start, end) of the sentences around a span: where a message's quotations come from. */
function around(doc: Doc, span: Span): [number, number] {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.normEnd <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < ss.length && ss[last + 1]!.normStart < span.end) last++;
  return [Math.min(span.start, ss[lo]?.normStart ?? span.start), Math.max(span.end, ss[last]?.normEnd ?? span.end)];
}

/** Quotation marks considered in one message: enough for any message the checks write. */
const MAX_QUOTE_MARKS = 12;

/**
 * A check writes its message from the normalized text (straight quotes, folded dashes and spaces),
 * while the spans beside it show the raw text: each quoted part of the message ("…") found in the
 * sentences around a reported span is given back as the raw characters there.
 */
export function rawQuotes(message: string, sides: Array<[Doc, Span | null | undefined]>): string {
  const marks: number[] = [];
  for (let i = message.indexOf('"'); i >= 0 && marks.length < MAX_QUOTE_MARKS; i = message.indexOf('"', i + 1)) marks.push(i);
  if (marks.length < 2) return message;
  const windows = sides.filter((x): x is [Doc, Span] => !!x[1]).map(([doc, span]) => ({ doc, span, window: around(doc, span) }));
  if (!windows.length) return message;
  const parts: Array<[number, number]> = [];
  for (let x = 0; x < marks.length; x++) for (let y = x + 1; y < marks.length; y++) if (marks[y]! > marks[x]! + 1) parts.push([marks[x]! + 1, marks[y]!]);
  parts.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  const done: Array<[number, number, string]> = [];
  for (const [s, e] of parts) {
    // a part may not overlap one already given back, nor share its quotation marks
    if (done.some(([ds, de]) => s <= de && ds <= e)) continue;
    const frag = message.slice(s, e);
    let raw: string | undefined;
    // first where the span itself has the words, then anywhere in its sentences
    for (const pass of [0, 1]) {
      for (const { doc, span, window } of windows) {
        const [from, to] = pass === 0 ? [span.start, span.end] : window;
        if (to - from < frag.length) continue;
        const found = doc.norm.slice(from, to).indexOf(frag);
        if (found < 0) continue;
        const at = from + found;
        const r = toRaw(doc.normToRaw, at, at + frag.length);
        raw = doc.raw.slice(r.start, r.end);
        break;
      }
      if (raw !== undefined) break;
    }
    if (raw !== undefined && raw !== frag) done.push([s, e, raw]);
  }
  let out = message;
  for (const [s, e, raw] of done.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + raw + out.slice(e);
  return out;
}

/** A specific check's finding replaces these general ones on the same words ("Paris" → "Berlin" is a place change, not also a name change). */
const SUPERSEDES: Record<string, string[]> = {
  'place-changed': ['name-changed', 'claim-added'],
  'date-changed': ['name-changed', 'number-changed', 'claim-added'],
  'number-changed': ['negation-flipped', 'claim-added'],
  'name-changed': ['relation-changed', 'claim-added'],
  'role-changed': ['claim-added'],
  'negation-flipped': ['relation-changed'],
};

/**
 * A specific check's finding replaces these general ones inside its revised words: a detail put into
 * a quotation is the quotation's alteration ("no [immediate] intention"), a whole new sentence holding
 * an altered quotation is not.
 */
const CONTAINS: Record<string, string[]> = {
  'quote-altered': ['claim-added'],
};

/**
 * A specific check's finding replaces these general ones on the same base words: a speaker changed
 * points at the base speaker and at the revised quotation, the name change at the two speakers.
 */
const SAME_BASE: Record<string, string[]> = {
  'speaker-changed': ['name-changed'],
};

/** The sentence of a telling holding a normalized offset, or -1. */
function sentenceAt(doc: Doc, at: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.normEnd <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < ss.length && ss[lo]!.normStart <= at ? lo : -1;
}

export interface RunOptions {
  /** the confidence model (default: the shipped one); `null` leaves every finding at its check's severity */
  model?: Model | null;
  /** receives each reported finding's features (for training the model) */
  features?: Map<Finding, number[]>;
}

export function runChecks(
  checks: Check[],
  context: Omit<CheckContext, 'report'>,
  profile: Profile,
  options: RunOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const vectors = new Map<Finding, number[]>();
  const featureContext = { base: context.base, revised: context.revised, alignment: context.alignment, profile };
  for (const check of checks) {
    const report = (r: Report): void => {
      let evidence: Evidence | undefined;
      if (r.claim) {
        evidence = weighUnlessRefuted(context, r.claim, profile);
        if (!evidence) return;
      }
      const f: Finding = {
        check: check.meta.id,
        severity: severityOf(check, profile),
        confidence: 0,
        message: rawQuotes(r.message, [[context.base, r.base], [context.revised, r.revised]]),
        base: locate(context.base, r.base),
        revised: locate(context.revised, r.revised),
        data: r.data ?? {},
        docs: DOCS_BASE + check.meta.docs,
      };
      const key = `${f.check}|${f.base?.start}|${f.base?.end}|${f.revised?.start}|${f.revised?.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(f);
      const at = r.revised ?? r.base;
      const side = r.revised ? context.revised : context.base;
      const sentence = at ? sentenceAt(side, at.start) : -1;
      vectors.set(f, featuresOf(f, evidence, featureContext, r.revised ? sentence : -1));
    };
    check.run({ ...context, report });
  }
  // one change, one finding: where a more specific check reports the same words on both sides,
  // the more general finding is dropped
  const overlaps = (a: Located | null, b: Located | null) => !a || !b || (a.start < b.end && b.start < a.end);
  const inside = (a: Located | null, b: Located | null) => !!a && !!b && b.start <= a.start && a.end <= b.end;
  // only findings of a check that can replace f's are compared with it (a long text gives thousands)
  const byCheck = new Map<string, Finding[]>();
  for (const g of findings) (byCheck.get(g.check) ?? byCheck.set(g.check, []).get(g.check)!).push(g);
  const rivals = (f: Finding): Finding[] => {
    const out: Finding[] = [];
    for (const [check, gs] of byCheck) {
      if (SUPERSEDES[check]?.includes(f.check) || CONTAINS[check]?.includes(f.check) || SAME_BASE[check]?.includes(f.check)) out.push(...gs);
    }
    return out;
  };
  const kept = findings.filter(
    (f) =>
      !rivals(f).some(
        (g) =>
          g !== f &&
          (((SUPERSEDES[g.check]?.includes(f.check) ?? false) && overlaps(f.base, g.base) && overlaps(f.revised, g.revised) && (f.base || f.revised) !== null) ||
            ((CONTAINS[g.check]?.includes(f.check) ?? false) && inside(f.revised, g.revised)) ||
            ((SAME_BASE[g.check]?.includes(f.check) ?? false) && f.base !== null && g.base !== null && overlaps(f.base, g.base))),
      ),
  );
  findings.length = 0;
  findings.push(...kept);
  // confidence; a material finding below its profile's threshold is reported as notable
  const model = options.model === undefined ? shippedModel() : options.model;
  for (const f of findings) {
    const x = vectors.get(f)!;
    options.features?.set(f, x);
    if (!model) continue;
    const p = confidenceOf(x, model);
    f.confidence = rounded(p);
    if (f.severity === 'material' && p < model.thresholds[profile]) f.severity = 'notable';
  }
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
