import type { Check } from './context.js';
import type { Doc, Token } from '../types.js';
import { areAntonyms, areSynonyms, hasAntonyms, verbForm } from '../text/lexicon.js';
import { REPORTING_VERBS } from '../data/hedges.js';
import { DENYING_VERBS, ENDING_VERBS, NEWS_ANTONYMS, PARTICLES, PERSPECTIVE_OPPOSITES, PHRASAL_VERBS } from '../data/negation.js';
import { ORDINALS } from '../data/numbers.js';
import { clauseFeaturesOf } from './pairs.js';
import { coverage } from '../align/align.js';
import type { Stance } from '../extract/stance.js';
import type { Frame } from '../extract/frames.js';
import { counterparts } from './values.js';
import { linkSubstitutions } from './slots.js';
import { PARTICIPANT_OPENERS } from '../data/verbs.js';

/** Least share two clauses must have of each other to be compared word by word. */
const SAME_STATEMENT = 0.2;
/** Least share of a clause a whole base sentence must carry for its clauses to be compared with it. */
const SAME_SENTENCE = 0.34;

/** word -> [group index, side] for each side of each news antonym group it stands in */
const SIDES = new Map<string, Array<[number, number]>>();
NEWS_ANTONYMS.forEach((pair, g) =>
  pair.forEach((words, side) => {
    for (const w of words) (SIDES.get(w) ?? SIDES.set(w, []).get(w)!).push([g, side]);
  }),
);

const oppositeMemo = new Map<string, boolean>();

/** Words that never stand as opposites: particles ("called off" / "called on") and ordinals (number-changed's). */
const plainWord = (w: string) => /^[a-z-]+$/.test(w) && !PARTICLES.has(w) && !(w in ORDINALS);

/** The word has an opposite in the news table or in WordNet. */
function hasOpposite(w: string): boolean {
  return plainWord(w) && (SIDES.has(w) || hasAntonyms(w));
}

/** The two words stand in one group of the news table, on one side or on its two sides. */
function newsGroup(a: string, b: string, opposed: boolean): boolean {
  for (const [g, side] of SIDES.get(a) ?? []) if (SIDES.get(b)?.some(([h, other]) => h === g && (other !== side) === opposed)) return true;
  return false;
}

/** The two words stand on one side of a group of the news table: one sense ("cut" / "lowered"). */
const newsAlike = (a: string, b: string) => newsGroup(a, b, false);

/** The two words are opposites in the news table, which lists opposites in their news sense. */
const newsOpposite = (a: string, b: string) => newsGroup(a, b, true);

/** True when the words are opposites, in WordNet or in the news antonym table. */
export function opposite(a: string, b: string): boolean {
  if (a === b || !plainWord(a) || !plainWord(b)) return false;
  const key = a < b ? a + ' ' + b : b + ' ' + a;
  let v = oppositeMemo.get(key);
  if (v === undefined) {
    if (oppositeMemo.size > 100_000) oppositeMemo.clear();
    oppositeMemo.set(key, (v = newsOpposite(a, b) || areAntonyms(a, b)));
  }
  return v;
}

const parity = (st: Stance | undefined, i: number) => ((st?.scope.get(i) ?? 0) % 2 === 1);

/** The stance (clause) of a sentence holding token i. */
function stanceAt(stances: Stance[][], doc: Doc, i: number): Stance | undefined {
  return stances[doc.tokens[i]!.sentence]?.find((st) => i >= st.clause.tokens[0] && i < st.clause.tokens[1]);
}

/** Token i of a telling is under an odd number of negations in its clause. */
export function negatedAt(stances: Stance[][], doc: Doc, i: number): boolean {
  return parity(stanceAt(stances, doc, i), i);
}

/** A word that can carry a statement's polarity: a plain lower-case content word, not a name or a number. */
const polar = (t: Token) => (t.content || REPORTING_VERBS.has(t.lower)) && !t.capitalized && t.number === undefined && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text);

/** Prepositions that compare after a figure, by the word of the opposites table they stand for. */
const COMPARATIVE: Record<string, string> = { above: 'higher', over: 'higher', below: 'lower', under: 'lower' };
/** Units a figure's comparison may follow: "2.5 per cent above", "3 points below". */
const FIGURE_UNITS = new Set(['cent', 'percent', 'point', 'points', 'degrees']);

