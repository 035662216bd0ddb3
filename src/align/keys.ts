/**
 * Matching keys (stems, numbers, quantity keys, WordNet senses) as small integers, for coverage():
 * it is asked of every candidate pair of sentences and of every pair of value bindings, and with
 * integers a key of one side is tested against the other side with an array read (a table of
 * stamps) instead of a hash lookup of a string.
 *
 * Ids last for the process, up to a bound: past it, the next comparison starts a new table (a new
 * generation). Ids of an older generation are never compared with the current ones: features made
 * under it are converted again (align.ts).
 */

/** Ids handed out before a comparison starts a new table (a long-running server meets ever more words). */
const MAX_KEYS = 1 << 21;

let table = new Map<string, number>();
let current = 1;

/** The generation of the ids handed out now. */
export const generation = (): number => current;

/** Starts a new table when the current one is over its bound; called where a comparison starts. */
export function renewKeys(): void {
  if (table.size <= MAX_KEYS) return;
  table = new Map();
  current++;
  lists = new WeakMap();
}

export function keyId(key: string): number {
  let id = table.get(key);
  if (id === undefined) table.set(key, (id = table.size));
  return id;
}

const EMPTY = new Int32Array(0);

/** Word lists (WordNet's synonym keys) are shared by every token of a word: each is converted once. */
let lists = new WeakMap<readonly string[], Int32Array>();

/** The ids of a list of keys, in its order. */
export function listIds(keys: readonly string[]): Int32Array {
  if (keys.length === 0) return EMPTY;
  let ids = lists.get(keys);
  if (!ids) {
    ids = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) ids[i] = keyId(keys[i]!);
    lists.set(keys, ids);
  }
  return ids;
}

/** The ids of a set of keys. */
export function setIds(keys: ReadonlySet<string>): Int32Array {
  const ids = new Int32Array(keys.size);
  let i = 0;
  for (const k of keys) ids[i++] = keyId(k);
  return ids;
}

/**
 * One set of ids at a time, marked in a table of stamps: membership is one read. Marking again the
 * set last marked (the same owner) costs nothing, so a loop comparing many sentences with one keeps it.
 */
export class Marks {
  #stamps = new Int32Array(1 << 12);
  #stamp = 0;
  #owner: object | undefined;
  #generation = 0;

  /** The set marked is `owner`'s, of the current generation. */
  holds(owner: object): boolean {
    return owner === this.#owner && this.#generation === current;
  }

  /** Starts marking the set of `owner`: false when it is the set marked already (nothing to add). */
  start(owner: object): boolean {
    if (owner === this.#owner && this.#generation === current) return false;
    this.#owner = owner;
    this.#generation = current;
    if (this.#stamps.length < table.size) {
      let n = this.#stamps.length;
      while (n < table.size) n *= 2;
      this.#stamps = new Int32Array(n);
      this.#stamp = 0;
    }
    if (++this.#stamp === 0x7fffffff) {
      this.#stamps.fill(0);
      this.#stamp = 1;
    }
    return true;
  }

  /** Marks ids of the set being started. */
  add(ids: Int32Array): void {
    const s = this.#stamps;
    const stamp = this.#stamp;
    for (let i = 0; i < ids.length; i++) s[ids[i]!] = stamp;
  }

  /** Marks one id of the set being started (an id handed out before it was started). */
  put(id: number): void {
    this.#stamps[id] = this.#stamp;
  }

  has(id: number): boolean {
    return id < this.#stamps.length && this.#stamps[id] === this.#stamp;
  }
}
