/**
 * Quotations and reported speech, with their speakers and cues.
 *
 * Works on the normalized text (curly quotes are straight there), one paragraph at a time, since a
 * quotation can span several sentences. A quotation is found between double quotes, or between
 * single quotes that open before a word and close after one (so "there's", "Ukraine's" and "'90s"
 * are apostrophes). A quotation split around its attribution ("…," he said, "…") is one quotation
 * in two segments. The speaker comes from the attribution after the quotation ("…," Rubio said),
 * else from the nearest speech verb before it in the sentence (he said: "…"; posted on X that he
 * was "…"), else from the paragraph's previous quotation. "he" and "she" resolve to the nearest
 * fitting earlier person. Reported speech is a speech verb with its content ("X said that …",
 * "X urged …", ", noting it would be …").
 */
import type { Doc, Span } from '../types.js';
import { AS_VERBS, CUE_OBJECTS, PERSON_PRONOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS, WEAK_VERBS } from '../data/speech.js';
import type { People } from './people.js';

export interface Speaker {
  /** as written: "Rubio", "he", "Russian authorities" */
  text: string;
  /** normalized offsets of the words naming the speaker */
  start: number;
  end: number;
  kind: 'person' | 'group';
  /** index into People.persons, for persons (a pronoun resolved to its person included) */
  person?: number;
  /** the person's full name, or the group's words */
  name: string;
  /** what meets across tellings: the person's surname, or the group's lower-case words */
  key: string;
}

export interface Quote {
  paragraph: number;
  /** sentence of the quotation's first segment */
  sentence: number;
  /** the quoted words without the marks, normalized offsets; two or more when split around the attribution */
  segments: Span[];
  /** first segment's start to last segment's end */
  start: number;
  end: number;
  /** the segments' words joined with a space */
  text: string;
  /** a few quoted words inside a sentence of the writer's own ("would be "logical."") */
  partial: boolean;
  speaker?: Speaker;
  /** the attribution's verb and its words: "said", "told reporters", "posted on X that", "declaring:" */
  cue?: string;
  cueSpan?: Span;
}

export interface Statement {
  sentence: number;
  speaker: Speaker;
  /** the speech verb's lemma */
  verb: string;
  cue: string;
  cueSpan: Span;
  /** what was said, normalized offsets */
  start: number;
  end: number;
  text: string;
}

export interface Speech {
  quotes: Quote[];
  statements: Statement[];
}

const ADVERBS = new Set(['also', 'later', 'then', 'again', 'repeatedly', 'separately', 'publicly', 'previously', 'earlier', 'once', 'has', 'have', 'had', 'was', 'is', 'were', 'would', 'will', 'had', 'reportedly', 'clearly', 'simply', 'recently', 'further', 'initially', 'first', 'last', 'who', 'subsequently', 'privately', 'openly', 'explicitly', 'repeated', 'previously', 'just', 'only', 'both', 'all', 'themselves', 'himself', 'herself', 'itself', 'then']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that open a clause of its own after a quotation: its speaker is not the quotation's. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'because', 'when', 'after', 'before', 'since', 'whilst']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'some', 'several', 'many', 'two', 'three', 'other', 'both', 'all', 'most', 'one']);
/** words that stop a speaker noun phrase read backwards */
const NP_STOP = new Set(['and', 'or', 'but', 'though', 'although', 'whereas', 'since', 'so', 'yet', 'because', 'unless', 'until', 'where', 'what', 'how', 'why', 'that', 'which', 'while', 'as', 'if', 'when', 'because', 'after', 'before', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'than', 'said', 'says', 'not', 'no', 'it', 'this', 'there']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'evening', 'afternoon', 'night', 'week', 'weekend', 'month', 'year', 'earlier', 'later', 'last', 'this']);

interface Ctx {
  doc: Doc;
  people: People;
  /** token index -> person mention index */
  mentionAt: Map<number, number>;
  /** quote intervals (normalized offsets, marks included) */
  inside: Span[];
}

type ParagraphSpan = Readonly<Span & { first: number; last: number }>;