/** "14% below the average", "3 points above forecasts": after a figure, a preposition says more or less. */
function comparative(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  if (!(t.lower in COMPARATIVE) || !prev || prev.sentence !== t.sentence) return false;
  return prev.number !== undefined || FIGURE_UNITS.has(prev.lower);
}

/** polar(), or a comparing preposition after a figure. */
const polarAt = (doc: Doc, i: number) => (polar(doc.tokens[i]!) && !compoundModifier(doc, i) && !compoundFirst(doc, i) && !degree(doc, i)) || comparative(doc, i);

/** Words "far" says the degree of: "far below", "far short of", "far more", "far from". */
const FAR_BEFORE = new Set(['below', 'above', 'beyond', 'behind', 'ahead', 'short', 'more', 'less', 'fewer', 'from', 'too', 'outside', 'off']);

/** "far" before a comparison ("far below a sustainable size") measures it: it is no distance. */
function degree(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  return t.lower === 'far' && next !== undefined && next.sentence === t.sentence && (FAR_BEFORE.has(next.lower) || /[a-z]er$/.test(next.lower));
}

/** The first word of a compound with a participle: "part-owned", "well-known" describe, they state nothing of a part. */
function compoundFirst(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  return next !== undefined && next.sentence === t.sentence && doc.norm.slice(t.end, next.start) === '-' && /(ed|en|wn|run)$/.test(next.lower);
}

/** The participle of a compound before its noun: "union-backed", "state-funded" describe, they state nothing. */
function compoundModifier(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1];
  return prev !== undefined && prev.sentence === t.sentence && doc.norm.slice(prev.end, t.start) === '-' && /ed$/.test(t.lower);
}

/**
 * negation-flipped: a statement whose polarity is reversed, by a negation added or removed on the same
 * words ("pleaded guilty" / "pleaded not guilty", "said profits doubled" / "denied that profits
 * doubled") or by a word swapped for its opposite ("increase" / "decline"). Polarity is counted, not
 * guessed: each negation bears on the words of its phrase, and a word's polarity is the parity of the
 * negations over it, so a negation and an antonym cancel ("not guilty" / "innocent"), and a negated
 * clause a summary leaves out, or says in other words ("did not survive" / "died"), is no flip.
 */
