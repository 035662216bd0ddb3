/**
 * Values across tellings: the candidate pairs a value check proposes (a base value and the revised
 * value that may have replaced it), found in two ways:
 *
 * - at the same place of linked sentences: the word diff removes one and adds the other ("killed 35
 *   people" / "killed 53 people");
 * - bound to the same thing anywhere in the base: the same head noun and the same words around it
 *   ("at least 8 [dead]" / "at least 15 [dead]"), for a summary that restates a sentence in new words.
 *
 * A proposal is not yet a finding: the engine looks for evidence in both tellings first (the revised
 * value stated in the base for the same thing; the base value still carried in the revision) and
 * drops a proposal the evidence refutes (src/engine/evidence.ts).
 */
import type { Doc, Token } from '../types.js';
import type { Facts } from '../extract/facts.js';
import { Bindings, bindingTokens, boundAlike, sameHead, type Placed } from '../align/binding.js';
import type { Clause } from '../extract/clauses.js';
import { sentenceText, SYN_CREDIT, tokenKey, tokenSyns, type SentenceFeatures } from '../align/align.js';
import type { CheckContext } from './context.js';
import { linkSubstitutions } from './slots.js';
import { bySentence } from '../extract/scan.js';

/**
 * The mentions of `among` that are `same` as `m`, in their order; with `self`, that one too (when it
 * is in `among`), same or not.
 */
export function sameAs<T extends Placed>(kind: ValueKind<T>, m: T, mDoc: Doc, among: T[], amongDoc: Doc, self?: T): T[] {
  if (kind.signature) return bySignature(kind, kind.signature, m, mDoc, among, amongDoc, self);
  const find = () => (kind.sameCandidates?.(m, mDoc, among, amongDoc) ?? among).filter((x) => x === self || kind.same(m, x, mDoc, amongDoc));
  if (self !== undefined) return find();
  // one answer per mention and list: the checks and the evidence step ask it of the same mentions
  let answers = sameCache.get(among) as Map<T, T[]> | undefined;
  if (!answers) sameCache.set(among, (answers = new Map()));
  let hit = answers.get(m);
  if (!hit) answers.set(m, (hit = find()));
  return hit;
}

/** sameAs's answers (without `self`) for a kind compared one by one, per list of mentions. */
const sameCache = new WeakMap<object, Map<unknown, unknown[]>>();

/**
 * sameAs(kind, m, mDoc, among, amongDoc).some(test) (without a test: whether any is), stopping at
 * the first mention found: a name the base gives is found among its first candidates, and a long
 * text gives it hundreds of times.
 */
export function someSame<T extends Placed>(kind: ValueKind<T>, m: T, mDoc: Doc, among: T[], amongDoc: Doc, test?: (x: T) => boolean): boolean {
  if (kind.signature) {
    const same = bySignature(kind, kind.signature, m, mDoc, among, amongDoc, undefined);
    return test ? same.some(test) : same.length > 0;
  }
  const known = (sameCache.get(among) as Map<T, T[]> | undefined)?.get(m);
  if (known) return test ? known.some(test) : known.length > 0;
  // without a test, one answer per mention and list
  let given: Map<T, boolean> | undefined;
  if (!test) {
    given = givenCache.get(among) as Map<T, boolean> | undefined;
    if (!given) givenCache.set(among, (given = new Map()));
    const v = given.get(m);
    if (v !== undefined) return v;
  }
  let v = false;
  for (const x of kind.sameCandidates?.(m, mDoc, among, amongDoc) ?? among) {
    if (kind.same(m, x, mDoc, amongDoc) && (!test || test(x))) {
      v = true;
      break;
    }
  }
  given?.set(m, v);
  return v;
}

/** someSame's answers without a test, for a kind compared one by one, per list of mentions. */
const givenCache = new WeakMap<object, Map<unknown, boolean>>();

/** A list of mentions in classes of one signature: each class's members (indices, in order) and its first one. */
interface Classes<T> {
  signatures: Map<string, number[]>;
  /** the indices of the mentions `same` as a signature, asked once per signature */
  answers: Map<string, number[]>;
  /** the same mentions themselves */
  mentions: Map<string, T[]>;
  position: Map<T, number>;
  /** the signatures by reach, for a kind that has one: made on first use */
  reach?: Reach;
  /** the signatures by key, for a kind that has keys: made on first use */
  byKey?: Map<string, string[]>;
}

