import type { Check } from './context.js';
import type { Doc } from '../types.js';
import type { Facts } from '../extract/facts.js';
import { countryOf, type Entity } from '../extract/people.js';
import { counterparts, someSame, valueClaims, type ValueClaim, type ValueKind } from './values.js';
import { bySentence } from '../extract/scan.js';
import type { CheckContext } from './context.js';
import { COUNTRY_OF } from '../data/places.js';
import { known, nameOnly } from '../text/lexicon.js';
import { subjectAgainstLocation } from './place-changed.js';

/**
 * A function of one string, memoized: every name of one telling is compared with every name of the
 * other, so the same few hundred names are folded over and over. Cleared when it grows large.
 */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const m = new Map<string, T>();
  return (s) => {
    if (m.has(s)) return m.get(s) as T;
    if (m.size >= 100_000) m.clear();
    const v = f(s);
    m.set(s, v);
    return v;
  };
}

// a model or a code in the plural is the model ("A320s", "F-35s", "747s")
const keyOf = memo((s: string) => s.toLowerCase().replace(/\./g, '').replace(/'s$/, '').replace(/(?<=\d)'?s\b/g, ''));
const wordsOf = memo((s: string) => s.split(' '));
const countryOfText = memo(countryOf);

/**
 * A name a reader sees as one: a known kind, a word capitalized inside the sentence, or a sentence's
 * first word that no dictionary has but as a name ("Toyota said").
 */
function isName(e: Entity, doc: Doc): boolean {
  if (e.kind !== 'other') return true;
  return doc.tokens.slice(e.tokens[0], e.tokens[1]).some((t) => t.capitalized || (t.content && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && (nameOnly(t.lower) || !known(t.lower))));
}

const initialsMemo = new WeakMap<Entity, { doc: Doc; initials: string }>();

function initials(e: Entity, doc: Doc): string {
  const hit = initialsMemo.get(e);
  if (hit?.doc === doc) return hit.initials;
  const v = doc.tokens.slice(e.tokens[0], e.tokens[1]).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('').toLowerCase();
  initialsMemo.set(e, { doc, initials: v });
  return v;
}

const fullInitialsMemo = new WeakMap<Entity, { doc: Doc; initials: string }>();

/** Words that join the parts of one organisation's name: "Office for National Statistics". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on']);

/**
 * The initials of the whole name the entity stands in, with a capitalized word written right before
 * it and parts joined by "of", "for", "and", "on" ("European Central Bank", "Office for National
 * Statistics"): the entity reader splits those off as a nationality or a second name.
 */
function fullInitials(e: Entity, doc: Doc): string {
  const hit = fullInitialsMemo.get(e);
  if (hit?.doc === doc) return hit.initials;
  const toks = doc.tokens;
  const spaced = (i: number) => doc.norm.slice(toks[i]!.end, toks[i + 1]!.start) === ' ';
  const namePart = (i: number) => i >= 0 && i < toks.length && toks[i]!.sentence === e.sentence && toks[i]!.content && /^\p{Lu}/u.test(toks[i]!.text);
  let a = e.tokens[0];
  let b = e.tokens[1];
  for (;;) {
    if (namePart(a - 1) && spaced(a - 1)) a--;
    else if (a >= 2 && NAME_JOINERS.has(toks[a - 1]!.lower) && namePart(a - 2) && spaced(a - 2) && spaced(a - 1)) a -= 2;
    else break;
  }
  for (;;) {
    if (namePart(b) && spaced(b - 1)) b++;
    else if (b + 1 < toks.length && NAME_JOINERS.has(toks[b]!.lower) && namePart(b + 1) && spaced(b - 1) && spaced(b)) b += 2;
    else break;
  }
  const v = toks.slice(a, b).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('').toLowerCase();
  fullInitialsMemo.set(e, { doc, initials: v });
  return v;
}

const acronymsMemo = new WeakMap<Doc, Set<string>>();

/** The initials of every whole name in a telling ("ecb" for "the European Central Bank"). */
export function acronymsIn(doc: Doc, es: Entity[]): Set<string> {
  let v = acronymsMemo.get(doc);
  if (!v) acronymsMemo.set(doc, (v = new Set(es.map((e) => fullInitials(e, doc)).filter((x) => x.length > 1))));
  return v;
}

