/** Timing helpers for the bench: repeated runs after warm-up, summarized by median and spread. */

export interface Summary {
  runs: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}

/** Percentile by linear interpolation over sorted samples (q in [0, 1]). */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  return {
    runs: s.length,
    median: percentile(s, 0.5),
    p10: percentile(s, 0.1),
    p90: percentile(s, 0.9),
    min: s[0] ?? NaN,
    max: s[s.length - 1] ?? NaN,
  };
}

export interface TimeOptions {
  /** untimed calls first (JIT, caches) */
  warmup: number;
  /** least number of timed calls */
  runs: number;
  /** keep timing until this many milliseconds have passed (and `runs` is reached) */
  minMs?: number;
  /** most timed calls */
  maxRuns?: number;
}

/** Times fn(i) per call, in milliseconds; i counts every call, warm-up included. */
export function time(fn: (i: number) => unknown, o: TimeOptions): Summary {
  let i = 0;
  let sink: unknown;
  for (; i < o.warmup; i++) sink = fn(i);
  const samples: number[] = [];
  const start = performance.now();
  const maxRuns = o.maxRuns ?? 10_000;
  while (samples.length < maxRuns && (samples.length < o.runs || performance.now() - start < (o.minMs ?? 0))) {
    const t = performance.now();
    sink = fn(i++);
    samples.push(performance.now() - t);
  }
  keep(sink);
  return summarize(samples);
}

let kept: unknown;
/** Keeps a result reachable so the call producing it is not optimized away. */
export function keep(x: unknown): void {
  kept = x;
  void kept;
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

export const ms = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');
export const mb = (bytes: number): string => (Number.isFinite(bytes) ? (bytes / (1024 * 1024)).toFixed(0) : '-');
