/**
 * Details swapped for another thing of the same kind inside a linked sentence: "yellow and blue
 * paint" for "green and blue paint", "manslaughter" for "murder". The revised word stands in none of
 * the linked base sentences (the base may use it elsewhere, of something else); the base word it
 * replaces stands nowhere in the revised sentence.
 */
import { DURATION_MONTHS, SCALES, UNITS } from '../data/numbers.js';
import { RELATIVE_AFTER } from '../data/dates.js';
import type { Doc, Token } from '../types.js';
import { tokenKey, tokenSyns, type Alignment } from '../align/align.js';
import { areSynonyms, known, senseCount, synsets, verbForm } from '../text/lexicon.js';
import { NEGATORS } from '../data/negation.js';
import { NOUN_MARKERS } from '../data/verbs.js';
import { sameKindDifferentThing } from '../text/hypernyms.js';
import { linkSubstitutions } from './slots.js';
import { sameMeasure } from './number-changed.js';
import { canonicalTitle, titlesIn } from '../extract/people.js';

export interface DetailSwap {
  base: Token;
  revised: Token;
}

// (a scale word is part of a figure: "1.3 million" / "13 lakh" is number-changed's to judge)
const plain = (t: Token) => t.content && !t.capitalized && t.number === undefined && /^\p{Ll}{3,}$/u.test(t.text) && !(t.lower in SCALES);

/** Modals: a verb's plain form follows. */
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
/** Words that open a verb's object: "to fix [them]", "to correct [the] problem". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'them', 'it', 'him', 'her', 'his', 'their', 'its', 'this', 'these', 'those', 'that', 'our', 'your', 'my']);

function stemsOf(doc: Doc, sentences: number[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const [a, b] = doc.sentenceTokens[s]!;
    for (let i = a; i < b; i++) out.add(doc.tokens[i]!.stem);
  }
  return out;
}

export function detailSwaps(base: Doc, revised: Doc, alignment: Alignment): DetailSwap[] {
  const out: DetailSwap[] = [];
  const taken = new Set<Token>();
  for (const link of alignment.links) {
    const linkedStems = stemsOf(base, link.base);
    const rStems = stemsOf(revised, link.revised);
    for (const sub of linkSubstitutions(base, revised, link)) {
      const nb = sub.base[1] - sub.base[0];
      const nr = sub.revised[1] - sub.revised[0];
      if (nb === 0 || nr === 0 || nb > 4 || nr > 4) continue;
      const removed = base.tokens.slice(sub.base[0], sub.base[1]);
      for (let j = sub.revised[0]; j < sub.revised[1]; j++) {
        const y = revised.tokens[j]!;
        if (!plain(y) || linkedStems.has(y.stem) || taken.has(y)) continue;
        // a verb after a modal, or after "to" with its object, is an action, not a thing of some kind
        // ("to correct the problem" / "to fix them"; not "pleaded guilty to murder in")
        const before = j > 0 ? revised.tokens[j - 1]!.lower : '';
        const next = revised.tokens[j + 1];
        const after = next?.lower ?? '';
        // (or a figure: "is to base four aircraft")
        if (MODALS.has(before) || (before === 'to' && (OBJECT_OPENERS.has(after) || next?.number !== undefined || after in UNITS))) continue;
        const x = removed.find(
          (x) => plain(x) && !rStems.has(x.stem) && !areSynonyms(x.lower, y.lower) && !sameMeasure(x.stem, y.stem) && sameKindDifferentThing(x.lower, y.lower),
        );
        if (x) {
          taken.add(y);
          out.push({ base: x, revised: y });
        }
      }
    }
  }
  return out;
}

/** Longest insertion read as a detail added to a sentence (a first name, "dead", "in a storm"). */
const MAX_INSERTION = 5;
/** Least share of a revised sentence its link must carry for an insertion in it to be a detail. */
const CARRIED = 0.6;
/** Least share of its base sentence a revised sentence must keep for an insertion in it to be a detail, however short it is. */
const KEPT = 0.9;