const paragraphSpans = new WeakMap<Doc, Map<number, ParagraphSpan>>();

/** The span of a paragraph's sentences, and its first and last sentence; the paragraphs of a telling are found in one pass. */
function paragraphSpan(doc: Doc, p: number): ParagraphSpan | undefined {
  let spans = paragraphSpans.get(doc);
  if (!spans) {
    const firstLast = new Map<number, [number, number]>();
    doc.sentences.forEach((s, i) => {
      const fl = firstLast.get(s.paragraph);
      if (fl) fl[1] = i;
      else firstLast.set(s.paragraph, [i, i]);
    });
    spans = new Map();
    for (const [q, [first, last]] of firstLast) spans.set(q, { start: doc.sentences[first]!.normStart, end: doc.sentences[last]!.normEnd, first, last });
    paragraphSpans.set(doc, spans);
  }
  return spans.get(p);
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Quotation marks of a paragraph, paired: [open, close) where close is the closing mark's offset. */
function marks(norm: string, start: number, end: number): Array<{ open: number; close: number }> {
  const out: Array<{ open: number; close: number }> = [];
  const dq: number[] = [];
  for (let i = start; i < end; i++) if (norm[i] === '"') dq.push(i);
  for (let k = 0; k < dq.length; k += 2) {
    const open = dq[k]!;
    const close = k + 1 < dq.length ? dq[k + 1]! : end; // an open quotation runs to the paragraph's end
    if (close > open + 1) out.push({ open, close });
  }
  // single quotes outside double ones: open before a word, close after one
  const insideDouble = (i: number) => out.some((q) => i > q.open && i < q.close);
  let open = -1;
  for (let i = start; i < end; i++) {
    if (norm[i] !== "'" || insideDouble(i)) continue;
    const before = i > start ? norm[i - 1] : ' ';
    const after = norm[i + 1];
    if (open < 0) {
      if (!isLetter(before) && before !== "'" && after !== undefined && /\p{L}/u.test(after)) open = i;
      continue;
    }
    // a closing mark: after a word or its punctuation, not before a letter ("Ukraine's", "rock 'n' roll")
    const closes = (isLetter(before) || /[.,!?]/.test(before ?? '')) && !isLetter(after);
    if (!closes) {
      if (/[.!?]/.test(norm[i - 1] ?? '') && norm[i - 2] !== undefined) continue;
      continue;
    }
    // "Ukrainians' homes": a plural possessive closes nothing unless the words between are few
    const inner = norm.slice(open + 1, i);
    if (/s$/.test(inner) && after === ' ' && /^\s\p{Ll}/u.test(norm.slice(i + 1, i + 3)) && inner.split(' ').length > 8) continue;
    if (inner.split(' ').length <= 25 && !/[.!?] \p{Lu}/u.test(inner)) out.push({ open, close: i });
    open = -1;
  }
  return out.sort((a, b) => a.open - b.open);
}

function tokenAt(doc: Doc, offset: number): number {
  // first token starting at or after offset
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function gapBefore(doc: Doc, i: number): string {
  return i > 0 ? doc.norm.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start) : '';
}

/** The offset lies inside a quotation (spans in text order, not overlapping: a binary search). */
function insideQuote(ctx: Ctx, offset: number): boolean {
  const spans = ctx.inside;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  const q = spans[lo - 1];
  return q !== undefined && offset < q.end;
}

function isSpeechVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (!SPEECH_VERBS.has(t.lower)) return false;
  // "are reported to be", "was told": passive forms report nothing said by the subject
  // the word before counts only when nothing stands between them: in '"… like this," said Rubio' the
  // quotation ends before "said"
  const prev = i > 0 && /^\s+$/.test(doc.norm.slice(doc.tokens[i - 1]!.end, t.start)) ? doc.tokens[i - 1]!.lower : '';
  if (BE.has(prev) && /ed$|told|written/.test(t.lower)) return false;
  // a capitalized form mid-sentence is a name, not a verb ("Will", "Post")
  if (/^\p{Lu}/u.test(t.text) && t.capitalized) return false;
  // a noun use: "the call", "a report", "his claim"
  if (DETERMINERS.has(prev) || prev === 'this' || prev === 'that') return false;
  const next = doc.tokens[i + 1];
  if (next && next.sentence === t.sentence && next.lower === 'of' && doc.norm.slice(t.end, next.start) === ' ') return false;
  return true;
}

