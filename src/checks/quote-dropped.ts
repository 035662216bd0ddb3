import type { Check } from './context.js';
import { bestCounterpart, speakerData } from './speech-match.js';

/** quote-dropped: a direct quotation of the base that the revision no longer carries as a quotation. */
export const quoteDropped: Check = {
  meta: {
    id: 'quote-dropped',
    description: 'a quotation of the base that the revision no longer carries',
    severity: 'notable',
    docs: 'docs/checks/quote-dropped.md',
  },
  run(ctx) {
    const revisedQuotes = ctx.facts.revised.speech.quotes;
    for (const b of ctx.facts.base.speech.quotes) {
      if (bestCounterpart(b, revisedQuotes)) continue;
      ctx.report({
        message: `Quotation${b.speaker ? ` of ${b.speaker.name}` : ''} no longer carried: "${b.text}"`,
        base: { start: b.start, end: b.end },
        data: { speaker: speakerData(b.speaker), quote: b.text },
      });
    }
  },
};
