import type { Facts } from '../extract/facts.js';
import type { Doc } from '../types.js';
import type { Check, CheckContext } from './context.js';
import type { Place } from '../extract/places.js';
import { counterparts, valueClaims, type ValueKind } from './values.js';
import { CAPITAL_OF } from '../data/capitals.js';

/** One place, or a capital for its country ("Kyiv" / "Ukraine"): the country's seat stands for it in news. */
function samePlace(a: Place, b: Place): boolean {
  if (a.key === b.key) return true;
  const ca = CAPITAL_OF.get(a.key.toLowerCase());
  const cb = CAPITAL_OF.get(b.key.toLowerCase());
  return ca === b.key || cb === a.key;
}

export const PLACE: ValueKind<Place> = {
  id: 'place',
  mentions: (facts) => facts.places,
  same: (a, b) => samePlace(a, b),
  signature: (p) => p.key,
  // samePlace: the same key, or one is the capital of the other's country
  keys: (p) => {
    const country = CAPITAL_OF.get(p.key.toLowerCase());
    return country === undefined ? [p.key] : [p.key, country];
  },
  // a place standing as a sentence's subject ("Mumbai will face Vidarbha": a team, a country acting)
  // is a participant, not where something happened: it is not compared with a place after "in"
  comparable: (a, b, aDoc, bDoc) => !samePlace(a, b) && !subjectAgainstLocation(a, aDoc, b, bDoc),
  distinct: () => 0.3,
  whereAlone: (p, doc) => locativePlace(p, doc),
};

/** A place opening its sentence before a lower-case word, no possessive: "Mumbai will face", "Kenya won". */
function subjectPlace(p: { sentence: number; tokens: [number, number] }, doc: Doc): boolean {
  const [a] = doc.sentenceTokens[p.sentence]!;
  const next = doc.tokens[p.tokens[1]];
  if (p.tokens[0] !== a || !next || next.sentence !== p.sentence) return false;
  return /^\s+$/.test(doc.norm.slice(doc.tokens[p.tokens[1] - 1]!.end, next.start)) && /^\p{Ll}/u.test(next.text);
}

/** A place after a preposition of place: "in Nagpur", "near the Kenyan border". */
function locativePlace(p: { sentence: number; tokens: [number, number] }, doc: Doc): boolean {
  let k = p.tokens[0] - 1;
  if (k >= 0 && doc.tokens[k]!.lower === 'the') k--;
  return k >= 0 && doc.tokens[k]!.sentence === p.sentence && LOCATIVE_PREPOSITIONS.has(doc.tokens[k]!.lower);
}

/** One place is a sentence's subject, the other where something happened: two roles, not one value. */
export function subjectAgainstLocation(a: { sentence: number; tokens: [number, number] }, aDoc: Doc, b: { sentence: number; tokens: [number, number] }, bDoc: Doc): boolean {
  return (subjectPlace(a, aDoc) && locativePlace(b, bDoc)) || (locativePlace(a, aDoc) && subjectPlace(b, bDoc));
}

/** Prepositions that say where: "in", "at", "near" (not "from" or "to", which also say who). */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);

const nationsCache = new WeakMap<Facts, Set<string>>();

/** A country written after a person's name and "of" ("Faith Chebet of Kenya"): where the person is from, no place of the event. */
function nationalOf(facts: Facts, p: Place): boolean {
  const doc = facts.doc;
  const of = p.tokens[0] - 1;
  if (of < 1 || doc.tokens[of]!.lower !== 'of' || doc.tokens[of]!.sentence !== p.sentence) return false;
  // the name ends before "of", or the name reader ran it on ("Chebet of Kenya")
  return facts.people.entities.some((e) => (e.kind === 'person' || e.kind === 'other') && e.sentence === p.sentence && e.tokens[0] < of && (e.tokens[1] === of || e.tokens[1] === p.tokens[1]));
}

/** A person's country (nationalOf) that the base gives by its people ("Kenyan runner Faith Chebet" / "Faith Chebet of Kenya"). */
export function nationalityGiven(base: Facts, revised: Facts, p: Place): boolean {
  return nationalOf(revised, p) && nationsOf(base).has(p.key);
}

/** The base sentences the revised place's sentence draws on name its country by the country's adjective. */
function nationNear(ctx: Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>, p: Place): boolean {
  const near = new Set(counterparts(ctx, p.sentence));
  return ctx.facts.base.people.entities.some((e) => e.kind === 'nationality' && e.country === p.key && near.has(e.sentence));
}

/** The countries a telling names by their people ("Swiss glaciers", "a Kenyan runner", "the French"). */
export function nationsOf(facts: Facts): Set<string> {
  let out = nationsCache.get(facts);
  if (!out) nationsCache.set(facts, (out = new Set(facts.people.entities.filter((e) => e.kind === 'nationality' && e.country).map((e) => e.country!))));
  return out;
}

/**
 * place-changed: a place in a revised sentence standing where the base had another one (at the same
 * place of a linked sentence, or bound to the same event). The engine drops it when the base names
 * the new place for the same thing, or the revision still names the old one for it.
 */
export const placeChanged: Check = {
  meta: {
    id: 'place-changed',
    description: 'where an event happened differs',
    severity: 'material',
    docs: 'docs/checks/place-changed.md',
  },
  run(ctx) {
    for (const claim of valueClaims(ctx, PLACE)) {
      const q = claim.base;
      const p = claim.revised;
      // where the person is from, which the base gives, not where the event was
      if (nationalityGiven(ctx.facts.base, ctx.facts.revised, p)) continue;
      // a country paired by binding alone that the base sentence gives by its adjective ("The
      // Scottish town of Kirkhaven" / "Kirkhaven, in Scotland"): the same place said again (not one
      // standing in the old place's slot: "Russia's invasion of Ukraine" / "of Russia")
      if (claim.via === 'binding' && nationNear(ctx, p)) continue;
      ctx.report({
        message: `Place changed: "${q.name}" became "${p.name}"`,
        base: { start: q.start, end: q.end },
        revised: { start: p.start, end: p.end },
        data: { base: { text: q.name, place: q.key }, revised: { text: p.name, place: p.key } },
        claim,
      });
    }
  },
};
