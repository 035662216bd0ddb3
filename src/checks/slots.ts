/**
 * Substitutions inside linked sentences: the runs of words the word diff removes from the base and
 * adds in the revision at one place ("Ozy Media" / "UFO Media": "Ozy" gives way to "UFO"). Shared
 * by name-changed and role-changed.
 */
import { linkDiff, tokenIndices } from '../align/words.js';
import type { Doc, Link } from '../types.js';

export interface Substitution {
  link: Link;
  /** token ranges [first, last) in each telling's tokens; one may be empty (an insertion) */
  base: [number, number];
  revised: [number, number];
}

/** The changes of one link, each removed run paired with the added run at the same place. */
export function substitutions(base: Doc, revised: Doc, link: Link): Substitution[] {
  const bi = tokenIndices(base, link.base);
  const ri = tokenIndices(revised, link.revised);
  // by lower-case word (a token never ends in a full stop: src/text/tokens.ts)
  const parts = linkDiff(base, revised, link);
  const out: Substitution[] = [];
  let pb = 0;
  let pr = 0;
  let k = 0;
  while (k < parts.length) {
    const p = parts[k]!;
    if (!p.added && !p.removed) {
      pb += p.count ?? p.value.length;
      pr += p.count ?? p.value.length;
      k++;
      continue;
    }
    let nb = 0;
    let nr = 0;
    while (k < parts.length && (parts[k]!.added || parts[k]!.removed)) {
      const q = parts[k]!;
      if (q.removed) nb += q.count ?? q.value.length;
      else nr += q.count ?? q.value.length;
      k++;
    }
    const base0 = bi[pb] ?? (bi.length ? bi[bi.length - 1]! + 1 : 0);
    const rev0 = ri[pr] ?? (ri.length ? ri[ri.length - 1]! + 1 : 0);
    out.push({ link, base: [base0, nb ? bi[pb + nb - 1]! + 1 : base0], revised: [rev0, nr ? ri[pr + nr - 1]! + 1 : rev0] });
    pb += nb;
    pr += nr;
  }
  return out;
}

/**
 * The substitutions of a link, and when it joins several sentences, those of each pair of its
 * sentences too (a summary sentence can draw on two base sentences in another order).
 */
const cache = new WeakMap<Link, Substitution[]>();

export function linkSubstitutions(base: Doc, revised: Doc, link: Link): Substitution[] {
  // several checks ask for the same link's substitutions: the diff runs once per link
  const hit = cache.get(link);
  if (hit) return hit;
  const out = substitutions(base, revised, link);
  if (link.base.length > 1 || link.revised.length > 1) {
    for (const b of link.base) for (const r of link.revised) out.push(...substitutions(base, revised, { ...link, base: [b], revised: [r] }).map((s) => ({ ...s, link })));
  }
  const seen = new Set<string>();
  const unique = out.filter((s) => {
    const k = `${s.base[0]},${s.base[1]},${s.revised[0]},${s.revised[1]}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  cache.set(link, unique);
  return unique;
}
