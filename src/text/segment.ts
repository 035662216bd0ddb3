/**
 * Paragraphs, blocks (summary, headline, heading, body) and sentences of a normalized text.
 *
 * A sentence ends at ".", "!", "?" or an ellipsis, with any closing quotes or brackets after it,
 * when what follows opens a sentence. Abbreviations, initials and decimals do not end one; an
 * elision ("[...]", a spaced ". . ." inside a sentence) does not; a list item ("1.", "a)", "•")
 * opens one. Text with no capitals (model output) and tokenized text are read with options.
 */
import type { BlockKind } from '../types.js';
import {
  ALWAYS_CONTINUES, BEFORE_NUMBER, BULLETS, INTRO_PREPOSITIONS, MAY_END, NAMING_WORDS, OPENING_TITLES, RUN_ON_OPENERS,
  SENTENCE_OPENERS,
} from '../data/abbreviations.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { SPEECH_VERBS } from '../data/speech.js';

export interface SplitOptions {
  /** the telling writes no capitals (model output): a lower-case word may open a sentence */
  caseless?: boolean;
  /** normalized offsets of full stops, question and exclamation marks that a tokenizer wrote as their own token: they always end a sentence */
  stops?: ReadonlySet<number>;
  /** normalized offsets where a sentence surely starts (run-together sentences of model output) */
  breaks?: ReadonlySet<number>;
}

export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

const CLOSERS = new Set(['"', "'", ')', ']', '}', '\u201D', '\u2019', '»']);
const END_PUNCT = /[.!?:;"')\]…]$/u;

/** Paragraphs: non-empty lines of the normalized text. */
export function paragraphs(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i === norm.length || norm[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && norm[s] === ' ') s++;
      while (e > s && norm[e - 1] === ' ') e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

/**
 * A short line without closing punctuation reads as a headline or a section heading; a bulleted line
 * or a line of several list items ("1. The first item 2. The second item") is a list.
 */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 20) return false;
  if (END_PUNCT.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"']/u.test(text)) return false;
  if (/^\p{N}/u.test(text) && listItems(text, 0, text.length, false).length > 1) return false;
  return true;
}

/**
 * Kinds for each paragraph: the first heading-like paragraph among the first three is the
 * headline; paragraphs before it are a summary block; later heading-like ones are headings.
 */
export function blockKinds(norm: string, paras: Array<{ start: number; end: number }>): BlockKind[] {
  const heading = paras.map((p) => looksLikeHeading(norm.slice(p.start, p.end)));
  const kinds: BlockKind[] = paras.map((_, i) => (heading[i] ? 'heading' : 'body'));
  // a headline opens the text, or follows a short summary block; a label of a few words after the
  // first paragraph is a section heading, not a headline
  const first = heading.findIndex(
    (h, i) => h && (i === 0 || (i < 3 && norm.slice(paras[i]!.start, paras[i]!.end).split(' ').length >= 6)),
  );
  if (first >= 0) {
    kinds[first] = 'headline';
    for (let i = 0; i < first; i++) kinds[i] = 'summary';
  }
  return kinds;
}

function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && !/[\s"'(\[]/.test(text[s - 1]!)) s--;
  return text.slice(s, end);
}

function wordAfter(text: string, start: number): string {
  let s = start;
  while (s < text.length && /["'(\[]/.test(text[s]!)) s++;
  let e = s;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) e++;
  return text.slice(s, e);
}

interface Item {
  /** where the item starts (its bullet or marker) */
  start: number;
  /** where its text starts, after the marker: the marker's full stop or bracket ends nothing */
  body: number;
}

// a list marker: an optional bullet, then "1.", "1)", "1.)", "a." or "a)" before a space
const MARKER = /^(?:([^\s\p{L}\p{N}]) ?)?(\d{1,3}|[a-z])(\.\)|\.|\))(?= \S)/u;
const BULLET_ITEM = /^(\S) ?(?=\S)/u;

function marker(norm: string, at: number, end: number): { bullet: boolean; value: string; style: string; body: number } | undefined {
  const m = MARKER.exec(norm.slice(at, Math.min(end, at + 8)));
  if (!m || (m[1] !== undefined && !BULLETS.has(m[1]))) return undefined;
  return { bullet: m[1] !== undefined, value: m[2]!, style: m[3]!, body: at + m[0].length + 1 };
}

function nextValue(v: string): string {
  return /^\d/.test(v) ? String(Number(v) + 1) : String.fromCharCode(v.charCodeAt(0) + 1);
}

/**
 * Items of a paragraph written as a list on one line. A paragraph that opens with a list marker
 * ("1.", "2)", "a.") or a bullet is a list: each later bullet and each marker that continues the
 * numbering in the same style ("2." after "1.", "b." after "a.") opens an item. The first item is
 * given too, so that its marker is not read as a sentence.
 */