export const negationFlipped: Check = {
  meta: {
    id: 'negation-flipped',
    description: "a statement's polarity is reversed (did / did not; agreed / refused)",
    severity: 'material',
    docs: 'docs/checks/negation-flipped.md',
  },
  run(ctx) {
    const bs = ctx.facts.base.stances;
    const rs = ctx.facts.revised.stances;
    const reported = new Set<Stance>(); // revised clauses already reported
    /** Reports base token k and revised token j: as opposites, or as a negation added or removed. */
    const report = (k: number, j: number, bst: Stance | undefined, rst: Stance | undefined, antonyms?: [string, string]) => {
      if (rst) reported.add(rst);
      // "A beat B at home" / "B lost away to A": the event told from the other side
      if (antonyms && antonyms.every((w) => PERSPECTIVE_OPPOSITES.has(w))) {
        const b = otherSide(ctx.facts.base.frames, ctx.base, k);
        const r = otherSide(ctx.facts.revised.frames, ctx.revised, j);
        if (b !== undefined && r !== undefined && b !== r) return;
      }
      const b = ctx.base.tokens[k]!;
      const r = ctx.revised.tokens[j]!;
      const rNeg = parity(rst, j);
      const data = {
        base: { negated: parity(bst, k), cues: bst?.negations.map((c) => c.text) ?? [] },
        revised: { negated: rNeg, cues: rst?.negations.map((c) => c.text) ?? [] },
        ...(antonyms ? { antonyms } : {}),
      };
      if (antonyms || !bst || !rst) {
        ctx.report({
          message: `Opposite meaning: "${b.text}" became "${r.text}"`,
          base: { start: b.start, end: b.end },
          revised: { start: r.start, end: r.end },
          data,
        });
        return;
      }
      const bc = bst.clause;
      const rc = rst.clause;
      ctx.report({
        message: rNeg
          ? `Negation added: "${ctx.revised.norm.slice(rc.start, rc.end)}"`
          : `Negation removed: "${ctx.base.norm.slice(bc.start, bc.end)}"`,
        base: { start: bc.start, end: bc.end },
        revised: { start: rc.start, end: rc.end },
        data,
      });
    };

    /**
     * The base says the revised word itself, with its polarity and among more of the revised words
     * than the opposite has around it: the opposite is another part of the story ("a second teenager
     * was released" beside "a 17-year-old was arrested"), not this statement reversed.
     */
    const saidInBase = (k: number, j: number): boolean => {
      const rt = ctx.revised.tokens[j]!;
      const rNeg = parity(stanceAt(rs, ctx.revised, j), j);
      const around = contextStems(ctx.revised, rs, j);
      const shared = (i: number) => [...contextStems(ctx.base, bs, i)].filter((x) => around.has(x)).length;
      const opposed = shared(k);
      return ctx.base.tokens.some((bt, i) => (bt.stem === rt.stem || sameVerb(bt.lower, rt.lower) || synonymous(bt, rt) || newsAlike(bt.lower, rt.lower)) && parity(stanceAt(bs, ctx.base, i), i) === rNeg && shared(i) > opposed);
    };

    // opposites at the same place of linked sentences ("approved" / "rejected")
    for (const link of ctx.alignment.links) {
      for (const sub of linkSubstitutions(ctx.base, ctx.revised, link)) {
        const nb = sub.base[1] - sub.base[0];
        const nr = sub.revised[1] - sub.revised[0];
        if (nb === 0 || nr === 0 || nb > 4 || nr > 4) continue;
        for (let j = sub.revised[0]; j < sub.revised[1]; j++) {
          const rt = ctx.revised.tokens[j]!;
          const rw = sense(ctx.revised, j);
          if (!polarAt(ctx.revised, j) || !hasOpposite(rw)) continue;
          for (let k = sub.base[0]; k < sub.base[1]; k++) {
            const bt = ctx.base.tokens[k]!;
            const bw = sense(ctx.base, k);
            if (!polarAt(ctx.base, k) || !opposite(bw, rw) || ended(ctx.revised, j) || ended(ctx.base, k) || saidInBase(k, j)) continue;
            const rst = stanceAt(rs, ctx.revised, j);
            const bst = stanceAt(bs, ctx.base, k);
            if (rst && reported.has(rst)) continue;
            // "not guilty" for "innocent": a negation on one of the opposites cancels them
            if (parity(rst, j) !== parity(bst, k)) {
              if (rst) reported.add(rst);
              continue;
            }
            report(k, j, bst, rst, [bw, rw]);
          }
        }
      }
    }

    // opposites in a sentence that restates a base sentence in other words ("reported a fourth quarter
    // increase in vaccine sales" for "a steep drop in vaccine sales"): the two words share their context
    for (let r = 0; r < ctx.revised.sentences.length; r++) {
      const sources = counterparts(ctx, r);
      if (!sources.length) continue;
      const swap = contextSwap(ctx.base, ctx.revised, sources, r);
      if (!swap) continue;
      const [k, j] = swap;
      if (saidInBase(k, j)) continue;
      const rst = stanceAt(rs, ctx.revised, j);
      const bst = stanceAt(bs, ctx.base, k);
      if ((rst && reported.has(rst)) || parity(rst, j) !== parity(bst, k)) continue;
      report(k, j, bst, rst, [ctx.base.tokens[k]!.lower, ctx.revised.tokens[j]!.lower]);
    }

    // the same words with the other polarity, in clauses that say the same thing
    const bf = clauseFeaturesOf(ctx, 'base');
    const rf = clauseFeaturesOf(ctx, 'revised');
    const baseVerb = verbsOf(ctx.base);
    ctx.facts.revised.stances.forEach((clauses, r) => {
      const sources = counterparts(ctx, r);
      if (!sources.length) return;
      clauses.forEach((rst, ci) => {
        if (reported.has(rst)) return;
        const f = rf(r)[ci]!;
        // the base clauses this one says again
        const same: Stance[] = [];
        for (const b of sources) {
          // a clause that says the same, or any clause of a base sentence that carries this one
          const whole = coverage(f, ctx.alignment.baseFeatures[b]!) >= SAME_SENTENCE;
          bf(b).forEach((g, bi) => {
            if (whole || Math.max(coverage(f, g), coverage(g, f)) >= SAME_STATEMENT) same.push(bs[b]![bi]!);
          });
        }
        if (!same.length) return;
        const [a, z] = rst.clause.tokens;
        for (let j = a; j < z; j++) {
          const rt = ctx.revised.tokens[j]!;
          if (!polar(rt) || compoundFirst(ctx.revised, j)) continue;
          const rNeg = parity(rst, j);
          // sameVerb(bt.lower, rt.lower), with the revised word's verb asked once, not once per base word
          const rVerb = verbForm(rt.lower);
          let agree = false;
          let clash: { bst: Stance; k: number; prefixed: boolean } | undefined;
          for (const bst of same) {
            for (let k = bst.clause.tokens[0]; k < bst.clause.tokens[1]; k++) {
              const bt = ctx.base.tokens[k]!;
              // a word of a name is not the word itself ("the Document Access Service" / "gain access")
              if (bt.capitalized !== rt.capitalized) continue;
              // "undescribed" is "not described"
              const prefixed = bt.stem === rt.stem || (rVerb !== undefined && baseVerb(k) === rVerb) ? 0 : negativeForm(bt.lower, rt.lower) ? 1 : -1;
              // (the first word of a compound says nothing of its own: asked only of the words that match)
              if (prefixed < 0 || compoundFirst(ctx.base, k)) continue;
              if ((parity(bst, k) !== (prefixed === 1)) === rNeg) agree = true;
              else clash ??= { bst, k, prefixed: prefixed === 1 };
            }
          }
          // the base also says it with this polarity: a repetition, not a flip; nor is a negation
          // that moved to another word of a clause negated as a whole on both sides ("had not been
          // given enough time" / "had been given too little time"), unless a negative prefix is the
          // flip ("unlikely to pose a risk" / "likely to face a risk")
          if (!clash || agree || (!clash.prefixed && clash.bst.negated === rst.negated)) continue;
          // a word and its negative form: the prefix is the flip, whatever negators the clauses hold
          if (clash.prefixed) {
            report(clash.k, j, clash.bst, rst, [ctx.base.tokens[clash.k]!.lower, rt.lower]);
            return;
          }
          // a negation cancelled by an opposite in the other clause ("could not fly directly" / "had to fly a roundabout route")
          if (cancelled(ctx.base, clash.bst, ctx.revised, rst)) continue;
          // the clause without the negation and the clause with it, whichever telling holds each
          const [plainDoc, plain, negDoc, neg] = rNeg ? [ctx.base, clash.bst, ctx.revised, rst] : [ctx.revised, rst, ctx.base, clash.bst];
          // "left homes without power" / "homes lost power": losing a thing is being without it
          if (deprived(plainDoc, plain, neg)) continue;
          // "will stop adding fluoride" / "is to end fluoridation": ending a thing is no longer doing it
          if (ceases(plainDoc, plain, neg)) continue;
          // "went on trial accused of manslaughter" / "denies manslaughter": a charge and its denial both stand
          if (deniesCharge(plainDoc, plain, neg)) continue;
          // "No Swedish woman has reached a final" / "the first Swedish woman to reach a final"
          if (firstToDo(plainDoc, plain, neg)) continue;
          // "wrongly admitted evidence" / "should not have admitted evidence"
          if (wronglyDone(plainDoc, plain, negDoc, neg)) continue;
          // "urged not to travel" / "told to avoid travel", "did not comment" / "declined to comment"
          // (but not "avoided" / "did not avoid")
          if (abstains(plainDoc, plain) && !abstains(negDoc, neg)) continue;
          // "should have declared the stake" / "did not disclose the stake": what should have been done was not
          if (counterfactual(plainDoc, plain)) continue;
          report(clash.k, j, clash.bst, rst);
          return;
        }
      });
    });
  },
};