/**
 * Details added inside a sentence the base otherwise carries: a run of words the word diff inserts
 * ("shot [dead]", "sank [in a storm]", "[Adam] Kowalski", "a [54-year-old] woman") holding a word
 * the base never uses, in any form or sense. Each insertion gives its first such word.
 */
export function detailInsertions(base: Doc, revised: Doc, alignment: Alignment, sayOtherwise: (sentences: number[], revisedToken: number) => boolean = () => false): Token[] {
  const out: Token[] = [];
  // a title the base gives in another form ("PC" for "Police Constable") is no new detail
  let baseTitles: ReadonlySet<string> | undefined;
  const indexed = (t: Token) => alignment.index.base.has(tokenKey(t)) || tokenSyns(t).some((k) => alignment.index.base.has(k));
  for (const link of alignment.links) {
    // the opposite of a word the base negates says the same ("could not fly directly" / "a roundabout
    // route"), as a negated opposite of a word of the base does ("acquitted" / "found not guilty")
    const known = (t: Token, i: number) => indexed(t) || sayOtherwise(link.base, i);
    // the link carries most of the revised sentence, or the revised sentence keeps all of its base
    // sentence (a short sentence with a detail put in: "substituted [with a hamstring injury]")
    const carried = Math.min(...link.revised.map((r) => alignment.supports[r]!.reduce((a, s) => Math.max(a, s.coverage), 0)));
    const kept = Math.min(...link.revised.map((r) => alignment.supports[r]!.reduce((a, s) => Math.max(a, s.reverse), 0)));
    if (carried < CARRIED && kept < KEPT) continue;
    // there only words count: a figure moved within a rewritten sentence is the value checks'
    const wordsOnly = carried < CARRIED;
    // a word the base uses anywhere is no new detail, even where the index leaves it out (the
    // "least" of "at least 15", part of a figure's phrase)
    const inBase = (x: Token) => (x.number === undefined ? inText(base, x.lower) || inCompound(base, x.lower) : wordsOnly);
    for (const sub of linkSubstitutions(base, revised, link)) {
      const nb = sub.base[1] - sub.base[0];
      const nr = sub.revised[1] - sub.revised[0];
      if (nr === 0 || nr > MAX_INSERTION || nb > 0) continue;
      const words = revised.tokens.slice(sub.revised[0], sub.revised[1]);
      // a relative clause put in ("the driver, who had been drinking, was") states something new
      // with its verb: there a verb is a detail too
      const relative = RELATIVES.has(words[0]!.lower) && /,\s*$/.test(revised.norm.slice(Math.max(0, words[0]!.start - 2), words[0]!.start));
      const t = words.find(
        (x, k) =>
          x.content &&
          !inBase(x) &&
          (detailWord(revised, sub.revised[0] + k) || (relative && plainVerb(x))) &&
          !known(x, sub.revised[0] + k) &&
          !(baseTitles ??= titlesIn(base)).has(canonicalTitle(x.lower)),
      );
      if (t) out.push(t);
    }
  }
  return out;
}

const wordParts = new WeakMap<Doc, Set<string>>();

/** The words of a text and the parts of its hyphenated words, lower-cased. */
function partsOf(doc: Doc): Set<string> {
  let parts = wordParts.get(doc);
  if (!parts) wordParts.set(doc, (parts = new Set(doc.norm.toLowerCase().split(/[^\p{L}\p{N}]+/u))));
  return parts;
}

/** The word stands in the text as a word or a part of one ("five" in "five-day"), whatever its case. */
function inText(doc: Doc, lower: string): boolean {
  return partsOf(doc).has(lower);
}

/** Letters a part of a closed compound has at least ("chip" and "makers" of "chipmakers"). */
const COMPOUND_PART = 3;

/**
 * The word is one half of a closed compound of the text, the other half a word too: "chip" of
 * "chipmakers" ("chip-equipment maker"), "steel" of "steelworkers".
 */
function inCompound(doc: Doc, lower: string): boolean {
  if (lower.length < COMPOUND_PART) return false;
  for (const w of partsOf(doc)) {
    if (w.length < lower.length + COMPOUND_PART) continue;
    if (w.startsWith(lower) && known(w.slice(lower.length))) return true;
    if (w.endsWith(lower) && known(w.slice(0, w.length - lower.length))) return true;
  }
  return false;
}