/** An acronym written in capitals ("ECB", "ONS"), read as its initials. */
const acronym = (e: Entity): string | undefined => (/^\p{Lu}{2,6}$/u.test(e.text) ? e.text.toLowerCase() : undefined);

/** A name without the place it is "of": "faith wanjiru of kenya" is "faith wanjiru" (not "bank of england"). */
const coreName = memo((key: string): string => {
  const m = /^(.+?) of (.+)$/.exec(key);
  if (!m || !countryOf(m[2]!)) return key;
  return m[1]!;
});

/**
 * True when two names stand for the same: the same words, one the other's part ("Zelensky" /
 * "Volodymyr Zelensky"), a country, its demonym, short form or capital ("U.K." / "British",
 * "Ukrainian" / "Kyiv"), or an acronym of the other (of its whole name: "ECB" / "European Central Bank",
 * or of its leading words: "NSW Court of Criminal Appeal" / "New South Wales Court of Criminal Appeal").
 */
export function sameName(a: Entity, ad: Doc, b: Entity, bd: Doc): boolean {
  const x = formsOf(a, ad);
  const y = formsOf(b, bd);
  if (x.core === y.core) return true;
  if (x.country && y.country) return x.country === y.country;
  const wa = x.coreWords;
  const wb = y.coreWords;
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  // a double-barrelled name and a part of it ("Sam Waley-Cohen" / "Sam Waley"); not a code ("SARS-CoV-2")
  if (x.hyphenated.length !== wa.length || y.hyphenated.length !== wb.length) {
    const [ha, hb] = [x.hyphenated, y.hyphenated];
    if (ha.every((w) => hb.includes(w)) || hb.every((w) => ha.includes(w))) return true;
  }
  if (x.national === y.national && x.national !== x.core) return true;
  if (x.initials === y.core || y.initials === x.core) return true;
  if (leadingInitials(wa, a.text, wb) || leadingInitials(wb, b.text, wa)) return true;
  const ya = acronym(b);
  const xa = acronym(a);
  return (ya !== undefined && fullInitials(a, ad) === ya) || (xa !== undefined && fullInitials(b, bd) === xa);
}

/**
 * The first word of one name, written in capitals, stands for the leading words of the other, and
 * the rest of the two names is the same: "NSW Court of Criminal Appeal" / "New South Wales Court of
 * Criminal Appeal". `words` and `longer`: the names' core words; `text`: the first name as written.
 */
function leadingInitials(words: string[], text: string, longer: string[]): boolean {
  const m = /^(\p{Lu}{2,6})\s/u.exec(text);
  const rest = words.slice(1);
  if (!m || !rest.length || rest.length >= longer.length - 1) return false;
  const lead = longer.length - rest.length;
  if (longer.slice(lead).join(' ') !== rest.join(' ')) return false;
  return longer.slice(0, lead).map((w) => w[0]).join('') === m[1]!.toLowerCase();
}

/**
 * Two names, neither a person's, are parts of one longer name a telling gives: "Carver State" and
 * "the Lions" of "the Carver State Lions", a team by its place and by its nickname. (Two people in
 * one name are two people: "Bill" and "Melinda" of "the Bill and Melinda Gates Foundation".)
 */
export function partsOfOneName(ctx: Pick<CheckContext, 'base' | 'revised' | 'facts'>, a: Entity, b: Entity): boolean {
  if (a.kind === 'person' || b.kind === 'person') return false;
  const [x, y] = [formsOf(a, ctx.base).coreWords, formsOf(b, ctx.revised).coreWords];
  const inOne = (names: Entity[], doc: Doc) =>
    (longNamesOf(names, doc).get(x[0]!) ?? []).some((w) => w.length > Math.max(x.length, y.length) && x.every((v) => w.includes(v)) && y.every((v) => w.includes(v)));
  return inOne(ctx.facts.base.people.entities, ctx.base) || inOne(ctx.facts.revised.people.entities, ctx.revised);
}

const longNames = new WeakMap<Entity[], Map<string, string[][]>>();

/** The words of a telling's names of two words or more, by each of their words. */
function longNamesOf(names: Entity[], doc: Doc): Map<string, string[][]> {
  let index = longNames.get(names);
  if (!index) {
    index = new Map();
    for (const e of names) {
      const w = formsOf(e, doc).coreWords;
      if (w.length < 2) continue;
      for (const v of new Set(w)) (index.get(v) ?? index.set(v, []).get(v)!).push(w);
    }
    longNames.set(names, index);
  }
  return index;
}

