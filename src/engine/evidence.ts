/**
 * Evidence before verdict. A value check proposes a change (a base value and the revised value that
 * stands for it); before it is reported, both tellings are searched:
 *
 * - support: the base states the revised value for the same thing somewhere (a summary draws on
 *   the whole text: "870 infections" where one sentence says 170 and another 870 cases);
 * - kept: the revision still carries the base value for the same thing (a new list entry, a new
 *   week's figure written beside the old one, not over it).
 *
 * "The base uses it somewhere" is not support: the value must be bound to the same thing (the
 * words around it, its head noun). A value that rarely recurs by chance ("870", "5 March 2024")
 * needs less binding than one that recurs everywhere ("two", "Sunday").
 */
import type { CheckContext } from '../checks/context.js';
import { BOUND_WITH_HEAD, bindings, sameAs, type ValueClaim, type ValueKind } from '../checks/values.js';
import { boundAlike, boundEither, nextWordsAlike, oppositeEnds, sameHead, sameOrMoreGeneral, supersededOnly } from '../align/binding.js';
import type { Placed } from '../align/binding.js';
import { sentenceText } from '../align/align.js';
import type { Doc, Profile } from '../types.js';

export interface Evidence {
  via: 'slot' | 'binding';
  /** how surely the two values are about the same thing (binding share, 0 to 1) */
  bound: number;
  /** how strongly the base states the revised value for the same thing */
  supported: number;
  /** the same, counting only the base sentences linked to the revised value's sentence */
  supportedNear: number;
  /** how strongly the revision still carries the base value for the same thing */
  kept: number;
  /** how unlikely the revised value is to recur by chance */
  distinct: number;
}

/** From this much support or keeping on, a proposal is refuted. */
export const REFUTED = 0.34;
/** A distinctive value found in the base counts for this share of its distinctiveness, bound or not. */
const DISTINCT_CREDIT = 0.6;

type Ctx = Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>;

/**
 * The evidence for a proposal, or undefined when it refutes it (see refuted). The revision is
 * searched for the base value only when the base's support for the new one has not already refuted
 * it (in long texts the search of the revision costs most).
 */
export function weighUnlessRefuted<T extends Placed>(ctx: Ctx, claim: ValueClaim<T>, profile: Profile): Evidence | undefined {
  if (profile === 'revision' && acknowledged(ctx, claim)) return undefined;
  const e = supportOf(ctx, claim);
  // between versions, a figure or a date bound to the same thing in one of the sentence's own base
  // sentences replaced it there (a running figure updated where an old figure elsewhere in the text
  // happens to match)
  const judged = profile === 'revision' && replacedThere(ctx, claim, e.bound) ? { ...e, via: 'slot' as const } : e;
  if (refuted({ ...judged, kept: 0 }, profile)) return undefined;
  const kept = keptOf(ctx, claim);
  return refuted({ ...judged, kept }, profile) ? undefined : { ...e, kept };
}

/**
 * A figure or a date paired by binding, bound to the same thing, in a sentence that draws on the base
 * value's sentence: an edit of that sentence, as a value at the same place of it is.
 */
function replacedThere<T extends Placed>(ctx: Ctx, claim: ValueClaim<T>, bound: number): boolean {
  if (claim.via !== 'binding' || (claim.kind.id !== 'quantity' && claim.kind.id !== 'date') || bound < BOUND_WITH_HEAD) return false;
  return ctx.alignment.supports[claim.revised.sentence]!.some((x) => x.base === claim.base.sentence);
}

/** Words before a value that say it was the value until now: "previously 12", "formerly 3%". */
const FORMERLY = new Set(['previously', 'formerly']);
/** Words of change before "from" and the old value: "rose from nine", "up from 3%", "moved from Tuesday". */
const CHANGED_FROM = new Set([
  'rose', 'risen', 'rise', 'rises', 'up', 'down', 'fell', 'fallen', 'falls', 'increased', 'decreased', 'climbed',
  'jumped', 'grew', 'dropped', 'revised', 'changed', 'moved', 'raised', 'lowered', 'cut', 'reduced', 'extended',
  'postponed', 'brought', 'updated', 'corrected', 'amended', 'shifted',
]);

