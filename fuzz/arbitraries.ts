/**
 * Generators of news-like text for the property tests and the fuzz command (fast-check): sentences
 * that open with ordinals, numbers, money, quotations, dates, initials and abbreviations; headlines;
 * lists; emoji, astral and combining characters; mixed scripts; very long sentences; single words;
 * blank lines; and mutations of real sentences. Typography-only variants of a text are made here too.
 */
import fc from 'fast-check';
import type { Profile } from '../src/types.js';

/** Word lists of the generators: the shapes that trip rule-based segmentation and extraction. */
const OPENERS = [
  'Third quarter 2020 earnings', 'First', 'The second', '21st', 'Forty', '40', '1,200', '3.5', 'Half', 'A third of',
  'Nearly three dozen', 'More than 50', 'Fewer than 10', '$0.34', '$5 million', '€3bn', '£12.50', '5%', '12 per cent',
  'Jan. 5, 2021', 'On Monday', '2020-03-04', 'March 3', 'In 1999', 'By 2030', 'U.S. officials', 'J.D. Salinger',
  'Mr. Smith', 'Dr. Okafor', 'St. Louis', 'e.g.', 'No.', 'Gov.', '"We will rebuild,"', '“We will rebuild,”',
  "'Twas", '‘Yes,’', '...', '…', '—', '(AP)', '1.', 'i.', '#1', '9/11', '24/7', '10-20', '10–20', '½', '²', '１２３',
  'Twenty-one', 'A dozen', 'Zero', '0', '-5', '1e6', '100,000,000,000,000,000,000', 'Ⅻ', 'ⅷ',
];
const SUBJECTS = [
  'Maria Delgado', 'Tom Becker', 'Fire Chief Maria Delgado', 'Deputy Fire Chief Maria Delgado', 'Mayor Tom Becker',
  'Secretary of State Antony Blinken', 'U.S. Senator Jane Roe', 'former President Lula', 'the company', 'Police',
  'Officials', 'Acme Corp.', 'the U.N.', 'NATO', 'he', 'she', 'they', 'Investigators', 'analysts', "O'Neill",
  'Jean-Luc Picard', 'the Kremlin', 'Harbor Grain Co.', 'Lt. Col. A. B. Carter', 'J. R. R. Tolkien',
];
const VERBS = [
  'said', 'did not say', 'denied', 'confirmed', 'may have', 'reportedly', 'allegedly', 'rose', 'fell', 'increased by',
  'declined to comment on', 'was not', 'never', 'approved', 'rejected', 'told reporters', 'is expected to',
  'could', 'will not', 'has', "hasn't", 'won’t', 'announced', 'warned', 'according to officials',
];
const OBJECTS = [
  '40 homes', 'fifty people', 'half a year', 'six months', '26 weeks', '$1.2 billion', '12%', 'the fourth quarter',
  'on Thursday', 'in Paris', 'in the Donbas region', 'in Kyiv', 'at 3 p.m.', 'the 2nd time', 'a third',
  'two-thirds', 'nine-year-old', 'the 1990s', "the '90s", 'dozens of villages', 'millions', 'hundreds of thousands',
  'the fuel depot', 'a shelter at Lincoln High School', 'about 2,000 tonnes of wheat', 'between 5 and 10 per cent',
  'on Jan. 5', 'on 1 January 2022', 'a 3-2 vote', '£1,526', 'the first 30 sheets', 'every 2 weeks', 'the U.S.A.',
];
const EXOTIC = [
  '🔥', '𝒜𝒷𝒸', '👩‍👩‍👧', '🇺🇸', 'e\u0301', 'İstanbul', 'ß', 'ﬁnal', '東京', 'Москва', 'مرحبا', 'עברית', 'हिन्दी',
  '\u200b', '\u200d', '\ufeff', '\u00ad', '\u00a0', '\u2011', '\u2028', '\u2029', '\u0301', '\t', '\r', '\u000b',
  '\u001b[31m', '&amp;', '<b>', '</script>', '\\', '`', '|', '*', '_', '{', '}', '1e308', 'NaN', 'Infinity', '-0',
  '9007199254740993', '٣', '〇', '十', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '.', '?!', ';', ':', '/',
];
const ENDS = ['.', '.', '.', '!', '?', '', '...', '."', '.”', '?"', ':', ';', ' .', '.)'];
const SEPARATORS = ['\n', '\n', '\n\n', '\r\n', '\n \n', '\n\n\n', '\r\n\r\n'];
const LIST_MARKS = ['- ', '* ', '• ', '1. ', '2) ', 'a. ', '— '];