/** The signatures of a list's classes by each key of their values (ValueKind.keys). */
function keyIndex<T extends Placed>(kind: ValueKind<T>, keys: (m: T) => readonly string[] | undefined, among: T[], classes: Classes<T>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [signature, members] of classes.signatures) {
    for (const k of keys(among[members[0]!]!) ?? []) {
      const list = out.get(k);
      if (!list) out.set(k, [signature]);
      else if (list[list.length - 1] !== signature) list.push(signature);
    }
  }
  return out;
}

/**
 * Signatures by the reach of their values (ValueKind.reach): those that may be same as anything,
 * and the others in buckets of reaches no longer than a power of two, each sorted by its start.
 */
interface Reach {
  anywhere: string[];
  /** those that may be same only as values that meet them apart (ValueKind.meetsApart) */
  apart: string[];
  buckets: Array<{ span: number; starts: Float64Array; ends: Float64Array; signatures: string[] }>;
}

function reachOf<T extends Placed>(kind: ValueKind<T>, among: T[], classes: Classes<T>): Reach {
  const anywhere: string[] = [];
  const apart: string[] = [];
  const byBucket = new Map<number, Array<{ start: number; end: number; signature: string }>>();
  for (const [signature, members] of classes.signatures) {
    const x = among[members[0]!]!;
    const r = kind.reachAmong ? kind.reachAmong(x) : kind.reach!(x);
    if (r === 'apart') {
      apart.push(signature);
      continue;
    }
    if (!r) {
      anywhere.push(signature);
      continue;
    }
    const k = Math.max(0, Math.ceil(Math.log2(r[1] - r[0] + 1)));
    (byBucket.get(k) ?? byBucket.set(k, []).get(k)!).push({ start: r[0], end: r[1], signature });
  }
  const buckets = [...byBucket].map(([k, list]) => {
    list.sort((a, b) => a.start - b.start);
    return { span: 2 ** k, starts: Float64Array.from(list, (x) => x.start), ends: Float64Array.from(list, (x) => x.end), signatures: list.map((x) => x.signature) };
  });
  return { anywhere, apart, buckets };
}

/** The signatures whose values may be same as a value of this reach (a superset, in no particular order). */
function within(reach: Reach, [start, end]: readonly [number, number], apart: boolean): string[] {
  const out = apart ? [...reach.anywhere, ...reach.apart] : [...reach.anywhere];
  for (const b of reach.buckets) {
    // a reach ending at `start` or later, no longer than the span, starts at start - span or later
    let lo = 0;
    let hi = b.starts.length;
    const from = start - b.span;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b.starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < b.starts.length && b.starts[i]! <= end; i++) if (b.ends[i]! >= start) out.push(b.signatures[i]!);
  }
  return out;
}

const classesCache = new WeakMap<object, Classes<unknown>>();

/**
 * sameAs for a kind whose `same` reads only what its signature holds: `m` is compared with one
 * mention of each class of `among`, and a signature is answered once per list. A long text repeats
 * a few figures, dates and places hundreds of times; comparing each with all would be quadratic.
 */
