/**
 * A small seeded PRNG (mulberry32, Tommy Ettinger's public-domain generator) with the helpers the
 * generator needs. Nothing in train/ may call Math.random: the same seed gives the same pairs.
 */
import { prng } from '../bench/synth.js';

export class Rng {
  /** A float in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = prng(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi] (both included). */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list');
    return xs[this.int(xs.length)]!;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = xs.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** A new generator derived from this one and a label, so that sub-streams do not interfere. */
  fork(label: number): Rng {
    return new Rng(Math.imul(this.int(0x7fffffff) ^ label, 0x9e3779b1) >>> 0);
  }
}