/** The forms of a name the comparisons use, worked out once per name. */
interface NameForms {
  /** its key without the place it is "of" */
  core: string;
  coreWords: string[];
  /** its core's words, a word of letters joined by hyphens read as its parts ("waley-cohen": waley, cohen) */
  hyphenated: string[];
  /** its key's words */
  words: string[];
  folded: string;
  country: string | undefined;
  initials: string;
  /** its core with a country's name or adjective read as the country ("British Government" / "UK Government") */
  national: string;
}

const formsCache = new WeakMap<Entity, NameForms>();

function formsOf(e: Entity, doc: Doc): NameForms {
  let f = formsCache.get(e);
  if (!f) {
    const key = keyOf(e.text);
    const core = coreName(key);
    const coreWords = core.split(' ');
    const national = coreWords.length > 1 ? coreWords.map((w) => COUNTRY_OF.get(w) ?? w).join(' ') : core;
    const hyphenated = coreWords.flatMap((w) => (/^\p{L}+(-\p{L}+)+$/u.test(w) ? w.split('-') : [w]));
    f = { core, coreWords, hyphenated, words: key.split(' '), folded: folded(e.text), country: e.country ?? countryOf(e.text), initials: initials(e, doc), national };
    formsCache.set(e, f);
  }
  return f;
}

/** A name written in one way: lower case, no dots, hyphens or spaces, no plural "s" on a word. */
const folded = memo((text: string): string =>
  keyOf(text)
    .split(/[\s-]+/)
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w))
    .join(''),
);

/** One edit (a letter added, dropped, changed, or two swapped) turns one word into the other. */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.slice(i) === l.slice(i + 1);
}

/** A spelling from another script written one way: "x" as "ks", "ph" as "f". */
const romanized = (w: string): string => w.replace(/x/g, 'ks').replace(/ph/g, 'f');

/** Two long spellings of one name in another script, one letter apart once romanized alike ("Oleksandr" / "Olexander"). */
function transliterated(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 7 && oneEdit(romanized(a), romanized(b));
}

/** Two first names of one person: the same, one the start of the other ("Kath" / "Katharine"), or one spelling of it ("Oleksandr" / "Olexander"). */
export function sameFirstName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  if (x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
  return Math.min(x.length, y.length) >= 5 && (oneEdit(x, y) || transliterated(x, y));
}

/**
 * The same name written another way: the same letters ("Covid19" / "COVID-19", "Crown Courts" /
 * "Crown Court", "SouthEastAsia" / "South East Asia"), a short first name ("Kath" / "Katharine"), or a
 * spelling corrected by one letter in a long word ("Laninjo" / "Labinjo"; not "Winslow" / "Wilmslow").
 */