function bySignature<T extends Placed>(kind: ValueKind<T>, signature: (m: T) => string, m: T, mDoc: Doc, among: T[], amongDoc: Doc, self: T | undefined): T[] {
  let c = classesCache.get(among) as Classes<T> | undefined;
  if (!c) {
    c = { signatures: new Map(), answers: new Map(), mentions: new Map(), position: new Map() };
    among.forEach((x, i) => {
      const s = signature(x);
      const list = c!.signatures.get(s);
      if (list) list.push(i);
      else c!.signatures.set(s, [i]);
      c!.position.set(x, i);
    });
    classesCache.set(among, c);
  }
  const sig = signature(m);
  let hit = c.answers.get(sig);
  if (!hit) {
    hit = [];
    // a value is compared with the classes its reach meets only, when its kind has reaches
    const reach = kind.reach?.(m);
    const keys = kind.keys?.(m);
    if (keys) {
      c.byKey ??= keyIndex(kind, kind.keysAmong ?? kind.keys!, among, c);
      const seen = new Set<string>();
      for (const k of keys) {
        for (const s of c.byKey.get(k) ?? []) {
          if (seen.has(s)) continue;
          seen.add(s);
          const members = c.signatures.get(s)!;
          if (kind.same(m, among[members[0]!]!, mDoc, amongDoc)) hit.push(...members);
        }
      }
    } else if (reach) {
      c.reach ??= reachOf(kind, among, c);
      for (const s of within(c.reach, reach, kind.meetsApart?.(m) ?? true)) {
        const members = c.signatures.get(s)!;
        if (kind.same(m, among[members[0]!]!, mDoc, amongDoc)) hit.push(...members);
      }
    } else {
      for (const members of c.signatures.values()) if (kind.same(m, among[members[0]!]!, mDoc, amongDoc)) hit.push(...members);
    }
    hit.sort((a, b) => a - b);
    c.answers.set(sig, hit);
  }
  const at = self === undefined ? undefined : c.position.get(self);
  if (at === undefined || hit.includes(at)) {
    let ms = c.mentions.get(sig);
    if (!ms) c.mentions.set(sig, (ms = hit.map((i) => among[i]!)));
    return ms;
  }
  const out: T[] = [];
  let placed = false;
  for (const i of hit) {
    if (!placed && i > at) {
      out.push(among[at]!);
      placed = true;
    }
    out.push(among[i]!);
  }
  if (!placed) out.push(among[at]!);
  return out;
}

/** What the evidence step needs to know of a kind of value. */
export interface ValueKind<T extends Placed> {
  /** 'quantity', 'date', 'place', 'name', 'role' */
  id: string;
  /** every value of this kind in a telling */
  mentions(facts: Facts): T[];
  /** equal in some reading (the same number, the same day, the same place or person) */
  same(a: T, b: T, aDoc: Doc, bDoc: Doc): boolean;
  /**
   * The mentions of `among` (all of one telling's, as `mentions` gives them) that can be `same` as
   * `m`, in their order: a superset found through an index, that `same` still decides. Without it
   * every mention is tried, which is quadratic in long texts.
   */
  sameCandidates?(m: T, mDoc: Doc, among: T[], amongDoc: Doc): T[];
  /**
   * A key holding all that `same` reads of a value, for a kind whose `same` reads neither the text
   * nor the docs: two values with one signature are `same` as the same values. Values are then
   * compared by class, not one by one (see sameAs).
   */
  signature?(m: T): string;
  /**
   * For a kind with a signature: an interval of numbers that every value `same` as this one meets with
   * its own reach (two values whose reaches do not meet are never `same`), or undefined for a value
   * that may be `same` as values of any reach. A long text gives thousands of distinct figures;
   * comparing each with all would be quadratic.
   */
  reach?(m: T): readonly [number, number] | undefined;
  /**
   * The reach a value shows to values that have one (by default its own): a value with no reach of
   * its own may still be `same` as a value with a reach only when their numbers are near (a length of
   * time and a count). Undefined: it may be `same` as values of any reach; 'apart': as those whose
   * meetsApart holds only.
   */
  reachAmong?(m: T): readonly [number, number] | undefined | 'apart';
  /**
   * For a value with a reach: whether it may be `same` as values whose reachAmong is 'apart' (values
   * that meet values with a reach only in some reading across kinds: a percentage and a share).
   */
  meetsApart?(m: T): boolean;
  /**
   * For a kind with a signature: keys such that a value is `same` only as values sharing one with it
   * (their keysAmong, by default their keys): a place's own key, and its country's for a capital. A
   * value with keys is compared with the classes sharing a key with it only; one without (undefined)
   * by its reach, or with every class.
   */
  keys?(m: T): readonly string[] | undefined;
  /** The keys a value shows to values with keys, when they are not its own keys. */
  keysAmong?(m: T): readonly string[];
  /**
   * `a`, `same` as `b`, says all that `b` says ("14 November" of "November"); by default every `same`
   * value does. A less precise value agrees with a more precise one without giving it.
   */
  covers?(a: T, b: T): boolean;
  /**
   * Base value `a`, `same` as revised value `b`, can support it as the evidence step weighs support
   * (by default every `same` value can): an open range supports a figure within it only at its own
   * number ("fines of up to £10,000" state no £1,750 charge).
   */
  supports?(a: T, b: T): boolean;
  /**
   * Values distinctive enough to pair when each is the only one of its text the other text lacks,
   * wherever they stand (see loneOrphans): a day of a month.
   */
  lone?(m: T): boolean;
  /** of one kind, so that a difference is a change ("40 homes" and "12 shops" are not) */
  comparable(a: T, b: T, aDoc: Doc, bDoc: Doc): boolean;
  /** stricter, for values paired by binding alone (not standing in one place): by default `comparable` */
  bindable?(a: T, b: T, aDoc: Doc, bDoc: Doc): boolean;
  /**
   * Mentions that say where something happened, which a sentence says once: one such value new to a
   * rewritten sentence stands for the one its base sentences no longer give (see orphans).
   */
  whereAlone?(m: T, doc: Doc): boolean;
  /** the noun the value counts or qualifies, when it has one */
  head?(m: T, doc: Doc): Token | undefined;
  /**
   * How unlikely the value is to recur for another thing (0 to 1): "870" or "5 March 2024" say
   * more than "two" or "Sunday". A distinctive value found anywhere in the base is weak support.
   */
  distinct(m: T, doc: Doc): number;
  /**
   * The value supersedes older ones of its kind ("the total is now 13", "as of 15 April, there are 70
   * cases"): a running figure restated is an update even where the revision keeps the old statement.
   */
  updates?(m: T, doc: Doc): boolean;
}

