import type { Comparison } from '../types.js';

/** One comparison: pretty JSON. Several: a JSON array. */
export function json(comparisons: Comparison[]): string {
  const value = comparisons.length === 1 ? comparisons[0] : comparisons;
  return JSON.stringify(value, null, 2) + '\n';
}

/** One line of JSON per comparison. */
export function jsonl(comparisons: Comparison[]): string {
  return comparisons.map((c) => JSON.stringify(c) + '\n').join('');
}
