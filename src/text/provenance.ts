/**
 * Text of any provenance: model output and tokenized text read as edited prose would be read.
 *
 * - Tokenized text ("do n't", "it 's", "735 , 000", "-lrb- ap -rrb-", "`` quoted ''", "said . the", "# 85" for "£85")
 *   is recognised by its tell-tale forms and folded back in the normalized text ("don't", "(ap)");
 *   the full stops a tokenizer wrote as their own token are kept as sure sentence ends.
 * - Placeholder tokens ("UNK", "<unk>", "[UNK]") become one U+FFFD character: an unknown word, never
 *   part of a name, never a word to support or contradict.
 * - A telling written without capitals is given the capitals the other telling writes mid-sentence,
 *   and those English always writes (I, weekdays, months), so that names are seen.
 *
 * Folding only drops or replaces characters, and every normalized character keeps its raw offset,
 * so findings still point at the raw characters. A dropped space before a mark is given to the
 * mark ("do n't": the "n" maps to the space), so a word before it ends exactly where it ends in
 * the raw text; a dropped space after an opening mark stays with the mark.
 */
import { fileURLToPath } from 'node:url';
import type { Normalized } from './normalize.js';
import { SortedTable } from './table.js';
import { known } from './lexicon.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { SPEECH_VERBS } from '../data/speech.js';
import {
  ALWAYS_CAPITALIZED, CLITICS, SUBJECTS, MONTHS_BEFORE_NUMBER, NEVER_TRUECASED, PLACEHOLDERS, PTB_BRACKETS,
} from '../data/model-text.js';

/** The capitals a telling writes, to give to a telling written without capitals. */
export interface Casing {
  /** a word written with capitals inside a sentence and never in lower case: "mchenry" -> "McHenry" */
  words: ReadonlyMap<string, string>;
  /** runs of capitalized words, by their lower-case first word: "new" -> ["New York"] */
  phrases: ReadonlyMap<string, readonly string[]>;
  /** the words it writes in lower case */
  lower: ReadonlySet<string>;
}

interface Edit {
  /** normalized range replaced */
  start: number;
  end: number;
  /** its replacement; each character maps to the raw offset of norm[start + k] (the last for the rest) */
  text: string;
  /** the replacement's last character is a sentence end a tokenizer wrote as its own token */
  stop?: boolean;
  /** a normalized offset kept as it is that the edit makes a sure sentence end ("u.s. ." -> "u.s.") */
  stopAt?: number;
  /** a normalized offset kept as it is where a sentence starts (run-together sentences) */
  breakAt?: number;
}

export interface Folded extends Normalized {
  /** normalized offsets of sure sentence ends */
  stops: Set<number>;
  /** normalized offsets where a sentence surely starts */
  breaks: Set<number>;
}

// --- placeholders ---------------------------------------------------------------------------------

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACEHOLDER = new RegExp(
  PLACEHOLDERS.map((p) => (/^\w/.test(p) ? `\\b${escape(p)}\\b` : escape(p))).join('|'),
  'g',
);
const PLACEHOLDER_WORD = new Set(PLACEHOLDERS.map((p) => p.replace(/[^\p{L}]/gu, '').toLowerCase()));

/** Placeholders as one U+FFFD each; a bare lower-case "unk" too in a tokenized or caseless telling. */
export function maskPlaceholders(n: Normalized, modelText: boolean): Normalized {
  if (!/unk/i.test(n.norm)) return n;
  const re = modelText ? new RegExp(PLACEHOLDER.source + '|\\bunk\\b', 'g') : PLACEHOLDER;
  const edits: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(n.norm); m; m = re.exec(n.norm)) edits.push({ start: m.index, end: m.index + m[0].length, text: '\uFFFD' });
  return edits.length ? rewrite(n, edits) : n;
}

/**
 * Quotation marks written as two backquotes and two apostrophes (TeX's and the Penn Treebank's
 * convention, left in model output: "are ``dismayed''that") as '"', in a telling that has "``"; a
 * word run on after the closing mark is given its space back ('"dismayed" that').
 */
export function foldTexQuotes(n: Normalized): Normalized {
  if (!n.norm.includes('``')) return n;
  const edits: Edit[] = [];
  const re = /``|''(\p{L}|\p{N})?/gu;
  for (let m = re.exec(n.norm); m; m = re.exec(n.norm)) {
    edits.push({ start: m.index, end: m.index + 2, text: m[0] === '``' || !m[1] ? '"' : '" ' });
    re.lastIndex = m.index + 2;
  }
  return rewrite(n, edits);
}

