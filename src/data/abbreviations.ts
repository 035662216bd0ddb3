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
