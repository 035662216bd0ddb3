/**
 * The stance of a clause: its polarity (negated or not, and by which cue), its certainty (asserted,
 * boosted, hedged, called into question) and its attribution (stated as fact, or put in a source's
 * mouth: "analysts say", "according to officials", "Rubio said").
 */
import type { Doc, Token } from '../types.js';
import { synsets, verbForm } from '../text/lexicon.js';
import type { Clause } from './clauses.js';
import {
  DENYING_VERBS, EMPHATIC_VERBS, ENDING_VERBS, NEGATING_VERBS, NEGATORS, NOT_NEGATING_AFTER, NOT_NEGATING_BEFORE, PASSED_OVER, SCOPE_ENDS,
} from '../data/negation.js';
import { CERTAINTY_CUES, GENERIC_SOURCES, REPORTING_VERBS } from '../data/hedges.js';
import { MONTHS, WEEKDAYS } from '../data/dates.js';
import { FINITE_AUXILIARIES, NOUN_MARKERS } from '../data/verbs.js';
import { COUNTRY_OF } from '../data/places.js';

/** Articles between a negated verb of saying and what it reports: "did not report a decline". */
const REPORTED_ARTICLES = new Set(['a', 'an', 'any', 'the']);

/** A word that can name who speaks: a source noun, a pronoun, or a capitalized name that is not a date or a place. */
function speakerLike(lower: string, capitalized: boolean): boolean {
  if (GENERIC_SOURCES.has(lower) || /^(he|she|they|we|i)$/.test(lower)) return true;
  const bare = lower.replace(/\.$/, '');
  return capitalized && !(bare in WEEKDAYS) && !(bare in MONTHS) && !COUNTRY_OF.has(bare);
}

export interface Cue {
  text: string;
  /** normalized offsets */
  start: number;
  end: number;
}

export interface Stance {
  clause: Clause;
  negations: Cue[];
  /** true when the clause is negated an odd number of times */
  negated: boolean;
  /**
   * The words each negation bears on, by token index: how many cues bear on the word. A cue bears on
   * the content words right after it ("did not [survive] the crash", "no [reported deaths]", "failed to
   * [make real progress] on"), so "not guilty" negates "guilty" and leaves the rest of the sentence as
   * it is. Odd counts are negated.
   */
  scope: Map<number, number>;
  /** -2 called into question, -1 hedged, 0 plain, +1 asserted as established */
  certainty: number;
  certaintyCues: Cue[];
  /** the source the clause is attributed to (lower-cased head word or name), or null for a plain statement */
  source: string | null;
  /** the source is a generic one ("analysts", "officials", "reports") rather than a named person */
  genericSource: boolean;
  attributionCue?: Cue;
  /**
   * A negated subject whose verb the clause does not reach ("neither of the two men" before ", aged 19
   * and 22, had been wearing"): the next clause of the sentence takes it on its predicate.
   */
  openSubject?: Cue;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your']);

/** Cues by their first word, longest first. */
/** Words after "could" that make it the past of "can" ("could not", "could only", "could hardly"). */
const PAST_ABILITY_AFTER = new Set(['not', "n't", 'only', 'hardly', 'barely', 'scarcely', 'never', 'no']);

const CUES_BY_FIRST = new Map<string, string[]>();
for (const k of Object.keys(CERTAINTY_CUES).sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : 1))) {
  const first = k.split(' ')[0]!;
  (CUES_BY_FIRST.get(first) ?? CUES_BY_FIRST.set(first, []).get(first)!).push(k);
}

