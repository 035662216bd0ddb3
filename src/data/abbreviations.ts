/**
 * Abbreviations that end in a full stop without ending a sentence. Compiled by hand from the
 * AP Stylebook's abbreviation entries (titles, months, states, company suffixes) and common
 * news usage.
 */

/** Never end a sentence: a title or word that always has something after it. */
export const ALWAYS_CONTINUES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'maj',
  'capt', 'cmdr', 'sgt', 'cpl', 'pvt', 'adm', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'st',
  'mt', 'ft', 'gens', 'messrs', 'mme', 'mlle', 'vs', 'v', 'cf', 'approx', 'dept', 'est', 'fig',
  'vol', 'pp', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'atty', 'asst', 'assn', 'supt', 'lieut',
]);

/** End a sentence only when a typical sentence opener follows (e.g. "... at 5 p.m. The ..."). */
export const MAY_END = new Set([
  'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'bros', 'llc', 'plc', 'etc', 'al', 'no', 'nos',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'vt', 'va', 'wash', 'wis', 'wyo',
]);

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'his', 'her',
  'their', 'its', 'our', 'my', 'there', 'what', 'why', 'how', 'who', 'some', 'many', 'most', 'meanwhile',
  'however', 'still', 'yet', 'for', 'since', 'during', 'under', 'both',
  'one', 'two', 'three', 'all', 'no', 'not', 'none', 'earlier', 'later', 'last', 'next',
]);

/**
 * Abbreviations written before a number ("p. 55", "No. 10", "vol. 3", "N°. 1026"): before a digit
 * they never end a sentence. From the reference abbreviations of the Chicago Manual of Style (page,
 * paragraph, volume, chapter, section, figure, article, number).
 */
export const BEFORE_NUMBER = new Set([
  'p', 'pp', 'pg', 'para', 'paras', 'vol', 'vols', 'ch', 'chap', 'sec', 'secs', 'fig', 'figs', 'art',
  'no', 'nos', 'nr', 'n°', 'nº', 'op', 'ex', 'tel', 'pt',
]);

/**
 * Social titles that open a sentence when they follow an abbreviation that may end one ("... at
 * 6 P.M. Mr. Smith then went ..."): no sentence runs on from "p.m." or "Inc." into "Mr.". Titles of
 * office ("Sen.", "Gov.") are left out: "U.S. Sen. Marco Rubio" is one sentence.
 */
export const OPENING_TITLES = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle']);

/**
 * Prepositions that open an introductory phrase ("At 5 a.m. Mr. Smith went ...", "In the U.S. the
 * rule ..."): a sentence of three words or fewer that starts with one is a phrase, not a sentence.
 */
export const INTRO_PREPOSITIONS = new Set([
  'at', 'on', 'in', 'by', 'from', 'until', 'till', 'since', 'after', 'before', 'around', 'about',
  'near', 'for', 'during', 'through', 'across', 'outside', 'inside', 'within', 'throughout',
]);

/**
 * Bullets that open a list item. A hyphen or an asterisk opens an item only at the start of a line
 * (elsewhere it is a dash or a footnote mark), so they are not here. The Unicode bullets of the
 * General Punctuation, Geometric Shapes and Dingbats blocks.
 */
export const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▸', '➢', '➤', '✓', '✔']);

/**
 * Capitalized words that open a sentence and do not stand inside one unless they begin a name
 * ("The Hague", "Her Majesty"). After a lower-case word or a number with no full stop between,
 * they start a sentence that lost its full stop ("... than a colleague The cost of divorce ...",
 * captions and highlights run into the text), unless the word before names or introduces what
 * follows (a function word, a speech verb, NAMING_WORDS).
 */
export const RUN_ON_OPENERS = new Set(['The', 'His', 'Her', 'Their', 'He', 'She', 'They', 'We', 'This', 'These', 'Those']);

/** Words after which a capitalized "The ..." is a title or a name: "nicknamed The Invisible Man". */
export const NAMING_WORDS = new Set([
  'called', 'named', 'nicknamed', 'dubbed', 'titled', 'entitled', 'labelled', 'labeled', 'branded', 'renamed',
  'starring', 'starred', 'watched', 'watching', 'read', 'reading', 'joined', 'joining', 'thanked', 'thanking',
  'presented', 'presenting', 'host', 'hosted', 'hosting', 'edits', 'edited', 'editor', 'founded',
]);
