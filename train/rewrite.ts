/**
 * Faithful rewrites: edits that keep every fact of the base. In-sentence rewrites propose
 * replacements (never inside a quotation, except typography, and never over the corrupted span of
 * a pair); sentence-level rewrites drop or move whole sentences only where no sentence that leans
 * on the one before it (a pronoun, "also", "the latter") loses its predecessor.
 */
import { TITLES } from '../src/data/titles.js';
import { known } from '../src/text/lexicon.js';
import { numberSites, numberWord } from './corrupt.js';
import { AUXILIARIES, pastBase } from './grammar.js';
import type { Rng } from './rng.js';
import {
  ANAPHORS, ASYMMETRIC_VERBS, DASHES, LINKING_OPENERS, NEGATION_PARAPHRASES, PARTICIPLE_TO_PAST, PASSIVE_VERBS, SMALL_NUMBERS, SPELLINGS,
  SYNONYMS, TENS, TITLE_ABBREVIATIONS,
} from './tables.js';
import { article, findPhrase, isFirstName, isLastName, likeCase, overlaps, phraseMatcher, quoteRanges, quotesBalanced, words } from './text.js';

export const REWRITES = [
  'synonym', 'negation-paraphrase', 'spelling', 'number-words', 'typography', 'title-move', 'drop-clause',
  'drop-negated-clause', 'passive', 'active', 'reorder', 'drop-sentence', 'summary',
] as const;
export type RewriteType = (typeof REWRITES)[number];

/** A sentence of the revision: its source sentence in the window, its text, the corrupted span. */
export interface Work {
  src: number;
  text: string;
  mark?: [number, number];
}

export interface Rep {
  start: number;
  end: number;
  text: string;
  /** for drop-clause: the dropped words held a negation */
  negated?: boolean;
}

/** Applies non-overlapping replacements that keep clear of the mark; returns how many. */
export function applyReps(w: Work, reps: readonly Rep[]): number {
  const sorted = reps.map((r) => fixArticle(w.text, r)).sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Rep[] = [];
  let last = -1;
  for (const r of sorted) {
    if (r.start < last) continue;
    if (w.mark && r.start < w.mark[1] && w.mark[0] < r.end) continue;
    if (w.mark && r.start === r.end && r.start > w.mark[0] && r.start < w.mark[1]) continue;
    chosen.push(r);
    last = r.end;
  }
  if (!chosen.length) return 0;
  let out = '';
  let at = 0;
  let shift = 0;
  for (const r of chosen) {
    out += w.text.slice(at, r.start) + r.text;
    at = r.end;
    if (w.mark && r.end <= w.mark[0]) shift += r.text.length - (r.end - r.start);
  }
  out += w.text.slice(at);
  w.text = out;
  if (w.mark) w.mark = [w.mark[0] + shift, w.mark[1] + shift];
  return chosen.length;
}

/** "an entire genre" -> "a whole genre": a replacement after "a" / "an" takes the article along when it must change. */
function fixArticle(text: string, r: Rep): Rep {
  if (!r.text || !/^[\p{L}\d]/u.test(r.text)) return r;
  const art = /\b(an?|An?) $/.exec(text.slice(0, r.start));
  if (!art || article(r.text) === art[1]!.toLowerCase()) return r;
  return { ...r, start: r.start - art[0].length, text: likeCase(art[1]!, article(r.text)) + ' ' + r.text };
}