// --- detection ------------------------------------------------------------------------------------

// a mark written as its own token; the dots of a spaced ellipsis (". . .") are not
const LONE_MARK = '(?<!(?:^|[ \\n])\\.) [.,;:?!](?! \\.)';
const CLITIC = `(?:${CLITICS.map(escape).join('|')})`;
const TELLS = new RegExp(
  ` ${CLITIC}(?=[^\\p{L}]|$)|-(?:${Object.keys(PTB_BRACKETS).map((b) => b.slice(1, -1)).join('|')})-|\`\`|(?<= )''(?=[ \\n]|$)|${LONE_MARK}(?=[ \\n]|$)`,
  'giu',
);

/**
 * A tokenized telling: tell-tale forms ("do n't", " , ", " . ", "-lrb-", "``") at least twice (once
 * in a telling without capitals) and at least once in 40 words. Edited prose with a stray " ," is not.
 */
export function isTokenized(norm: string, caseless = false): boolean {
  // most prose has none of the forms: a quick look before the full search
  if (norm.indexOf(' ,') < 0 && norm.indexOf(' .') < 0 && norm.indexOf(" n'") < 0 && norm.indexOf('``') < 0 && norm.indexOf("''") < 0 && !/-[lr][rsc]b-/i.test(norm)) return false;
  TELLS.lastIndex = 0;
  let tells = 0;
  while (TELLS.exec(norm)) tells++;
  if (tells < (caseless ? 1 : 2)) return false;
  let words = 1;
  for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) === 32) words++;
  return tells * 40 >= words;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019.&][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * A telling written without capitals (model output, lower-cased corpora): it opens with a lower-case
 * letter and at most one word in twenty has a capital (placeholders aside).
 */
export function isCaseless(text: string): boolean {
  // the first letter of a word that is no placeholder
  let first: string | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && first === undefined; m = WORD.exec(text)) {
    if (!PLACEHOLDER_WORD.has(m[0].toLowerCase()) || m[0] === m[0].toLowerCase()) first = m[0][0];
  }
  if (first === undefined || !/\p{Ll}/u.test(first)) return false;
  let words = 0;
  let caps = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (PLACEHOLDER_WORD.has(m[0].toLowerCase()) && m[0] !== m[0].toLowerCase()) continue;
    words++;
    if (/\p{Lu}/u.test(m[0])) caps++;
  }
  return caps * 20 <= words;
}

// --- folding --------------------------------------------------------------------------------------