export function variantName(a: Entity, b: Entity, ad?: Doc, bd?: Doc): boolean {
  const x = ad ? formsOf(a, ad) : undefined;
  const y = bd ? formsOf(b, bd) : undefined;
  const fa = x?.folded ?? folded(a.text);
  const fb = y?.folded ?? folded(b.text);
  if (fa === fb) return true;
  const wa = x?.words ?? keyOf(a.text).split(' ');
  const wb = y?.words ?? keyOf(b.text).split(' ');
  if (wa.length === wb.length && wa.length > 1 && wa[wa.length - 1] === wb[wb.length - 1]) {
    // "Kath Smith" / "Katharine Smith": one first name the start of the other
    const [x, y] = [wa[0]!, wb[0]!];
    if (x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
  }
  if (wa.length !== wb.length) return false;
  let edits = 0;
  for (let k = 0; k < wa.length; k++) {
    if (wa[k] === wb[k]) continue;
    // a digit changed is another code ("SARS-CoV-2" / "SARS-CoV-4"), not a spelling
    if (Math.min(wa[k]!.length, wb[k]!.length) < 5 || /\d/.test(wa[k]! + wb[k]!)) return false;
    if (!oneEdit(wa[k]!, wb[k]!) && !transliterated(wa[k]!, wb[k]!)) return false;
    edits++;
  }
  return edits <= 1;
}

/** One letter dropped, at each place: two words one edit apart share one of these (or one is the other). */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * The keys under which a name is indexed, and the keys it looks up, for NAME.sameCandidates. Two
 * names that are `same` share one: a word of their cores (equal cores, one core inside the other),
 * a word of their keys (a first name and its short form before one surname; one word spelled one
 * letter apart beside others the same), a country, the initials of one and the core of the other,
 * the folded form, or a long word one letter from the other's.
 */
function nameKeys(e: Entity, doc: Doc): { own: string[]; sought: string[] } {
  const key = keyOf(e.text);
  const core = coreName(key);
  const words = wordsOf(key);
  const shared = [...wordsOf(core).map((w) => 'w:' + w), ...words.map((w) => 'v:' + w), 'f:' + folded(e.text)];
  // the parts of a double-barrelled word ("waley-cohen"), which sameName reads as words
  for (const w of formsOf(e, doc).hyphenated) if (!shared.includes('w:' + w)) shared.push('w:' + w);
  const country = e.country ?? countryOfText(e.text);
  if (country) shared.push('c:' + country);
  for (const w of words) if (w.length >= 5) for (const d of deletions(w)) shared.push('d:' + d);
  // spellings from another script: one letter apart once romanized alike (see transliterated)
  for (const w of words) if (w.length >= 7 && romanized(w) !== w) for (const d of deletions(romanized(w))) shared.push('d:' + d);
  return { own: [...shared, 'k:' + core, 'i:' + initials(e, doc)], sought: [...shared, 'i:' + core, 'k:' + initials(e, doc)] };
}

const nameKeysCache = new WeakMap<Entity, { doc: Doc; keys: { own: string[]; sought: string[] } }>();

/** nameKeys, made once per name: a revised name is looked up by several checks, and a base name indexed once per list. */
function nameKeysOf(e: Entity, doc: Doc): { own: string[]; sought: string[] } {
  const hit = nameKeysCache.get(e);
  if (hit?.doc === doc) return hit.keys;
  const keys = nameKeys(e, doc);
  nameKeysCache.set(e, { doc, keys });
  return keys;
}

const nameIndexes = new WeakMap<Entity[], { doc: Doc; index: Map<string, number[]>; seen: Uint32Array; stamp: number }>();

/** The names of `among` sharing a key with `e`, in their order. */
function nameCandidates(e: Entity, doc: Doc, among: Entity[], amongDoc: Doc): Entity[] {
  let idx = nameIndexes.get(among);
  if (idx?.doc !== amongDoc) {
    const index = new Map<string, number[]>();
    among.forEach((x, i) => {
      for (const k of nameKeys(x, amongDoc).own) {
        const l = index.get(k);
        if (!l) index.set(k, [i]);
        else if (l[l.length - 1] !== i) l.push(i);
      }
    });
    nameIndexes.set(among, (idx = { doc: amongDoc, index, seen: new Uint32Array(among.length), stamp: 0 }));
  }
  // names met in this call carry its stamp: no set to build and sort by comparison
  const stamp = ++idx.stamp;
  const seen = idx.seen;
  const hit: number[] = [];
  for (const k of nameKeysOf(e, doc).sought) {
    const list = idx.index.get(k);
    if (!list) continue;
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      if (seen[i] === stamp) continue;
      seen[i] = stamp;
      hit.push(i);
    }
  }
  return Array.from(Int32Array.from(hit).sort(), (i) => among[i]!);
}

const kindsMeet = (a: Entity, b: Entity) => a.kind === b.kind || a.kind === 'other' || b.kind === 'other';

export const NAME: ValueKind<Entity> = {
  id: 'name',
  mentions: (facts) => names(facts),
  same: (a, b, ad, bd) => sameName(a, ad, b, bd) || variantName(a, b, ad, bd),
  sameCandidates: nameCandidates,
  // a nationality stands against a nationality ("an American" / "a Canadian"), not against other names
  // a country or city against a name of unknown kind is most often the same actor named two ways
  // ("the Trump administration's envoys" / "U.S. envoys"): only a place stands against a place
  // (and as with place-changed, a place as a sentence's subject not against a place after "in")
  comparable: (a, b, ad, bd) =>
    kindsMeet(a, b) && (a.kind === 'nationality') === (b.kind === 'nationality') && (a.kind === 'place') === (b.kind === 'place') && (a.kind !== 'place' || !subjectAgainstLocation(a, ad, b, bd)),
  // paired by binding alone, a name must be of the same known kind: a person for a person
  bindable: (a, b) => a.kind === b.kind && a.kind !== 'other',
  distinct: () => 0.2,
};