const free = (text: string) => {
  const q = quoteRanges(text);
  return (a: number, b: number) => !overlaps(q, a, b);
};
const atStart = (text: string, at: number) => /^[\s"“‘'(]*$/.test(text.slice(0, at));

// --- word substitutions -----------------------------------------------------------------------------

const MATCHERS = new Map<ReadonlyArray<readonly [string, string]>, Map<boolean, ReturnType<typeof phraseMatcher>>>();

function tableReps(text: string, table: ReadonlyArray<readonly [string, string]>, both = false): Rep[] {
  const ok = free(text);
  const out: Rep[] = [];
  const pairs = both ? table.flatMap(([a, b]) => [[a, b], [b, a]] as const) : table;
  let byCase = MATCHERS.get(table);
  if (!byCase) {
    byCase = new Map([
      [true, phraseMatcher(pairs.filter(([f]) => /\p{Lu}/u.test(f)).map(([f]) => f))],
      [false, phraseMatcher(pairs.filter(([f]) => !/\p{Lu}/u.test(f)).map(([f]) => f), true)],
    ]);
    MATCHERS.set(table, byCase);
  }
  const targets = new Map<string, string>();
  for (const [f, t] of pairs) if (!targets.has(f)) targets.set(f, t);
  for (const exact of [true, false]) {
    for (const { start: at, end, phrase: from } of byCase.get(exact)!(text)) {
      if (!ok(at, end)) continue;
      const to = targets.get(from);
      if (to === undefined) continue;
      const surface = text.slice(at, end);
      if (!exact && /^\p{Lu}/u.test(surface) && !atStart(text, at)) continue; // part of a name
      if (!exact && surface.slice(1) !== surface.slice(1).toLowerCase()) continue;
      out.push({ start: at, end, text: exact ? to : likeCase(surface, to) });
    }
  }
  return out;
}

export const synonymReps = (text: string): Rep[] => tableReps(text, SYNONYMS);
export const negationParaphraseReps = (text: string): Rep[] => tableReps(text, NEGATION_PARAPHRASES);
export const spellingReps = (text: string): Rep[] => tableReps(text, SPELLINGS, true);

// --- numbers in other words -------------------------------------------------------------------------

const WORD_NUMBER = new Map<string, number>([
  ...SMALL_NUMBERS.map((w, i) => [w, i] as [string, number]).filter(([, i]) => i >= 2),
  ...TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w),
]);
function inWords(n: number): string | undefined {
  if (n < 20 || n % 10 === 0) return numberWord(n);
  if (n < 100) return `${TENS[Math.floor(n / 10)]}-${SMALL_NUMBERS[n % 10]}`;
  return undefined;
}
const readNumber = (s: string): number | undefined => (/^\d+$/.test(s) ? Number(s) : WORD_NUMBER.get(s.toLowerCase()) ?? (s.toLowerCase() === 'one' ? 1 : undefined));
const NOT_BEFORE_UNIT = /(?:once|twice|times|per|\d|million|billion|thousand|dollars|euros|pounds|cents|every|each)\s$/i;