/** Context words: the content stems within five words of a token, inside its sentence. */
function context(doc: Doc, i: number): Set<string> {
  const t = doc.tokens[i]!;
  const [a, b] = doc.sentenceTokens[t.sentence]!;
  const out = new Set<string>();
  for (let k = Math.max(a, i - 5); k < Math.min(b, i + 6); k++) if (k !== i && doc.tokens[k]!.content) out.add(doc.tokens[k]!.stem);
  return out;
}

/**
 * A word of the revised sentence whose opposite stands in a linked base sentence, where neither
 * sentence has the other's word, and the two share their context: a word of it for a pair of the
 * news table, two for a WordNet pair (WordNet's opposites hold in some sense, not always this one).
 */
function contextSwap(base: Doc, revised: Doc, linked: number[], r: number): [number, number] | undefined {
  const [ra, rb] = revised.sentenceTokens[r]!;
  const rStems = new Set<string>();
  for (let i = ra; i < rb; i++) rStems.add(revised.tokens[i]!.stem);
  for (const b of linked) {
    const [ba, bb] = base.sentenceTokens[b]!;
    const bStems = new Set<string>();
    for (let k = ba; k < bb; k++) bStems.add(base.tokens[k]!.stem);
    // the base words that have an opposite, each with the word it stands for
    const bCand: Array<{ k: number; bw: string }> = [];
    for (let k = ba; k < bb; k++) {
      const bt = base.tokens[k]!;
      const bw = sense(base, k);
      if (polarAt(base, k) && !rStems.has(bt.stem) && hasOpposite(bw)) bCand.push({ k, bw });
    }
    if (!bCand.length) continue;
    for (let i = ra; i < rb; i++) {
      const rt = revised.tokens[i]!;
      if (!polarAt(revised, i) || bStems.has(rt.stem)) continue;
      const rw = sense(revised, i);
      if (!hasOpposite(rw)) continue;
      for (const { k, bw } of bCand) {
        if (!opposite(bw, rw) || ended(revised, i) || ended(base, k)) continue;
        const rc = context(revised, i);
        let shared = 0;
        for (const w of context(base, k)) if (rc.has(w)) shared++;
        if (shared >= (newsOpposite(bw, rw) ? 1 : 2)) return [k, i];
      }
    }
  }
  return undefined;
}

