import type { Check, CheckContext } from './context.js';
import type { Doc } from '../types.js';
import type { Frame, Participant, Role } from '../extract/frames.js';
import { areSynonyms, synsets } from '../text/lexicon.js';
import { ALTERNATING, CONVERSES, STAGES } from '../data/verbs.js';
import { SPEECH_VERBS } from '../data/speech.js';
import { partsOfOneName, sameName, variantName } from './name-changed.js';
import { counterparts } from './values.js';
import { linkSubstitutions } from './slots.js';

const ROLES: Role[] = ['agent', 'patient', 'recipient'];

/**
 * A revised and a base participant are one: the same name, or two parts of one longer name either
 * telling gives ("Carver State" and "the Lions" of "the Carver State Lions"), or the same head noun
 * (or a synonym); undefined when one is named and the other not.
 */
function sameParticipant(ctx: Ctx, p: Participant | undefined, q: Participant | undefined): boolean | undefined {
  if (!p || !q) return undefined;
  const [pd, qd] = [ctx.revised, ctx.base];
  if (p.entity && q.entity) {
    if (sameName(p.entity, pd, q.entity, qd) || variantName(p.entity, q.entity, pd, qd)) return true;
    return partsOfOneName(ctx, q.entity, p.entity);
  }
  if (p.entity || q.entity) return undefined;
  const a = pd.tokens[p.head]!;
  const b = qd.tokens[q.head]!;
  if (a.stem !== b.stem && !areSynonyms(a.lower, b.lower)) return false;
  // one noun told apart by its words before it ("the men's race" / "the women's race") is not known to be one thing
  const [x, y] = [modifiers(pd, p), modifiers(qd, q)];
  return x.length && y.length && !x.some((w) => y.includes(w)) ? undefined : true;
}

/** The stems of the content words of a participant before its head. */
function modifiers(doc: Doc, p: Participant): string[] {
  const out: string[] = [];
  for (let k = p.tokens[0]; k < p.head; k++) if (doc.tokens[k]!.content) out.push(doc.tokens[k]!.stem);
  return out;
}

/** Verbs told from one side of the same converse ("beat" and "defeat" of "lose to"): one relation. */
const RELATION_OF = new Map<string, string>();
for (const [a, b] of CONVERSES) {
  if (!RELATION_OF.has(a)) RELATION_OF.set(a, b);
  RELATION_OF.set(b, b);
}

/** Two predicates name one relation: the same verb (from its side), a synonym, a derived form, or a verb of the same converse. */
function samePredicate(a: Frame, b: Frame): boolean {
  if (a.canonical === b.canonical) return true;
  const ra = RELATION_OF.get(a.canonical);
  if (ra !== undefined && ra === RELATION_OF.get(b.canonical)) return true;
  const [x, y] = [a.canonical.split(' ')[0]!, b.canonical.split(' ')[0]!];
  if (areSynonyms(x, y)) return true;
  const sx = synsets(x);
  return synsets(y).some((k) => k.startsWith('~') && sx.includes(k));
}

/** The two verbs are different stages of one course of events ("ask" / "receive", "charge" / "convict"). */
function otherStage(a: Frame, b: Frame): boolean {
  const [x, y] = [a.predicate.split(' ')[0]!, b.predicate.split(' ')[0]!];
  return STAGES.some(([early, late]) => (early.includes(x) && late.includes(y)) || (late.includes(x) && early.includes(y)));
}

function describe(doc: Doc, f: Frame): Record<string, unknown> {
  const roles: Record<string, string> = {};
  for (const r of ROLES) {
    const p = f.roles[r];
    if (p) roles[r] = doc.norm.slice(doc.tokens[p.tokens[0]]!.start, doc.tokens[p.tokens[1] - 1]!.end);
  }
  return { predicate: f.predicate, passive: f.passive, roles };
}

type Ctx = Pick<CheckContext, 'base' | 'revised' | 'alignment' | 'facts'>;

/** The base frames a revised frame is compared with: those of the base sentences its sentence draws on. */
function baseFramesFor(ctx: Ctx, r: number): Frame[] {
  return counterparts(ctx, r).flatMap((b) => ctx.facts.base.frames[b] ?? []);
}

