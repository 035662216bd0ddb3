import type { Check } from './context.js';
import { bySentence } from '../extract/scan.js';
import type { Doc } from '../types.js';
import { countryOf, type Entity } from '../extract/people.js';
import { COUNTRY_OF } from '../data/places.js';
import { linkSubstitutions } from './slots.js';

/** Longest run of words a substitution may have on each side to count as one slot. */
const MAX_SLOT = 4;

const keyOf = (s: string) => s.toLowerCase().replace(/\./g, '').replace(/'s$/, '');

/** The entities touching tokens [a, b). */
function entitiesIn(ents: Entity[], a: number, b: number): Entity[] {
  return ents.filter((e) => e.tokens[0] < b && a < e.tokens[1]);
}

/** A name a reader sees as one: a known kind, or a word capitalized inside the sentence (not its first word). */
function isName(e: Entity, doc: Doc): boolean {
  if (e.kind !== 'other') return true;
  return doc.tokens.slice(e.tokens[0], e.tokens[1]).some((t) => t.capitalized);
}

function initials(e: Entity, doc: Doc): string {
  return doc.tokens.slice(e.tokens[0], e.tokens[1]).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text[0]).join('').toLowerCase();
}

/**
 * True when two names stand for the same: the same words, one the other's part ("Zelensky" /
 * "Volodymyr Zelensky"), a country, its demonym, short form or capital ("U.K." / "British",
 * "Ukrainian" / "Kyiv"), or an acronym of the other.
 */
export function sameName(a: Entity, ad: Doc, b: Entity, bd: Doc): boolean {
  const ka = keyOf(a.text);
  const kb = keyOf(b.text);
  if (ka === kb) return true;
  const ca = a.country ?? countryOf(a.text);
  const cb = b.country ?? countryOf(b.text);
  if (ca && cb) return ca === cb;
  const wa = ka.split(' ');
  const wb = kb.split(' ');
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  if (initials(a, ad) === kb || initials(b, bd) === ka) return true;
  return false;
}

/** How often a name (or its country, but not by capital) occurs among the given entities. */
function occurrences(e: Entity, among: Entity[]): number {
  const k = keyOf(e.text);
  const c = COUNTRY_OF.get(k);
  return among.filter((o) => {
    const ko = keyOf(o.text);
    if (ko === k || ko.split(' ').includes(k) || k.split(' ').includes(ko)) return true;
    return c !== undefined && COUNTRY_OF.get(ko) === c;
  }).length;
}

/**
 * name-changed: a different person, organisation or place stands in the same slot of linked
 * sentences ("Ozy Media" / "UFO Media", "the London embassy" / "the Moscow embassy", "an American" /
 * "a Canadian"). Names merely added or dropped are no change, nor names moved within the sentence,
 * nor a country for its demonym or capital.
 */
export const nameChanged: Check = {
  meta: {
    id: 'name-changed',
    description: 'a different person, organisation or place stands where the base had another',
    severity: 'material',
    docs: 'docs/checks/name-changed.md',
  },
  run(ctx) {
    const be = bySentence(ctx.facts.base.people.entities.filter((e) => isName(e, ctx.base)));
    const re = bySentence(ctx.facts.revised.people.entities.filter((e) => isName(e, ctx.revised)));
    for (const link of ctx.alignment.links) {
      const inBase = link.base.flatMap((x) => be.get(x) ?? []);
      const inRevised = link.revised.flatMap((x) => re.get(x) ?? []);
      for (const sub of linkSubstitutions(ctx.base, ctx.revised, link)) {
        const nb = sub.base[1] - sub.base[0];
        const nr = sub.revised[1] - sub.revised[0];
        if (nb === 0 || nr === 0 || nb > MAX_SLOT || nr > MAX_SLOT) continue;
        const xs = entitiesIn(inBase, sub.base[0], sub.base[1]);
        const ys = entitiesIn(inRevised, sub.revised[0], sub.revised[1]);
        if (xs.length === 0 || ys.length === 0) continue;
        // pair from the right: the names nearest the words they qualify ("the London Russian embassy")
        const n = Math.min(xs.length, ys.length);
        for (let k = 1; k <= n; k++) {
          const x = xs[xs.length - k]!;
          const y = ys[ys.length - k]!;
          if (sameName(x, ctx.base, y, ctx.revised)) continue;
          // moved, not replaced: the base name occurs as often in the revision, or the new one as often in the base
          if (occurrences(x, inRevised) >= occurrences(x, inBase) || occurrences(y, inBase) >= occurrences(y, inRevised)) continue;
          ctx.report({
            message: `"${y.text}" stands where the base has "${x.text}"`,
            base: { start: x.start, end: x.end },
            revised: { start: y.start, end: y.end },
            data: { expected: x.text, actual: y.text, expectedKind: x.kind, actualKind: y.kind },
          });
        }
      }
    }
  },
};