/**
 * A later version that says the old value was superseded ("The death toll rose from nine") reports
 * the update: the change is the story's, not a silent edit. Values only: a figure or a date.
 */
function acknowledged<T extends Placed>(ctx: Ctx, claim: ValueClaim<T>): boolean {
  const { kind } = claim;
  if (kind.id !== 'quantity' && kind.id !== 'date') return false;
  const said = sameAs(kind, claim.base, ctx.base, kind.mentions(ctx.facts.revised), ctx.revised).filter((y) => y !== claim.revised);
  const at = (k: number, sentence: number) => {
    const t = ctx.revised.tokens[k];
    return t !== undefined && t.sentence === sentence ? t.lower : '';
  };
  return said.some((y) => {
    // a list's later values share its first one's "from" ("up from 19, 9 and 3 respectively")
    let k = y.tokens[0];
    for (let n = 0; n < 8 && k > 0; n++) {
      const prev = ctx.revised.tokens[k - 1]!;
      const before = ctx.revised.tokens[k - 2];
      if (prev.sentence !== y.sentence) break;
      if (prev.number !== undefined && /^\s*,\s*$/.test(ctx.revised.norm.slice(prev.end, ctx.revised.tokens[k]!.start))) k--;
      else if (prev.lower === 'and' && before?.number !== undefined && before.sentence === y.sentence) k -= 2;
      else break;
    }
    if (FORMERLY.has(at(k - 1, y.sentence))) return true;
    // "rose from nine", "rose sharply from nine", "has been moved forward from Tuesday"
    return at(k - 1, y.sentence) === 'from' && (CHANGED_FROM.has(at(k - 2, y.sentence)) || CHANGED_FROM.has(at(k - 3, y.sentence)));
  });
}

/** The evidence but what the revision keeps. */
function supportOf<T extends Placed>(ctx: Ctx, claim: ValueClaim<T>): Omit<Evidence, 'kept'> {
  const { kind } = claim;
  const bind = bindings(ctx);
  const r = claim.revised;
  const rf = bind.revised.of(r);
  const bf = bind.base.of(claim.base);
  const { supported, supportedNear, distinct, nearBound } = support(ctx, kind, r, claim.base);
  const bound = boundAlike(rf, bf);
  // the revised value stands in a sentence its own draws on, bound to it at least as closely as to
  // the value it would replace: it was moved there, not put in that value's place ("a roughly 70%
  // chance of a cut to 3.75%" / "a cut ... as around 70% likely")
  const moved = nearBound > 0 && nearBound >= bound ? REFUTED : 0;
  return { via: claim.via, bound, supported: Math.max(supported, moved), supportedNear: Math.max(supportedNear, moved), distinct };
}

/**
 * The base's mentions of a revised value that can support it: not one at the other end of a change
 * ("from 583" for "to 583"), nor one the base marks as superseded ("originally due in 2027").
 */
function sameValueInBase<T extends Placed>(ctx: Ctx, kind: ValueKind<T>, r: T): T[] {
  // one answer per comparison and value: support() and supportedAtAll() ask again of one revised value,
  // and a long text gives a common figure hundreds of times, each tested against the revised one
  let byKind = sameValueCache.get(ctx.alignment);
  if (!byKind) sameValueCache.set(ctx.alignment, (byKind = new Map()));
  let answers = byKind.get(kind) as Map<T, T[]> | undefined;
  if (!answers) byKind.set(kind, (answers = new Map()));
  let hit = answers.get(r);
  if (!hit) {
    // (nor a dateline's place, where the report was filed, for where a thing of the story happened:
    // "KARACHI — ... a restaurant in Hyderabad" / "a restaurant in Karachi")
    const filed = !kind.whereAlone?.(r, ctx.revised) || inDateline(ctx.revised, r);
    hit = sameAs(kind, r, ctx.revised, kind.mentions(ctx.facts.base), ctx.base).filter(
      (x) =>
        (kind.supports?.(x, r) ?? true) && !oppositeEnds(ctx.revised, r, ctx.base, x) && !supersededOnly(ctx.base, x, ctx.revised, r) && (filed || !inDateline(ctx.base, x)),
    );
    answers.set(r, hit);
  }
  return hit;
}