/** The participant of a revised frame that stands in another role of the base frame, with the two roles. */
function crossed(ctx: Ctx, fr: Frame, fb: Frame): { from: Role; to: Role } | undefined {
  // "the bill passed the Senate" is "the Senate passed the bill"
  if (ALTERNATING.has(fr.canonical.split(' ')[0]!)) return undefined;
  // told from the receiving side ("X bought Y" is "Y was sold to X"), the recipient is the subject:
  // there the thing and the recipient trading places is a change ("Y bought X")
  const received = fr.canonical !== fr.predicate || fb.canonical !== fb.predicate;
  for (const to of ROLES) {
    const x = fr.roles[to];
    if (!x) continue;
    if (sameParticipant(ctx, x, fb.roles[to]) === true) continue;
    for (const from of ROLES) {
      // patient and recipient trade places in a rewording ("awarded her a grant" / "awarded a grant to her")
      if (from === to || (from !== 'agent' && to !== 'agent' && !received)) continue;
      if (sameParticipant(ctx, x, fb.roles[from]) !== true) continue;
      // the other way round too, or a named participant that clearly moved
      const back = sameParticipant(ctx, fr.roles[from], fb.roles[to]);
      if (back === true || (x.entity && back !== false)) return { from, to };
    }
  }
  return undefined;
}

/** Some base frame of this relation has the participant in the role the revision gives it: support. */
function supported(ctx: Ctx, fr: Frame, role: Role): boolean {
  const x = fr.roles[role];
  return predicateCandidates(ctx.facts.base.frames, fr).some((g) => samePredicate(fr, g) && sameParticipant(ctx, x, g.roles[role]) === true);
}

const predicateIndexes = new WeakMap<Frame[][], Map<string, Frame[]>>();

/**
 * The frames that may have the same predicate as `fr` (a superset; samePredicate decides): those whose
 * verb is fr's or shares a WordNet key with it, as samePredicate requires. Found through an index of a
 * telling's frames by verb and key: a long text has thousands of frames, and each is asked about.
 */
function predicateCandidates(frames: Frame[][], fr: Frame): Frame[] {
  let index = predicateIndexes.get(frames);
  if (!index) {
    index = new Map();
    for (const fs of frames) {
      for (const g of fs) {
        const y = g.canonical.split(' ')[0]!;
        for (const k of new Set([' ' + y, ...synsets(y)])) {
          const list = index.get(k);
          if (list) list.push(g);
          else index.set(k, [g]);
        }
      }
    }
    predicateIndexes.set(frames, index);
  }
  const x = fr.canonical.split(' ')[0]!;
  const out = new Set<Frame>();
  for (const k of [' ' + x, ...synsets(x)]) for (const g of index.get(k) ?? []) out.add(g);
  return [...out];
}

/**
 * relation-changed: the same participants in another relation, or a participant moved to another
 * role: "A beat B" / "B beat A", "the boy was pulled out by his father, Miguel" / "Miguel was pulled
 * out", "asked for federal aid" / "received federal aid". Frames are compared role by role, told
 * from one side ("B lost to A" is "A beat B"; a passive is its active), so a rewording in the other
 * voice or with the converse verb is no change.
 */
