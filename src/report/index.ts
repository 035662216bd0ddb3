/** Formatters: pure functions (comparisons, options) => string, by name. JSON is canonical. */
import type { Comparison } from '../types.js';
import { json, jsonl } from './json.js';
import { text } from './text.js';
import { markdown } from './markdown.js';
import { html } from './html.js';

export interface FormatOptions {
  /** colour the output with ANSI escapes (text format) */
  color?: boolean;
  /** the raw texts, for line and column numbers and side-by-side views */
  texts?: Array<{ base: string; revised: string; baseName?: string; revisedName?: string }>;
}

export type Formatter = (comparisons: Comparison[], options: FormatOptions) => string;

export const FORMATS = { text, json, jsonl, md: markdown, html } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;

export function format(name: FormatName, comparisons: Comparison[], options: FormatOptions = {}): string {
  const f = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (!f) throw new RangeError(`unknown format "${String(name)}" (use one of ${Object.keys(FORMATS).join(', ')})`);
  if (!Array.isArray(comparisons)) {
    const one = comparisons !== null && typeof comparisons === 'object' && (comparisons as { schema?: unknown }).schema === 'storydiff/comparison@1';
    throw new TypeError(
      one
        ? 'format(name, comparisons): comparisons is a list; for one comparison, pass [result]'
        : `format(name, comparisons): comparisons must be a list of compare() results (got ${comparisons === null ? 'null' : typeof comparisons})`,
    );
  }
  if (options.texts !== undefined && !Array.isArray(options.texts)) throw new TypeError('format(): options.texts must be a list, one {base, revised} per comparison');
  return f(comparisons, options);
}