export interface Scale {
  /** most paragraphs in a generated text */
  paragraphs: number;
  /** most sentences in a paragraph */
  sentences: number;
  /** most clauses of a very long sentence */
  longClauses: number;
  /** most mutations applied to a real text */
  mutations: number;
}

/** Small inputs for `npm test` (bounded time); larger ones for `npm run fuzz`. */
export const TEST_SCALE: Scale = { paragraphs: 5, sentences: 4, longClauses: 60, mutations: 4 };
export const FUZZ_SCALE: Scale = { paragraphs: 14, sentences: 8, longClauses: 600, mutations: 12 };

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** A word: from the lists, a random short string, or an exotic character run. */
function word(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.oneof(pick(SUBJECTS), pick(VERBS), pick(OBJECTS)) },
    { weight: 2, arbitrary: pick(EXOTIC) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  );
}

/** One news-like sentence: an opener, a subject, a verb, an object, maybe a quotation, an ending. */
function sentence(): fc.Arbitrary<string> {
  const plain = fc
    .tuple(fc.option(pick(OPENERS), { nil: '' }), pick(SUBJECTS), pick(VERBS), pick(OBJECTS), fc.array(word(), { maxLength: 3 }), pick(ENDS))
    .map(([o, s, v, x, extra, end]) => [o, s, v, x, ...extra].filter(Boolean).join(' ') + end);
  const quoted = fc
    .tuple(plain, pick(SUBJECTS), fc.constantFrom(['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['"', ''], ['', '”'], ['«', '»']), fc.boolean())
    .map(([s, who, [open, close], before]) =>
      before ? `${open}${s.replace(/[.!?]*$/, ',')}${close} ${who} said.` : `${who} said: ${open}${s}${close}`,
    );
  return fc.oneof({ weight: 5, arbitrary: plain }, { weight: 2, arbitrary: quoted }, { weight: 1, arbitrary: fc.array(word(), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' ')) });
}

/** A headline: a short line in title case without closing punctuation. */
function headline(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(pick(OPENERS), pick(SUBJECTS), pick(OBJECTS)), { minLength: 1, maxLength: 5 })
    .map((ws) => ws.join(' ').replace(/\b\w/g, (c) => c.toUpperCase()));
}

/** A paragraph: sentences on one line, a list item, a very long sentence, or a single word. */
function paragraph(scale: Scale): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(sentence(), { minLength: 1, maxLength: scale.sentences }).map((s) => s.join(' ')) },
    { weight: 2, arbitrary: fc.tuple(pick(LIST_MARKS), sentence()).map(([m, s]) => m + s) },
    { weight: 2, arbitrary: headline() },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(sentence(), { minLength: 1, maxLength: 4 }), fc.integer({ min: 10, max: scale.longClauses }))
        .map(([parts, n]) => Array.from({ length: n }, (_, i) => parts[i % parts.length]!.replace(/[.!?]+$/, '')).join(', and ') + '.'),
    },
    { weight: 1, arbitrary: word() },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '   ', '.', '"', '“', '—', '...', '?!') },
  );
}

