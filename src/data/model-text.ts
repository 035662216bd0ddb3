/**
 * Forms of model output and tokenized text. From the Penn Treebank tokenization conventions (as the
 * Stanford and Moses tokenizers write them, and as the CNN/DailyMail and XSum research corpora
 * carry them: "do n't", "-lrb-", "`` quoted ''") and the unknown-word tokens of neural text
 * generators (OpenNMT and fairseq write "<unk>", the CNN/DailyMail pointer-generator tools "UNK",
 * BERT's vocabulary "[UNK]").
 */

/** Bracket tokens of the Penn Treebank and what they stand for. */
export const PTB_BRACKETS: Readonly<Record<string, string>> = {
  '-lrb-': '(', '-rrb-': ')', '-lsb-': '[', '-rsb-': ']', '-lcb-': '{', '-rcb-': '}',
};

/** Clitics a tokenizer splits from their word: "it 's", "they 're", "we 've", "I 'm", "do n't". */
export const CLITICS: readonly string[] = ["n't", "'s", "'re", "'ve", "'ll", "'m", "'d"];

/** Tokens that stand for a word the generator could not write: unknown words, never names. */
export const PLACEHOLDERS: readonly string[] = ['UNK', '<unk>', '<UNK>', '[UNK]', '[unk]', '@@UNK@@'];

/**
 * Words English always capitalizes, capitalized in a telling written without capitals: the pronoun
 * I, weekdays and months. "may" and "march" are months only before a day or a year ("march 3").
 */
export const ALWAYS_CAPITALIZED: readonly string[] = [
  'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
export const MONTHS_BEFORE_NUMBER: readonly string[] = ['may', 'march'];

/**
 * Words never given the other telling's capitals besides the stop words (src/data/stopwords.ts):
 * the object pronoun that is also a country's acronym ("told us" / "the US").
 */
export const NEVER_TRUECASED: readonly string[] = ['us'];

/**
 * Words that open a clause as its subject. After a closing quotation mark with no full stop they
 * start a new sentence in model output ("... a ` gold digger ' it was n't long before ...").
 */
export const SUBJECTS = new Set(['the', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those']);