function personSpeaker(ctx: Ctx, m: number): Speaker {
  const men = ctx.people.mentions[m]!;
  const p = ctx.people.persons[men.person]!;
  return { text: men.text, start: men.start, end: men.end, kind: 'person', person: men.person, name: p.name, key: p.surname };
}

/** How many sentences back "he" or "she" may find its person. */
const PRONOUN_REACH = 4;

/** "he"/"she" at token i: the nearest earlier person mention of a fitting gender, outside quotations. */
function resolvePronoun(ctx: Ctx, i: number): Speaker | undefined {
  const t = ctx.doc.tokens[i]!;
  const g = PERSON_PRONOUNS[t.lower];
  if (g !== 'm' && g !== 'f') return undefined;
  const ms = ctx.people.mentions;
  let fallback: (typeof ms)[number] | undefined;
  // mentions are in text order: start from the last one before the pronoun (binary search)
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.tokens[0] < i) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const men = ms[k]!;
    if (men.tokens[1] > i) continue;
    // a person named long before, or only inside a quotation, is not who "he" is
    if (men.sentence < t.sentence - PRONOUN_REACH) break;
    if (insideQuote(ctx, men.start)) continue;
    const p = ctx.people.persons[men.person]!;
    // first-name genders are a guide, not a rule: the nearest person of another gender is kept as a fallback
    if (p.gender && p.gender !== g) {
      fallback ??= men;
      continue;
    }
    return { text: t.text, start: t.start, end: t.end, kind: 'person', person: men.person, name: p.name, key: p.surname };
  }
  if (fallback) {
    const p = ctx.people.persons[fallback.person]!;
    return { text: t.text, start: t.start, end: t.end, kind: 'person', person: fallback.person, name: p.name, key: p.surname };
  }
  return { text: t.text, start: t.start, end: t.end, kind: 'group', name: t.lower, key: t.lower };
}

