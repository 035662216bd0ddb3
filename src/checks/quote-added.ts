import type { Check } from './context.js';
import { bestCounterpart, speakerData } from './speech-match.js';
import { paraphraseSource } from './quote-from-paraphrase.js';

/**
 * quote-added: a quotation of the revision with no counterpart among the base's quotations (and not
 * one the base only paraphrased: quote-from-paraphrase reports those).
 */
export const quoteAdded: Check = {
  meta: {
    id: 'quote-added',
    description: 'a quotation with no counterpart in the base',
    severity: 'notable',
    profiles: { faithful: 'material' },
    docs: 'docs/checks/quote-added.md',
  },
  run(ctx) {
    const baseQuotes = ctx.facts.base.speech.quotes;
    for (const r of ctx.facts.revised.speech.quotes) {
      if (bestCounterpart(r, baseQuotes)) continue;
      if (paraphraseSource(ctx, r)) continue;
      ctx.report({
        message: `New quotation${r.speaker ? ` of ${r.speaker.name}` : ''} with no counterpart in the base: "${r.text}"`,
        revised: { start: r.start, end: r.end },
        data: { speaker: speakerData(r.speaker), quote: r.text, cue: r.cue ?? null },
      });
    }
  },
};
