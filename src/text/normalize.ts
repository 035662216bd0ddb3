/**
 * Normalization for matching, with a map back to raw offsets.
 *
 * Folds as ../shared/cases/README.md describes: Unicode NFKC; the hyphens U+2010 to U+2013 and
 * U+2212 to "-"; curly single quotes to "'"; curly double quotes to '"'; runs of white space to one
 * space. Every normalized character remembers the raw offset it came from, so any span found in
 * the normalized text can be reported as raw characters.
 */

const FOLD: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00AB': '"', '\u00BB': '"',
  '\u00AD': '', // soft hyphen
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '',
};

export interface Normalized {
  norm: string;
  /** normToRaw[i] is the raw offset of norm[i]; the extra last entry is raw.length */
  normToRaw: Int32Array;
}

const isSpace = (c: string): boolean => /\s/u.test(c);

/** Folds one code point; multi-character results share the code point's raw offset. */
function foldChar(ch: string): string {
  const f = FOLD[ch];
  if (f !== undefined) return f;
  if (ch.charCodeAt(0) < 0x80) return ch;
  const n = ch.normalize('NFKC');
  let out = '';
  for (const c of n) out += FOLD[c] ?? c;
  return out;
}

export function normalize(raw: string): Normalized {
  // code units and their raw offsets in typed arrays (grown as folding lengthens the text): JS arrays
  // of one-character strings and a join took ~0.3 s on a 100k-word text, these take ~15 ms
  let codes = new Uint16Array(raw.length + 16);
  let map = new Int32Array(raw.length + 17); // one more: the final raw.length
  let n = 0;
  const push = (code: number, at: number): void => {
    if (n + 1 >= map.length) {
      const c = new Uint16Array(2 * map.length);
      c.set(codes);
      codes = c;
      const m = new Int32Array(2 * map.length + 1);
      m.set(map);
      map = m;
    }
    codes[n] = code;
    map[n++] = at;
  };
  let pendingSpace = -1; // raw offset of a pending white space run
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (code < 0x80 && code !== 10 && code !== 13) {
      // fast path, same result: ASCII folds to itself; tab, VT, FF and space are white space
      if (code === 32 || code === 9 || code === 11 || code === 12) {
        if (pendingSpace < 0) pendingSpace = i;
      } else {
        if (pendingSpace >= 0) {
          if (n > 0 && codes[n - 1] !== 10) push(32, pendingSpace);
          pendingSpace = -1;
        }
        push(code, i);
      }
      i++;
      continue;
    }
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (ch === '\n' || ch === '\r') {
      // line breaks are kept as "\n" (paragraph structure); surrounding blanks fold into it
      if (n > 0 && codes[n - 1] === 32) n--;
      if (ch === '\r' && raw[i + 1] === '\n') {
        push(10, i);
        i += 2;
        pendingSpace = -1;
        continue;
      }
      push(10, i);
      pendingSpace = -1;
      i += width;
      continue;
    }
    const folded = foldChar(ch);
    if (folded.length > 0 && isSpace(folded)) {
      if (pendingSpace < 0) pendingSpace = i;
      i += width;
      continue;
    }
    if (pendingSpace >= 0) {
      if (n > 0 && codes[n - 1] !== 10) push(32, pendingSpace);
      pendingSpace = -1;
    }
    for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i);
    i += width;
  }
  map[n] = raw.length;
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) parts.push(String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192))));
  return { norm: parts.join(''), normToRaw: map.slice(0, n + 1) };
}

/** Maps a normalized half-open range to raw offsets. */
export function toRaw(normToRaw: Int32Array, start: number, end: number): { start: number; end: number } {
  const s = normToRaw[start]!;
  if (end <= start) return { start: s, end: s };
  // end: the raw offset just past the last normalized character's raw source
  const lastRaw = normToRaw[end - 1]!;
  let e = normToRaw[end]!;
  if (e <= lastRaw) e = lastRaw + 1;
  return { start: s, end: Math.max(s, e) };
}

/** Folds a snippet the same way, for comparing text (no map). */
export function fold(text: string): string {
  return normalize(text).norm.replace(/\n/g, ' ');
}

/**
 * The normalized text alone, without the map back to raw offsets: what `normalize(raw).norm` gives.
 * Text in plain ASCII without carriage returns (most news copy once quotes are straight) only has
 * its runs of blanks folded, one line at a time, without a pass over each character.
 */
export function normalizedText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]|\r/.test(raw)) return normalize(raw).norm;
  return raw
    .split('\n')
    .map((line) => line.replace(/[ \t\v\f]+/g, ' ').replace(/^ | $/g, ''))
    .join('\n');
}