/** A whole telling: maybe a headline, then paragraphs separated by line breaks of several kinds. */
export function newsText(scale: Scale = TEST_SCALE): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(headline(), { nil: undefined }),
      fc.array(fc.tuple(paragraph(scale), pick(SEPARATORS)), { maxLength: scale.paragraphs }),
      fc.boolean(),
    )
    .map(([head, paras, trailing]) => {
      let out = head !== undefined ? head + '\n\n' : '';
      paras.forEach(([p, sep], i) => (out += p + (i < paras.length - 1 || trailing ? sep : '')));
      return out;
    });
}

/** Any string at all: random code units (lone surrogates included), graphemes, ASCII. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '\n', '"', '“', '”', "'", '’', '-', '—', '1', '$', '%', ',', 'I', 'U.S.', 'Mr.', 'said', 'not'), maxLength: 200 }),
  );
}

/** One edit of a text: the kind and random numbers that say where and what. */
const MUTATION_KINDS = [
  'delete-sentence', 'duplicate-sentence', 'swap-sentences', 'replace-number', 'negate', 'replace-word', 'insert-word',
  'insert-char', 'delete-range', 'truncate', 'join-lines', 'split-line', 'swap-name', 'quote-sentence',
] as const;
type Mutation = { kind: (typeof MUTATION_KINDS)[number]; a: number; b: number; w: string };

function mutation(): fc.Arbitrary<Mutation> {
  return fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), a: fc.nat(), b: fc.nat(), w: word() });
}

/** Rough sentence pieces for mutating (the library's own segmentation is what is under test). */
function pieces(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)(?=\s)|(?<=\n)/);
}

export function applyMutation(text: string, m: Mutation): string {
  const at = (n: number, len: number) => (len ? n % len : 0);
  switch (m.kind) {
    case 'delete-sentence':
    case 'duplicate-sentence':
    case 'swap-sentences':
    case 'quote-sentence': {
      const ps = pieces(text);
      if (!ps.length) return text;
      const i = at(m.a, ps.length);
      const j = at(m.b, ps.length);
      if (m.kind === 'delete-sentence') ps.splice(i, 1);
      else if (m.kind === 'duplicate-sentence') ps.splice(j, 0, ps[i]!);
      else if (m.kind === 'swap-sentences') [ps[i], ps[j]] = [ps[j]!, ps[i]!];
      else ps[i] = ps[i]!.replace(/^(\s*)(.*?)([.!?]?)(\s*)$/s, (_, s, body, end, tail) => `${s}“${body}${end}” ${m.w} said.${tail}`);
      return ps.join('');
    }
    case 'replace-number': {
      const nums = [...text.matchAll(/\d[\d,.]*/g)];
      if (!nums.length) return text;
      const n = nums[at(m.a, nums.length)]!;
      return text.slice(0, n.index) + String(m.b % 1000) + text.slice(n.index + n[0].length);
    }
    case 'negate': {
      const verbs = [...text.matchAll(/\b(was|is|were|are|did|will|has|had|said|can)\b/g)];
      if (!verbs.length) return text;
      const v = verbs[at(m.a, verbs.length)]!;
      const end = v.index + v[0].length;
      return text.slice(0, end) + (m.b % 2 ? ' not' : "n't") + text.slice(end);
    }
    case 'replace-word':
    case 'swap-name': {
      const words = [...text.matchAll(m.kind === 'swap-name' ? /\b[A-Z][a-z]+\b/g : /\S+/g)];
      if (!words.length) return text;
      const w = words[at(m.a, words.length)]!;
      const by = m.kind === 'swap-name' ? SUBJECTS[m.b % SUBJECTS.length]! : m.w;
      return text.slice(0, w.index) + by + text.slice(w.index + w[0].length);
    }
    case 'insert-word': {
      const i = at(m.a, text.length + 1);
      return text.slice(0, i) + ' ' + m.w + ' ' + text.slice(i);
    }
    case 'insert-char': {
      const i = at(m.a, text.length + 1);
      return text.slice(0, i) + EXOTIC[m.b % EXOTIC.length] + text.slice(i);
    }
    case 'delete-range': {
      const i = at(m.a, text.length + 1);
      return text.slice(0, i) + text.slice(i + (m.b % 40));
    }
    case 'truncate':
      return text.slice(0, at(m.a, text.length + 1));
    case 'join-lines': {
      const nl = [...text.matchAll(/\r?\n/g)];
      if (!nl.length) return text;
      const n = nl[at(m.a, nl.length)]!;
      return text.slice(0, n.index) + ' ' + text.slice(n.index + n[0].length);
    }
    case 'split-line': {
      const sp = [...text.matchAll(/ /g)];
      if (!sp.length) return text;
      const s = sp[at(m.a, sp.length)]!;
      return text.slice(0, s.index) + (m.b % 2 ? '\n' : '\n\n') + text.slice(s.index + 1);
    }
  }
}