/** Negators that stand as a clause's subject, or open it: "neither of", "none of", "nobody", "nothing". */
const SUBJECT_NEGATORS = new Set(['neither', 'none', 'nobody', 'nothing']);
/** Forms of "have" and "be" before "yet to": "has yet to", "are yet to". */
const YET_AFTER = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', "'s"]);
/** Verbs that keep someone from doing what follows "from": "barred it from flying". */
const BARRING_VERBS = new Set(['bar', 'bars', 'barred', 'barring', 'ban', 'bans', 'banned', 'banning', 'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'prevent', 'prevents', 'prevented', 'preventing', 'stop', 'stops', 'stopped', 'stopping', 'block', 'blocks', 'blocked', 'blocking', 'forbid', 'forbids', 'forbade', 'forbidden', 'forbidding']);
/** Longest subject, in tokens, between such a negator and its verb ("neither of the two men, aged 19 and 22,"). */
const SUBJECT_SPAN = 12;

/**
 * The stance of a clause. `subject` is a negated subject the clause before left open: it bears on this
 * clause's predicate when a finite verb comes first.
 */
export function stance(doc: Doc, clause: Clause, sentenceStart: number, subject?: Cue): Stance {
  const [a, b] = clause.tokens;
  const toks = doc.tokens;
  const negations: Cue[] = [];
  const cue = (i: number, j: number): Cue => ({ text: doc.norm.slice(toks[i]!.start, toks[j - 1]!.end), start: toks[i]!.start, end: toks[j - 1]!.end });
  const scope = new Map<number, number>();
  /**
   * The words a cue ending before token `from` bears on: the content words that follow it, up to the
   * first function word or mark ("did not [survive] the crash", "no [underlying health conditions]
   * has", "failed to [make real progress] on"); auxiliaries and adverbs in between are passed over.
   */
  // "from" and a verb in -ing within a few words after a verb of barring: the position of "from"
  const barredFrom = (i: number): number | undefined => {
    for (let k = i + 1; k < Math.min(b - 1, i + 5); k++) {
      if (toks[k]!.lower === 'from') return /ing$/.test(toks[k + 1]!.lower) ? k : undefined;
    }
    return undefined;
  };
  const widen = (from: number) => {
    let n = 0;
    let k = from;
    // adverbs before the verb are passed over ("did not fully recover"); "fly" and "apply" are verbs
    while (k < b && (PASSED_OVER.has(toks[k]!.lower) || (/ly$/.test(toks[k]!.lower) && !verbForm(toks[k]!.lower))) && k - from < 3) k++;
    for (; k < b && n < 3; k++) {
      const t = toks[k]!;
      // an infinitive after a negated verb is negated with it: "is not [looking] to [file]" does not
      // file, "has no [plans] to [resign]" does not resign; not after a semi-modal ("no need to apply",
      // "does not have to apply": no duty, no denial)
      if (t.lower === 'to' && k > from && scope.has(k - 1) && k + 1 < b && infinitive(toks[k + 1]!.lower) && !SEMI_MODALS.has(toks[k - 1]!.lower)) continue;
      // a verb of saying is a stop word for matching, but a negation bears on it ("were not [told] in advance"),
      // and on what it reports after an article ("did not report [a] [decline]")
      if (REPORTED_ARTICLES.has(t.lower) && k > from && scope.has(k - 1) && REPORTING_VERBS.has(toks[k - 1]!.lower)) continue;
      if ((!t.content && !REPORTING_VERBS.has(t.lower)) || SCOPE_ENDS.has(t.lower)) break;
      if (k > from && /[,;:()"]/.test(doc.norm.slice(toks[k - 1]!.end, t.start))) break;
      scope.set(k, (scope.get(k) ?? 0) + 1);
      n++;
    }
  };
  /** The first finite auxiliary after token `from` in the clause, when only a noun phrase stands between. */
  const finiteAfter = (from: number): number | undefined => {
    for (let k = from; k < b && k - from < SUBJECT_SPAN; k++) {
      const t = toks[k]!.lower;
      if (FINITE_AUXILIARIES.has(t)) return k;
      // "aged 19 and 22" is part of the subject; ", and the men were" begins another clause
      if (SCOPE_ENDS.has(t) && (t !== 'and' || (k > 0 && doc.norm.slice(toks[k - 1]!.end, toks[k]!.start).includes(',')))) return undefined;
    }
    return undefined;
  };
  let openSubject: Cue | undefined;
  if (subject) {
    const verb = finiteAfter(a);
    if (verb !== undefined) {
      negations.push(subject);
      widen(verb + 1);
    }
  }
  for (let i = a; i < b; i++) {
    const w = toks[i]!.lower;
    const next = i + 1 < b ? toks[i + 1]!.lower : '';
    const prev = i > a ? toks[i - 1]!.lower : '';
    const barred = BARRING_VERBS.has(w) ? barredFrom(i) : undefined;
    // "will not enter service until June" is "will enter service in June": the negation puts the
    // event off to the time after "until", it does not deny it
    // (and so does barring: "barred from flying until an audit is complete")
    const putOff = (/n't$/.test(w) || w === 'not' || w === 'cannot' || barred !== undefined) && toks.slice(i + 1, b).some((t) => t.lower === 'until' || t.lower === 'till');
    if (putOff) continue;
    if (/n't$/.test(w) || w === 'cannot') {
      // "I cannot stress enough", "can't wait": emphatic, not negated
      if (EMPHATIC_VERBS.has(next) || (next && EMPHATIC_VERBS.has(toks[i + 2]?.lower ?? '') && i + 2 < b && toks[i + 1]!.lower === 'be')) continue;
      negations.push(cue(i, i + 1));
      widen(i + 1);
    } else if (NEGATORS.has(w)) {
      if (NOT_NEGATING_AFTER[w]?.includes(next)) continue;
      if (NOT_NEGATING_BEFORE[w]?.includes(prev)) continue;
      // "Little", "No. 1", "world no 7": a name or a number sign (but a quotation's first word is
      // capitalized as a sentence's is: 'said: "No school will close"')
      const opensQuote = i > 0 && /[“"‘:]\s*$/.test(doc.norm.slice(toks[i - 1]!.end, toks[i]!.start));
      if ((toks[i]!.capitalized && !opensQuote) || (w === 'no' && (/^\./.test(doc.norm.slice(toks[i]!.end, toks[i]!.end + 1)) || toks[i + 1]?.number !== undefined))) continue;
      if (w === 'no' && next === 'one' && prev === '') {
        negations.push(cue(i, i + 2));
        widen(i + 2);
        continue;
      }
      negations.push(cue(i, i + 1));
      widen(i + 1);
      // a negated subject negates its predicate: "neither of the two men[, aged 19 and 22,] had been
      // [wearing] a seatbelt", "none of the passengers was [hurt]"
      if (SUBJECT_NEGATORS.has(w)) {
        const verb = finiteAfter(i + 1);
        if (verb !== undefined) widen(verb + 1);
        else openSubject = cue(i, i + 1);
      }
    } else if (w === 'yet' && next === 'to' && YET_AFTER.has(prev)) {
      // "has yet to be identified" is "has not been identified"
      negations.push(cue(i, i + 2));
      widen(i + 2);
    } else if (barred !== undefined) {
      // "barring it from flying", "banned them from entering": what they are kept from is negated
      negations.push(cue(i, i + 1));
      widen(barred + 1);
    } else if (w === 'rather' && next === 'than') {
      // "an association rather than cause and effect" is "an association, not cause and effect"
      negations.push(cue(i, i + 2));
      widen(i + 2);
    } else if (NEGATING_VERBS.has(w) && next === 'to' && !NOUN_MARKERS.has(prev)) {
      // (after a determiner it is a noun: "the decline to 5,460", "a failing to spot it")
      negations.push(cue(i, i + 2));
      widen(i + 2);
    } else if (ENDING_VERBS.has(w) && /ing$/.test(next)) {
      // "stopped supplying": no longer supplies
      negations.push(cue(i, i + 2));
      widen(i + 1);
    } else if (DENYING_VERBS.has(w)) {
      // "denied that profits doubled", "denied any wrongdoing"
      negations.push(cue(i, i + 1));
      widen(next === 'that' ? i + 2 : i + 1);
    }
  }
  // certainty: the most doubtful cue wins; else the strongest booster
  const certaintyCues: Cue[] = [];
  let lowest = 0;
  let highest = 0;
  for (let i = a; i < b; i++) {
    for (const k of CUES_BY_FIRST.get(toks[i]!.lower) ?? []) {
      const words = k.split(' ');
      if (i + words.length > b) continue;
      if (!words.every((w, j) => toks[i + j]!.lower === w)) continue;
      // a cue word after a determiner is an adjective ("the suggested framework"), not a hedge; one
      // written with a capital inside a sentence is a name or a month ("in May", "Will Jones")
      if (words.length === 1 && i > a && DETERMINERS.has(toks[i - 1]!.lower)) break;
      if (words.length === 1 && toks[i]!.capitalized) break;
      // "could not", "could only": the past of "can", an ability, no hedge
      if (k === 'could' && PAST_ABILITY_AFTER.has(toks[i + 1]?.lower ?? '')) break;
      const level = CERTAINTY_CUES[k]!;
      certaintyCues.push(cue(i, i + words.length));
      lowest = Math.min(lowest, level);
      highest = Math.max(highest, level);
      break;
    }
  }
  // "may" and "might" of permission or plain futurity are still hedges in news, and so is "could" of possibility
  const certainty = lowest < 0 ? lowest : highest;
  const attribution = findSource(doc, a, b, sentenceStart);
  return {
    clause,
    negations,
    negated: negations.length % 2 === 1,
    scope,
    certainty,
    certaintyCues,
    source: attribution?.source ?? null,
    // a source named by a common noun or an acronym ("the transport ministry", "MPs") is no person
    genericSource: attribution ? GENERIC_SOURCES.has(attribution.source) || attribution.common === true : false,
    ...(attribution ? { attributionCue: attribution.cue } : {}),
    ...(openSubject ? { openSubject } : {}),
  };
}

/** A verb form other than the lemma, lower case: "seen", "leaked", "published". */
function inflectedVerb(t: Token): boolean {
  if (t.capitalized) return false;
  const v = verbForm(t.lower);
  return v !== undefined && v !== t.lower;
}

/** A plain common noun (not a name, a pronoun, an adverb or a verb form) written right before `verb`: the head of its subject. */
function commonHead(doc: Doc, t: Token, verb: Token): boolean {
  if (!t.content || t.capitalized || !/^\p{Ll}{3,}$/u.test(t.text) || /ly$/.test(t.lower) || GENERIC_SOURCES.has(t.lower)) return false;
  if (doc.norm.slice(t.end, verb.start) !== ' ') return false;
  // a noun in its commonest sense ("project", "agency"), not a verb form ("stopped") or an adverb ("later")
  return synsets(t.lower)[0]?.startsWith('n') === true && !/(ed|ing)$/.test(t.lower);
}

/**
 * A name right before "of" in the subject ending at token h, at most five words before it: "Omar
 * Lindqvist of the spin-out company", "Greta Solberg of the ferry operator Nordvik Lines": the person
 * who speaks for the body after "of".
 */
function ownerBeforeOf(doc: Doc, h: number, sentenceStart: number): Token | undefined {
  const toks = doc.tokens;
  for (let k = h - 1; k > Math.max(sentenceStart, h - 6); k--) {
    if (/[,;:()"]/.test(doc.norm.slice(toks[k]!.end, toks[k + 1]!.start))) return undefined;
    if (toks[k]!.lower !== 'of') continue;
    // a named body after "of" needs its article ("of the ferry operator Nordvik Lines"): "Secretary
    // of State Marco Rubio" is one title and name
    if (toks[h]!.capitalized && toks[k + 1]!.lower !== 'the') return undefined;
    const name = toks[k - 1]!;
    return name.capitalized && speakerLike(name.lower, true) && doc.norm.slice(name.end, toks[k]!.start) === ' ' ? name : undefined;
  }
  return undefined;
}

/** "analysts say", "officials said", "according to police", "X said"; the subject within four words. */
function findSource(doc: Doc, a: number, b: number, sentenceStart: number): { source: string; cue: Cue; common?: boolean } | undefined {
  const toks = doc.tokens;
  for (let i = a; i < b; i++) {
    const w = toks[i]!.lower;
    if (w === 'according' && i + 2 < b + 3 && toks[i + 1]?.lower === 'to') {
      for (let k = i + 2; k < Math.min(toks.length, i + 6); k++) {
        if (!toks[k]!.content) continue;
        // the source is the head of the noun phrase: "the transport [ministry]", "a leaked internal [report] seen by"
        let h = k;
        while (h + 1 < b && h - k < 4 && toks[h + 1]!.content && doc.norm.slice(toks[h]!.end, toks[h + 1]!.start) === ' ' && !inflectedVerb(toks[h + 1]!)) h++;
        const t = toks[h]!;
        return { source: t.lower, cue: { text: doc.norm.slice(toks[i]!.start, t.end), start: toks[i]!.start, end: t.end }, common: !toks[k]!.capitalized || /^\p{Lu}{2,}/u.test(t.text) };
      }
    }
    // "denied that profits doubled": a source who speaks against the claim still speaks of it
    if (!REPORTING_VERBS.has(w) && !DENYING_VERBS.has(w)) continue;
    // "will visit Kyiv to announce a package": a purpose, no one reporting
    if (i > a && toks[i - 1]!.lower === 'to') continue;
    // a common noun right before the verb heads the subject: "the Lake Orvan monitoring [project] said"
    const head = i > sentenceStart ? toks[i - 1]! : undefined;
    // "Omar Lindqvist of the spin-out company said": the person before "of" speaks, not the body
    const owner = head ? ownerBeforeOf(doc, i - 1, sentenceStart) : undefined;
    if (owner) return { source: owner.lower, cue: { text: doc.norm.slice(owner.start, toks[i]!.end), start: owner.start, end: toks[i]!.end } };
    if (head && commonHead(doc, head, toks[i]!)) {
      return { source: head.lower, cue: { text: doc.norm.slice(head.start, toks[i]!.end), start: head.start, end: toks[i]!.end }, common: true };
    }
    // subject before the verb, within four words, inside the sentence
    for (let k = i - 1; k >= Math.max(sentenceStart, i - 4); k--) {
      const t = toks[k]!;
      if (speakerLike(t.lower, t.capitalized)) {
        return { source: t.lower, cue: { text: doc.norm.slice(t.start, toks[i]!.end), start: t.start, end: toks[i]!.end } };
      }
    }
    // inverted: "said Rubio", "said officials"
    let n = toks[i + 1];
    if (n && i + 1 < b && speakerLike(n.lower, n.capitalized)) {
      // "said Police Chief Mark Olsen": the speaker is the end of the capitalized run, as in "Olsen said"
      let k = i + 1;
      while (k + 1 < b && toks[k + 1]!.capitalized && doc.norm.slice(toks[k]!.end, toks[k + 1]!.start) === ' ') k++;
      n = toks[k]!;
      return { source: n.lower, cue: { text: doc.norm.slice(toks[i]!.start, n.end), start: toks[i]!.start, end: n.end } };
    }
  }
  return undefined;
}

/** The stances of a sentence's clauses, in order: a negated subject left open passes to the next clause. */
export function sentenceStances(doc: Doc, clauses: Clause[], sentenceStart: number): Stance[] {
  const out: Stance[] = [];
  let open: Cue | undefined;
  for (const c of clauses) {
    const st = stance(doc, c, sentenceStart, open);
    open = st.openSubject;
    out.push(st);
  }
  return out;
}

const RELATIVE = new Set(['which', 'that', 'who', 'whom', 'whose', 'where', 'in']);

/**
 * A relative clause ("..., which ...", "a concept in which ...") lies in the scope of the clause it
 * hangs on: it takes that clause's hedge and source when it has none of its own.
 */
export function inheritScope(doc: Doc, stances: Stance[]): Stance[] {
  for (let k = 1; k < stances.length; k++) {
    const s = stances[k]!;
    const prev = stances[k - 1]!;
    const first = doc.tokens[s.clause.tokens[0]]!.lower;
    const lastOfPrev = doc.tokens[prev.clause.tokens[1] - 1]!.lower;
    if (!RELATIVE.has(first) && !(lastOfPrev === 'in' || lastOfPrev === 'of')) continue;
    if (s.certainty === 0 && prev.certainty !== 0) stances[k] = { ...s, certainty: prev.certainty, certaintyCues: prev.certaintyCues };
    if (!stances[k]!.source && prev.source) {
      stances[k] = { ...stances[k]!, source: prev.source, genericSource: prev.genericSource, ...(prev.attributionCue ? { attributionCue: prev.attributionCue } : {}) };
    }
  }
  return stances;
}

/** Verbs whose "not ... to" is no denial of what follows: "need not", "does not have to". */
const SEMI_MODALS = new Set(['need', 'needs', 'needed', 'have', 'has', 'had', 'having', 'ought', 'used']);

/** A verb in its dictionary form or in -ing, as it stands after "to" ("to file", "to filing"). */
function infinitive(lower: string): boolean {
  const v = verbForm(lower);
  return v !== undefined && (v === lower || lower === v + 'ing' || lower === v.replace(/e$/, '') + 'ing');
}
