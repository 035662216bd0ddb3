/**
 * What a value is bound to: the words around a number, a date, a place or a name inside its clause
 * ("at least 15 [people] were [killed]", "the fire [broke out] on Saturday [night]"). Two mentions
 * are about the same thing when their bindings share weighted content, the way sentences are matched
 * (stems, WordNet senses, numbers); a mention's head noun, when it has one, must agree.
 */
import type { Doc, Token } from '../types.js';
import type { Clause } from '../extract/clauses.js';
import { coverage, rangeFeaturesOf, type SentenceFeatures } from './align.js';
import { areSynonyms } from '../text/lexicon.js';
import { kindOf } from '../text/hypernyms.js';
import { FINITE_AUXILIARIES } from '../data/verbs.js';

/** A value in a telling: where it stands. */
export interface Placed {
  sentence: number;
  /** token range [first, last) */
  tokens: [number, number];
}

/** Content words within this many tokens of the value, inside its clause, bind it. */
const WINDOW = 6;

/** The clause of a sentence holding token i. */
export function clauseAt(clauses: Clause[][], sentence: number, i: number): Clause | undefined {
  return clauses[sentence]?.find((c) => i >= c.tokens[0] && i < c.tokens[1]);
}

/** "and" (or "but", "then") before a finite auxiliary at token i: a coordinated predicate begins. */
function predicateJoin(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return !!t && !!next && (t.lower === 'and' || t.lower === 'but' || t.lower === 'then') && FINITE_AUXILIARIES.has(next.lower);
}

/**
 * Token indices of a value's binding: content words near it in its clause, its own words left out.
 * A coordinated predicate is another event: the window stops at it ("injured near Oxford and were
 * taken to hospital": the hospital does not bind Oxford).
 */
export function bindingTokens(doc: Doc, clauses: Clause[][], m: Placed): number[] {
  const c = clauseAt(clauses, m.sentence, m.tokens[0]);
  const [a, b] = c ? c.tokens : doc.sentenceTokens[m.sentence]!;
  const out: number[] = [];
  let n = 0;
  for (let i = m.tokens[0] - 1; i >= a && n < WINDOW; i--) {
    if (predicateJoin(doc, i)) break;
    if (!doc.tokens[i]!.content) continue;
    out.push(i);
    n++;
  }
  n = 0;
  for (let i = m.tokens[1]; i < b && n < WINDOW; i++) {
    if (predicateJoin(doc, i)) break;
    if (!doc.tokens[i]!.content) continue;
    out.push(i);
    n++;
  }
  return out.sort((x, y) => x - y);
}

/** How far from a value its next words may stand (see Bindings.neighbours). */
const NEXT_TO = 3;

/**
 * How many of a value's next words, one on each side, the other value has in the same place (the
 * same stem or a synonym): 0 to 2. In a sentence holding several figures, the words right beside a
 * figure tell which it is ("scored 21 points and Maddox added 9").
 */
export function nextWordsAlike(aBind: Bindings, a: Placed, bBind: Bindings, b: Placed): number {
  const x = aBind.neighbours(a);
  const y = bBind.neighbours(b);
  let n = 0;
  for (const k of [0, 1]) {
    const s = x[k];
    const t = y[k];
    if (s && t && (s.stem === t.stem || areSynonyms(s.lower, t.lower))) n++;
  }
  return n;
}

/** Binding features of values, computed once per comparison (the weights belong to it). */
export class Bindings {
  readonly #memo = new Map<string, SentenceFeatures>();
  /** the same, by mention: asked for the same mentions over and over, without building a key */
  readonly #byMention = new WeakMap<Placed, SentenceFeatures>();
  constructor(
    readonly doc: Doc,
    readonly clauses: Clause[][],
    readonly weight: (key: string) => number,
  ) {}

  /** The content words next to a value on each side inside its clause, at most NEXT_TO tokens away: "scored [9] points". */
  neighbours(m: Placed): [Token | undefined, Token | undefined] {
    const c = clauseAt(this.clauses, m.sentence, m.tokens[0]);
    const [a, b] = c ? c.tokens : this.doc.sentenceTokens[m.sentence]!;
    const find = (from: number, step: number): Token | undefined => {
      for (let i = from, n = 0; i >= a && i < b && n < NEXT_TO; i += step, n++) if (this.doc.tokens[i]!.content) return this.doc.tokens[i];
      return undefined;
    };
    return [find(m.tokens[0] - 1, -1), find(m.tokens[1], 1)];
  }

