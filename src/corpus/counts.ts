/**
 * Counts keyed by 32-bit hashes in one open-addressing table (linear probing, typed arrays): the
 * document frequencies of a corpus grouped in memory. A `Map<number, number>` keeps hashes at or
 * above 2^31 as heap numbers, and reading the frequencies of every term of forty candidates per
 * placement was most of the time to place an article.
 */
export class HashCounts {
  private keys: Int32Array;
  private values: Int32Array;
  /** slot in use (a key may be 0) */
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n);
    this.values = new Int32Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
  }

  private slot(k: number): number {
    // the keys are hashes already: their low bits are spread
    let i = k & this.mask;
    while (this.used[i] && this.keys[i] !== k) i = (i + 1) & this.mask;
    return i;
  }

  get(h: number): number {
    const i = this.slot(h | 0);
    return this.used[i] ? this.values[i]! : 0;
  }

  add(h: number, by = 1): void {
    const k = h | 0;
    let i = this.slot(k);
    if (!this.used[i]) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        i = this.slot(k);
      }
      this.used[i] = 1;
      this.keys[i] = k;
      this.size++;
    }
    this.values[i]! += by;
  }

  private grow(): void {
    const { keys, values, used } = this;
    const n = keys.length * 2;
    this.keys = new Int32Array(n);
    this.values = new Int32Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const j = this.slot(keys[i]!);
      this.used[j] = 1;
      this.keys[j] = keys[i]!;
      this.values[j] = values[i]!;
    }
  }

  /** Every key (as an unsigned 32-bit hash) with its count. */
  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.used[i]) yield [this.keys[i]! >>> 0, this.values[i]!];
  }
}