function listItems(norm: string, start: number, end: number, caseless: boolean): Item[] {
  const first = marker(norm, start, end);
  const bullet = !first && BULLETS.has(norm[start]!) ? BULLET_ITEM.exec(norm.slice(start, start + 3)) : null;
  if (!first && !bullet) return [];
  const items: Item[] = [first ? { start, body: first.body } : { start, body: start + bullet![0].length }];
  const bulleted = first ? first.bullet : true;
  let value = first?.value;
  for (let i = start + 1; i < end; i++) {
    if (norm[i - 1] !== ' ') continue;
    const m = marker(norm, i, end);
    if (value !== undefined && m && m.value === nextValue(value) && m.style === first!.style && m.bullet === bulleted) {
      // the item's text opens like a sentence: "2. The second item", not "2. percent"
      if (!caseless && /\p{Ll}/u.test(norm[m.body] ?? '')) continue;
      items.push({ start: i, body: m.body });
      value = m.value;
      i = m.body;
    } else if (bulleted && value === undefined && BULLETS.has(norm[i]!)) {
      const b = BULLET_ITEM.exec(norm.slice(i, i + 3));
      if (b) items.push({ start: i, body: i + b[0].length });
    }
  }
  return items;
}

const ELISION = /^\[(?:\.{3,}|\u2026)\]/u;

/** Sentence ranges (offsets into norm) inside one paragraph [start, end). */
export function sentences(norm: string, start: number, end: number, options: SplitOptions = {}): Array<{ start: number; end: number }> {
  const caseless = options.caseless ?? false;
  const out: Array<{ start: number; end: number }> = [];
  const items = listItems(norm, start, end, caseless);
  let item = 0;
  let sentStart = start;
  const cut = (stop: number, next: number): void => {
    let e = stop;
    while (e > sentStart && norm[e - 1] === ' ') e--;
    if (e > sentStart) out.push({ start: sentStart, end: e });
    sentStart = next;
  };
  let i = start;
  let nextItem = items.length ? items[0]!.start : Infinity;
  while (i < end) {
    if (i >= nextItem) {
      // a list item opens a sentence; its marker ("1.", "a)") ends none
      const it = items[item++]!;
      nextItem = item < items.length ? items[item]!.start : Infinity;
      if (it.start > sentStart) cut(it.start, it.start);
      i = Math.max(i, it.body);
      continue;
    }
    const code = norm.charCodeAt(i);
    if (code === 32) {
      // a sentence that runs on without its full stop
      if ((options.breaks?.has(i + 1) || (!caseless && runOn(norm, sentStart, i))) && i > sentStart) {
        cut(i, i + 1);
      }
      i++;
      continue;
    }
    if (code === 91) {
      // an elision mark, "[...]", stands for left-out words inside a sentence
      const m = ELISION.exec(norm.slice(i, i + 8));
      i += m ? m[0].length : 1;
      continue;
    }
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) {
      i++;
      continue;
    }
    const c = norm[i]!;
    if (c === '.' && norm[i + 1] === ' ' && norm[i + 2] === '.') {
      // a spaced ellipsis, ". . ." (Chicago style): three dots mark words left out inside a sentence;
      // four, or a full stop on a word and then three, end one ("compounds. . . . The", "period . . . . Next")
      let j = i + 1;
      let dots = 1;
      while (j + 1 < end && norm[j] === ' ' && norm[j + 1] === '.') {
        dots++;
        j += 2;
      }
      if (dots >= 3) {
        const attached = i > start && norm[i - 1] !== ' ';
        let k = j;
        while (k < end && CLOSERS.has(norm[k]!)) k++;
        if (k >= end || norm[k] !== ' ') {
          i = k;
          continue;
        }
        const next = k + 1;
        const opens = !(/[,;:\-]/.test(norm[next] ?? '') || (!caseless && /\p{Ll}/u.test(norm[next] ?? '')));
        if ((dots === 3 && !attached) || !opens) {
          i = next;
          continue;
        }
        // the full stop on the word ends the sentence; the dots open the next one's elided start
        if (attached && dots >= 4) cut(i + 1, i + 2);
        else cut(k, next);
        i = next;
        continue;
      }
    }
    const termStart = i;
    while (i < end && /[.!?\u2026]/u.test(norm[i]!)) i++;
    const run = norm.slice(termStart, i);
    while (i < end && CLOSERS.has(norm[i]!)) i++;
    const stop = i;
    if (i >= end) break;
    if (norm[i] !== ' ') continue; // "3.5", "U.S.-led", ".com"
    const next = i + 1;
    const nc = norm[next] ?? '';
    let stopped = false;
    if (options.stops) for (let k = termStart; k < termStart + run.length && !stopped; k++) stopped = options.stops.has(k);
    // in tokenized text a sentence's full stop is its own token: the dots left on words are abbreviations
    if (!stopped && (options.stops || !isBoundary(norm, sentStart, termStart, run, stop, next, nc, caseless))) continue;
    cut(stop, next);
    i = next;
  }
  if (sentStart < end) cut(end, end);
  return out;
}

