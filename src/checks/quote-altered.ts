import type { Check } from './context.js';
import { bestCounterpart, extendedBySentences, saidAgain, sameWords, speakerData, wordDiff } from './speech-match.js';

/** A quotation with no speaker on either side and at most this many words is read as a title or a term. */
const TITLE_WORDS = 12;

/**
 * quote-altered: a direct quotation of the base, by the same speaker, whose words changed in the
 * revision. Typography, case and marked elisions ("…", "[...]") are no change, and quoting only a
 * part of the base quotation is none either.
 */
export const quoteAltered: Check = {
  meta: {
    id: 'quote-altered',
    description: 'a direct quotation by the same speaker whose words changed',
    severity: 'material',
    docs: 'docs/checks/quote-altered.md',
  },
  run(ctx) {
    const baseQuotes = ctx.facts.base.speech.quotes;
    const revisedQuotes = ctx.facts.revised.speech.quotes;
    for (const r of revisedQuotes) {
      const b = bestCounterpart(r, baseQuotes);
      if (!b) continue;
      // words changed whoever is said to speak them (speaker-changed reports a new speaker as well)
      if (sameWords(b.text, r.text)) continue;
      // words in quotation marks that nobody says are a title or a term ("the "Moving meat" webinar")
      if (!b.speaker && !r.speaker && r.text.split(' ').length <= TITLE_WORDS) continue;
      // the base quotation is still there word for word: this one is another, not an edit of it
      if (saidAgain(b, revisedQuotes, r)) continue;
      // nor is the base quotation with whole sentences put before or after it (claim-added has those)
      if (extendedBySentences(b.text, r.text)) continue;
      const diff = wordDiff(b.text, r.text);
      ctx.report({
        message: `Quotation${r.speaker ? ` of ${r.speaker.name}` : ''} changed: "${b.text}" became "${r.text}"`,
        base: { start: b.start, end: b.end },
        revised: { start: r.start, end: r.end },
        data: {
          speaker: speakerData(r.speaker ?? b.speaker),
          expected: b.text,
          actual: r.text,
          removed: diff.filter((d) => d[0] === '-').map((d) => d[1]),
          added: diff.filter((d) => d[0] === '+').map((d) => d[1]),
          diff,
        },
      });
    }
  },
};
