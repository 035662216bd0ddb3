/**
 * A sorted text table read without parsing: the file is read once, and a word's lines are found by
 * binary search over the text itself (a probe backs up to the start of its line). Loading a table
 * of a hundred thousand lines this way costs the read alone; building maps of it, or even an index
 * of its line starts, took a large share of every start. An ASCII table is searched in its bytes,
 * not decoded into a string first (decoding the WordNet table took longer than reading it).
 *
 * Each line is "<kind> <word> ..." (or "<word> ..." with no kind); lines of one kind stand together,
 * sorted by word (a space sorts before every character of a word, so sorting whole lines sorts by
 * word).
 */
import { readFileSync } from 'node:fs';

const NL = 10;
const SPACE = 32;

export class SortedTable {
  /** the text of a `utf8` table */
  private readonly text: string = '';
  /** the bytes of a `latin1` table (each byte one character, as latin1 decodes it) */
  private readonly bytes: Buffer | undefined;
  private readonly length: number;
  /** first and last+1 offset of each kind's lines, found on first use */
  private sections: Map<string, [number, number]> | undefined;

  /** One table per file and reading, shared by every module that reads it. */
  static open(path: string, kinded: boolean, encoding: 'latin1' | 'utf8' = 'latin1'): SortedTable {
    const key = `${encoding}:${kinded ? 1 : 0}:${path}`;
    let t = opened.get(key);
    if (!t) opened.set(key, (t = new SortedTable(path, kinded, encoding)));
    return t;
  }

  /**
   * @param kinded lines start with a one-letter kind
   * @param encoding `latin1` for ASCII tables (searched in their bytes), else `utf8`
   */
  constructor(
    path: string,
    private readonly kinded: boolean,
    encoding: 'latin1' | 'utf8' = 'latin1',
  ) {
    try {
      if (encoding === 'latin1') this.bytes = readFileSync(path);
      else this.text = readFileSync(path, 'utf8');
    } catch {
      // without its tables storydiff would silently find less: say so
      throw new Error(`data table ${path} is missing: build the package (npm run build)`);
    }
    this.length = this.bytes ? this.bytes.length : this.text.length;
  }

  /** The character (code unit) at `at`. */
  private code(at: number): number {
    return this.bytes ? this.bytes[at]! : this.text.charCodeAt(at);
  }

  /** Offset after the line starting at `at` (after its newline). */
  private nextLine(at: number): number {
    const nl = this.bytes ? this.bytes.indexOf(NL, at) : this.text.indexOf('\n', at);
    return nl < 0 ? this.length : nl + 1;
  }

  /** The start of the line holding offset `at`, no earlier than `lo`. */
  private lineStart(at: number, lo: number): number {
    while (at > lo && this.code(at - 1) !== NL) at--;
    return at;
  }

  /**
   * The offsets of every kind's lines, from its first line's start to its last line's end: each
   * section ends at the first line of another kind, found by binary search (kinds stand together).
   */
  private findSections(): Map<string, [number, number]> {
    const out = new Map<string, [number, number]>();
    for (let start = 0; start < this.length; ) {
      const kind = this.code(start);
      // the first line in (start, length] not of this kind: lo and hi are line starts
      let lo = this.nextLine(start);
      let hi = this.length;
      while (lo < hi) {
        const at = this.lineStart(lo + ((hi - lo) >> 1), lo);
        if (this.code(at) === kind) lo = this.nextLine(at);
        else hi = at;
      }
      // a kind is one letter followed by a space; a line of another shape ends the table
      if (this.code(start + 1) !== SPACE) break;
      out.set(String.fromCharCode(kind), [start, lo]);
      start = lo;
    }
    return out;
  }

  /** The offsets of a kind's lines: from its first line's start to its last line's end. */
  private section(kind: string): [number, number] | undefined {
    if (!this.kinded) return [0, this.length];
    this.sections ??= this.findSections();
    return this.sections.get(kind);
  }

  /** Compares the word of the line starting at `at` with `word`: <0, 0, >0. */
  private compare(at: number, word: string): number {
    const n = this.length;
    let p = at + (this.kinded ? 2 : 0);
    for (let j = 0; j < word.length; j++, p++) {
      const c = p < n ? this.code(p) : NL;
      const end = c === SPACE || c === NL;
      if (end) return -1; // the line's word is a prefix of `word`
      const d = c - word.charCodeAt(j);
      if (d !== 0) return d;
    }
    const c = p < n ? this.code(p) : NL;
    return c === SPACE || c === NL ? 0 : 1;
  }

  /** The text of [from, to). */
  private slice(from: number, to: number): string {
    return this.bytes ? this.bytes.toString('latin1', from, to) : this.text.slice(from, to);
  }

  /** The lines (as strings) of a kind whose word is `word`, in file order. */
  lines(kind: string, word: string): string[] {
    const sec = this.section(this.kinded ? kind : '');
    if (!sec || word.length === 0 || word.includes(' ') || word.includes('\n')) return [];
    // lo and hi are line starts; the first line whose word is not below `word` is in [lo, hi]
    let lo = sec[0];
    let hi = sec[1];
    while (lo < hi) {
      const at = this.lineStart(lo + ((hi - lo) >> 1), lo);
      if (this.compare(at, word) < 0) lo = this.nextLine(at);
      else hi = at;
    }
    const out: string[] = [];
    for (let at = lo; at < sec[1] && this.compare(at, word) === 0; ) {
      const next = this.nextLine(at);
      out.push(this.slice(at, this.code(next - 1) === NL ? next - 1 : next));
      at = next;
    }
    return out;
  }
}

const opened = new Map<string, SortedTable>();
