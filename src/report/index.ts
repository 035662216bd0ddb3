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
  const f = FORMATS[name];
  if (!f) throw new RangeError(`unknown format "${String(name)}"`);
  return f(comparisons, options);
}
