/**
 * A sorted text table read without parsing: the file is read once, line starts are found, and a
 * word's lines are found by binary search. Loading a table of a hundred thousand lines this way
 * takes milliseconds, where building maps of it took a large share of every start.
 *
 * Each line is "<kind> <word> ..." (or "<word> ..." with no kind); lines of one kind stand together,
 * sorted by word (a space sorts before every character of a word, so sorting whole lines sorts by
 * word).
 */
import { readFileSync } from 'node:fs';

export class SortedTable {
  readonly text: string;
  readonly starts: Int32Array;
  /** first and last+1 line of each kind */
  private readonly sections = new Map<string, [number, number]>();

  /**
   * @param kinded lines start with a one-letter kind
   * @param encoding `latin1` for ASCII tables (decodes as UTF-8 would, and faster), else `utf8`
   */
  constructor(
    path: string,
    private readonly kinded: boolean,
    encoding: 'latin1' | 'utf8' = 'latin1',
  ) {
    let text: string;
    try {
      text = readFileSync(path, encoding);
    } catch {
      // without its tables storydiff would silently find less: say so
      throw new Error(`data table ${path} is missing: build the package (npm run build)`);
    }
    this.text = text;
    let starts = new Int32Array(1024);
    let k = 0;
    for (let at = 0; at < text.length; ) {
      if (k === starts.length) {
        const grown = new Int32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[k++] = at;
      const nl = text.indexOf('\n', at);
      at = nl < 0 ? text.length : nl + 1;
    }
    this.starts = starts.subarray(0, k);
    if (kinded) {
      for (let i = 0; i < k; i++) {
        const kind = text[this.starts[i]!]!;
        const s = this.sections.get(kind);
        if (s) s[1] = i + 1;
        else this.sections.set(kind, [i, i + 1]);
      }
    } else this.sections.set('', [0, k]);
  }

  /** Offset where the word of line i starts. */
  private wordAt(i: number): number {
    return this.starts[i]! + (this.kinded ? 2 : 0);
  }

  /** Compares the word of line i with `word`: <0, 0, >0. */
  private compare(i: number, word: string): number {
    const t = this.text;
    let p = this.wordAt(i);
    for (let j = 0; j < word.length; j++, p++) {
      const c = p < t.length ? t.charCodeAt(p) : 10;
      const end = c === 32 || c === 10;
      if (end) return -1; // the line's word is a prefix of `word`
      const d = c - word.charCodeAt(j);
      if (d !== 0) return d;
    }
    const c = p < t.length ? t.charCodeAt(p) : 10;
    return c === 32 || c === 10 ? 0 : 1;
  }

  /** The lines (as strings) of a kind whose word is `word`, in file order. */
  lines(kind: string, word: string): string[] {
    const sec = this.sections.get(this.kinded ? kind : '');
    if (!sec || word.length === 0 || word.includes(' ') || word.includes('\n')) return [];
    let lo = sec[0];
    let hi = sec[1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, word) < 0) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sec[1] && this.compare(i, word) === 0; i++) {
      const nl = this.text.indexOf('\n', this.starts[i]!);
      const end = nl < 0 ? this.text.length : nl;
      out.push(this.text.slice(this.starts[i]!, end));
    }
    return out;
  }
}