/** Folds the forms of tokenized text; see the file comment. */
export function untokenize(n: Normalized): Folded {
  const norm = n.norm;
  const edits: Edit[] = [];
  const all = (re: RegExp, f: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) f(m);
  };
  // "-lrb- ap -rrb-" -> "(ap)"
  all(/( ?)-(lrb|rrb|lsb|rsb|lcb|rcb)-( ?)/gi, (m) => {
    const bracket = PTB_BRACKETS[`-${m[2]!.toLowerCase()}-`]!;
    const opening = '([{'.includes(bracket);
    const start = m.index + (opening ? m[1]!.length : 0);
    const end = m.index + m[0].length - (opening ? 0 : m[3]!.length);
    edits.push({ start, end, text: bracket });
  });
  // "`` quoted ''" -> '"quoted"'
  all(/``( ?)/g, (m) => edits.push({ start: m.index, end: m.index + m[0].length, text: '"' }));
  all(/( ?)''(?=[ \n.,;:?!]|$|(\p{L}|\p{N}))/gu, (m) => {
    // '' closing a quotation; a word run on after it gets its space back ("``dismayed''that")
    const end = m.index + m[0].length;
    edits.push({ start: m.index, end, text: m[2] ? '" ' : '"', ...runOn(norm, end) });
  });
  // "said ." -> "said.", "13 %" -> "13%"; "u.s. ." -> "u.s." with its dot a sure end
  all(new RegExp(`${LONE_MARK.replace('[.,;:?!]', '([.,;:?!%])')}(?=[ \\n"')\\]]|$)`, 'g'), (m) => {
    const mark = m[1]!;
    const sentenceEnd = mark === '.' || mark === '?' || mark === '!';
    if (mark === '.' && norm[m.index - 1] === '.') edits.push({ start: m.index, end: m.index + 2, text: '', stopAt: m.index - 1 });
    else edits.push({ start: m.index, end: m.index + 2, text: mark, stop: sentenceEnd });
  });
  // "do n't", "it 's"
  all(new RegExp(` ${CLITIC}(?=[^\\p{L}]|$)`, 'giu'), (m) => edits.push({ start: m.index, end: m.index + 2, text: m[0][1]! }));
  // "735 , 000" -> "735,000" (the space before the comma goes above)
  all(/(?<![\d,])\d{1,3} , (?=\d{3}(?!\d))/g, (m) => {
    const at = m.index + m[0].length - 1;
    edits.push({ start: at, end: at + 1, text: '' });
  });
  // "( left )" -> "(left)", "$ 1.2" -> "$1.2"; "# 85" -> "£85": the tokenized news corpora models
  // learn from write the pound sign as "#"
  all(/([([{]) (?=\S)|([$£€#]) (?=\d)/g, (m) => edits.push({ start: m.index, end: m.index + 2, text: m[0][0] === '#' ? '£' : m[0][0]! }));
  all(/(?<=\S) ([)\]}])/g, (m) => edits.push({ start: m.index, end: m.index + 2, text: m[1]! }));
  quotePairs(norm, edits);
  const out = rewrite(n, edits);
  return out;
}

/**
 * Quotation marks written as their own tokens: a lone "`" or "'" and the next lone "'" of its line,
 * at most 30 words on, are a single quotation; lone '"' marks pair up the same way. A lone "'" with
 * no partner is left as it is (a plural's possessive: "the players ' union").
 */
function quotePairs(norm: string, edits: Edit[]): void {
  const marks: Array<{ at: number; c: string; word: number }> = [];
  let words = 0;
  const flush = (): void => {
    for (const kind of ["'", '"']) {
      const ms = marks.filter((m) => (kind === '"' ? m.c === '"' : m.c !== '"'));
      for (let k = 0; k + 1 < ms.length; k++) {
        const a = ms[k]!;
        const b = ms[k + 1]!;
        if (b.c === '`' || b.word - a.word > 30 || norm[a.at + 1] !== ' ' || norm[b.at - 1] !== ' ') continue;
        edits.push({ start: a.at, end: a.at + 2, text: a.c === '`' ? "'" : a.c });
        edits.push({ start: b.at - 1, end: b.at + 1, text: b.c, ...runOn(norm, b.at + 1) });
        k++;
      }
    }
    marks.length = 0;
  };
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    if (c === '\n') flush();
    if (c === ' ') words++;
    if (c !== '`' && c !== "'" && c !== '"') continue;
    const alone = (i === 0 || norm[i - 1] === ' ' || norm[i - 1] === '\n') && (i + 1 >= norm.length || /[ \n.,;:?!]/.test(norm[i + 1]!));
    if (alone && norm[i + 1] !== c && norm[i - 1] !== c) marks.push({ at: i, c, word: words });
  }
  flush();
}

/**
 * A sentence run on after a closing quotation mark with no full stop: a subject follows and no
 * speech verb within three words ("` gold digger ' it was n't long before ...", not "' he said").
 * Gives the subject's offset, where the next sentence starts.
 */
function runOn(norm: string, after: number): { breakAt?: number } {
  if (/[,;:.?!] ?$/.test(norm.slice(Math.max(0, after - 4), after - 1))) return {};
  const m = /^ ([a-z]+)((?: [a-z']+){0,3})/i.exec(norm.slice(after, after + 80));
  if (!m || !SUBJECTS.has(m[1]!.toLowerCase())) return {};
  if (m[2]!.split(' ').some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return {};
  return { breakAt: after + 1 };
}

/** Applies edits (overlapping ones after the first are skipped) and rebuilds the map to raw offsets. */
function rewrite(n: Normalized, edits: Edit[]): Folded {
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const { norm, normToRaw } = n;
  const codes: number[] = [];
  const map: number[] = [];
  const stops = new Set<number>();
  const breaks = new Set<number>();
  const keptAt = new Map<number, number>(); // normalized offsets that edits name -> new offsets
  const wanted = new Set(edits.flatMap((e) => [e.stopAt, e.breakAt]).filter((x) => x !== undefined));
  let i = 0;
  for (const e of edits) {
    if (e.start < i) continue;
    for (; i < e.start; i++) {
      if (wanted.has(i)) keptAt.set(i, codes.length);
      codes.push(norm.charCodeAt(i));
      map.push(normToRaw[i]!);
    }
    for (let k = 0; k < e.text.length; k++) {
      codes.push(e.text.charCodeAt(k));
      map.push(normToRaw[Math.min(e.start + k, e.end - 1)]!);
    }
    if (e.stop) stops.add(codes.length - 1);
    if (e.stopAt !== undefined && keptAt.has(e.stopAt)) stops.add(keptAt.get(e.stopAt)!);
    i = e.end;
  }
  for (; i < norm.length; i++) {
    if (wanted.has(i)) keptAt.set(i, codes.length);
    codes.push(norm.charCodeAt(i));
    map.push(normToRaw[i]!);
  }
  map.push(normToRaw[norm.length]!);
  for (const e of edits) if (e.breakAt !== undefined && keptAt.has(e.breakAt)) breaks.add(keptAt.get(e.breakAt)!);
  let text = '';
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
  return { norm: text, normToRaw: Int32Array.from(map), stops, breaks };
}

// --- truecasing -----------------------------------------------------------------------------------

const NEVER = new Set(NEVER_TRUECASED);
const ALWAYS = new Map(ALWAYS_CAPITALIZED.map((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));
const MONTH_WORDS = new Set(MONTHS_BEFORE_NUMBER);

const CONNECTOR_WORDS = new Set(['of', 'de', 'del', 'della', 'da', 'van', 'von', 'der', 'la', 'le', 'al', 'bin', 'ibn']);

/**
 * The capitals a telling writes: each word it writes with a capital inside a sentence (after a
 * word or a comma, not after a full stop, a colon or a quotation mark) and never in lower case;
 * each run of two or more capitalized words ("New York", "Bank of England"), wherever it stands,
 * without a function word that opens it ("The"); and the words it writes in lower case.
 */
export function casingOf(text: string): Casing {
  const forms = new Map<string, Map<string, number>>();
  const lower = new Set<string>();
  const phrases = new Map<string, string[]>();
  let run: string[] = [];
  let runEnd = -1;
  const endRun = (): void => {
    while (run.length && CONNECTOR_WORDS.has(run[run.length - 1]!)) run.pop();
    while (run.length && STOP_WORDS.has(run[0]!.toLowerCase())) run.shift();
    // the run and its parts: "New York Police Department" gives "New York Police", "New York", ...
    for (let a = 0; a + 1 < run.length; a++) {
      if (CONNECTOR_WORDS.has(run[a]!) || STOP_WORDS.has(run[a]!.toLowerCase())) continue;
      const first = run[a]!.toLowerCase();
      const list = phrases.get(first) ?? [];
      for (let b = a + 2; b <= run.length; b++) {
        if (CONNECTOR_WORDS.has(run[b - 1]!)) continue;
        const phrase = run.slice(a, b).join(' ');
        if (!list.includes(phrase)) list.push(phrase);
      }
      if (list.length) phrases.set(first, list);
    }
    run = [];
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const lw = w.toLowerCase();
    const joined = runEnd >= 0 && text.slice(runEnd, m.index) === ' ';
    const capital = w !== lw && /^\p{Lu}/u.test(w);
    if (capital || (joined && run.length && CONNECTOR_WORDS.has(w))) {
      if (!joined) endRun();
      run.push(w);
    } else endRun();
    runEnd = m.index + w.length;
    if (w === lw) {
      lower.add(lw);
      continue;
    }
    let p = m.index - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p--;
    if (p < 0 || !/[\p{L}\p{N},]/u.test(text[p]!)) continue; // a sentence may open here
    if (lw.length < 2 || STOP_WORDS.has(lw) || NEVER.has(lw) || PLACEHOLDER_WORD.has(lw)) continue;
    let f = forms.get(lw);
    if (!f) forms.set(lw, (f = new Map()));
    f.set(w, (f.get(w) ?? 0) + 1);
  }
  endRun();
  const words = new Map<string, string>();
  for (const [lw, f] of forms) {
    if (lower.has(lw)) continue;
    let best = '';
    let n = 0;
    for (const [w, c] of f) if (c > n) [best, n] = [w, c];
    words.set(lw, best);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.length - a.length);
  return { words, phrases, lower };
}

let names: SortedTable | undefined;
/** The kinds the names table (dist/data/names.txt, from `compromise`) gives a word: "MaleName", "LastName". */
function nameKinds(lower: string): string {
  names ??= SortedTable.open(fileURLToPath(new URL('../../data/names.txt', import.meta.url)), false, 'utf8');
  const line = names.lines('', lower)[0];
  return line === undefined ? '' : line.slice(line.indexOf(' ') + 1);
}

const capitalize = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/**
 * Gives a caseless telling's words their capitals; the same length, so the map to raw offsets holds.
 * Words take the other telling's capitals, or those English always writes; then a name's
 * neighbours join it: a first name before a capitalized word ("stan Wawrinka"), and a surname or a
 * word no dictionary knows after a capitalized first name ("Alexis randock").
 */
export function truecase(norm: string, casing: Casing | undefined): string {
  const ws: Array<{ at: number; w: string; cased: string | undefined }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const w = m[0];
    if (w !== w.toLowerCase()) {
      ws.push({ at: m.index, w, cased: w });
      continue;
    }
    let cased = casing?.words.get(w) ?? ALWAYS.get(w);
    if (cased === undefined && !casing?.lower.has(w) && !STOP_WORDS.has(w) && /City|Country|Region/.test(nameKinds(w))) {
      cased = capitalize(w); // a place a gazetteer knows: "geneva", "turkey"
    }
    if (cased === undefined && MONTH_WORDS.has(w) && /^ \d/.test(norm.slice(m.index + w.length, m.index + w.length + 2))) {
      cased = capitalize(w);
    }
    ws.push({ at: m.index, w, cased: cased !== undefined && cased.length === w.length ? cased : undefined });
  }
  // neighbours: only across a single space, only plain words
  const adjacent = (a: (typeof ws)[number], b: (typeof ws)[number]): boolean => norm.slice(a.at + a.w.length, b.at) === ' ';
  // the other telling's phrases, longest first: "new york" -> "New York", "premier league" -> "Premier League"
  if (casing?.phrases.size) {
    for (let k = 0; k < ws.length; k++) {
      const list = casing.phrases.get(ws[k]!.w.toLowerCase());
      if (!list) continue;
      for (const phrase of list) {
        const parts = phrase.split(' ');
        if (k + parts.length > ws.length) continue;
        let ok = true;
        for (let j = 0; j < parts.length && ok; j++) {
          const x = ws[k + j]!;
          ok = x.w.toLowerCase() === parts[j]!.toLowerCase() && x.w.length === parts[j]!.length && (j === 0 || adjacent(ws[k + j - 1]!, x));
        }
        if (!ok) continue;
        for (let j = 0; j < parts.length; j++) ws[k + j]!.cased = parts[j]!;
        k += parts.length - 1;
        break;
      }
    }
  }
  const plain = (x: (typeof ws)[number]): boolean =>
    x.cased === undefined && /^\p{Ll}+$/u.test(x.w) && x.w.length > 1 && !STOP_WORDS.has(x.w) && !NEVER.has(x.w);
  for (let k = ws.length - 2; k >= 0; k--) {
    const x = ws[k]!;
    const next = ws[k + 1]!;
    if (next.cased !== undefined && /^\p{Lu}/u.test(next.cased) && adjacent(x, next) && plain(x) && /FirstName|MaleName|FemaleName/.test(nameKinds(x.w))) {
      x.cased = capitalize(x.w);
    }
  }
  for (let k = 1; k < ws.length; k++) {
    const x = ws[k]!;
    const prev = ws[k - 1]!;
    if (prev.cased === undefined || !adjacent(prev, x) || !plain(x)) continue;
    if (!/FirstName|MaleName|FemaleName/.test(nameKinds(prev.w.toLowerCase()))) continue;
    if (/LastName/.test(nameKinds(x.w)) || !known(x.w)) x.cased = capitalize(x.w);
  }
  const parts: string[] = [];
  let last = 0;
  for (const x of ws) {
    if (x.cased === undefined || x.cased === x.w) continue;
    parts.push(norm.slice(last, x.at), x.cased);
    last = x.at + x.w.length;
  }
  if (!parts.length) return norm;
  parts.push(norm.slice(last));
  return parts.join('');
}