/**
 * The value opens its sentence as a dateline: "KARACHI — At least eight people", "LONDON (Reuters) -",
 * "GENEVA, March 3 (AP) —". It says where the report was filed, not where its events happened.
 */
function inDateline(doc: Doc, m: Placed): boolean {
  if (m.tokens[0] !== doc.sentenceTokens[m.sentence]![0]) return false;
  const end = doc.tokens[m.tokens[1] - 1]!.end;
  return /^(,[^,\n\u2014\u2013]{1,25})?\s*(\([^)\n]{1,30}\)\s*)?(\u2014|\u2013|-{1,2})\s/u.test(doc.norm.slice(end, end + 60));
}

/** sameValueInBase's answers, per comparison (its alignment), kind and revised value. */
const sameValueCache = new WeakMap<object, Map<object, Map<unknown, unknown[]>>>();

/** Values of this kind that the words right beside them tell apart: figures and dates ("scored 21 points and X added 9"). */
const toldByNextWords = <T extends Placed>(kind: ValueKind<T>) => kind.id === 'quantity' || kind.id === 'date';

/** How strongly, and where, the base states a revised value. */
export interface Support {
  /** for the same thing, anywhere */
  supported: number;
  /** the same, in the base sentences the revised value's sentence is linked to */
  supportedNear: number;
  distinct: number;
  /** one of those linked sentences gives the value at all, bound or not */
  inNear: boolean;
  /** the base gives the value with the same head noun somewhere ("the fourth quarter") */
  sameHead: boolean;
  /** how closely (boundAlike) the value is bound to the same value in one of those linked sentences (not under another head noun) */
  nearBound: number;
}

/**
 * How strongly the base states a revised value for the same thing (see Support). `rival`: the base
 * value the revised one would replace; a mention of the same value in a sentence the revised one
 * draws on does not support it when the words right beside the revised value, on both sides, are
 * the rival's and neither is its own ("scored 21 points and Maddox added 9" / "scored 9 points": the
 * 9 is Maddox's).
 */
export function support<T extends Placed>(ctx: Ctx, kind: ValueKind<T>, r: T, rival?: T): Support {
  const bind = bindings(ctx);
  const rf = bind.revised.of(r);
  const distinct = kind.distinct(r, ctx.revised);
  const rHead = kind.head?.(r, ctx.revised);
  let supported = 0;
  let supportedNear = 0;
  let inNear = false;
  let headAlike = false;
  let nearBound = 0;
  const near = new Set(ctx.alignment.supports[r.sentence]!.map((x) => x.base));
  // a figure or a date: in a sentence holding several, the words beside each tell which it is
  const rivalFit = rival && toldByNextWords(kind) ? nextWordsAlike(bind.revised, r, bind.base, rival) : 0;
  for (const x of sameValueInBase(ctx, kind, r)) {
    if (rivalFit === 2 && near.has(x.sentence) && nextWordsAlike(bind.revised, r, bind.base, x) === 0) continue;
    const heads = sameOrMoreGeneral(rHead, kind.head?.(x, ctx.base));
    if (heads === true) headAlike = true;
    // binding and distinctiveness are two pieces of evidence: either can carry it, both add up
    // a value with another head noun is said of another thing: half the support from afar, none
    // from the sentence the revised one edits ("11 goals in 14 games" / "14 goals in 14 games")
    const bound = boundEither(rf, bind.base.of(x));
    let s = (1 - (1 - bound) * (1 - distinct * DISTINCT_CREDIT)) * (heads === false ? (near.has(x.sentence) ? 0 : 0.5) : 1);
    if (heads === true && near.has(x.sentence)) s = Math.max(s, REFUTED);
    supported = Math.max(supported, s);
    if (near.has(x.sentence)) {
      inNear = true;
      if (heads !== false) nearBound = Math.max(nearBound, boundAlike(rf, bind.base.of(x)));
      supportedNear = Math.max(supportedNear, s);
    }
  }
  return { supported, supportedNear, distinct, inNear, sameHead: headAlike, nearBound };
}