/**
 * A sentence that lost its full stop: at the space `at`, a capitalized opener ("The", "He", "His")
 * follows a lower-case word or a number (or a quotation closing after one) that does not lead into
 * a name.
 */
function runOn(norm: string, sentStart: number, at: number): boolean {
  const n = norm.charCodeAt(at + 1);
  if (n !== 84 && n !== 72 && n !== 83 && n !== 87) return false; // T, H, S, W: the openers' first letters
  let e = at + 1;
  while (e < norm.length && /\p{L}/u.test(norm[e]!)) e++;
  const opener = norm.slice(at + 1, e);
  if (!RUN_ON_OPENERS.has(opener) || norm[e] !== ' ') return false;
  // the word after it is not capitalized: "the newspaper The Times", "\"The Times They Are A Changin\""
  if (!/[\p{Ll}\p{N}]/u.test(norm[e + 1] ?? '')) return false;
  let b = at;
  while (b > sentStart && CLOSERS.has(norm[b - 1]!)) b--;
  const word = wordBefore(norm, b);
  if (b - word.length - 1 < sentStart) return false; // at least two words before
  if (NUMBER.test(word)) return /^\p{N}/u.test(word);
  // a pronoun does not follow a name inside a sentence: "... on Saturday His only goal ...";
  // "The" may, when the two make a name: "Sunday The Times"
  const cased = opener !== 'The' && opener !== 'This' && opener !== 'These' && opener !== 'Those';
  if (!(cased ? /^\p{L}[\p{Ll}'\u2019-]*$/u : /^\p{Ll}[\p{Ll}'\u2019-]*$/u).test(word)) return false;
  const lower = word.toLowerCase();
  return !STOP_WORDS.has(lower) && !SPEECH_VERBS.has(lower) && !NAMING_WORDS.has(lower);
}

const NUMBER = /^[$£€#]?\p{N}[\p{N}.,]*%?$/u;
/** A web address or an e-mail address: its last dot is part of it, so a full stop after it is one. */
const ADDRESS = /:\/\/|^www\.|@/i;

function isBoundary(
  norm: string, sentStart: number, termStart: number, run: string, stop: number, next: number, nc: string, caseless: boolean,
): boolean {
  // what follows must open a sentence: a capital, a digit, an opening quote or bracket (any word in
  // a telling without capitals)
  if (!caseless && /[\p{Ll}]/u.test(nc)) return false;
  if (/[,;:\-]/.test(nc)) return false;
  const closedQuote = stop > termStart + run.length;
  if (run !== '.') {
    // "!", "?", "?!" or an ellipsis: a boundary before a capital
    return true;
  }
  const word = wordBefore(norm, termStart);
  const lower = word.toLowerCase();
  const following = wordAfter(norm, next);
  const followingLower = following.toLowerCase();
  if (closedQuote) return true;
  if (ADDRESS.test(word)) return true; // "... at https://example.com/page.html. Please ..."
  if (NUMBER.test(word)) return true; // "$100.00. It", "1026.253.553. That"
  if (BEFORE_NUMBER.has(lower) && /^\p{N}/u.test(nc)) return false; // "p. 55", "No. 10", "N°. 1026"
  if ((caseless ? /^\p{L}$/u : /^\p{Lu}$/u).test(word) && !/['\u2019]/u.test(norm[termStart - 2] ?? '')) {
    // "I" after a lower-case word is the pronoun, not an initial: "you and I. Did you see Albert I. Jones"
    const before = wordBefore(norm, termStart - word.length - 1);
    const pronoun = lower === 'i' && /^\p{Ll}/u.test(before) && !/^\p{L}\./u.test(norm.slice(next, next + 2));
    return pronoun; // otherwise an initial: "J. D. Vance", "George W. Bush"
  }
  if (ALWAYS_CONTINUES.has(lower)) return false;
  // an abbreviation that may end a sentence ("U.S.", "a.m.", "Inc."): a boundary when a typical
  // sentence opener or a social title follows, unless the sentence would be an introductory phrase
  let ends: boolean;
  if (word.includes('.') || MAY_END.has(lower)) {
    if (MAY_END.has(lower) && /^\p{N}/u.test(nc)) return false; // "Jan. 5"
    ends = SENTENCE_OPENERS.has(followingLower) || OPENING_TITLES.has(followingLower);
    if (ends && introPhrase(norm, sentStart, termStart)) return false;
    return ends;
  }
  return true;
}

/** "At 5 a.m.", "In the U.S.": three words or fewer from a preposition, with no verb: an opening phrase. */
function introPhrase(norm: string, sentStart: number, termStart: number): boolean {
  const words = norm.slice(sentStart, termStart).split(' ').filter(Boolean);
  return words.length <= 3 && INTRO_PREPOSITIONS.has(words[0]!.toLowerCase().replace(/^["'(]+/, ''));
}
