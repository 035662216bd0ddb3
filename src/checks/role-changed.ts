import type { Check } from './context.js';
import type { Doc, Span } from '../types.js';
import { phraseWords, readRole, roleText, samePerson, sameRole, TITLE_WORDS, type Mention, type Role } from '../extract/people.js';
import { CASE_PARTIES, QUALIFIERS } from '../data/titles.js';
import { linkSubstitutions } from './slots.js';
import { carriedVerbatim } from './values.js';

const QUALIFIER_SET = new Set(QUALIFIERS);

function roleData(r: Role): Record<string, unknown> {
  return { title: r.title, qualifiers: r.qualifiers, ...(r.country ? { country: r.country } : {}) };
}

const inside = (spans: Span[], start: number, end: number) => spans.some((s) => start < s.end && s.start < end);

/**
 * role-changed: a person's title or role differs between the tellings ("Secretary of State Marco
 * Rubio" / "Senator Marco Rubio"; "President Donald Trump" / "former President Donald Trump"). A
 * country added to the same title is no change ("President" / "Russian President"); a role left out
 * is none either. Without a name, a role word substituted in the same place of linked sentences
 * ("the founder of …" / "the CEO of …", "founder" / "co-founder") is reported too.
 */
export const roleChanged: Check = {
  meta: {
    id: 'role-changed',
    description: "a person's title or role differs",
    severity: 'material',
    docs: 'docs/checks/role-changed.md',
  },
  run(ctx) {
    const bp = ctx.facts.base.people;
    const rp = ctx.facts.revised.people;
    const reported = new Set<string>();
    // each base person's mentions with a role, and each revised person's base counterpart, once
    const rolesOf = new Map<number, Mention[]>();
    for (const bm of bp.mentions) if (bm.role) (rolesOf.get(bm.person) ?? rolesOf.set(bm.person, []).get(bm.person)!).push(bm);
    const counterpart = new Map<number, number>();
    for (const rm of rp.mentions) {
      if (!rm.role) continue;
      const rPerson = rp.persons[rm.person]!;
      // the base person: one of that name; a surname two base people share is left alone
      let match = counterpart.get(rm.person);
      if (match === undefined) {
        const matches = bp.persons.map((p, i) => ({ p, i })).filter(({ p }) => samePerson(p, rPerson));
        counterpart.set(rm.person, (match = matches.length === 1 ? matches[0]!.i : -1));
      }
      if (match < 0) continue;
      // a part in a case and a post are two things a person may be at once
      const party = (r: Role) => CASE_PARTIES.has(r.title);
      const baseRoles = (rolesOf.get(match) ?? []).filter((bm) => party(bm.role!) === party(rm.role!));
      if (baseRoles.length === 0 || baseRoles.some((bm) => sameRole(bm.role!, rm.role!))) continue;
      // the base mention with the closest role: the same title first
      const bm = baseRoles.find((m) => m.role!.title === rm.role!.title) ?? baseRoles[0]!;
      // the revision still gives the person the base role: the new one is added, not changed ("CEO Larry Fink" / "Larry Fink, Founder")
      const revisedRoles = rPerson.mentions.map((k) => rp.mentions[k]!.role).filter((x): x is Role => x !== undefined);
      if (revisedRoles.some((x) => sameRole(x, bm.role!))) continue;
      const key = `${rPerson.surname}|${roleText(rm.role)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        message: `${rPerson.name} is "${roleText(rm.role)}" in the revision, "${roleText(bm.role!)}" in the base`,
        base: { start: bm.roleStart ?? bm.start, end: bm.roleEnd ?? bm.end },
        revised: { start: rm.roleStart ?? rm.start, end: rm.roleEnd ?? rm.end },
        data: { person: rPerson.name, expected: roleData(bm.role!), actual: roleData(rm.role), baseRole: roleText(bm.role!), revisedRole: roleText(rm.role) },
      });
    }

    // roles without a name: a role word substituted in the same place of linked sentences
    const namedBase = bp.mentions.filter((m) => m.roleStart !== undefined).map((m) => ({ start: m.roleStart!, end: m.roleEnd! }));
    const namedRevised = rp.mentions.filter((m) => m.roleStart !== undefined).map((m) => ({ start: m.roleStart!, end: m.roleEnd! }));
    const verbatim = carriedVerbatim(ctx);
    for (const link of ctx.alignment.links) {
      // a new line written on the pattern of one the revision still carries is no edit of it
      if (link.base.every((b) => verbatim.has(b)) && link.kind !== 'same') continue;
      for (const sub of linkSubstitutions(ctx.base, ctx.revised, link)) {
        const nb = sub.base[1] - sub.base[0];
        const nr = sub.revised[1] - sub.revised[0];
        if (nb > 3 || nr > 3 || nb + nr === 0) continue;
        const found = slotRole(ctx.base, ctx.revised, sub.base, sub.revised);
        if (!found) continue;
        const { base, revised, bSpan, rSpan } = found;
        if (inside(namedBase, bSpan.start, bSpan.end) || inside(namedRevised, rSpan.start, rSpan.end)) continue;
        if (sameRole(base, revised)) continue;
        ctx.report({
          message: `"${roleText(revised)}" stands where the base has "${roleText(base)}"`,
          base: bSpan,
          revised: rSpan,
          data: { person: null, expected: roleData(base), actual: roleData(revised), baseRole: roleText(base), revisedRole: roleText(revised) },
        });
      }
    }
  },
};

/** The roles on both sides of a substitution: role words replaced, or a qualifier added or removed before the same title. */
function slotRole(bd: Doc, rd: Doc, b: [number, number], r: [number, number]): { base: Role; revised: Role; bSpan: Span; rSpan: Span } | undefined {
  const span = (d: Doc, a: number, z: number): Span => ({ start: d.tokens[a]!.start, end: d.tokens[z - 1]!.end });
  const wb = phraseWords(bd, b[0], b[1]).map((x) => x.w);
  const wr = phraseWords(rd, r[0], r[1]).map((x) => x.w);
  // a title on both sides: "founder" / "CEO"
  if (wb.length && wr.length && TITLE_WORDS.has(wb[wb.length - 1]!.split('-').pop()!) && TITLE_WORDS.has(wr[wr.length - 1]!.split('-').pop()!)) {
    const rb = readRole(wb);
    const rr = readRole(wr);
    if (rb && rr && !(bd.tokens[b[0]]!.capitalized && /^\p{Lu}/u.test(bd.tokens[b[1] - 1]!.text) && !rb)) return { base: rb, revised: rr, bSpan: span(bd, b[0], b[1]), rSpan: span(rd, r[0], r[1]) };
    return undefined;
  }
  // only qualifiers changed, before one and the same title: "founder" / "co-founder", "the president" / "the former president"
  const onlyQualifiers = [...wb, ...wr].every((w) => QUALIFIER_SET.has(w.replace(/-$/, '')));
  if (!onlyQualifiers) return undefined;
  const title = sharedTitle(bd, rd, b[1], r[1]);
  if (!title.length) return undefined;
  const nextB = bd.tokens[b[1]]!;
  if (nextB.sentence !== bd.tokens[Math.max(0, b[1] - 1)]!.sentence && b[1] > b[0]) return undefined;
  const rb = readRole([...wb, ...title]);
  const rr = readRole([...wr, ...title]);
  if (!rb || !rr) return undefined;
  return {
    base: rb,
    revised: rr,
    bSpan: span(bd, b[0] < b[1] ? b[0] : b[1], b[1] + title.length),
    rSpan: span(rd, r[0] < r[1] ? r[0] : r[1], r[1] + title.length),
  };
}

/** Words a title may have before its head word ("education secretary", "chief medical officer"). */
const TITLE_LEAD = 2;

/**
 * The title both sides write after a slot: the longest run of the same words that reads as a title
 * ("secretary", "education secretary", "chief medical officer"), lower-cased; empty when there is none.
 */
function sharedTitle(bd: Doc, rd: Doc, b: number, r: number): string[] {
  const words: string[] = [];
  let title: string[] = [];
  for (let k = 0; k <= TITLE_LEAD; k++) {
    const x = bd.tokens[b + k];
    const y = rd.tokens[r + k];
    if (!x || !y || x.lower !== y.lower || !/^\p{L}+$/u.test(x.text) || x.sentence !== bd.tokens[b]!.sentence) break;
    words.push(x.lower);
    if (readRole(words)) title = [...words];
  }
  return title;
}