/**
 * The word at token i, or for a verb and its particle the one word they stand for ("turned down" is
 * "rejected", "called off" "cancelled"), so that a phrasal verb meets its opposite.
 */
function sense(doc: Doc, i: number): string {
  const t = doc.tokens[i]!;
  if (comparative(doc, i)) return COMPARATIVE[t.lower]!;
  const next = doc.tokens[i + 1];
  // "to defeat Karnataka", "defeated the holders": defeating someone is a victory, being defeated
  // ("a defeat", "were defeated by") is not
  if (DEFEATING.has(t.lower) && next && next.sentence === t.sentence && doc.norm.slice(t.end, next.start) === ' ' && (/^\p{Lu}/u.test(next.text) || PARTICIPANT_OPENERS.has(next.lower))) return 'victory';
  if (!next || next.sentence !== t.sentence || !PARTICLES.has(next.lower) || doc.norm.slice(t.end, next.start) !== ' ') return t.lower;
  const verb = verbForm(t.lower);
  return (verb && PHRASAL_VERBS[verb + ' ' + next.lower]) ?? t.lower;
}

/** Forms of "defeat" that take the defeated as their object. */
const DEFEATING = new Set(['defeat', 'defeats', 'defeated', 'defeating']);

/** One word is the other with a negative prefix: "undescribed" / "described", "non-binding" / "binding". */
function negativeForm(a: string, b: string): boolean {
  // asked of every pair of words of two clauses: it reads the two words and builds no string or array
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  if (short.length < 4 || !long.endsWith(short)) return false;
  const prefix = long.length - short.length;
  return (prefix === 2 && long.startsWith('un')) || (prefix === 3 && long.startsWith('non')) || (prefix === 4 && long.startsWith('non-'));
}

/** A word of one clause and its opposite in the other, which turns a negation into a paraphrase. */
function cancelled(bd: Doc, bst: Stance, rd: Doc, rst: Stance): boolean {
  const words = (d: Doc, st: Stance) => d.tokens.slice(st.clause.tokens[0], st.clause.tokens[1]).filter(polar).map((t) => t.lower);
  const bw = words(bd, bst);
  const rw = words(rd, rst);
  return rw.some((x) => !bw.includes(x) && hasOpposite(x) && bw.some((y) => !rw.includes(y) && opposite(x, y)));
}