/**
 * support(ctx, kind, r).supported >= least, or inNear, or sameHead, without the whole search: the
 * tests that need no binding go first (a linked sentence giving the value, the same head noun, a
 * value distinct enough to reach `least` unbound), and the search stops at the first mention that
 * settles it. A long text gives a common figure hundreds of times; claim-added asks this of every
 * revised value the base gives.
 */
export function supportedAtAll<T extends Placed>(ctx: Ctx, kind: ValueKind<T>, r: T, least: number): boolean {
  const distinct = kind.distinct(r, ctx.revised);
  const rHead = kind.head?.(r, ctx.revised);
  const near = new Set(ctx.alignment.supports[r.sentence]!.map((x) => x.base));
  const same = sameValueInBase(ctx, kind, r);
  // each mention's head noun compared once, when first asked (a search that settles early asks few)
  const heads: Array<boolean | undefined | null> = new Array<null>(same.length).fill(null);
  const headOf = (i: number): boolean | undefined => {
    let h = heads[i];
    if (h === null) heads[i] = h = sameOrMoreGeneral(rHead, kind.head?.(same[i]!, ctx.base));
    return h;
  };
  if (same.some((x, i) => near.has(x.sentence) || headOf(i) === true)) return true;
  // none is near and none has the same head: each counts in full, or by half for another head noun;
  // unbound (boundEither 0) a mention already gives this much, and binding only adds (see support)
  const factor = (i: number) => (headOf(i) === false ? 0.5 : 1);
  for (let i = 0; i < same.length; i++) if ((1 - (1 - 0) * (1 - distinct * DISTINCT_CREDIT)) * factor(i) >= least) return true;
  const bind = bindings(ctx);
  const rf = bind.revised.of(r);
  for (let i = 0; i < same.length; i++) {
    const s = (1 - (1 - boundEither(rf, bind.base.of(same[i]!))) * (1 - distinct * DISTINCT_CREDIT)) * factor(i);
    if (s >= least) return true;
  }
  return false;
}

function keptOf<T extends Placed>(ctx: Ctx, claim: ValueClaim<T>): number {
  // a running figure restated supersedes the old one, kept or not
  return claim.kind.updates?.(claim.revised, ctx.revised) ? 0 : keptScore(ctx, claim);
}

/**
 * How strongly the revision still carries the base value for the same thing. The base's mentions of
 * that value and the revision's are paired, best bound first, each used once: "Russia's invasion ...
 * the Russian embassy" revised to "Russia's invasion ... the Mexican embassy" keeps the first, not
 * the second. A revised mention in a sentence that carries the base one counts as bound by half.
 */
/** How many mentions of one value each side brings to the pairing at most. */
const MAX_ALIKE = 64;

/**
 * The mentions of one value nearest the base value's sentence, at most MAX_ALIKE, in their order. A
 * text that repeats one name or figure hundreds of times (a generated or garbled page) would pair
 * every mention with every other for every claim; real articles stay far below the limit.
 */
function nearest<T extends Placed>(ms: T[], of: T): T[] {
  if (ms.length <= MAX_ALIKE) return ms;
  const far = (m: T) => (m === of ? -1 : Math.abs(m.sentence - of.sentence));
  const keep = new Set(
    ms
      .map((m, i) => ({ m, i }))
      .sort((p, q) => far(p.m) - far(q.m) || p.i - q.i)
      .slice(0, MAX_ALIKE)
      .map((p) => p.m),
  );
  return ms.filter((m) => keep.has(m));
}