/** The speaker named by the words ending at token k (a person, a pronoun, an organisation or a group). */
function speakerEndingAt(ctx: Ctx, k: number, lo: number): Speaker | undefined {
  const { doc } = ctx;
  // a time between the speaker and the verb: "Kwame Mensah on Friday called it ..."
  while (k > lo && TIME_WORDS.has(doc.tokens[k]!.lower)) {
    k--;
    if (k > lo && ['on', 'last', 'this', 'late', 'early', 'earlier'].includes(doc.tokens[k]!.lower)) k--;
  }
  if (k < lo) return undefined;
  const m = ctx.mentionAt.get(k);
  if (m !== undefined) return personSpeaker(ctx, m);
  const t = doc.tokens[k]!;
  if (t.lower === 'he' || t.lower === 'she') return resolvePronoun(ctx, k);
  if (PERSON_PRONOUNS[t.lower] || t.lower === 'it') return { text: t.text, start: t.start, end: t.end, kind: 'group', name: t.lower, key: t.lower };
  // an organisation or a group: "the Security Service of Ukraine (SBU)", "Russian authorities", "analysts"
  if (NP_STOP.has(t.lower) || ADVERBS.has(t.lower) || !/^[\p{L}]/u.test(t.text)) return undefined;
  if (SPEECH_VERBS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) return undefined;
  let s = k;
  while (s > lo && k - s < 6) {
    const g = gapBefore(doc, s);
    const prev = doc.tokens[s - 1]!;
    if (!(g === ' ' || g === '-' || g === '. ' && prev.lower.includes('.') || /^ \(?$/.test(g))) break;
    if (NP_STOP.has(prev.lower) && prev.lower !== 'of') break;
    if (DETERMINERS.has(prev.lower)) {
      s--;
      break;
    }
    if (SPEECH_VERBS.has(prev.lower)) break;
    s--;
  }
  while (s < k && ['of', 'the', 'a', 'an'].includes(doc.tokens[s]!.lower)) s++;
  const start = doc.tokens[s]!.start;
  const end = t.end;
  const text = doc.norm.slice(start, end);
  // a person inside the group words ("President Trump's spokesman") does not make it the person
  return { text, start, end, kind: 'group', name: text, key: text.toLowerCase().replace(/^(the|a|an) /, '') };
}

/** A person opening the sentence and followed by a comma (an appositive follows), before token k. */
function appositiveLead(ctx: Ctx, a: number, k: number): Speaker | undefined {
  let j = a;
  while (j < k && ['the', 'a', 'an'].includes(ctx.doc.tokens[j]!.lower)) j++;
  const m = ctx.mentionAt.get(j);
  if (m === undefined) return undefined;
  const men = ctx.people.mentions[m]!;
  if (men.tokens[1] >= k || !/^\s*,/.test(gapBefore(ctx.doc, men.tokens[1]))) return undefined;
  return personSpeaker(ctx, m);
}

/** Sentence token range of sentence si. */
const range = (doc: Doc, si: number) => doc.sentenceTokens[si]!;

/**
 * The subject of the speech verb at token v: the words right before it (skipping adverbs, "has",
 * and an inserted clause between dashes, brackets or commas), or for a participle ("stating",
 * "adding") and a verb after "and", the subject of the sentence's first speech verb or its first
 * person.
 */
function subjectOf(ctx: Ctx, v: number, sentenceSubject?: Speaker): Speaker | undefined {
  const { doc } = ctx;
  const [a] = range(doc, doc.tokens[v]!.sentence);
  const participle = SPEECH_PARTICIPLES.has(doc.tokens[v]!.lower);
  let k = v - 1;
  while (k >= a && (ADVERBS.has(doc.tokens[k]!.lower) || /^[a-z]+ly$/.test(doc.tokens[k]!.text)) && !/[,;:\u2014"]/.test(gapBefore(doc, k + 1))) k--;
  const g = k >= a ? gapBefore(doc, k + 1) : '';
  if (!participle && k >= a && doc.tokens[k]!.lower !== 'and' && !/"/.test(g)) {
    // an inserted clause: "Rubio — who has been following the talks — said", "X, who ..., said"
    if (/\u2014|\)|,|\s-\s/.test(g)) {
      for (let j = k; j > a; j--) {
        const gj = gapBefore(doc, j);
        if (/\u2014|\(|\s-\s/.test(gj) || (/,/.test(gj) && ['who', 'which'].includes(doc.tokens[j]!.lower))) {
          const s = speakerEndingAt(ctx, j - 1, a);
          if (s) return s;
          break;
        }
      }
      // a comma before the verb: "…," Rubio said / "In Kyiv, officials said"
    }
    if (!/\u2014|\)|\s-\s/.test(g)) {
      const s = speakerEndingAt(ctx, k, a);
      // "Michael Driscoll, the assistant director of the FBI's field office said": the person, not the
      // office; "Oleksandr Hrytsenko, the mayor of Velyka Dolyna, said": the person, not the town
      if (s && (s.kind === 'group' || /,/.test(g))) {
        const lead = appositiveLead(ctx, a, k);
        if (lead) return lead;
      }
      if (s) return s;
    }
  }
  if (sentenceSubject) return sentenceSubject;
  if (!participle && doc.tokens[k]?.lower !== 'and') return undefined;
  // the sentence's first person, pronoun or named group before the verb
  for (let j = a; j < v; j++) {
    if (insideQuote(ctx, doc.tokens[j]!.start)) continue;
    const m = ctx.mentionAt.get(j);
    if (m !== undefined) {
      // the end of the mention
      let e = j;
      while (ctx.mentionAt.get(e + 1) === m) e++;
      return personSpeaker(ctx, m);
    }
    const t = doc.tokens[j]!;
    if (t.lower === 'he' || t.lower === 'she') return resolvePronoun(ctx, j);
  }
  return undefined;
}

/** The cue: the verb with the words of its frame after it ("told reporters in Kyiv", "posted on X that"). */
function cueOf(doc: Doc, v: number, limit: number, stopAtQuote: boolean, speaker?: Span): { cue: string; span: Span; next: number } {
  const [, b] = range(doc, doc.tokens[v]!.sentence);
  let e = v + 1;
  while (e < b && e < limit && e - v <= 6) {
    if (speaker && doc.tokens[e]!.start >= speaker.start && doc.tokens[e]!.start < speaker.end) break;
    const g = gapBefore(doc, e);
    if (/[,;:"\u2014()]/.test(g) && !(stopAtQuote === false && g === ' ')) break;
    const w = doc.tokens[e]!.lower;
    const prevWord = doc.tokens[e - 1]!.lower;
    // a name in the frame: "posted on X", "told The Associated Press"; not the object "said Watson"
    const name = /^\p{Lu}/u.test(doc.tokens[e]!.text) && (['on', 'to', 'in', 'at', 'told', 'the'].includes(prevWord) || /^\p{Lu}/u.test(doc.tokens[e - 1]!.text) && e - 1 > v);
    if (!CUE_OBJECTS.has(w) && !TIME_WORDS.has(w) && !name) break;
    e++;
    if (w === 'that') break;
  }
  // keep only a frame that ends well: drop trailing determiners and prepositions
  while (e > v + 1 && ['the', 'a', 'an', 'in', 'on', 'to', 'at', 'his', 'her', 'their', 'its'].includes(doc.tokens[e - 1]!.lower)) e--;
  const start = doc.tokens[v]!.start;
  let end = doc.tokens[e - 1]!.end;
  if (doc.norm[end] === ':') end++;
  return { cue: doc.norm.slice(start, end), span: { start, end }, next: e };
}

export function speech(doc: Doc, people: People): Speech {
  const mentionAt = new Map<number, number>();
  people.mentions.forEach((m, k) => {
    for (let i = m.tokens[0]; i < m.tokens[1]; i++) mentionAt.set(i, k);
  });
  const ctx: Ctx = { doc, people, mentionAt, inside: [] };
  const quotes: Quote[] = [];
  const statements: Statement[] = [];
  const raw: Array<{ open: number; close: number; paragraph: number }> = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const ps = paragraphSpan(doc, p);
    if (!ps) continue;
    for (const m of marks(doc.norm, ps.start, ps.end)) raw.push({ ...m, paragraph: p });
  }
  ctx.inside = raw.map((m) => ({ start: m.open, end: m.close + 1 }));

  // the quotations, with their attribution
  let prevInParagraph: Quote | undefined;
  let prevParagraph = -1;
  let lastQuote: Quote | undefined;
  let lastQuoteEndsParagraph = false;
  for (let qi = 0; qi < raw.length; qi++) {
    const m = raw[qi]!;
    if (m.paragraph !== prevParagraph) prevInParagraph = undefined;
    prevParagraph = m.paragraph;
    let s = m.open + 1;
    let e = m.close;
    while (s < e && doc.norm[s] === ' ') s++;
    while (e > s && doc.norm[e - 1] === ' ') e--;
    if (e <= s || !/[\p{L}\p{N}]/u.test(doc.norm.slice(s, e))) continue;
    const first = tokenAt(doc, s);
    if (first >= doc.tokens.length) continue;
    const si = doc.tokens[first]!.sentence;
    const [a, b] = range(doc, si);
    const q: Quote = { paragraph: m.paragraph, sentence: si, segments: [{ start: s, end: e }], start: s, end: e, text: doc.norm.slice(s, e), partial: false };
    const inner = doc.norm.slice(s, e);
    // partial: the quotation stands inside a sentence of the writer's own words
    const sentStart = doc.sentences[si]!.normStart;
    const lastTok = tokenAt(doc, m.close) - 1;
    const closesSentence = lastTok >= 0 && doc.tokens[lastTok]!.sentence === si && tokenAt(doc, m.close + 1) >= b;
    const wordsBefore = tokenAt(doc, m.open) - a;
    q.partial = inner.split(' ').length <= 8 && !/^\p{Lu}/u.test(inner) || (wordsBefore > 0 && closesSentence && !/[,]$/.test(inner) && inner.split(' ').length <= 12 && !/^\p{Lu}/u.test(inner));
    void sentStart;

    // 1. after the quotation: "…," Rubio said / "…," said Rubio / "…?" he asked
    const afterTok = tokenAt(doc, m.close + 1);
    const lim = afterTok < doc.tokens.length ? range(doc, doc.tokens[afterTok]!.sentence)[1] : b;
    const sameOrNext = afterTok < doc.tokens.length && (doc.tokens[afterTok]!.sentence === doc.tokens[Math.max(0, tokenAt(doc, m.close) - 1)]!.sentence || /[?!]$/.test(inner));
    let found = false;
    // "…', while the minister said …": a clause of its own follows, not the quotation's attribution
    const ownClause = afterTok < lim && CLAUSE_OPENERS.has(doc.tokens[afterTok]!.lower);
    if (sameOrNext && !ownClause && afterTok < lim && doc.tokens[afterTok]!.sentence <= doc.tokens[Math.max(0, tokenAt(doc, m.close) - 1)]!.sentence + 1 && (/[,?!\-]$/.test(inner) || (!/[.]$/.test(inner) && /^,/.test(doc.norm.slice(m.close + 1).trimStart())))) {
      const nextOpen = raw[qi + 1] && raw[qi + 1]!.paragraph === m.paragraph ? raw[qi + 1]!.open : Infinity;
      for (let v = afterTok; v < Math.min(lim, afterTok + 12); v++) {
        if (doc.tokens[v]!.start > nextOpen) break;
        if (v > afterTok && /[.;:]/.test(gapBefore(doc, v))) break;
        // "…," according to the ministry
        if (v === afterTok && doc.tokens[v]!.lower === 'according' && doc.tokens[v + 1]?.lower === 'to' && v + 2 < lim) {
          let e2 = v + 2;
          while (e2 + 1 < lim && !/[,.;:"]/.test(gapBefore(doc, e2 + 1))) e2++;
          const mk = mentionAt.get(v + 2) ?? mentionAt.get(e2);
          const sp = mk !== undefined ? personSpeaker(ctx, mk) : speakerEndingAt(ctx, e2, v + 2);
          if (sp) {
            q.speaker = sp;
            q.cue = 'according to';
            q.cueSpan = { start: doc.tokens[v]!.start, end: doc.tokens[v + 1]!.end };
            found = true;
          }
          break;
        }
        if (!isSpeechVerb(doc, v)) continue;
        let sp = v > afterTok ? speakerEndingAt(ctx, v - 1, afterTok) : undefined;
        // "…," Smith, the party's chairman, said
        let lead: number | undefined;
        for (let k = afterTok; k < Math.min(v, afterTok + 4) && lead === undefined; k++) lead = mentionAt.get(k);
        if (v > afterTok + 1 && lead !== undefined && /,/.test(gapBefore(doc, v)) && /,/.test(gapBefore(doc, ctx.people.mentions[lead]!.tokens[1])) && ctx.people.mentions[lead]!.tokens[1] < v) sp = personSpeaker(ctx, lead);
        else if (v - afterTok > 5 && (!sp || sp.kind !== 'person')) break;
        let stopAt = sp ? sp.start : Infinity;
        if (!sp && v === afterTok) {
          // "said Rubio", "said Senator Hugh Partridge", "said the spokesman"
          let last = -1;
          for (let k = v + 1; k < Math.min(lim, v + 7); k++) {
            if (k > v + 1 && /[,.;:"]/.test(gapBefore(doc, k))) break;
            const mk = mentionAt.get(k);
            if (mk !== undefined) {
              sp = personSpeaker(ctx, mk);
              stopAt = ctx.people.mentions[mk]!.roleStart ?? sp.start;
              break;
            }
            last = k;
          }
          if (!sp && last > v && !CUE_OBJECTS.has(doc.tokens[last]!.lower)) {
            sp = speakerEndingAt(ctx, last, v + 1);
            if (sp) stopAt = sp.start;
          }
        }
        if (sp) {
          const c = cueOf(doc, v, nextOpen === Infinity ? lim : tokenAt(doc, nextOpen), true, { start: Math.min(stopAt, sp.start), end: sp.end });
          q.speaker = sp;
          q.cue = c.cue;
          q.cueSpan = c.span;
          found = true;
          // a split quotation: "…," he said, "…"
          const nx = raw[qi + 1];
          if (nx && nx.paragraph === m.paragraph && /^[,:]?\s*$/.test(doc.norm.slice(doc.tokens[c.next - 1]!.end, nx.open)) && /[,]$/.test(inner)) {
            let s2 = nx.open + 1;
            let e3 = nx.close;
            while (s2 < e3 && doc.norm[s2] === ' ') s2++;
            while (e3 > s2 && doc.norm[e3 - 1] === ' ') e3--;
            q.segments.push({ start: s2, end: e3 });
            q.end = e3;
            q.text += ' ' + doc.norm.slice(s2, e3);
            q.partial = false;
            qi++;
          }
        }
        break;
      }
    }
    // 1b. at the end of the sentence: "…" to negotiate a plea, Johnson told The Associated Press.
    if (!found && afterTok < lim && !q.partial) {
      const nextOpen = raw[qi + 1] && raw[qi + 1]!.paragraph === m.paragraph ? raw[qi + 1]!.open : Infinity;
      for (let v = afterTok + 1; v < lim; v++) {
        if (doc.tokens[v]!.start > nextOpen) break;
        if (!isSpeechVerb(doc, v) || SPEECH_PARTICIPLES.has(doc.tokens[v]!.lower)) continue;
        const c = cueOf(doc, v, lim, true);
        if (c.next < lim) continue;
        // the subject stands between a comma and the verb: ", Inspector Paul Ryder told …"
        let j = v - 1;
        while (j > afterTok && !/,\s*$/.test(gapBefore(doc, j))) j--;
        if (j <= afterTok || v - j > 6) continue;
        const sp = speakerEndingAt(ctx, v - 1, afterTok);
        if (!sp) continue;
        q.speaker = sp;
        q.cue = c.cue;
        q.cueSpan = c.span;
        found = true;
        break;
      }
    }
    // 2. before it, in the same sentence: the nearest speech verb outside quotations
    if (!found) {
      const openTok = tokenAt(doc, m.open);
      for (let v = openTok - 1; v >= a; v--) {
        if (insideQuote(ctx, doc.tokens[v]!.start)) continue;
        if (!isSpeechVerb(doc, v)) continue;
        const lemma = SPEECH_VERBS.get(doc.tokens[v]!.lower)!;
        if (WEAK_VERBS.has(lemma) && openTok - v > 3) continue;
        const prevQ = prevInParagraph && prevInParagraph.sentence === si ? prevInParagraph.speaker : undefined;
        const sp = subjectOf(ctx, v, SPEECH_PARTICIPLES.has(doc.tokens[v]!.lower) ? prevQ : undefined);
        if (!sp) break;
        const c = cueOf(doc, v, openTok, false);
        q.speaker = sp;
        q.cue = c.cue;
        q.cueSpan = c.span;
        found = true;
        void AS_VERBS;
        break;
      }
    }
    // 3. a quotation continuing the paragraph's previous speaker, or, when it opens a paragraph,
    // the speaker of the quotation that closed the paragraph before ("…," Smith said. / "…")
    const opensParagraph = doc.paragraphs[m.paragraph] !== undefined && m.open === paragraphSpan(doc, m.paragraph)!.start;
    const carried = prevInParagraph ?? (opensParagraph && lastQuote && lastQuote.paragraph === m.paragraph - 1 && lastQuoteEndsParagraph ? lastQuote : undefined);
    if (!found && carried?.speaker && !q.partial) {
      q.speaker = carried.speaker;
      if (carried.cue) q.cue = carried.cue;
      if (carried.cueSpan) q.cueSpan = carried.cueSpan;
    }
    quotes.push(q);
    prevInParagraph = q;
    lastQuote = q;
    const ps = paragraphSpan(doc, m.paragraph)!;
    // the paragraph ends with this quotation's sentence
    lastQuoteEndsParagraph = doc.tokens[Math.max(0, tokenAt(doc, m.close) - 1)]!.sentence === ps.last;
  }

  // reported speech: a speech verb outside quotations with the clause it introduces
  for (let si = 0; si < doc.sentences.length; si++) {
    const [a, b] = range(doc, si);
    let sentenceSubject: Speaker | undefined;
    for (let v = a; v < b; v++) {
      if (insideQuote(ctx, doc.tokens[v]!.start)) continue;
      if (!isSpeechVerb(doc, v)) continue;
      // the verb that attributes a direct quotation introduces no reported speech of its own
      // ('"...," Becker told reporters at the scene')
      const at = doc.tokens[v]!.start;
      if (quotes.some((q) => q.cueSpan && at >= q.cueSpan.start && at < q.cueSpan.end)) continue;
      const participle = SPEECH_PARTICIPLES.has(doc.tokens[v]!.lower);
      const sp = subjectOf(ctx, v, participle || doc.tokens[v - 1]?.lower === 'and' ? sentenceSubject : undefined);
      if (!sp) continue;
      sentenceSubject ??= sp;
      // the content: after "that", or right after the verb and its frame
      let c = v + 1;
      for (let k = v + 1; k < Math.min(b, v + 8); k++) {
        if (/[,;:"\u2014()]/.test(gapBefore(doc, k))) break;
        if (doc.tokens[k]!.lower === 'that') {
          c = k + 1;
          break;
        }
      }
      if (c === v + 1) {
        // skip a frame: "told reporters in Kyiv", "said on Friday"
        const w = doc.tokens[c]?.lower ?? '';
        if (['reporters', 'journalists'].includes(w)) c++;
        while (c < b && ['on', 'in', 'at'].includes(doc.tokens[c]!.lower) && c + 1 < b && TIME_WORDS.has(doc.tokens[c + 1]!.lower)) c += 2;
      }
      if (c >= b || /["]/.test(gapBefore(doc, c)) || /^\s*[,:]/.test(gapBefore(doc, c))) continue;
      // the end: a semicolon, a quotation, a colon, or the next speech verb after a comma or "and"
      let e = c;
      while (e < b) {
        const g = gapBefore(doc, e);
        if (e > c && (/[;:"\u2014]/.test(g) || /\s-\s/.test(g))) break;
        if (e > c && isSpeechVerb(doc, e) && (/,/.test(g) || doc.tokens[e - 1]!.lower === 'and' || SPEECH_PARTICIPLES.has(doc.tokens[e]!.lower))) {
          if (doc.tokens[e - 1]!.lower === 'and' && e - 1 > c) e--;
          break;
        }
        if (e > c && /,/.test(g) && SPEECH_PARTICIPLES.has(doc.tokens[e]!.lower)) break;
        e++;
      }
      if (e - c < 3) continue;
      const cue = cueOf(doc, v, c, false);
      // "said the line would open in 2027 and that its cost had risen": two statements, each its own
      const parts: Array<[number, number]> = [];
      let from = c;
      for (let k = c + 3; k + 1 < e; k++) {
        if (doc.tokens[k]!.lower !== 'and' || doc.tokens[k + 1]!.lower !== 'that' || e - (k + 2) < 3) continue;
        parts.push([from, k]);
        from = k + 2;
      }
      parts.push([from, e]);
      for (const [x, y] of parts) {
        const start = doc.tokens[x]!.start;
        const end = doc.tokens[y - 1]!.end;
        statements.push({ sentence: si, speaker: sp, verb: SPEECH_VERBS.get(doc.tokens[v]!.lower)!, cue: cue.cue, cueSpan: cue.span, start, end, text: doc.norm.slice(start, end) });
      }
    }
  }
  return { quotes, statements };
}