const namesCache = new WeakMap<Facts, Entity[]>();

/** The names of a telling a reader sees as names. */
function names(facts: Facts): Entity[] {
  let out = namesCache.get(facts);
  if (!out) {
    // (an amount with its currency's letters before it, "N2.3bn", is a figure, not a name)
    const money = bySentence(facts.quantities.filter((q) => q.kind === 'money'));
    const amount = (e: Entity) => (money.get(e.sentence) ?? []).some((q) => q.start <= e.start && e.end <= q.end);
    namesCache.set(facts, (out = facts.people.entities.filter((e) => isName(e, facts.doc) && !amount(e))));
  }
  return out;
}

/**
 * name-changed: a different person, organisation or place stands where the base had another: at the
 * same place of linked sentences ("Ozy Media" / "UFO Media", "the London embassy" / "the Moscow
 * embassy", "an American" / "a Canadian"), or bound to the same thing. The engine drops it when the
 * base gives the new name for the same thing, or the revision still gives the old one. A country for
 * its demonym or capital, a surname for the full name and a spelling variant are the same name.
 */
export const nameChanged: Check = {
  meta: {
    id: 'name-changed',
    description: 'a different person, organisation or place stands where the base had another',
    severity: 'material',
    docs: 'docs/checks/name-changed.md',
  },
  run(ctx) {
    const claims = valueClaims(ctx, NAME);
    claims.push(...siblingNames(ctx, claims));
    for (const claim of claims) {
      const x = claim.base;
      const y = claim.revised;
      if (partsOfOneName(ctx, x, y)) continue;
      ctx.report({
        message: `"${y.text}" stands where the base has "${x.text}"`,
        base: { start: x.start, end: x.end },
        revised: { start: y.start, end: y.end },
        data: { expected: x.text, actual: y.text, expectedKind: x.kind, actualKind: y.kind },
        claim,
      });
    }
  },
};

/**
 * Names that end alike and begin otherwise, or begin alike and end otherwise, in a revised sentence
 * and a base sentence it draws on: "Kilbride Civil Engineering" for "Kilmore Civil Engineering",
 * "Jane Cole" for "Harriet Cole", "Daniel Okoye" for "Daniel Okoro". A
 * summary that recasts the sentence moves the name out of its slot and a name of unknown kind binds
 * to nothing, but one part shared and the other changed is another name of the same sort. The
 * engine still drops it when the base gives the new name, or the revision the old one.
 */
function siblingNames(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>, claimed: ValueClaim<Entity>[]): ValueClaim<Entity>[] {
  const out: ValueClaim<Entity>[] = [];
  const bm = names(ctx.facts.base);
  const rm = names(ctx.facts.revised);
  // through the names' index (someSame): a long text gives thousands of names
  const given = (e: Entity, doc: Doc, among: Entity[], amongDoc: Doc) => someSame(NAME, e, doc, among, amongDoc);
  // a name paired in its slot with a base name the revision still gives is no change of that one
  // ("Kilbride Civil Engineering has won the Westmeath County Council contract")
  const taken = new Set(claimed.filter((c) => !given(c.base, ctx.base, rm, ctx.revised)).map((c) => c.revised));
  const baseIn = bySentence(bm);
  for (const r of rm) {
    if (taken.has(r) || r.kind === 'nationality') continue;
    const rw = wordsOf(keyOf(r.text));
    if (rw.length < 2 || given(r, ctx.revised, bm, ctx.base)) continue;
    for (const b of counterparts(ctx, r.sentence).flatMap((s) => baseIn.get(s) ?? []).sort((x, y) => x.start - y.start)) {
      if (!NAME.comparable(b, r, ctx.base, ctx.revised)) continue;
      const bw = wordsOf(keyOf(b.text));
      // as many words, the same last one (a surname, "Engineering") and another first one, or the
      // same first one and another last one ("Daniel Okoye" for "Daniel Okoro")
      if (rw.length !== bw.length || (rw[rw.length - 1] === bw[bw.length - 1]) === (rw[0] === bw[0])) continue;
      if (given(b, ctx.base, rm, ctx.revised)) continue;
      out.push({ kind: NAME, base: b, revised: r, via: 'binding' });
      break;
    }
  }
  return out;
}
