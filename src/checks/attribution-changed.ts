import type { Check, CheckContext } from './context.js';
import { areSynonyms } from '../text/lexicon.js';
import { clausePairs } from './pairs.js';
import type { Doc } from '../types.js';
import type { Stance } from '../extract/stance.js';
import { REPORTING_VERBS } from '../data/hedges.js';

function sentenceHasReporting(doc: Doc, sentence: number): boolean {
  const [a, b] = doc.sentenceTokens[sentence]!;
  for (let i = a; i < b; i++) {
    const w = doc.tokens[i]!.lower;
    if (REPORTING_VERBS.has(w) || (w === 'according' && doc.tokens[i + 1]?.lower === 'to')) return true;
  }
  return false;
}

/**
 * A clause with no source of its own takes the source its sentence gives in another clause: "The
 * line will cost £2bn more, [according to the ministry]".
 */
function withSentenceSource(s: Stance, sentence: Stance[]): Stance {
  if (s.source) return s;
  // only "according to X" covers the whole sentence; "though analysts say ..." covers its own clause
  const from = sentence.find((x) => x !== s && x.source && x.attributionCue?.text.toLowerCase().startsWith('according to'));
  return from ? { ...s, source: from.source, genericSource: from.genericSource, attributionCue: from.attributionCue } : s;
}

/** A clause's words, and its attribution where the sentence gives it in another clause ("..., according to X"). */
function withCue(s: Stance): { start: number; end: number } {
  const c = s.attributionCue;
  return c ? { start: Math.min(s.clause.start, c.start), end: Math.max(s.clause.end, c.end) } : { start: s.clause.start, end: s.clause.end };
}

/** Words for the people behind a study, which a story uses for one another: "the researchers", "the team". */
const STUDY_AUTHORS = new Set(['researcher', 'researchers', 'scientist', 'scientists', 'team', 'author', 'authors', 'academics']);

/**
 * Two sources that name the same speaker: the same word, synonyms, two words for a study's authors,
 * or a person and the last word of the post either telling gives them ("Fenwick said" / "its chief
 * executive says" where the base has "chief executive Lydia Fenwick").
 */
function sameSource(ctx: Pick<CheckContext, 'facts'>, a: string, b: string): boolean {
  if (a === b || areSynonyms(a, b) || (STUDY_AUTHORS.has(a) && STUDY_AUTHORS.has(b))) return true;
  const postOf = (name: string, post: string) =>
    [ctx.facts.base, ctx.facts.revised].some((f) =>
      f.people.mentions.some((m) => m.role !== undefined && m.role.title.split(' ').at(-1) === post && m.text.toLowerCase().split(' ').at(-1) === name),
    );
  return postOf(a, b) || postOf(b, a);
}

/**
 * attribution-changed: a claim stated as fact becomes attributed to a source ("analysts say"), an
 * attributed claim is stated as fact, or its source changes from one kind to another ("forces" to
 * "authorities"). Changes between named speakers are speaker-changed's.
 */
export const attributionChanged: Check = {
  meta: {
    id: 'attribution-changed',
    description: 'a claim stated as fact becomes attributed, or the reverse, or its source changes',
    severity: 'notable',
    docs: 'docs/checks/attribution-changed.md',
  },
  run(ctx) {
    for (const pair of clausePairs(ctx)) {
      const b = withSentenceSource(pair.base, ctx.facts.base.stances[pair.base.clause.sentence] ?? []);
      const r = withSentenceSource(pair.revised, ctx.facts.revised.stances[pair.revised.clause.sentence] ?? []);
      let change: 'fact-to-attributed' | 'attributed-to-fact' | 'source-changed' | undefined;
      if (r.source && r.genericSource && !b.source && !sentenceHasReporting(ctx.base, b.clause.sentence)) change = 'fact-to-attributed';
      else if (b.source && b.genericSource && !r.source && !sentenceHasReporting(ctx.revised, r.clause.sentence)) change = 'attributed-to-fact';
      else if (b.source && r.source && (b.genericSource || r.genericSource) && !sameSource(ctx, b.source, r.source)) change = 'source-changed';
      if (!change) continue;
      const src = (s: Stance) => (s.source ? { source: s.source, cue: s.attributionCue?.text ?? null } : { source: null });
      const message =
        change === 'fact-to-attributed'
          ? `A statement of fact is now attributed: "${r.attributionCue?.text}"`
          : change === 'attributed-to-fact'
            ? `An attributed claim ("${b.attributionCue?.text}") is now stated as fact`
            : `Source changed: "${b.attributionCue?.text}" became "${r.attributionCue?.text}"`;
      ctx.report({
        message,
        base: withCue(b),
        revised: withCue(r),
        data: { change, base: src(b), revised: src(r) },
      });
    }
  },
};
