/** Terminal text: counts, then findings grouped by severity with both sides' words and places. */
import type { Comparison, Finding, Located, Severity } from '../types.js';
import type { FormatOptions } from './index.js';
import { place } from './place.js';

const COLORS: Record<string, string> = {
  material: '\x1b[1;31m', notable: '\x1b[33m', minor: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m',
};

function clip(s: string, max = 160): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

export function text(comparisons: Comparison[], options: FormatOptions): string {
  const c = (k: string, s: string) => (options.color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  comparisons.forEach((cmp, i) => {
    const t = options.texts?.[i];
    const head = t?.baseName || t?.revisedName ? `${t.baseName ?? 'base'} → ${t.revisedName ?? 'revised'}` : cmp.id ?? 'comparison';
    out.push(c('bold', head) + c('dim', `  (profile ${cmp.profile})`));
    const kinds = new Map<string, number>();
    for (const l of cmp.links) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
    const linked = new Set(cmp.links.flatMap((l) => l.revised));
    const carried = new Set(cmp.links.flatMap((l) => l.base));
    out.push(
      [
        `sentences: base ${cmp.base.sentences.length}, revised ${cmp.revised.sentences.length}`,
        [...kinds].sort().map(([k, n]) => `${n} ${k}`).join(', ') || 'no links',
        `${cmp.revised.sentences.length - linked.size} new, ${cmp.base.sentences.length - carried.size} not carried`,
      ].join('; '),
    );
    out.push(
      `findings: ${c('material', cmp.summary.material + ' material')}, ${c('notable', cmp.summary.notable + ' notable')}, ${c('minor', cmp.summary.minor + ' minor')}`,
    );
    for (const sev of ['material', 'notable', 'minor'] as Severity[]) {
      const fs = cmp.findings.filter((f) => f.severity === sev);
      if (!fs.length) continue;
      out.push('');
      for (const f of fs) out.push(...finding(f, t, c));
    }
    out.push('');
  });
  return out.join('\n');
}

function finding(f: Finding, t: { base: string; revised: string } | undefined, c: (k: string, s: string) => string): string[] {
  const lines = [`${c(f.severity, f.severity.padEnd(8))} ${c('bold', f.check)}  ${clip(f.message, 200)}`];
  const side = (name: string, l: Located | null, raw: string | undefined) => {
    if (!l) return;
    lines.push(`         ${c('dim', `${name.padEnd(8)} ${place(raw, l).padEnd(18)}`)} "${clip(l.text)}"`);
  };
  side('base', f.base, t?.base);
  side('revised', f.revised, t?.revised);
  return lines;
}