/** A proposed change: a base value and the revised value standing for it. */
export interface ValueClaim<T extends Placed = Placed> {
  kind: ValueKind<T>;
  base: T;
  revised: T;
  /** found at the same place of linked sentences, or bound to the same thing */
  via: 'slot' | 'binding';
}

/** From this many values of a kind in the base on, candidates for binding come from an index. */
const INDEX_FROM = 64;

/** Longest run of words a substitution may have on each side to be a slot. */
const MAX_SLOT = 6;

/** Least binding share for a value bound to the same thing to be proposed without a slot. */
export const BOUND = 0.5;
/** The same, for two values with the same head noun. */
export const BOUND_WITH_HEAD = 0.3;
/** How much less binding a value needs in a base sentence its sentence is linked to. */
export const NEAR_CREDIT = 0.15;

const bindingsCache = new WeakMap<object, { base: Bindings; revised: Bindings }>();

/** The binding features of both tellings, for this comparison. */
export function bindings(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>): { base: Bindings; revised: Bindings } {
  let b = bindingsCache.get(ctx.alignment);
  if (!b) {
    b = {
      base: new Bindings(ctx.base, ctx.facts.base.clauses, ctx.alignment.weight),
      revised: new Bindings(ctx.revised, ctx.facts.revised.clauses, ctx.alignment.weight),
    };
    bindingsCache.set(ctx.alignment, b);
  }
  return b;
}

const verbatimCache = new WeakMap<object, Set<number>>();

/**
 * Base sentences the revision carries word for word. A revised sentence that is also linked to
 * one of them is new text written on its pattern (a new list entry, a new week's figures), not
 * an edit of it: its values are not compared with that sentence's.
 */
export function carriedVerbatim(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment'>): Set<number> {
  let out = verbatimCache.get(ctx.alignment);
  if (out) return out;
  out = new Set();
  ctx.alignment.supports.forEach((sup, r) => {
    const text = sentenceText(ctx.revised, r);
    for (const s of sup) if (sentenceText(ctx.base, s.base) === text) out!.add(s.base);
  });
  verbatimCache.set(ctx.alignment, out);
  return out;
}

/** The base sentences a revised sentence is an edit of: its links, less those carried verbatim by another sentence. */
export function counterparts(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment'>, r: number): number[] {
  const verbatim = carriedVerbatim(ctx);
  const text = sentenceText(ctx.revised, r);
  return ctx.alignment.supports[r]!.map((s) => s.base).filter((b) => !verbatim.has(b) || sentenceText(ctx.base, b) === text);
}

const inside = (m: Placed, a: number, b: number) => m.tokens[0] < b && a < m.tokens[1];

/** A list of values in order of their first token: those first tokens, and the longest value's length. */
const startsCache = new WeakMap<object, { starts: Int32Array; longest: number } | null>();