/** Verbs whose object is what the subject is left without: "lost power" is "without power". */
const DEPRIVING_VERBS = new Set(['lose', 'loses', 'lost', 'losing']);
/** Negators that say a thing is absent, as a depriving verb does. */
const PRIVATIVE = new Set(['without', 'no', 'lack', 'lacks', 'lacked']);

/** Verbs of not doing a thing: a clause with one says what a negated clause says. */
const ABSTAINING = new Set(['avoid', 'refrain', 'shun', 'eschew', 'forgo', 'forego', 'decline', 'refuse', 'skip', 'omit']);

/** The clause (the plain side of a negation) holds a verb of not doing ("avoid", "declined to"). */
function abstains(doc: Doc, st: Stance): boolean {
  const [a, b] = st.clause.tokens;
  for (let k = a; k < b; k++) {
    const v = verbForm(doc.tokens[k]!.lower);
    if (v !== undefined && ABSTAINING.has(v)) return true;
  }
  return false;
}

/** Modals that, before "have" and a participle, say a thing was not done: "should have declared". */
const COUNTERFACTUAL = new Set(['should', 'ought', 'would']);

/** The clause says what should have been done: "should have declared", "ought to have informed" (a participle in -ed or -en). */
function counterfactual(doc: Doc, st: Stance): boolean {
  return holds(doc, st, (t, k) => {
    if (!COUNTERFACTUAL.has(t.lower)) return false;
    const next = doc.tokens[k + 1]?.lower === 'to' ? k + 2 : k + 1;
    return doc.tokens[next]?.lower === 'have' && /(ed|en)$/.test(doc.tokens[next + 1]?.lower ?? '');
  });
}

/**
 * A clause with a depriving verb ("homes lost power") against one whose only negation says a thing
 * is absent ("left homes without power"): the same statement.
 */
function deprived(plainDoc: Doc, plain: Stance, negated: Stance): boolean {
  return onlyNegatedBy(negated, PRIVATIVE) && holds(plainDoc, plain, (t) => DEPRIVING_VERBS.has(t.lower));
}

/** Every negation of the clause opens with a word of `cues` ("stop" of "stop adding"), and it has one. */
function onlyNegatedBy(negated: Stance, cues: ReadonlySet<string>): boolean {
  return negated.negations.length > 0 && negated.negations.every((c) => cues.has(c.text.toLowerCase().split(/\s+/)[0]!));
}

/** Some token of the clause passes `test` (given the token and its index). */
function holds(doc: Doc, st: Stance, test: (t: Token, k: number) => boolean): boolean {
  const [a, b] = st.clause.tokens;
  for (let k = a; k < b; k++) if (test(doc.tokens[k]!, k)) return true;
  return false;
}

/**
 * A clause with an ending verb ("is to end fluoridation") against one whose only negation is an
 * ending verb before a verb in -ing ("will stop adding fluoride"): the same statement.
 */
function ceases(plainDoc: Doc, plain: Stance, negated: Stance): boolean {
  return onlyNegatedBy(negated, ENDING_VERBS) && holds(plainDoc, plain, (t) => ENDING_VERBS.has(t.lower));
}

/**
 * Words that give a thing as a charge, not as a fact: "accused of", "charged with", "allegedly".
 * (Not the nouns "charge" or "allegation": "admits the charge" is no charge but an admission.)
 */
const CHARGING = new Set(['accused', 'accuse', 'accuses', 'accusing', 'charged', 'alleged', 'allegedly', 'suspected']);

/**
 * A clause whose only negation is a denial ("denies the manslaughter") against one that gives the
 * same thing as a charge ("went on trial accused of the manslaughter"): the charge and its denial
 * both stand.
 */
function deniesCharge(plainDoc: Doc, plain: Stance, negated: Stance): boolean {
  return onlyNegatedBy(negated, DENYING_VERBS) && holds(plainDoc, plain, (t) => CHARGING.has(t.lower));
}

/** Negators that say nobody or nothing did a thing before: "No Swedish woman has reached", "never". */
const NONE_BEFORE = new Set(['no', 'none', 'nobody', 'never']);

/**
 * A clause whose only negation says none did a thing ("No Swedish woman has reached a final")
 * against one that names the first to do it ("the first Swedish woman to reach a final"): the first
 * to do a thing is one that none did before.
 */
