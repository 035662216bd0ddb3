/**
 * Markdown: counts per severity and the profile, then a table of findings, for a pull-request comment
 * or a ticket. Input text is escaped so that it shows literally: Markdown punctuation gets a
 * backslash, `&` becomes `&amp;`, and newlines become `<br>` so a cell stays on one table row.
 */
import type { Comparison, Finding, Located, Severity } from '../types.js';
import type { FormatOptions } from './index.js';
import { place } from './place.js';

const SEVERITIES: readonly Severity[] = ['material', 'notable', 'minor'];

/** Escapes text for a GitHub-flavoured Markdown table cell: shows literally, stays on one row. */
export function escapeCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()<>#|~!]/g, (c) => '\\' + c)
    .replace(/\r\n?|\n|\u2028|\u2029/g, '<br>');
}

function clip(s: string, max: number): string {
  const one = s.replace(/[ \t]+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/** The words and where they stand: two rows with the same words (a headline and a lede) differ by place. */
function quoted(l: Located | null, raw: string | undefined): string {
  return l ? `“${escapeCell(clip(l.text, 240))}” <sub>${place(raw, l)}</sub>` : '—';
}

function row(f: Finding, t: { base: string; revised: string } | undefined): string {
  const check = f.docs && /^https:\/\/[^\s()<>]+$/.test(f.docs) ? `[${escapeCell(f.check)}](${f.docs})` : escapeCell(f.check);
  const severity = f.severity === 'material' ? '**material**' : f.severity;
  return `| ${severity} | ${check} | ${quoted(f.base, t?.base)} | ${quoted(f.revised, t?.revised)} | ${escapeCell(clip(f.message, 400))} |`;
}

export function markdown(comparisons: Comparison[], options: FormatOptions): string {
  const out: string[] = [];
  comparisons.forEach((c, i) => {
    const t = options.texts?.[i];
    const title = t?.baseName || t?.revisedName ? `${t.baseName ?? 'base'} → ${t.revisedName ?? 'revised'}` : c.id ?? (comparisons.length > 1 ? `comparison ${i + 1}` : 'comparison');
    if (i > 0) out.push('');
    out.push(`### storydiff: ${escapeCell(title)}`, '');
    const counts = SEVERITIES.map((s) => (s === 'material' && c.summary[s] ? `**${c.summary[s]} material**` : `${c.summary[s] ?? 0} ${s}`)).join(' · ');
    out.push(`Profile \`${c.profile}\` · ${counts}`, '');
    if (!c.findings.length) {
      out.push('No findings.');
      return;
    }
    out.push('| severity | check | before | after | message |', '|---|---|---|---|---|');
    for (const f of c.findings) out.push(row(f, t));
  });
  return out.join('\n') + '\n';
}
