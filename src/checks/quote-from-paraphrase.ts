import type { Check, CheckContext } from './context.js';
import type { Quote, Statement } from '../extract/quotes.js';
import { bestCounterpart, overlap, sameSpeaker, sharingStems, speakerData } from './speech-match.js';

/**
 * The base statement a revised quotation's words come from, when the base only reported them: the
 * same speaker's reported speech (or anyone's when the quotation has no speaker) carrying most of
 * the quotation's content words. Undefined when the base quotes them too, or never says them.
 */
export function paraphraseSource(ctx: CheckContext, r: Quote): Statement | undefined {
  const statements = ctx.facts.base.speech.statements;
  let memo = sourceCache.get(statements);
  if (!memo) sourceCache.set(statements, (memo = new Map()));
  let v = memo.get(r);
  if (v === undefined) memo.set(r, (v = findSource(ctx, r, statements) ?? null));
  return v ?? undefined;
}

/** paraphraseSource's answers, per list of base statements: quote-added and quote-from-paraphrase both ask. */
const sourceCache = new WeakMap<Statement[], Map<Quote, Statement | null>>();

function findSource(ctx: CheckContext, r: Quote, statements: Statement[]): Statement | undefined {
  if (bestCounterpart(r, ctx.facts.base.speech.quotes)) return undefined;
  // one word in quotation marks with no speaker is a word mentioned, not someone quoted: 'use "VMD"
  // in the subject line'
  if (!r.speaker && !/\s/.test(r.text.trim())) return undefined;
  let best: Statement | undefined;
  let score = 0;
  // a statement sharing no content word with the quotation carries none of it
  for (const s of sharingWords(r, statements)) {
    if (r.speaker && sameSpeaker(s.speaker, r.speaker) !== true) continue;
    const o = overlap(r.text, s.text);
    // the quotation's words are (almost all) in the statement
    const n = r.text.split(' ').length;
    const enough = n <= 3 ? o.contained >= 1 && o.shared >= 1 : o.contained >= 0.6 && o.shared >= 2;
    if (enough && o.contained > score) {
      score = o.contained;
      best = s;
    }
  }
  return best;
}

const statementIndexes = new WeakMap<Statement[], Map<string, number[]>>();

/** The statements of a list sharing a content word with a quotation, in their order (through an index of the list by word). */
function sharingWords(r: Quote, statements: Statement[]): Statement[] {
  let index = statementIndexes.get(statements);
  if (!index) statementIndexes.set(statements, (index = sharingStems.index(statements)));
  return sharingStems.among(r.text, index, statements);
}

/** quote-from-paraphrase: words in quotation marks that the base only paraphrased or reported. */
export const quoteFromParaphrase: Check = {
  meta: {
    id: 'quote-from-paraphrase',
    description: 'words put in quotation marks that the base only paraphrased',
    severity: 'material',
    docs: 'docs/checks/quote-from-paraphrase.md',
  },
  run(ctx) {
    for (const r of ctx.facts.revised.speech.quotes) {
      const s = paraphraseSource(ctx, r);
      if (!s) continue;
      ctx.report({
        message: `"${r.text}" is quoted${r.speaker ? ` as ${r.speaker.name}'s words` : ''}, but the base only reports: "${s.text}"`,
        base: { start: s.start, end: s.end },
        revised: { start: r.start, end: r.end },
        data: { speaker: speakerData(r.speaker ?? s.speaker), quote: r.text, paraphrase: s.text },
      });
    }
  },
};
