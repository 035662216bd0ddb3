/**
 * Hashing for fingerprints: a 32-bit string hash (FNV-1a with murmur3's finalizer, so close strings
 * land far apart), MinHash signatures over sets of such hashes, and LSH band keys.
 *
 * MinHash: for each of K seeded hash functions, the minimum over the set's elements. Two sets agree on
 * one position with probability equal to their Jaccard similarity. LSH banding cuts the signature
 * into B bands of R rows; two sets that agree on all rows of at least one band become candidates, with
 * probability 1 - (1 - J^R)^B. A band key packs the band's number and a hash of its rows into one
 * safe integer, so that a store can index it as a plain BIGINT.
 */

/** murmur3's 32-bit finalizer: every input bit affects every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units, then fmix32). */
export function hash32(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** The seeds of the K hash functions: fixed, so that signatures are comparable across runs and processes. */
function seeds(k: number): Uint32Array {
  const out = new Uint32Array(k);
  let x = 0x9e3779b9;
  for (let i = 0; i < k; i++) {
    x = fmix32(x + 0x6d2b79f5);
    out[i] = x;
  }
  return out;
}

const SEED_CACHE = new Map<number, Uint32Array>();

/** The MinHash signature of a set of 32-bit hashes (K minimums; all 0xffffffff for an empty set). */
export function minhash(set: ArrayLike<number>, k: number): Uint32Array {
  let s = SEED_CACHE.get(k);
  if (!s) SEED_CACHE.set(k, (s = seeds(k)));
  const sig = new Uint32Array(k).fill(0xffffffff);
  for (let j = 0; j < set.length; j++) {
    const x = set[j]!;
    for (let i = 0; i < k; i++) {
      const h = fmix32((x ^ s[i]!) >>> 0);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Band keys of a signature: `bands` keys of `rows` rows each. A key is `band * 2^32 + hash(rows)`,
 * an integer below 2^53 (safe in JavaScript, a BIGINT in SQL). An empty set has no keys.
 */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): number[] {
  if (sig.length < bands * rows) throw new RangeError(`a signature of ${sig.length} cannot make ${bands} bands of ${rows} rows`);
  if (sig.length && sig[0] === 0xffffffff && sig.every((v) => v === 0xffffffff)) return [];
  const out: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ sig[b * rows + r]!, 0x01000193));
    out.push(b * 4294967296 + h);
  }
  return out;
}

/** Size of the intersection of two sorted arrays of distinct numbers. */
export function intersectSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
