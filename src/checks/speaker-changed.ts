import type { Check } from './context.js';
import { bySentence } from '../extract/scan.js';
import { bestCounterpart, said, sameSpeaker, spanSimilarity } from './speech-match.js';
import { candidates, round } from '../align/align.js';

/** Least mean share of each statement the other carries for the two to be one statement... */
const MATCH = 0.4;
/** ...and least share either way. */
const FLOOR = 0.3;
/** A statement the base gives to the same speaker that carries this much explains the revision. */
const OWN = 0.35;

/**
 * speaker-changed: a quotation or a statement of the revision whose content the base gives to a
 * different person. Quotations are matched by their words; reported speech by the alignment's
 * weighted words and WordNet senses. Only named persons count as speakers here: a statement moved
 * from "officials" to "authorities" is an attribution matter, not a person's.
 */
export const speakerChanged: Check = {
  meta: {
    id: 'speaker-changed',
    description: 'a statement or quotation given to a different person than in the base',
    severity: 'material',
    docs: 'docs/checks/speaker-changed.md',
  },
  run(ctx) {
    const bs = ctx.facts.base.speech;
    const rs = ctx.facts.revised.speech;
    // quotations: the same words, another speaker
    const done = new Set<number>();
    for (const r of rs.quotes) {
      const b = bestCounterpart(r, bs.quotes);
      if (!b || sameSpeaker(b.speaker, r.speaker) !== false) continue;
      if (b.speaker?.kind !== 'person' || r.speaker?.kind !== 'person') continue;
      done.add(r.start);
      ctx.report({
        message: `"${r.text}" is given to ${r.speaker.name}; the base gives it to ${b.speaker.name}`,
        base: { start: b.speaker.start, end: b.end > b.speaker.end ? b.end : b.speaker.end },
        revised: { start: r.start, end: r.end },
        data: { expected: b.speaker.name, actual: r.speaker.name, text: r.text, kind: 'quote' },
      });
    }
    // statements, quoted or reported: matching content, another person
    const baseSaid = said(bs.quotes, bs.statements).filter((s) => s.speaker?.kind === 'person');
    const saidIn = bySentence(baseSaid);
    for (const r of said(rs.quotes, rs.statements)) {
      if (done.has(r.start) || r.speaker?.kind !== 'person') continue;
      let best: { s: (typeof baseSaid)[number]; score: number } | undefined;
      let own = 0;
      // statements of the base sentences that share the most with the revised one (from the index)
      const near = candidates(ctx.alignment.revisedFeatures[r.sentence]!, ctx.alignment.index.base).flatMap((x) => saidIn.get(x) ?? []);
      for (const b of near) {
        const [cov, rev] = spanSimilarity(ctx, b, r);
        const score = (cov + rev) / 2;
        if (sameSpeaker(b.speaker, r.speaker) !== false) {
          own = Math.max(own, score);
          continue;
        }
        if (score >= MATCH && Math.min(cov, rev) >= FLOOR && (!best || score > best.score)) best = { s: b, score };
      }
      if (!best || own >= OWN || own >= best.score * 0.8) continue;
      const b = best.s;
      ctx.report({
        message: `${r.speaker.name} is reported saying what the base gives to ${b.speaker!.name}: "${r.text}"`,
        base: { start: b.start, end: b.end },
        revised: { start: r.start, end: r.end },
        data: { expected: b.speaker!.name, actual: r.speaker.name, text: r.text, baseText: b.text, kind: r.kind, similarity: round(best.score) },
      });
    }
  },
};