function keptScore<T extends Placed>(ctx: Ctx, claim: ValueClaim<T>): number {
  const { kind } = claim;
  const bind = bindings(ctx);
  const b = claim.base;
  const bm = kind.mentions(ctx.facts.base);
  const same = nearest(sameAs(kind, b, ctx.base, bm, ctx.base, b), b);
  // a mention at the other end of a change ("from 583" / "to 583") does not keep the value
  const ys = nearest(
    sameAs(kind, b, ctx.base, kind.mentions(ctx.facts.revised), ctx.revised).filter((y) => y !== claim.revised && !oppositeEnds(ctx.base, b, ctx.revised, y)),
    b,
  );
  if (!ys.length) return 0;
  // Only a pair whose bindings share a key, or in linked sentences, scores above 0. The others
  // would sort after every pair that does, where they no longer change b's score (a pair of 0 keeps
  // nothing): leaving them out keeps long texts from pairing every mention with every other.
  const byKey = new Map<string, number[]>();
  const bySentence = new Map<number, number[]>();
  const put = <K>(m: Map<K, number[]>, k: K, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  const yFeatures = ys.map((y) => bind.revised.of(y));
  const yHeads = ys.map((y) => kind.head?.(y, ctx.revised));
  ys.forEach((y, i) => {
    for (const k of yFeatures[i]!.syns) put(byKey, k, i);
    put(bySentence, y.sentence, i);
  });
  const pairs: Array<{ x: T; y: T; score: number; rank: number }> = [];
  // the revised value stands where the base one stood, the words beside it the same on both sides:
  // a mention of the base value in a linked sentence with none of those words beside it is another
  // figure ("scored 21 points and Maddox added 9" / "scored 9 points and Maddox added 21")
  const inPlace = toldByNextWords(kind) && nextWordsAlike(bind.base, b, bind.revised, claim.revised) === 2;
  // of pairs bound alike, b's own first (the base value is kept when the revision says it anywhere for
  // the same thing); but a line the base repeats word for word ("Tuesday 24 November, 13.00") is
  // carried by the revised line each copy is linked to, not by another copy's
  const bText = sentenceText(ctx.base, b.sentence);
  for (const x of same) {
    const xf = bind.base.of(x);
    const twin = x !== b && sentenceText(ctx.base, x.sentence) === bText;
    const xHead = kind.head?.(x, ctx.base);
    const linked = new Set(ctx.alignment.supportedBy[x.sentence]);
    const near = new Set<number>();
    for (const k of xf.syns) for (const i of byKey.get(k) ?? []) near.add(i);
    for (const s of linked) for (const i of bySentence.get(s) ?? []) near.add(i);
    for (const i of [...near].sort((p, q) => p - q)) {
      const y = ys[i]!;
      if (x !== b && oppositeEnds(ctx.base, x, ctx.revised, y)) continue;
      if (x === b && inPlace && linked.has(y.sentence) && nextWordsAlike(bind.base, b, bind.revised, y) === 0) continue;
      let score = boundEither(xf, yFeatures[i]!);
      if (linked.has(y.sentence)) score = Math.max(score, 0.5);
      if (sameHead(xHead, yHeads[i]) === false) score *= 0.5;
      pairs.push({ x, y, score, rank: x === b ? 1 : twin && linked.has(y.sentence) ? 2 : 0 });
    }
  }
  pairs.sort((p, q) => q.score - p.score || q.rank - p.rank);
  const usedX = new Set<T>();
  const usedY = new Set<T>();
  for (const p of pairs) {
    if (usedX.has(p.x) || usedY.has(p.y)) continue;
    usedX.add(p.x);
    usedY.add(p.y);
    if (p.x === b) return p.score;
  }
  return 0;
}

/**
 * A proposal the evidence refutes: the base value is still carried, or the base states the new value
 * for the same thing. Between versions of one story (`revision`), a value replaced in place is an
 * edit of that sentence even when the new value stands elsewhere in the base ("we have paid 85,000
 * claims" updated to the 97,500 the lead gives): there a value replaced in place yields only to
 * support in the base sentences its own sentence draws on.
 */
export function refuted(e: Evidence, profile: Profile): boolean {
  if (e.kept >= REFUTED) return true;
  if (profile === 'faithful' || e.via === 'binding') return e.supported >= REFUTED;
  // a sentence that merges two base sentences may take the value from the other one
  return e.supportedNear >= REFUTED;
}