export function numberWordReps(text: string): Rep[] {
  const ok = free(text);
  const out: Rep[] = [];
  // durations in other units: "two weeks" -> "14 days", "48 hours" -> "two days", "a week" -> "seven days"
  const DUR = /\b(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (days|weeks|week|months|month|years|year|hours|decade)\b(?![-'’])/gi;
  for (const m of text.matchAll(DUR)) {
    const a = m.index;
    const b = a + m[0].length;
    if (!ok(a, b) || NOT_BEFORE_UNIT.test(text.slice(0, a)) || /^\p{Lu}/u.test(m[0]) && !atStart(text, a)) continue;
    const n = m[1]!.toLowerCase() === 'a' ? 1 : readNumber(m[1]!);
    if (n === undefined || n === 0) continue;
    const unit = m[2]!.toLowerCase();
    const digits = /^\d/.test(m[1]!);
    const say = (v: number, u: string) => `${digits || v > 10 ? String(v) : inWords(v)} ${u}${v === 1 ? '' : 's'}`;
    let to: string | undefined;
    if ((unit === 'week' || unit === 'weeks') && n <= 4) to = say(n * 7, 'day');
    else if (unit === 'days' && n % 7 === 0 && n <= 28) to = say(n / 7, 'week');
    else if (unit === 'months' && n % 12 === 0 && n <= 48) to = say(n / 12, 'year');
    else if (unit === 'months' && n === 6) to = 'half a year';
    else if ((unit === 'years' || unit === 'year') && n <= 2) to = say(n * 12, 'month');
    else if (unit === 'hours' && n % 24 === 0 && n <= 96) to = say(n / 24, 'day');
    else if (unit === 'decade' && n === 1) to = '10 years';
    if (!to) continue;
    if (m[1]!.toLowerCase() === 'a' && !/^(?:week|year|decade)$/.test(unit)) continue;
    out.push({ start: a, end: b, text: likeCase(m[0], to) });
  }
  // "50 percent of" -> "half of", and back
  for (const m of text.matchAll(/\b(50|25|75) ?(?:%|percent|per cent) of\b/g)) {
    if (!ok(m.index, m.index + m[0].length)) continue;
    const to = { '50': 'half of', '25': 'a quarter of', '75': 'three quarters of' }[m[1] as '50' | '25' | '75'];
    out.push({ start: m.index, end: m.index + m[0].length, text: to });
  }
  for (const m of text.matchAll(/\b(half|a quarter|three quarters) of\b/gi)) {
    if (!ok(m.index, m.index + m[0].length) || /\b(?:and a|a|an|one) $/i.test(text.slice(0, m.index))) continue;
    const to = { half: '50 percent of', 'a quarter': '25 percent of', 'three quarters': '75 percent of' }[m[1]!.toLowerCase() as 'half'];
    out.push({ start: m.index, end: m.index + m[0].length, text: likeCase(m[0], to) });
  }
  // "a dozen" -> "12"
  for (const at of findPhrase(text, 'a dozen', true)) {
    if (ok(at, at + 7) && !atStart(text, at) && /^ [a-z]/.test(text.slice(at + 7))) out.push({ start: at, end: at + 7, text: '12' });
  }
  // digits in words and words in digits (a count before a lower-case word)
  for (const site of numberSites(text)) {
    if (site.kind !== 'count' || !ok(site.start, site.end) || !/^ [a-z]/.test(text.slice(site.end))) continue;
    if (/^[$£€]/.test(text.slice(site.start - 1, site.start)) || atStart(text, site.start)) continue;
    const w = inWords(site.value);
    if (w && site.value >= 1) out.push({ start: site.start, end: site.end, text: w });
  }
  for (const [w, v] of WORD_NUMBER) {
    for (const at of findPhrase(text, w, true)) {
      const end = at + w.length;
      if (!ok(at, end) || atStart(text, at) || !/^ [a-z]/.test(text.slice(end)) || /^ (?:hundred|thousand|million|billion|of)\b/.test(text.slice(end))) continue;
      if (!/[\p{L},] $/u.test(text.slice(Math.max(0, at - 2), at))) continue;
      if (/(?:\d|hundred|thousand)\s$/.test(text.slice(0, at)) || /\b(?:or|to|and)\s$/.test(text.slice(0, at)) || /^ (?:or|to|and) /.test(text.slice(end))) continue;
      out.push({ start: at, end, text: String(v) });
    }
  }
  return out;
}

// --- typography ------------------------------------------------------------------------------------

export function typographyReps(text: string): Rep[] {
  const out: Rep[] = [];
  const q = quoteRanges(text);
  if (text.includes('"') && quotesBalanced(text)) {
    for (const [a, b] of q) {
      if (text[a] === '"' && text[b - 1] === '"') {
        out.push({ start: a, end: a + 1, text: '“' }, { start: b - 1, end: b, text: '”' });
      }
    }
  } else if (/[“”]/.test(text)) {
    for (let i = 0; i < text.length; i++) if (text[i] === '“' || text[i] === '”') out.push({ start: i, end: i + 1, text: '"' });
  }
  for (const m of text.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) out.push({ start: m.index, end: m.index + 1, text: '’' });
  if (!out.some((r) => r.text === '’')) for (const m of text.matchAll(/(?<=\p{L})’(?=\p{L})/gu)) out.push({ start: m.index, end: m.index + 1, text: "'" });
  for (const [from, to] of DASHES) {
    let at = text.indexOf(from);
    while (at >= 0) {
      out.push({ start: at, end: at + from.length, text: to });
      at = text.indexOf(from, at + from.length);
    }
  }
  return out;
}

// --- titles moved after a name --------------------------------------------------------------------

const FORMAL = new Set(['president', 'prime minister', 'governor', 'mayor', 'senator', 'police chief', 'fire chief', 'sheriff', 'chancellor', 'premier', 'king', 'queen', 'pope', 'chief executive', 'chairman', 'district attorney', 'attorney general']);
const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleCase = (t: string) => t.replace(/(^|[ -])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const PLAIN_TITLES = [...TITLES].filter((t) => !t.includes('.')).sort((a, b) => b.length - a.length);
const TITLE_ALT = PLAIN_TITLES.map(esc).join('|');
const TITLE_ANY = [...PLAIN_TITLES.flatMap((t) => [t, titleCase(t)]), ...Object.keys(TITLE_ABBREVIATIONS)].sort((a, b) => b.length - a.length).map(esc).join('|');
const NAME = `(?:\\p{Lu}\\p{Ll}+)(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}`;
const TITLE_BEFORE = new RegExp(`(^|(?<=(?:^|[ "“])(?:said|says|told|by|with|from|that|and|to|for|as|when|after|where|added)\\s|, )|\\b(?:the|The|his|His|her|Her|their|Their|its|Its) )((?:\\p{Lu}\\p{Ll}+ )?)(${TITLE_ANY}) (${NAME})(?=[ ,.;:])`, 'gu');
const TITLE_AFTER = new RegExp(`(${NAME}), (the|his|her|their|its|a|an) ((?:[\\p{Ll}-]+ ){0,2})(${TITLE_ALT}),(?= \\p{Ll})`, 'gu');
const RANK_WORDS = new Set(['Senior', 'Deputy', 'Former', 'Acting', 'Vice', 'Assistant', 'Chief', 'Special', 'Associate', 'Police', 'Fire', 'State', 'County', 'Staff', 'First', 'Second']);

function personName(name: string): boolean {
  const parts = name.split(' ');
  return isFirstName(parts[0]!) && !/^(?:Police|Department|County|City|Court|Center|Hospital|Street)$/.test(parts[parts.length - 1]!);
}

export function titleMoveReps(text: string): Rep[] {
  const ok = free(text);
  const out: Rep[] = [];
  for (const m of text.matchAll(TITLE_BEFORE)) {
    const [all, pre, mod, title, name] = m as unknown as [string, string, string, string, string];
    const start = m.index;
    const end = m.index + all.length;
    if (!ok(start, end) || !personName(name) || /['’]s$/.test(name)) continue;
    const after = text.slice(end);
    if (/^['’]s|^ of\b|^ \p{Lu}/u.test(after)) continue;
    const before = text.slice(0, start);
    if (/\p{Lu}[\p{L}'’.-]*\s$/u.test(before) && !atStart(text, before.trimEnd().lastIndexOf(' ') + 1)) continue; // "Oregon State Police Sgt. X"
    if (mod && RANK_WORDS.has(mod.trim())) continue;
    const abbr = TITLE_ABBREVIATIONS[title];
    const lower = (abbr ?? title).toLowerCase();
    let det: string;
    if (/^the $/i.test(pre)) det = 'the';
    else if (/^(?:his|her|their|its) $/i.test(pre)) det = pre.trim().toLowerCase();
    else det = FORMAL.has(lower) || mod ? 'the' : /^[aeiou]/.test(lower) ? 'an' : 'a';
    const tail = /^[,.;:]/.test(after) ? '' : ',';
    // a modifier capitalized only because it opens the sentence ("Team president X") is lower-cased
    const modText = mod && atStart(text, start) && known(mod.trim().toLowerCase()) && !isFirstName(mod.trim()) ? mod.toLowerCase() : mod;
    out.push({ start, end, text: `${name}, ${det} ${modText}${lower}${tail}` });
  }
  for (const m of text.matchAll(TITLE_AFTER)) {
    const [all, name, det, mods, title] = m as unknown as [string, string, string, string, string];
    if (!ok(m.index, m.index + all.length) || !personName(name) || /['’]s$/.test(name)) continue;
    const d = det === 'a' || det === 'an' ? '' : det + ' ';
    let front = `${d}${mods}${title} ${name}`;
    if (atStart(text, m.index)) front = front[0]!.toUpperCase() + front.slice(1);
    out.push({ start: m.index, end: m.index + all.length, text: front });
  }
  return out;
}

// --- clauses dropped ------------------------------------------------------------------------------

const NEG = /\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|failed|refused|no longer)\b|n['’]t\b/i;
const PRONOUN_START = /^(?:he|she|they|it|his|her|their|its|him|them|this|these|those)\b/i;

export function dropClauseReps(text: string): Rep[] {
  const ok = free(text);
  const out: Rep[] = [];
  const push = (a: number, b: number, repl = '') => {
    if (!ok(a, b)) return;
    out.push({ start: a, end: b, text: repl, negated: NEG.test(text.slice(a, b)) });
  };
  // a clause between commas is only dropped when a verb follows it ("Lohan, who is 26, entered"):
  // otherwise its second comma may belong to something else ("fire, which was set while people, including ...")
  const verbNext = (at: number) => {
    const w = /^ ([a-z]+)/.exec(text.slice(at))?.[1];
    return !!w && (AUXILIARIES.has(w) || /^(?:said|says|told|did|does|do)$/.test(w) || pastBase(w) !== undefined);
  };
  for (const m of text.matchAll(/(?<=\p{L}), (?:who|which|whose|where) [^,;:"“”()]{3,120}?,(?= \p{Ll})/gu)) {
    if (!verbNext(m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/(?<=\p{L}), (?:who|which|whose|where) [^,;:"“”()]{3,160}(?=[.!?]$)/gu)) push(m.index, m.index + m[0].length);
  for (const m of text.matchAll(/(?<=\p{L}), (?:a|an|the) [^,;:"“”()\d]{3,60}?,(?= \p{Ll})/gu)) {
    if (!verbNext(m.index + m[0].length)) continue;
    push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/(?<=\p{L}), \d{1,2},(?= \p{Ll})/gu)) if (verbNext(m.index + m[0].length)) push(m.index, m.index + m[0].length);
  // a leading time or circumstance clause; "In ..." and "On ..." only with a date ("In one video, X" limits X)
  const lead = /^(?:(?:After|Before|While|When|Although|Though|Despite|Following|During|Because|Earlier|Later|Meanwhile)\b [^,;"“”()]{4,100}?|(?:In|On) (?:(?:early|late|mid-?)\s?)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[^,;"“”()]{0,40}?), (?=\S)/.exec(text);
  if (lead) {
    const rest = text.slice(lead[0].length);
    if (!PRONOUN_START.test(rest) && !/^(?:and|but|or|so|yes|no)\b/i.test(rest) && /^[\p{L}"“]/u.test(rest) && rest.split(' ').length >= 4) {
      const first = rest[0]!;
      const proper = /^\p{Lu}/u.test(first);
      if (ok(0, lead[0].length + 1)) out.push({ start: 0, end: lead[0].length + 1, text: proper ? first : first.toUpperCase(), negated: NEG.test(lead[0]) });
    }
  }
  for (const m of text.matchAll(/, (?:including|killing|leaving|injuring|wounding|making|bringing|prompting|forcing|sending|causing|marking) [^,;:"“”()]{3,150}(?=[.!?]$)/g)) push(m.index, m.index + m[0].length);
  for (const m of text.matchAll(/, (?:but|and|while|although|though) (?:he|she|they|it|the|police|his|her|their|authorities|officials|there) [^"“”()]{3,150}(?=[.!?]$)/g)) push(m.index, m.index + m[0].length);
  for (const m of text.matchAll(/; [^"“”]{3,200}(?=[.!?]$)/g)) push(m.index, m.index + m[0].length);
  return out;
}

// --- passive and active -----------------------------------------------------------------------------

const GENERIC_AGENTS = new Set(['Police', 'Authorities', 'Officials', 'Investigators', 'Prosecutors', 'Firefighters', 'Officers', 'Deputies']);
const REST = `(?=[.,;]|\\s(?:on|in|at|after|during|last|this|early|late|for|outside|near|while|when|before|inside|earlier|later|yesterday|today|as|because)\\b)`;
const NP = `(?:the|a|an|his|her|their|its|two|three|four|five|six) [a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3}`;
const NAMEP = `\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}`;
const CAP_NP = `(?:The|A|An) [a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3}`;
const ACTIVE = new RegExp(`^(${NAMEP}|${CAP_NP}) ([a-z]+) (${NP}|${NAMEP})${REST}`, 'u');
const PASSIVE = new RegExp(`^((?:The|A|An|His|Her|Their|Its) [a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3}|${NAMEP}) (was|were) ([a-z]+) by (${NP}|${NAMEP}|police|fire|lightning)${REST}`, 'u');
const PAST_TO_PARTICIPLE = new Map(Object.entries(PARTICIPLE_TO_PAST).map(([pp, past]) => [past, pp]));
/** Words that show a phrase is not a plain noun phrase (a verb, a clause, a time). */
const NOT_IN_NP = /\b(?:was|were|is|are|be|been|has|had|have|and|or|but|who|which|that|said|says|to|of|by|not|least|most|more|than|after|before|when|while|would|could|will|may|might|also|then|in|on|at|with|from|for|near|outside|inside|into|during|as)\b/;
/** Participles that read as states, not as actions ("was puzzled by", "was followed by"): not turned around. */
const STATIVE = new Set(['puzzled', 'surprised', 'shocked', 'pleased', 'concerned', 'worried', 'interested', 'consumed', 'survived', 'followed', 'accompanied', 'quoted', 'joined', 'married', 'known', 'based', 'caused', 'driven', 'inspired']);
const OPENERS = /^(?:The|A|An|His|Her|Their|Its|This|That|It|He|She|They|There|In|On|At|After|Before|When|While|But|And|However|Police|Officials|Authorities)$/;

/** Nouns ending in -ing; any other -ing or -ed word shows a phrase is more than a noun phrase. */
const ING_NOUNS = new Set(['building', 'meeting', 'morning', 'evening', 'wedding', 'ceiling', 'thing', 'king', 'ring', 'spring', 'string', 'offering', 'hearing', 'funding', 'shooting', 'bombing', 'killing', 'ruling', 'filing', 'warning', 'opening', 'ending', 'beginning', 'housing', 'training', 'painting', 'recording', 'screening', 'setting', 'uprising', 'wing', 'sibling', 'lightning', 'clothing', 'stabbing', 'robbery', 'briefing', 'gathering', 'sting']);
const TIME_WORDS = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|earlier|later|ago|times?)\b/;
function plainNP(np: string): boolean {
  const ws = np.split(' ').slice(1);
  if (/^(?:two|three|four|five|six) /.test(np) || TIME_WORDS.test(np)) return false;
  return !ws.some((w) => (/ing$/.test(w) && !ING_NOUNS.has(w)) || /ed$/.test(w));
}

function isNameRun(s: string): boolean {
  const parts = s.split(' ');
  if (GENERIC_AGENTS.has(s)) return true;
  if (OPENERS.test(parts[0]!)) return false;
  return isFirstName(parts[0]!) ? parts.length >= 2 : parts.length === 1 && isLastName(parts[0]!);
}
const plural = (np: string) => /^(?:two|three|four|five|six)\b/.test(np) || (/s$/.test(np) && !/(?:ss|us|is|news)$/.test(np));
const pastOfVerb = (w: string): string | undefined => (PAST_TO_PARTICIPLE.has(w) ? w : PASSIVE_VERBS.has(w) || ASYMMETRIC_VERBS.has(w) ? w : undefined);

export function passiveReps(text: string): Rep[] {
  if (/["“”]/.test(text)) return [];
  const m = ACTIVE.exec(text);
  if (!m) return [];
  const [all, subj, verb, obj] = m as unknown as [string, string, string, string];
  if (!pastOfVerb(verb) || STATIVE.has(verb) || verb === 'told') return [];
  if (!plainNP(obj) || !plainNP(subj)) return [];
  const pp = PAST_TO_PARTICIPLE.get(verb) ?? verb;
  if (!/^(?:The|A|An) /.test(subj) && !isNameRun(subj)) return [];
  if (NOT_IN_NP.test(obj) || NOT_IN_NP.test(subj)) return [];
  if (/^\p{Lu}/u.test(obj) && !isNameRun(obj)) return [];
  if (/^(?:his|her|their|its) /.test(obj)) return []; // "His wife was thanked by Smith": the pronoun would point ahead
  const agent = GENERIC_AGENTS.has(subj) ? subj.toLowerCase() : /^(?:The|A|An) /.test(subj) ? subj[0]!.toLowerCase() + subj.slice(1) : subj;
  const o = /^\p{Lu}/u.test(obj) ? obj : obj[0]!.toUpperCase() + obj.slice(1);
  const be = /^\p{Lu}/u.test(obj) ? 'was' : plural(obj) ? 'were' : 'was';
  return [{ start: 0, end: all.length, text: `${o} ${be} ${pp} by ${agent}` }];
}

export function activeReps(text: string): Rep[] {
  if (/["“”]/.test(text)) return [];
  const m = PASSIVE.exec(text);
  if (!m) return [];
  const [all, subj, , pp, agent] = m as unknown as [string, string, string, string, string];
  if (STATIVE.has(pp) || !(PASSIVE_VERBS.has(pp) || ASYMMETRIC_VERBS.has(pp))) return [];
  if (NOT_IN_NP.test(subj) || NOT_IN_NP.test(agent) || !plainNP(subj) || !plainNP(agent)) return [];
  if (/^\p{Lu}/u.test(agent) && !isNameRun(agent)) return [];
  if (!/^(?:The|A|An|His|Her|Their|Its) /.test(subj) && !isNameRun(subj)) return [];
  if (/^(?:his|her|their|its) /.test(agent)) return [];
  const past = PARTICIPLE_TO_PAST[pp] ?? pp;
  const s = /^(?:The|A|An|His|Her|Their|Its) /.test(subj) ? subj[0]!.toLowerCase() + subj.slice(1) : subj;
  const a = agent[0]!.toUpperCase() + agent.slice(1);
  return [{ start: 0, end: all.length, text: `${a} ${past} ${s}` }];
}

// --- sentences dropped and moved --------------------------------------------------------------------

/** True when a sentence leans on the one before it. */
export function leansBack(text: string): boolean {
  if (!quotesBalanced(text)) return true;
  const ws = words(text);
  if (!ws.length) return false;
  if (LINKING_OPENERS.has(ws[0]!.w.toLowerCase().replace(/['’]s$/, ''))) return true; // "That's", "There's"
  if (/^the (?:same|latter|former|couple|pair|two|three|man|woman|boy|girl|suspect|victim|company|group|team|case|incident|attack|move|decision|deal)\b/i.test(text)) return true;
  return ws.some((t) => ANAPHORS.has(t.w.toLowerCase().replace(/['’](?:s|ll|d|re|ve|m)$/, '')));
}

/** True when every sentence that leans back keeps the predecessor it had in the base. */
export function contextSafe(ws: readonly Work[], leans: (src: number) => boolean): boolean {
  for (let i = 0; i < ws.length; i++) {
    const src = ws[i]!.src;
    if (!leans(src)) continue;
    const before = i === 0 ? -1 : ws[i - 1]!.src;
    if (before !== src - 1) return false;
  }
  return true;
}

export function reorder(ws: Work[], leans: (src: number) => boolean, rng: Rng): Work[] | undefined {
  for (let k = 0; k < 40; k++) {
    const i = rng.int(ws.length);
    const j = rng.int(ws.length);
    if (i === j) continue;
    const next = ws.slice();
    const [w] = next.splice(i, 1);
    next.splice(j, 0, w!);
    if (next.every((x, n) => x === ws[n])) continue;
    if (contextSafe(next, leans)) return next;
  }
  return undefined;
}

export function dropSentences(ws: Work[], leans: (src: number) => boolean, rng: Rng, keepAtLeast: number, count: number): Work[] | undefined {
  for (let k = 0; k < 40; k++) {
    const drop = new Set<number>();
    const candidates = ws.map((_, i) => i).filter((i) => !ws[i]!.mark);
    if (candidates.length === 0) return undefined;
    for (const i of rng.shuffle(candidates).slice(0, count)) drop.add(i);
    const next = ws.filter((_, i) => !drop.has(i));
    if (next.length < keepAtLeast || next.length === ws.length) continue;
    if (contextSafe(next, leans)) return next;
  }
  return undefined;
}
