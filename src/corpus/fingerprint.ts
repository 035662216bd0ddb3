/**
 * The fingerprint of a telling, for story grouping: what tells one real-world event from another of
 * the same kind. Named people, places and organisations, dates and quantities come from the library's
 * extractors (src/extract) run over the lead of the article (the headline and the first paragraphs,
 * where news puts who, where and when); content words and numbers come from a cheap pass over the
 * whole text (src/text tokens and stems). The MinHash set for the candidate index is the rarer part
 * of both (see `sketchSet`).
 *
 * A fingerprint is plain data with a compact JSON form (`encodeFingerprint`), so a store keeps it and
 * any worker can score against it without the text.
 */
import { analyze } from '../text/doc.js';
import { words, stem } from '../text/tokens.js';
import { normalizedText } from '../text/normalize.js';
import { entities } from '../extract/people.js';
import { dates } from '../extract/dates.js';
import { quantities, quantityKey } from '../extract/quantities.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { senseCount } from '../text/lexicon.js';
import { bandKeys, hash32, minhash } from './minhash.js';

export interface Fingerprint {
  /** hashed content terms (word stems `w:`, numbers `n:`) of the whole text: sorted, distinct, 32-bit */
  terms: Uint32Array;
  /** hashed content terms of the headline and the first sentences (LEAD_TERMS_WORDS words): what the event is */
  lead: Uint32Array;
  /** named entities of the lead: `p:` person (surname), `l:` place, `o:` organisation, `x:` other name; sorted */
  names: string[];
  /** the names among them that stand in the headline and first sentences (LEAD_TERMS_WORDS words) */
  top: string[];
  /** dates of the lead: `y:2008` years, `m:2008-3` month of a year, `d:3-11` day of a month; sorted */
  dates: string[];
  /** quantities of the lead as unit and value (`peopl|#4`, `USD|$USD:5000000`, `months|dur:months:6`); sorted */
  quantities: string[];
  /** publication time (ms since the epoch), when known */
  publishedAt: number | null;
  /** words in the whole text */
  words: number;
}

/** The lead: whole lines from the top until this many words (the rest is read by the cheap pass only). */
export const LEAD_WORDS = 160;

/** Words of the top of the text whose terms say what happened (the headline and first sentence or two). */
export const LEAD_TERMS_WORDS = 50;

/** Words never taken as content terms: stop words, and news furniture that says nothing of the event. */
const FURNITURE = new Set(['update', 'updated', 'posted', 'published', 'reporter', 'reporters', 'news', 'story', 'report', 'reported', 'am', 'pm', 'edt', 'est', 'gmt', 'utc', 'pst', 'pdt', 'cst', 'cdt', 'mr', 'mrs', 'ms', 'dr']);

/** The top of a text: whole lines until `leadWords` words (or exactly that many words when `cut`). */
function leadOf(text: string, leadWords: number, cut = false): string {
  let n = 0;
  let end = 0;
  while (end < text.length && n < leadWords) {
    let nl = text.indexOf('\n', end);
    if (nl < 0) nl = text.length;
    const ws = words(text.slice(end, nl));
    if (cut && n + ws.length > leadWords) return text.slice(0, end + ws[leadWords - n]!.start);
    n += ws.length;
    end = nl + 1;
  }
  return text.slice(0, Math.min(end, text.length));
}

function entityKey(kind: string, text: string, country: string | undefined): string | null {
  const lower = text.toLowerCase().replace(/\.$/, '');
  switch (kind) {
    case 'person': {
      const ws = lower.split(/\s+/).filter((w) => !/^(jr|sr|ii|iii)\.?$/.test(w));
      return ws.length ? 'p:' + ws[ws.length - 1] : null;
    }
    case 'place':
      return 'l:' + (country ?? lower);
    case 'nationality':
      return country ? 'l:' + country : null;
    case 'organisation':
      return 'o:' + lower;
    default:
      return lower.length > 2 ? 'x:' + lower : null;
  }
}

function sortedUnique(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}

/**
 * Words with more WordNet senses than this are common words: they stay content terms for scoring but
 * are left out of the MinHash set, whose job is to bring articles that share rare words together.
 */
export const SKETCH_MAX_SENSES = 2;

/**
 * What a word is as a content term, by its text as written: -1 when it is none (a stop word, news
 * furniture, under three letters), else its hash times 2, plus 1 when it is rare enough for the
 * sketch. Stemming, the WordNet look-up and the hash of every word of every article were a third of
 * the time to fingerprint one; news repeats its words.
 */
const TERM_MEMO = new Map<string, number>();
const TERM_MEMO_SIZE = 500_000;

function wordTerm(t: string): number {
  let v = TERM_MEMO.get(t);
  if (v !== undefined) return v;
  const lower = t.toLowerCase();
  if (lower.length < 3 || STOP_WORDS.has(lower) || FURNITURE.has(lower)) v = -1;
  else v = hash32('w:' + stem(lower)) * 2 + (senseCount(lower) <= SKETCH_MAX_SENSES ? 1 : 0);
  if (TERM_MEMO.size < TERM_MEMO_SIZE) TERM_MEMO.set(t, v);
  return v;
}

/**
 * The content terms of a text: hashed stems of content words and numbers written with digits; and
 * the rarer part of them (numbers, words unknown to WordNet or with few senses) for the sketch; and
 * the terms of its first `leadWords` words.
 */