/**
 * The values of `list` with a token in [a, b), in their order: those of a list in token order are
 * found by binary search (every link's substitutions ask, and a long text has thousands of values).
 */
function overlapping<T extends Placed>(list: T[], a: number, b: number): T[] {
  let s = startsCache.get(list);
  if (s === undefined) {
    const starts = Int32Array.from(list, (m) => m.tokens[0]);
    let sorted = true;
    let longest = 0;
    list.forEach((m, i) => {
      if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
      longest = Math.max(longest, m.tokens[1] - m.tokens[0]);
    });
    startsCache.set(list, (s = sorted ? { starts, longest } : null));
  }
  if (!s) return list.filter((m) => inside(m, a, b));
  // a value ending after a starts after a - longest
  const first = (x: number) => {
    let lo = 0;
    let hi = s.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s.starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: T[] = [];
  for (let i = first(a - s.longest + 1), end = first(b); i < end; i++) if (inside(list[i]!, a, b)) out.push(list[i]!);
  return out;
}

/** Candidate pairs of one kind of value: by slot in linked sentences, then by binding. */
export function valueClaims<T extends Placed>(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>, kind: ValueKind<T>): ValueClaim<T>[] {
  const bm = kind.mentions(ctx.facts.base);
  const rm = kind.mentions(ctx.facts.revised);
  if (!bm.length || !rm.length) return [];
  const out: ValueClaim<T>[] = [];
  const taken = new Set<T>();
  const differ = (b: T, r: T) => kind.comparable(b, r, ctx.base, ctx.revised) && !kind.same(b, r, ctx.base, ctx.revised);
  // at the same place of linked sentences
  for (const link of ctx.alignment.links) {
    for (const sub of linkSubstitutions(ctx.base, ctx.revised, link)) {
      const nb = sub.base[1] - sub.base[0];
      const nr = sub.revised[1] - sub.revised[0];
      // a long run rewritten in other words holds no slot: its values need not correspond
      if (nb === 0 || nr === 0 || nb > MAX_SLOT || nr > MAX_SLOT) continue;
      const rs = overlapping(rm, sub.revised[0], sub.revised[1]).filter((m) => !taken.has(m));
      if (!rs.length) continue;
      const bs = overlapping(bm, sub.base[0], sub.base[1]);
      // values of one slot correspond in their order ("13.00 - 14.00" / "15.00 - 16.00"): each base
      // value stands for one revised value at most ("10:30am" / "12:30-2:30pm" is one change)
      const used = new Set<T>();
      for (const r of rs) {
        const allowed = new Set(counterparts(ctx, r.sentence));
        if (!allowed.size) continue;
        const fits = (x: T) => allowed.has(x.sentence) && differ(x, r);
        const b = bs.find((x) => !used.has(x) && fits(x));
        if (!b) continue;
        used.add(b);
        taken.add(r);
        out.push({ kind, base: b, revised: r, via: 'slot' });
      }
    }
  }
  // bound to the same thing: same head, the same words around
  const bind = bindings(ctx);
  // a long base is searched through an index of its values by binding word; a short one value by value
  let index: BindingIndex<T> | undefined;
  const pool = (r: T, least: number, near: Set<number>): Candidates<T> | undefined => {
    if (bm.length < INDEX_FROM) return undefined;
    index ??= indexOf(ctx.base, ctx.facts.base.clauses, bm);
    return index.candidates(bind.revised.of(r), least, near);
  };
  for (const r of rm) {
    if (taken.has(r)) continue;
    // a sentence with no support in the base is new: only a value with the same head noun, closely bound, is compared
    const linked = ctx.alignment.supports[r.sentence]!.length > 0;
    const rh = kind.head?.(r, ctx.revised);
    if (!linked && !rh) continue;
    let best: { b: T; score: number } | undefined;
    const near = new Set(counterparts(ctx, r.sentence));
    // only a base value sharing some binding word can be bound closely enough
    const rf = bind.revised.of(r);
    // every test must hold, so the cheap ones go first: in a long text the pool is large
    // a value of a sentence not linked to this one needs the full bar (lower with the same head noun)
    const candidates = pool(r, linked && rh ? BOUND_WITH_HEAD : BOUND, near);
    const list = candidates?.values ?? bm;
    for (let k = 0; k < list.length; k++) {
      const b = list[k]!;
      if (kind.bindable && !kind.bindable(b, r, ctx.base, ctx.revised)) continue;
      const heads = sameHead(kind.head?.(b, ctx.base), rh);
      if (heads === false || (!linked && !heads)) continue;
      // the same head noun ("residents" / "residents") is half the binding; a base sentence the
      // revised one is linked to (the aligner says they carry each other) asks for less
      const bar = (heads && linked ? BOUND_WITH_HEAD : BOUND) - (near.has(b.sentence) ? NEAR_CREDIT : 0);
      // a value the index says cannot reach the bar, or the best so far, is not scored (a margin for rounding)
      if (candidates) {
        const most = candidates.most[k]! * (1 + 1e-9);
        if (most < bar || (best && most < best.score)) continue;
      }
      const score = boundAlike(rf, bind.base.of(b));
      if (score < bar || (best && score <= best.score) || !differ(b, r)) continue;
      best = { b, score };
    }
    if (best) out.push({ kind, base: best.b, revised: r, via: 'binding' });
  }
  // a figure or a date stands for one thing, and so does where something happened; a name or a place
  // new to a sentence otherwise may be one more participant
  if (kind.id === 'quantity' || kind.id === 'date') out.push(...orphans(ctx, kind, bm, rm, out));
  else if (kind.whereAlone) out.push(...orphans(ctx, kind, bm, rm, out, kind.whereAlone));
  if (kind.lone) out.push(...loneOrphans(ctx, kind, bm, rm, out));
  return out;
}

/**
 * Some mention of `among` gives `m`: the same value, at least as precise (a less precise value does
 * not give a more precise one: "by November" does not keep "14 November").
 */
function gives<T extends Placed>(kind: ValueKind<T>, m: T, mDoc: Doc, among: T[], amongDoc: Doc): boolean {
  return sameAs(kind, m, mDoc, among, amongDoc).some((x) => kind.covers?.(x, m) ?? true);
}

/**
 * One value for another anywhere in the texts: the revision gives exactly one value of a kind (of
 * those `lone` picks: a day of a month) that the base gives nowhere, the base exactly one comparable
 * value that the revision gives nowhere, and the two share a binding word ("will be sentenced on 19
 * November" / "He will be sentenced on 9 November", the sentences otherwise apart).
 */
function loneOrphans<T extends Placed>(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>, kind: ValueKind<T>, bm: T[], rm: T[], claimed: ValueClaim<T>[]): ValueClaim<T>[] {
  const newOnes = rm.filter((r) => kind.lone!(r) && !gives(kind, r, ctx.revised, bm, ctx.base));
  if (newOnes.length !== 1 || claimed.some((c) => c.revised === newOnes[0])) return [];
  const r = newOnes[0]!;
  const gone = bm.filter((b) => kind.lone!(b) && kind.comparable(b, r, ctx.base, ctx.revised) && !gives(kind, b, ctx.base, rm, ctx.revised));
  if (gone.length !== 1) return [];
  const bind = bindings(ctx);
  return boundAlike(bind.revised.of(r), bind.base.of(gone[0]!)) > 0 ? [{ kind, base: gone[0]!, revised: r, via: 'binding' }] : [];
}

/**
 * One value for another in a sentence the revision rewrote: the revised sentence holds exactly one
 * value of a kind that the base gives nowhere, and the base sentences it is an edit of hold exactly
 * one value of that kind that the revision gives nowhere ("the death toll rose to 143" / "134 people
 * had died", "are 80+ or work as a health professional" / "are 70+"). Neither stands in a slot nor
 * binds closely; together they are one change.
 */
function orphans<T extends Placed>(
  ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>,
  kind: ValueKind<T>,
  bm: T[],
  rm: T[],
  claimed: ValueClaim<T>[],
  role: (m: T, doc: Doc) => boolean = () => true,
): ValueClaim<T>[] {
  const out: ValueClaim<T>[] = [];
  const usedR = new Set(claimed.map((c) => c.revised));
  const nowhere = <U extends T>(m: U, mDoc: Doc, among: T[], amongDoc: Doc) => !gives(kind, m, mDoc, among, amongDoc);
  const baseIn = bySentence(bm);
  for (const [sentence, rs] of bySentence(rm)) {
    const near = counterparts(ctx, sentence);
    if (!near.length) continue;
    const newOnes = rs.filter((r) => !usedR.has(r) && role(r, ctx.revised) && nowhere(r, ctx.revised, bm, ctx.base));
    if (newOnes.length !== 1) continue;
    const r = newOnes[0]!;
    // of the base values the revision gives nowhere, the one of the same sort ("35 minutes", not the
    // "three" goals beside it)
    const gone = [...new Set(near)]
      .flatMap((x) => baseIn.get(x) ?? [])
      .filter((b) => role(b, ctx.base) && kind.comparable(b, r, ctx.base, ctx.revised) && nowhere(b, ctx.base, rm, ctx.revised));
    if (gone.length !== 1) continue;
    const b = gone[0]!;
    out.push({ kind, base: b, revised: r, via: 'binding' });
  }
  return out;
}

/**
 * Values by the words that bind them, so that a value is compared only with those sharing some
 * binding word or sense with it (a binding share of 0 never pairs): linear in the text, not quadratic.
 * The keys are those the binding features are made of (src/align/binding.ts), without their weights,
 * so a base's index serves every comparison with it.
 */
class BindingIndex<T extends Placed> {
  readonly #byKey = new Map<string, number[]>();
  readonly #bySentence = new Map<number, number[]>();
  /**
   * The values by sense, in groups: a word's senses (one list, shared by every token of the word) or
   * a key taken as a sense make one group of values, and each sense lists the groups holding it. A
   * common word has a dozen senses, each of which would list the same values again.
   */
  readonly #groups: number[][] = [];
  readonly #bySyn = new Map<string, number[]>();
  /** per group, the last unit that read it */
  #groupRead = new Int32Array(0);
  readonly #seen: Uint32Array;
  /** per value, in one call: the weight of the units read that reach it, and the last such unit */
  readonly #credit: Float64Array;
  readonly #by: Int32Array;
  #stamp = 0;
  /** units read so far (over all calls): a group read by the current unit holds its number */
  #units = 0;
  constructor(
    doc: Doc,
    clauses: Clause[][],
    readonly values: T[],
  ) {
    this.#seen = new Uint32Array(values.length);
    this.#credit = new Float64Array(values.length);
    this.#by = new Int32Array(values.length);
    const bySenses = new Map<readonly string[], number>();
    const byKeyGroup = new Map<string, number>();
    const group = (senses: readonly string[]): number[] => {
      let g = bySenses.get(senses);
      if (g === undefined) {
        bySenses.set(senses, (g = this.#groups.length));
        this.#groups.push([]);
        for (const x of new Set(senses)) push(this.#bySyn, x, g);
      }
      return this.#groups[g]!;
    };
    const keyGroup = (key: string): number[] => {
      let g = byKeyGroup.get(key);
      if (g === undefined) {
        byKeyGroup.set(key, (g = this.#groups.length));
        this.#groups.push([]);
        push(this.#bySyn, key, g);
      }
      return this.#groups[g]!;
    };
    values.forEach((m, i) => {
      const inSentence = this.#bySentence.get(m.sentence);
      if (inSentence) inSentence.push(i);
      else this.#bySentence.set(m.sentence, [i]);
      for (const k of bindingTokens(doc, clauses, m)) {
        const t = doc.tokens[k]!;
        const key = tokenKey(t);
        push(this.#byKey, key, i);
        add(keyGroup(key), i);
        const senses = tokenSyns(t);
        if (senses.length) add(group(senses), i);
      }
    });
    this.#groupRead = new Int32Array(this.#groups.length).fill(-1);
  }

  /** The groups of values a unit's senses reach, each once. */
  #groupsOf(syns: readonly string[]): number[] {
    const unit = this.#units++;
    const read = this.#groupRead;
    const out: number[] = [];
    for (const s of syns) {
      const gs = this.#bySyn.get(s);
      if (!gs) continue;
      for (const g of gs) {
        if (read[g] === unit) continue;
        read[g] = unit;
        out.push(g);
      }
    }
    return out;
  }

  /**
   * The values sharing a key or a sense with these features, in their original order, leaving out
   * those that cannot be bound by `least` (a share of the features' weight), and every value of the
   * given sentences (those a lower bar applies to). Two tests, both safe:
   *
   * - units whose weights add up to less than that share may be left unread: a value reached
   *   through them alone is bound by less. The units left unread are those with the longest lists
   *   for their weight (common words: "said", "people", and senses shared by many words);
   * - a value is credited with the weight of each unit read that reaches it (a unit reaching it
   *   through a sense alone with SYN_CREDIT of it, as coverage() credits a sense), and with all the
   *   weight left unread: a value whose credit is still short of the share is bound by less.
   */
  candidates(f: SentenceFeatures, least: number, sentences: ReadonlySet<number>): Candidates<T> {
    // features with no weight bind nothing (boundAlike 0)
    if (f.total <= 0) return { values: [], most: new Float64Array(0) };
    const units = f.units;
    const n = units.length;
    // the groups each unit's senses reach, and the cost of reading its lists
    const groups = units.map((u) => this.#groupsOf(u.syns));
    const cost = new Float64Array(n);
    for (let u = 0; u < n; u++) {
      let c = this.#byKey.get(units[u]!.key)?.length ?? 0;
      for (const g of groups[u]!) c += this.#groups[g]!.length;
      cost[u] = c;
    }
    // left unread: the most costly units for their weight while their weights stay under the share
    // (a margin for rounding: the sums are added in another order than coverage() adds them)
    const budget = least * f.total * (1 - 1e-9);
    const order = Array.from({ length: n }, (_, u) => u).sort((a, b) => cost[b]! * units[a]!.weight - cost[a]! * units[b]!.weight || a - b);
    const unread = new Uint8Array(n);
    let light = 0;
    for (const u of order) {
      if (cost[u] === 0) continue;
      const w = units[u]!.weight;
      if (light + w < budget) {
        light += w;
        unread[u] = 1;
      }
    }
    // values met in this call carry its stamp: no set of numbers to build and sort by comparison
    const stamp = ++this.#stamp;
    const seen = this.#seen;
    const credit = this.#credit;
    const by = this.#by;
    const hit: number[] = [];
    const reach = (list: number[] | undefined, w: number, u: number) => {
      if (!list) return;
      for (let k = 0; k < list.length; k++) {
        const i = list[k]!;
        if (seen[i] !== stamp) {
          seen[i] = stamp;
          hit.push(i);
          credit[i] = w;
          by[i] = u;
        } else if (by[i] !== u) {
          credit[i] += w;
          by[i] = u;
        }
      }
    };
    for (let u = 0; u < n; u++) {
      if (unread[u] || cost[u] === 0) continue;
      const w = units[u]!.weight;
      reach(this.#byKey.get(units[u]!.key), w, u);
      for (const g of groups[u]!) reach(this.#groups[g], w * SYN_CREDIT, u);
    }
    // the values of those sentences, however bound
    for (const x of sentences) {
      for (const i of this.#bySentence.get(x) ?? []) {
        if (seen[i] !== stamp) {
          seen[i] = stamp;
          hit.push(i);
        }
        credit[i] = Infinity;
      }
    }
    const need = budget - light;
    const kept = Int32Array.from(hit.filter((i) => credit[i]! >= need)).sort();
    // what each value kept may be bound by at most: its credit and the weight left unread
    const most = new Float64Array(kept.length);
    for (let k = 0; k < kept.length; k++) most[k] = (credit[kept[k]!]! + light) / f.total;
    return { values: Array.from(kept, (i) => this.values[i]!), most };
  }
}

/** Values that may be bound closely enough, and the most each may be bound by (a share, 0 to 1, never less than boundAlike's). */
interface Candidates<T> {
  values: T[];
  most: Float64Array;
}

const indexCache = new WeakMap<object, BindingIndex<Placed>>();

/** The binding index of a telling's values of one kind, made once per list of values. */
function indexOf<T extends Placed>(doc: Doc, clauses: Clause[][], values: T[]): BindingIndex<T> {
  let index = indexCache.get(values) as BindingIndex<T> | undefined;
  if (!index) indexCache.set(values, (index = new BindingIndex(doc, clauses, values)));
  return index;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** Adds a value to a list of values in order, once. */
function add(list: number[], i: number): void {
  if (list[list.length - 1] !== i) list.push(i);
}