  of(m: Placed): SentenceFeatures {
    let f = this.#byMention.get(m);
    if (f) return f;
    const k = `${m.sentence}:${m.tokens[0]}:${m.tokens[1]}`;
    f = this.#memo.get(k);
    if (!f) this.#memo.set(k, (f = rangeFeaturesOf(this.doc, bindingTokens(this.doc, this.clauses, m), this.weight)));
    this.#byMention.set(m, f);
    return f;
  }
}

/** Two head nouns (stems or words) that name the same thing: equal, or WordNet synonyms. */
export function sameHead(a: Token | undefined, b: Token | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  return a.stem === b.stem || areSynonyms(a.lower, b.lower);
}

/**
 * A revised head noun that names the base's thing or a kind it is of ("a nine-month inquiry" for
 * "a nine-month investigation"): a retelling may say a thing more generally, not more specifically.
 */
export function sameOrMoreGeneral(revised: Token | undefined, base: Token | undefined): boolean | undefined {
  const same = sameHead(revised, base);
  if (same !== false) return same;
  return kindOf(base!.lower, revised!.lower);
}

/**
 * How surely two values are about the same thing: the share of `from`'s binding found around `to`
 * (0 to 1). Mentions with no binding words at all are bound to nothing in particular: 0.
 */
export function boundAlike(from: SentenceFeatures, to: SentenceFeatures): number {
  if (from.total === 0 || to.total === 0) return 0;
  return coverage(from, to);
}

/**
 * The looser reading, for evidence that two values are about one thing: the larger share either
 * binding has of the other ("more than 600 [people] were [injured]" in a short sentence, and "... and
 * more than 600 were [injured]" at the end of a long one).
 */
export function boundEither(a: SentenceFeatures, b: SentenceFeatures): number {
  return Math.max(boundAlike(a, b), boundAlike(b, a));
}

/**
 * Which end of a change a value stands at, by the word before it: "fell to 541" (the value reached),
 * "from 583" (the value left); undefined for a value said on its own.
 */
export function endOfChange(doc: Doc, m: Placed): 'from' | 'to' | undefined {
  const t = doc.tokens[m.tokens[0] - 1];
  if (!t || t.sentence !== m.sentence) return undefined;
  return t.lower === 'from' ? 'from' : t.lower === 'to' ? 'to' : undefined;
}

/**
 * Two mentions of one value at opposite ends of a change: "dipped to 583" is not said by "dropped
 * to 541 from 583", nor is "from 583" kept by "to 583".
 */
export function oppositeEnds(aDoc: Doc, a: Placed, bDoc: Doc, b: Placed): boolean {
  const x = endOfChange(aDoc, a);
  const y = endOfChange(bDoc, b);
  return x !== undefined && y !== undefined && x !== y;
}

/** Words that mark a value as what was said or planned before ("originally due to open in 2027"). */
const SUPERSEDED = new Set(['originally', 'initially', 'previously', 'formerly']);

/**
 * A value marked as the one said or planned before, by a word up to five tokens before it in its
 * clause: "was originally due to open in 2027", "initially estimated at £480m".
 */
export function supersededValue(doc: Doc, m: Placed): boolean {
  const [a] = doc.sentenceTokens[m.sentence]!;
  for (let i = m.tokens[0] - 1; i >= Math.max(a, m.tokens[0] - 5); i--) {
    const t = doc.tokens[i]!;
    if (SUPERSEDED.has(t.lower)) return true;
    if (/[,;:()]/.test(doc.norm.slice(t.end, doc.tokens[i + 1]!.start))) return false;
  }
  return false;
}

/** A base value marked as the one before does not support the same value told as current. */
export function supersededOnly(base: Doc, x: Placed, revised: Doc, r: Placed): boolean {
  return supersededValue(base, x) && !supersededValue(revised, r);
}