/** A text and a mutated copy of it (the base and the revision, in either order). */
export function mutatedPair(source: fc.Arbitrary<string>, scale: Scale = TEST_SCALE): fc.Arbitrary<{ base: string; revised: string }> {
  return fc
    .tuple(source, fc.array(mutation(), { minLength: 1, maxLength: scale.mutations }), fc.boolean())
    .map(([text, ms, swap]) => {
      const changed = ms.reduce(applyMutation, text);
      return swap ? { base: changed, revised: text } : { base: text, revised: changed };
    });
}

/** Paragraphs of the corpus and sentence-sized slices of it, for small texts built from real ones. */
export function corpusSnippets(corpus: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of corpus) for (const p of t.split(/\n+/)) if (p.trim()) out.add(p);
  return [...out];
}

/**
 * A typography-only edit: straight and curly quotes and apostrophes, dashes and hyphens (non-breaking
 * ones too), and white space inside a line. `a` picks the place, `b` the replacement.
 */
type TypoEdit = { a: number; b: number };

const QUOTES = new Set(['"', '“', '”', "'", '’', '‘']);

export function applyTypography(text: string, e: TypoEdit): string {
  // places where a typographic change is possible
  const places = [...text.matchAll(/["“”'’‘]|(?<=\S)-(?=\S)| - |[–—]| +|\t/g)];
  if (!places.length) return text;
  const m = places[e.a % places.length]!;
  const s = m[0];
  let by: string;
  if (QUOTES.has(s)) {
    // opening or closing form by position: after white space, a bracket or at the start, the opening one
    const opening = m.index === 0 || /[\s(\[]/.test(text[m.index - 1]!);
    if (s === '"') by = opening ? '“' : '”';
    else if (s === "'") by = opening ? '‘' : '’';
    else by = s === '“' || s === '”' ? '"' : "'";
  } else if (s === '-') by = ['\u2011', '\u2010'][e.b % 2]!;
  else if (s === ' - ') by = [' — ', ' – ', '—'][e.b % 3]!;
  else if (s === '–' || s === '—') by = ['-', '–', '—'][e.b % 3]!;
  else {
    const spaces = [' ', '  ', '\u00a0', '\t', ' \u2009', '\u202f'].filter((x) => x !== s);
    by = spaces[e.b % spaces.length]!;
  }
  return text.slice(0, m.index) + by + text.slice(m.index + s.length);
}

/** A text and a copy of it with typography-only edits. */
export function typographyPair(source: fc.Arbitrary<string>): fc.Arbitrary<{ base: string; revised: string }> {
  return fc
    .tuple(source, fc.array(fc.record({ a: fc.nat(), b: fc.nat() }), { minLength: 1, maxLength: 8 }), fc.boolean())
    .map(([text, edits, swap]) => {
      const changed = edits.reduce(applyTypography, text);
      return swap ? { base: changed, revised: text } : { base: text, revised: changed };
    });
}

export function profile(): fc.Arbitrary<Profile> {
  return fc.constantFrom<Profile>('revision', 'faithful');
}