/** Words that open a relative clause. */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);

/** A lower-case verb WordNet knows. */
const plainVerb = (t: Token) => /^\p{Ll}+$/u.test(t.text) && verbForm(t.lower) !== undefined;

/**
 * Shell nouns (Schmid, English Abstract Nouns as Conceptual Shells, 2000): nouns that stand for a
 * stretch of the text itself ("the findings", "the move", "this decision"). After a determiner that
 * points back they restate what is told, not a detail of it.
 */
const SHELL_NOUNS = new Set([
  'finding', 'findings', 'result', 'results', 'decision', 'move', 'announcement', 'development', 'developments',
  'news', 'claim', 'claims', 'remarks', 'comments', 'statement', 'incident', 'episode', 'situation', 'discovery',
  'observation', 'observations', 'conclusion', 'conclusions', 'step', 'plan', 'proposal', 'change', 'changes',
]);
/** Determiners that point back to what the text has told. */
const ANAPHORIC = new Set(['the', 'this', 'these', 'those', 'that', 'its', 'their', 'such']);

/** Words before a unit of time that make it a time told from another ("the previous year", "the following week"). */
const FROM_ANOTHER_BEFORE = new Set(['previous', 'prior', 'preceding', 'following', 'next', 'last']);

/**
 * A day, week, month or year told from another time ("the month before", "the previous year"): it
 * restates a date the sentence or the base gives, which the date checks judge; it is no detail.
 */
function relativeTime(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!(t.lower in DURATION_MONTHS)) return false;
  const next = doc.tokens[i + 1];
  const prev = doc.tokens[i - 1];
  return (next?.sentence === t.sentence && RELATIVE_AFTER.has(next.lower)) || (prev?.sentence === t.sentence && FROM_ANOTHER_BEFORE.has(prev.lower));
}

/** WordNet senses a word may have at most to name a detail; words of many senses are rewordings. */
const DETAIL_SENSES = 6;

/**
 * A word that names a detail rather than rewording the sentence: a name, a figure in digits, or a
 * noun or adjective of few senses ("dead", "storm", "half"); not a verb ("lost", "tumbled"), nor an
 * adverb, nor a number word.
 */
function detailWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // a noun that refers back to what the text reports ("the findings", "the move") adds nothing to it
  if (SHELL_NOUNS.has(t.lower) && i > 0 && ANAPHORIC.has(doc.tokens[i - 1]!.lower)) return false;
  // "No" before a figure is a number sign ("the world No 31"): the figure is the detail, if any
  const next = doc.tokens[i + 1];
  if (/^no\.?$/i.test(t.text) && next?.sentence === t.sentence && /^\d+$/.test(next.text)) return false;
  // "am" or "pm" after a figure is part of a time of day ("6pm"): the date checks judge the time
  const before = doc.tokens[i - 1];
  if (/^(am|pm|a\.m\.?|p\.m\.?)$/.test(t.lower) && before?.number !== undefined && before.sentence === t.sentence && doc.norm.slice(before.end, t.start).length <= 1) return false;
  if (t.capitalized || (t.number !== undefined && /\d/.test(t.text))) return true;
  if (relativeTime(doc, i)) return false;
  // the suffix of an ordinal in digits ("15th" read as "15" and "th")
  if (/^(st|nd|rd|th)$/.test(t.lower) && i > 0 && doc.tokens[i - 1]!.number !== undefined && doc.tokens[i - 1]!.end === t.start) return false;
  if (!/^\p{Ll}+$/u.test(t.text) || /ly$/.test(t.lower) || NEGATORS.has(t.lower) || senseCount(t.lower) === 0 || senseCount(t.lower) > DETAIL_SENSES) return false;
  // an adverb ("still", "again", "just") words the sentence, it adds no detail
  if (synsets(t.lower).every((k) => k.startsWith('r') || k.startsWith('~'))) return false;
  const prev = i > 0 ? doc.tokens[i - 1]!.lower : '';
  return !verbForm(t.lower) || NOUN_MARKERS.has(prev);
}