export function contentTerms(text: string, leadWords = 0): { terms: Uint32Array; rare: number[]; words: number; lead: Uint32Array } {
  // hashes kept as signed 32-bit integers while collecting: small integers to a Set, where hashes at
  // or above 2^31 would be heap numbers; Uint32Array.from gives them back unsigned, and MinHash reads
  // their bits alike
  const set = new Set<number>();
  const rare = new Set<number>();
  let lead: Uint32Array | null = null;
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    if (i === leadWords && leadWords > 0) lead = Uint32Array.from(set).sort();
    const t = ws[i]!.text;
    const c = t.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 36) {
      // "2,000", "$5", "30%": by value, so that "2,000" and "2000" meet; a lone digit says little
      const v = t.replace(/[$,%]/g, '');
      if (v.length >= 2) {
        const h = hash32('n:' + v) | 0;
        set.add(h);
        rare.add(h);
      }
      continue;
    }
    const v = wordTerm(t);
    if (v < 0) continue;
    const h = Math.floor(v / 2) | 0;
    if (set.has(h)) continue;
    set.add(h);
    if (v % 2) rare.add(h);
  }
  const terms = Uint32Array.from(set).sort();
  return { terms, rare: Array.from(rare, (h) => h >>> 0), words: ws.length, lead: lead ?? terms };
}

/** MinHash: 128 hash functions, 64 bands of 2 rows (see minhash.ts; chosen on ECB+ development data). */
export const LSH = { hashes: 128, bands: 64, rows: 2 } as const;

/** The hash under which a name, date or quantity key counts (in the sketch and in document frequencies). */
export function keyHash(key: string): number {
  return hash32('K' + key);
}

/** A fingerprint with the LSH band keys of its sketch (the rare terms and the names). */
export interface Sketched {
  fingerprint: Fingerprint;
  bands: number[];
}

/** Fingerprints a telling as stored (headline first, one paragraph per line), with its LSH band keys. */
export function sketch(text: string, publishedAt: string | number | null = null, leadWords = LEAD_WORDS): Sketched {
  const norm = normalizedText(text);
  // the lead's terms are those of its first LEAD_TERMS_WORDS words, read in the same pass
  const { terms, rare, words: count, lead } = contentTerms(norm, LEAD_TERMS_WORDS);
  const doc = analyze(leadOf(text, leadWords));
  const names: string[] = [];
  const top: string[] = [];
  const topEnd = doc.tokens[LEAD_TERMS_WORDS]?.start ?? Infinity;
  for (const e of entities(doc)) {
    const k = entityKey(e.kind, e.text, e.country);
    if (!k) continue;
    names.push(k);
    if (e.start < topEnd) top.push(k);
  }
  const ds: string[] = [];
  for (const d of dates(doc)) {
    if (d.year !== undefined) ds.push(`y:${d.year}`);
    if (d.year !== undefined && d.month !== undefined) ds.push(`m:${d.year}-${d.month}`);
    if (d.month !== undefined && d.day !== undefined) ds.push(`d:${d.month}-${d.day}`);
  }
  const qs: string[] = [];
  for (const q of quantities(doc)) {
    if (q.kind === 'year' || (q.kind === 'count' && q.value < 2)) continue;
    qs.push(`${q.unit}|${quantityKey(q)}`);
  }
  const t = typeof publishedAt === 'string' ? Date.parse(publishedAt) : publishedAt;
  const fp: Fingerprint = {
    terms,
    lead,
    names: sortedUnique(names),
    top: sortedUnique(top),
    dates: sortedUnique(ds),
    quantities: sortedUnique(qs),
    publishedAt: t !== null && Number.isFinite(t) ? t : null,
    words: count,
  };
  for (const n of fp.names) rare.push(keyHash(n));
  return { fingerprint: fp, bands: bandKeys(minhash(rare, LSH.hashes), LSH.bands, LSH.rows) };
}

/** The fingerprint alone. */
export function fingerprint(text: string, publishedAt: string | number | null = null): Fingerprint {
  return sketch(text, publishedAt).fingerprint;
}

// --- storage form -------------------------------------------------------------------------------

/** The JSON a store keeps: terms as base64 of little-endian 32-bit words. `v` names the recipe. */
export interface EncodedFingerprint {
  v: 1;
  t: string;
  l: string;
  n: string[];
  o: string[];
  d: string[];
  q: string[];
  p: number | null;
  w: number;
}

/** Bumped when the recipe changes: fingerprints of another version are recomputed from the text. */
export const FINGERPRINT_VERSION = 1;

function toBase64(xs: Uint32Array): string {
  const buf = Buffer.alloc(xs.length * 4);
  for (let i = 0; i < xs.length; i++) buf.writeUInt32LE(xs[i]!, i * 4);
  return buf.toString('base64');
}

function fromBase64(s: string): Uint32Array {
  const buf = Buffer.from(s, 'base64');
  const xs = new Uint32Array(buf.length >>> 2);
  for (let i = 0; i < xs.length; i++) xs[i] = buf.readUInt32LE(i * 4);
  return xs;
}

export function encodeFingerprint(f: Fingerprint): string {
  const e: EncodedFingerprint = { v: 1, t: toBase64(f.terms), l: toBase64(f.lead), n: f.names, o: f.top, d: f.dates, q: f.quantities, p: f.publishedAt, w: f.words };
  return JSON.stringify(e);
}

export function decodeFingerprint(s: string): Fingerprint | null {
  let e: EncodedFingerprint;
  try {
    e = JSON.parse(s) as EncodedFingerprint;
  } catch {
    return null;
  }
  if (!e || e.v !== FINGERPRINT_VERSION) return null;
  return { terms: fromBase64(e.t), lead: fromBase64(e.l), names: e.n, top: e.o, dates: e.d, quantities: e.q, publishedAt: e.p, words: e.w };
}