export const relationChanged: Check = {
  meta: {
    id: 'relation-changed',
    description: 'the same participants in another relation, or a participant moved to another role',
    severity: 'material',
    docs: 'docs/checks/relation-changed.md',
  },
  run(ctx) {
    const done = new Set<Frame>();
    const report = (fb: Frame, fr: Frame, change: string, extra: Record<string, unknown> = {}) => {
      done.add(fr);
      ctx.report({
        message:
          change === 'predicate-changed'
            ? `Relation changed: "${fb.predicate}" became "${fr.predicate}" between the same participants`
            : `Roles changed: ${change === 'roles-swapped' ? 'participants swapped' : 'a participant moved to another role'} in "${fr.predicate}"`,
        base: { start: fb.start, end: fb.end },
        revised: { start: fr.start, end: fr.end },
        data: { change, base: describe(ctx.base, fb), revised: describe(ctx.revised, fr), ...extra },
      });
    };
    // the same relation with its participants in other roles
    ctx.facts.revised.frames.forEach((fs, r) => {
      if (!fs.length) return;
      const baseFrames = baseFramesFor(ctx, r);
      for (const fr of fs) {
        // who said what is speaker-changed's ("reported a nurse to the regulator" is a relation, "told reporters" speech)
        if (SPEECH_VERBS.has(fr.predicate.split(' ')[0]!) && !(fr.roles.patient && fr.roles.recipient)) continue;
        for (const fb of baseFrames) {
          if (done.has(fr) || !samePredicate(fr, fb)) continue;
          const x = crossed(ctx, fr, fb);
          if (x && !supported(ctx, fr, x.to)) {
            report(fb, fr, 'roles-swapped', { moved: { from: x.from, to: x.to } });
            continue;
          }
          // a named participant replaced in place by one the base names in another part of the story
          for (const role of ROLES) {
            const p = fr.roles[role];
            const q = fb.roles[role];
            if (done.has(fr) || !p?.entity || !q?.entity || sameParticipant(ctx, p, q) !== false) continue;
            // the frame's other participants are the base frame's: "Keller won the men's race" is no
            // "Osei won the women's race" with its winner replaced
            if (ROLES.some((o) => o !== role && fr.roles[o] && fb.roles[o] && sameParticipant(ctx, fr.roles[o], fb.roles[o]) !== true)) continue;
            if (!inPlace(ctx, fb, q, fr, p) || supported(ctx, fr, role)) continue;
            const inBase = ctx.facts.base.people.entities.some((e) => sameName(e, ctx.base, p.entity!, ctx.revised));
            if (inBase) report(fb, fr, 'participant-moved', { role });
          }
        }
      }
    });
    // another relation in place of the base's, between the same participants ("asked for aid" / "received aid")
    for (const link of ctx.alignment.links) {
      for (const sub of linkSubstitutions(ctx.base, ctx.revised, link)) {
        const nb = sub.base[1] - sub.base[0];
        const nr = sub.revised[1] - sub.revised[0];
        if (nb === 0 || nr === 0 || nb > 4 || nr > 4) continue;
        const fr = frameWithVerb(ctx.revised, ctx.facts.revised.frames, sub.revised);
        const fb = frameWithVerb(ctx.base, ctx.facts.base.frames, sub.base);
        if (!fr || !fb || done.has(fr) || samePredicate(fr, fb) || !otherStage(fr, fb)) continue;
        if (sameParticipant(ctx, fr.subject, fb.subject) !== true) continue;
        report(fb, fr, 'predicate-changed');
      }
    }
  },
};

/** The two participants stand in one substitution of the word diff: one replaced the other in place. */
function inPlace(ctx: Ctx, fb: Frame, q: Participant, fr: Frame, p: Participant): boolean {
  for (const link of ctx.alignment.links) {
    if (!link.base.includes(fb.sentence) || !link.revised.includes(fr.sentence)) continue;
    for (const sub of linkSubstitutions(ctx.base, ctx.revised, link)) {
      const hitB = sub.base[0] < q.tokens[1] && q.tokens[0] < sub.base[1];
      const hitR = sub.revised[0] < p.tokens[1] && p.tokens[0] < sub.revised[1];
      if (hitB && hitR) return true;
    }
  }
  return false;
}

/** The first frame whose verb stands in the token range: a frame's verb is in its own sentence, so only the range's sentences are searched. */
function frameWithVerb(doc: Doc, frames: Frame[][], range: [number, number]): Frame | undefined {
  if (range[0] >= range[1]) return undefined;
  const first = doc.tokens[range[0]]?.sentence ?? frames.length;
  const last = doc.tokens[range[1] - 1]?.sentence ?? frames.length - 1;
  for (let s = first; s <= last; s++) for (const f of frames[s] ?? []) if (f.verb >= range[0] && f.verb < range[1]) return f;
  return undefined;
}