function firstToDo(plainDoc: Doc, plain: Stance, negated: Stance): boolean {
  return onlyNegatedBy(negated, NONE_BEFORE) && holds(plainDoc, plain, (t, k) => t.lower === 'first' && plainDoc.tokens[k + 1]?.content === true);
}

/** Adverbs that say a thing done ought not to have been: "wrongly admitted" is "should not have admitted". */
const WRONGLY = new Set(['wrongly', 'wrongfully', 'unlawfully', 'illegally', 'improperly', 'mistakenly', 'erroneously']);

/**
 * A clause with an adverb of wrongdoing ("the judge wrongly admitted evidence") against one whose
 * only negation is "should not have" or "ought not to have" ("should not have admitted evidence"):
 * the same statement.
 */
function wronglyDone(plainDoc: Doc, plain: Stance, negDoc: Doc, negated: Stance): boolean {
  if (negated.negations.length !== 1) return false;
  const cue = negated.negations[0]!;
  const before = negDoc.norm.slice(Math.max(negated.clause.start, cue.start - 12), cue.start).toLowerCase();
  if (!/\b(should|ought)\s*$/.test(before) || !/^\s*(to\s+)?have\b/i.test(negDoc.norm.slice(cue.end, cue.end + 10))) return false;
  return holds(plainDoc, plain, (t) => WRONGLY.has(t.lower));
}

/** How many tokens either side of a word its context reaches. */
const CONTEXT = 5;

/** The context of a word: the stems of the content words within CONTEXT tokens of it, in its clause. */
function contextStems(doc: Doc, stances: Stance[][], i: number): Set<string> {
  const [a, z] = stanceAt(stances, doc, i)?.clause.tokens ?? doc.sentenceTokens[doc.tokens[i]!.sentence]!;
  const out = new Set<string>();
  for (let k = Math.max(a, i - CONTEXT); k < Math.min(z, i + CONTEXT + 1); k++) if (k !== i && doc.tokens[k]!.content) out.add(doc.tokens[k]!.stem);
  return out;
}

/** Not asked yet (verbForm's answer may be undefined). */
const UNASKED = Symbol('unasked');
const verbsCache = new WeakMap<Doc, Array<string | undefined | typeof UNASKED>>();

/**
 * verbForm() of a telling's tokens by index, asked once per token: every polar word of a revised
 * clause asks it of every word of the base clauses it is compared with.
 */
function verbsOf(doc: Doc): (i: number) => string | undefined {
  let verbs = verbsCache.get(doc);
  if (!verbs) verbsCache.set(doc, (verbs = new Array<string | undefined | typeof UNASKED>(doc.tokens.length).fill(UNASKED)));
  const list = verbs;
  return (i) => {
    const v = list[i];
    if (v !== UNASKED) return v;
    return (list[i] = verbForm(doc.tokens[i]!.lower));
  };
}

/** Two plain words of one WordNet sense ("cleared" / "acquitted"). */
function synonymous(a: Token, b: Token): boolean {
  return a.content && b.content && !a.capitalized && !b.capitalized && areSynonyms(a.lower, b.lower);
}

/** Two forms of one verb, by its lemma, where their stems differ: "lose" / "lost", "go" / "went". */
function sameVerb(a: string, b: string): boolean {
  const va = verbForm(a);
  return va !== undefined && va === verbForm(b);
}

/**
 * Whether the clause holding token i tells its event from a converse's side ("B lost to A" for "A
 * beat B"); undefined when no frame holds it.
 */
function otherSide(frames: Frame[][], doc: Doc, i: number): boolean | undefined {
  const f = frames[doc.tokens[i]!.sentence]?.find((x) => x.clause.tokens[0] <= i && i < x.clause.tokens[1]);
  return f && f.predicate !== f.canonical;
}

/** The word is the object of an ending verb within two words before it ("ending the war"). */
function ended(doc: Doc, i: number): boolean {
  const [a] = doc.sentenceTokens[doc.tokens[i]!.sentence]!;
  for (let k = Math.max(a, i - 2); k < i; k++) if (ENDING_VERBS.has(doc.tokens[k]!.lower)) return true;
  return false;
}
