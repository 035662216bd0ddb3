/**
 * A sorted text table read without parsing: the file is read once, and a word's lines are found by
 * binary search over the text itself (a probe backs up to the start of its line). Loading a table
 * of a hundred thousand lines this way costs the read alone; building maps of it, or even an index
 * of its line starts, took a large share of every start.
 *
 * Each line is "<kind> <word> ..." (or "<word> ..." with no kind); lines of one kind stand together,
 * sorted by word (a space sorts before every character of a word, so sorting whole lines sorts by
 * word).
 */
import { readFileSync } from 'node:fs';

export class SortedTable {
  readonly text: string;
  /** first and last+1 offset of each kind's lines, found on first use */
  private readonly sections = new Map<string, [number, number] | undefined>();

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
  }

  /** Offset after the line starting at `at` (after its newline). */
  private nextLine(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** The offsets of a kind's lines: from its first line's start to its last line's end. */
  private section(kind: string): [number, number] | undefined {
    if (!this.kinded) return [0, this.text.length];
    if (this.sections.has(kind)) return this.sections.get(kind);
    const t = this.text;
    const head = kind + ' ';
    const first = t.startsWith(head) ? 0 : t.indexOf('\n' + head) + 1;
    let sec: [number, number] | undefined;
    if (first > 0 || t.startsWith(head)) {
      const lastNl = t.lastIndexOf('\n' + head);
      sec = [first, this.nextLine(lastNl < 0 ? 0 : lastNl + 1)];
    }
    this.sections.set(kind, sec);
    return sec;
  }

  /** Compares the word of the line starting at `at` with `word`: <0, 0, >0. */
  private compare(at: number, word: string): number {
    const t = this.text;
    let p = at + (this.kinded ? 2 : 0);
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
    const sec = this.section(this.kinded ? kind : '');
    if (!sec || word.length === 0 || word.includes(' ') || word.includes('\n')) return [];
    const t = this.text;
    // lo and hi are line starts; the first line whose word is not below `word` is in [lo, hi]
    let lo = sec[0];
    let hi = sec[1];
    while (lo < hi) {
      let at = lo + ((hi - lo) >> 1);
      while (at > lo && t.charCodeAt(at - 1) !== 10) at--;
      if (this.compare(at, word) < 0) lo = this.nextLine(at);
      else hi = at;
    }
    const out: string[] = [];
    for (let at = lo; at < sec[1] && this.compare(at, word) === 0; ) {
      const next = this.nextLine(at);
      out.push(t.slice(at, t[next - 1] === '\n' ? next - 1 : next));
      at = next;
    }
    return out;
  }
}
