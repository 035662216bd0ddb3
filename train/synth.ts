/**
 * Synthetic training pairs for storydiff's confidence model, made deterministically from news text
 * (train/corpus/ecbplus-dev.jsonl, see its README).
 *
 * Each pair is a window of 3 to 8 consecutive sentences of one article (the base) and a revision:
 * - corrupted (consistent: false): exactly one edit that changes a fact (train/corrupt.ts), with
 *   the raw offsets of the changed words on both sides; some also carry faithful rewrites, or are
 *   summaries of the window that keep the corrupted sentence;
 * - faithful (consistent: true): one or more rewrites that keep every fact (train/rewrite.ts).
 *
 *   npm run synth -- [--seed N] [--count N] [--out FILE]
 *
 * writes JSON lines (default train/corpus/synth.jsonl, not committed: regenerate it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseArticle, type ArticleInfo } from './entities.js';
import { CORRUPTIONS, propose, type CorruptionType, type Proposal } from './corrupt.js';
import {
  activeReps, applyReps, contextSafe, dropClauseReps, dropSentences, leansBack, negationParaphraseReps, numberWordReps,
  passiveReps, reorder, spellingReps, synonymReps, titleMoveReps, typographyReps, type Rep, type RewriteType, type Work,
} from './rewrite.js';
import { Rng } from './rng.js';

export interface Article {
  id: string;
  text: string;
}

/** Half-open UTF-16 offsets into a raw string; `text` is the slice. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Edit {
  type: CorruptionType;
  /** the generator's finer kind (e.g. "weekday", "did-not", "surname") */
  kind: string;
  base: Span | null;
  revised: Span | null;
}

export interface Pair {
  id: string;
  article: string;
  /** articles that share a sentence (the same wire story) share a group: cross-validate by group */
  group: string;
  base: string;
  revised: string;
  consistent: boolean;
  edits: Edit[];
  rewrites: RewriteType[];
}

export interface SynthOptions {
  /** default 1 */
  seed?: number;
  /** number of pairs; default 4000 */
  count?: number;
  /** share of corrupted pairs; default 0.5 */
  corruptShare?: number;
  /** how often one sentence may carry a corruption of one type; default 3 */
  maxSiteUses?: number;
}

export const DEFAULT_CORPUS = fileURLToPath(new URL('../../train/corpus/ecbplus-dev.jsonl', import.meta.url));

export function loadCorpus(path = DEFAULT_CORPUS): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as Article;
      return { id: o.id, text: o.text };
    });
}

/** One JSON object per line, keys in a fixed order. */
export function toJsonl(pairs: readonly Pair[]): string {
  return pairs.map((p) => JSON.stringify(p)).join('\n') + (pairs.length ? '\n' : '');
}

// --- sentences and windows ---------------------------------------------------------------------------

/** A sentence fit for a window: real prose, not a headline, dateline, byline or link. */
export function eligible(s: string): boolean {
  const n = s.split(/\s+/).filter(Boolean).length;
  if (n < 6 || n > 70 || s.length > 500) return false;
  if (!/[.!?]["”’')]?$/.test(s) || !/^[\p{Lu}"“‘(\d]/u.test(s)) return false;
  if (/^(?:Posted|By|UPDATE|Updated|Photo|Copyright|Related|Click|Read more|Follow|Image|Source|Published|Filed)\b/i.test(s)) return false;
  if (/https?:|www\.|@|\||\.com\b|\.\.\.|…|\?\./.test(s)) return false;
  if (/ ,|\( | \)|" "/.test(s)) return false; // detokenisation left-overs
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 20 && letters.replace(/\P{Lu}/gu, '').length / letters.length < 0.3;
}

interface Prepared {
  articles: Article[];
  infos: ArticleInfo[];
  /** per article: for each sentence, [first, last] of its run of eligible sentences, or undefined */
  runs: Array<Array<[number, number] | undefined>>;
  /** corruption type -> sites (article, sentence) */
  index: Map<CorruptionType, Map<string, Array<[number, number]>>>;
  /** rewrite type -> sites for the in-sentence rewrites */
  rewriteIndex: Map<RewriteType, Array<[number, number]>>;
  /** per article: the id of its group (the smallest article id among articles sharing a sentence) */
  groups: string[];
}

/** Groups articles that share a sentence of 8 words or more (syndicated copies of one story). */
function groupArticles(articles: readonly Article[]): string[] {
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const seen = new Map<string, number>();
  articles.forEach((a, i) => {
    for (const s of a.text.split('\n')) {
      if (s.split(/\s+/).length < 8) continue;
      const k = s.trim().toLowerCase();
      const j = seen.get(k);
      if (j === undefined) seen.set(k, i);
      else {
        const [x, y] = [find(i), find(j)];
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
  });
  const best = new Map<number, string>();
  articles.forEach((a, i) => {
    const r = find(i);
    if (!best.has(r) || a.id < best.get(r)!) best.set(r, a.id);
  });
  return articles.map((_, i) => best.get(find(i))!);
}

const IN_SENTENCE: Partial<Record<RewriteType, (text: string) => Rep[]>> = {
  synonym: synonymReps,
  'negation-paraphrase': negationParaphraseReps,
  spelling: spellingReps,
  'number-words': numberWordReps,
  typography: typographyReps,
  'title-move': titleMoveReps,
  'drop-clause': (t) => dropClauseReps(t).filter((r) => !r.negated),
  'drop-negated-clause': (t) => dropClauseReps(t).filter((r) => r.negated),
  passive: passiveReps,
  active: activeReps,
};

/** The kind used to balance a type's sample: antonym pairs and quotation edits by their family only. */
export const coarseKind = (type: CorruptionType, kind: string): string => (type === 'antonym' ? 'antonym' : kind.split(':')[0]!);

export function prepare(articles: readonly Article[]): Prepared {
  const infos: ArticleInfo[] = [];
  const runs: Prepared['runs'] = [];
  const index = new Map<CorruptionType, Map<string, Array<[number, number]>>>(CORRUPTIONS.map((t) => [t, new Map()]));
  const rewriteIndex = new Map<RewriteType, Array<[number, number]>>();
  articles.forEach((art, ai) => {
    const sentences = art.text.split('\n').map((s) => s.trim());
    const info = analyseArticle(art.id, sentences);
    infos.push(info);
    const r: Array<[number, number] | undefined> = sentences.map(() => undefined);
    for (let i = 0; i < sentences.length; ) {
      if (!eligible(sentences[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < sentences.length && eligible(sentences[j + 1]!)) j++;
      if (j - i + 1 >= 3) for (let k = i; k <= j; k++) r[k] = [i, j];
      i = j + 1;
    }
    runs.push(r);
    const probe = new Rng(0);
    r.forEach((run, si) => {
      if (!run) return;
      for (const t of CORRUPTIONS) {
        for (const kind of new Set(propose(t, info.sentences[si]!, info, probe).map((x) => coarseKind(t, x.kind)))) {
          const byKind = index.get(t)!;
          byKind.set(kind, [...(byKind.get(kind) ?? []), [ai, si]]);
        }
      }
      for (const [name, f] of Object.entries(IN_SENTENCE)) {
        if (!f(sentences[si]!).length) continue;
        const list = rewriteIndex.get(name as RewriteType) ?? [];
        list.push([ai, si]);
        rewriteIndex.set(name as RewriteType, list);
      }
    });
  });
  return { articles: [...articles], infos, runs, index, rewriteIndex, groups: groupArticles(articles) };
}

// --- building one pair -----------------------------------------------------------------------------

/** A window of 3-8 sentences of the run that holds sentence `si`, containing it. */
function windowAround(run: [number, number], si: number, rng: Rng): [number, number] {
  const len = Math.min(run[1] - run[0] + 1, rng.range(3, 8));
  const lo = Math.max(run[0], si - len + 1);
  const hi = Math.min(si, run[1] - len + 1);
  const start = rng.range(lo, hi);
  return [start, start + len - 1];
}

interface Draft {
  article: number;
  window: [number, number];
  sentences: string[];
  ws: Work[];
  sep: string;
  rewrites: RewriteType[];
  edit?: { type: CorruptionType; kind: string; sentence: number; p: Proposal; original: string };
}

function startDraft(p: Prepared, ai: number, window: [number, number], rng: Rng): Draft {
  const sentences = p.infos[ai]!.sentences.slice(window[0], window[1] + 1).map((s) => s.text);
  return {
    article: ai,
    window,
    sentences,
    ws: sentences.map((text, src) => ({ src, text })),
    sep: rng.chance(0.25) ? '\n' : ' ',
    rewrites: [],
  };
}

const leansOf = (d: Draft) => {
  const memo = d.sentences.map((s) => leansBack(s));
  return (src: number) => memo[src]!;
};

/** Applies an in-sentence rewrite to up to `max` sites; returns true when something changed. */
function applyInSentence(d: Draft, name: RewriteType, rng: Rng, max: number): boolean {
  const f = IN_SENTENCE[name]!;
  const sites: Array<[Work, Rep]> = [];
  for (const w of d.ws) for (const r of f(w.text)) sites.push([w, r]);
  if (!sites.length) return false;
  const chosen = rng.shuffle(sites).slice(0, name === 'typography' ? sites.length : max);
  let n = 0;
  for (const w of d.ws) {
    const reps = chosen.filter(([x]) => x === w).map(([, r]) => r);
    if (reps.length) n += applyReps(w, reps);
  }
  if (n) d.rewrites.push(name);
  return n > 0;
}

function applyRewrite(d: Draft, name: RewriteType, rng: Rng): boolean {
  const leans = leansOf(d);
  switch (name) {
    case 'reorder': {
      const next = reorder(d.ws, leans, rng);
      if (!next) return false;
      d.ws = next;
      d.rewrites.push(name);
      return true;
    }
    case 'drop-sentence': {
      const next = dropSentences(d.ws, leans, rng, 2, rng.chance(0.7) ? 1 : 2);
      if (!next) return false;
      d.ws = next;
      d.rewrites.push(name);
      return true;
    }
    case 'summary':
      return summarise(d, rng);
    case 'passive':
    case 'active':
    case 'title-move':
      return applyInSentence(d, name, rng, 1);
    case 'drop-clause':
    case 'drop-negated-clause':
      return applyInSentence(d, name, rng, rng.range(1, 2));
    default:
      return applyInSentence(d, name, rng, rng.range(1, 3));
  }
}

/** A summary: a subset of the sentences (context-safe), some clauses dropped. */
function summarise(d: Draft, rng: Rng): boolean {
  const leans = leansOf(d);
  const n = d.ws.length;
  const keep = Math.max(n >= 4 ? 2 : 1, Math.round(n * (0.35 + rng.next() * 0.3)));
  if (keep >= n) return false;
  let next: Work[] | undefined;
  for (let k = 0; k < 60 && !next; k++) {
    const must = d.ws.filter((w) => w.mark);
    const rest = rng.shuffle(d.ws.filter((w) => !w.mark)).slice(0, keep - must.length);
    const chosen = new Set([...must, ...rest]);
    const cand = d.ws.filter((w) => chosen.has(w));
    if (contextSafe(cand, leans)) next = cand;
  }
  if (!next) return false;
  d.ws = next;
  d.rewrites.push('summary');
  const sites: Array<[Work, Rep]> = [];
  for (const w of d.ws) for (const r of dropClauseReps(w.text)) sites.push([w, r]);
  for (const [w, r] of rng.shuffle(sites).slice(0, rng.range(1, 2))) applyReps(w, [r]);
  if (rng.chance(0.3)) applyInSentence(d, 'synonym', rng, 2);
  return true;
}

const LIGHT: RewriteType[] = ['synonym', 'synonym', 'number-words', 'typography', 'title-move', 'spelling', 'negation-paraphrase', 'drop-clause', 'reorder'];

function finish(d: Draft, id: string, p: Prepared): Pair | undefined {
  const base = d.sentences.join(d.sep);
  const sep = d.rewrites.includes('summary') ? ' ' : d.sep;
  const revised = d.ws.map((w) => w.text).join(sep);
  if (revised === base) return undefined;
  const edits: Edit[] = [];
  if (d.edit) {
    const e = d.edit;
    const bStart = d.sentences.slice(0, e.sentence).reduce((n, s) => n + s.length + d.sep.length, 0) + e.p.start;
    const bEnd = bStart + (e.p.end - e.p.start);
    const wi = d.ws.findIndex((w) => w.mark);
    const w = d.ws[wi]!;
    const rStart = d.ws.slice(0, wi).reduce((n, x) => n + x.text.length + sep.length, 0) + w.mark![0];
    const rEnd = rStart - w.mark![0] + w.mark![1];
    edits.push({
      type: e.type,
      kind: e.kind,
      base: { start: bStart, end: bEnd, text: base.slice(bStart, bEnd) },
      revised: { start: rStart, end: rEnd, text: revised.slice(rStart, rEnd) },
    });
    if (edits[0]!.base!.text !== e.original || edits[0]!.revised!.text !== e.p.text) throw new Error(`offsets went wrong in ${id}`);
  }
  return {
    id,
    article: p.articles[d.article]!.id,
    group: p.groups[d.article]!,
    base,
    revised,
    consistent: !d.edit,
    edits,
    rewrites: [...new Set(d.rewrites)],
  };
}

function corruptPair(p: Prepared, type: CorruptionType, id: string, rng: Rng, uses: Map<string, number>, maxUses: number, seen: Set<string>): Pair | undefined {
  const byKind = p.index.get(type)!;
  const kinds = [...byKind.keys()].sort();
  if (!kinds.length) return undefined;
  // kinds weighted by the square root of their number of sites: rare kinds show up, without being repeated
  const weights = kinds.map((k) => Math.sqrt(byKind.get(k)!.length));
  const total = weights.reduce((a, b) => a + b, 0);
  for (let attempt = 0; attempt < 60; attempt++) {
    let r = rng.next() * total;
    let ki = 0;
    while (ki < kinds.length - 1 && r >= weights[ki]!) r -= weights[ki++]!;
    const kind = kinds[ki]!;
    const [ai, si] = rng.pick(byKind.get(kind)!);
    const key = `${type}:${kind}:${p.infos[ai]!.sentences[si]!.text}`;
    if ((uses.get(key) ?? 0) >= maxUses) continue;
    const info = p.infos[ai]!;
    const proposals = propose(type, info.sentences[si]!, info, rng).filter((x) => coarseKind(type, x.kind) === kind);
    if (!proposals.length) continue;
    const prop = rng.pick(proposals);
    const d = startDraft(p, ai, windowAround(p.runs[ai]![si]!, si, rng), rng);
    const local = si - d.window[0];
    const w = d.ws[local]!;
    const original = w.text.slice(prop.start, prop.end);
    w.text = w.text.slice(0, prop.start) + prop.text + w.text.slice(prop.end);
    w.mark = [prop.start, prop.start + prop.text.length];
    d.edit = { type, kind: prop.kind, sentence: local, p: prop, original };
    const mix = rng.next();
    if (mix < 0.15) summarise(d, rng);
    else if (mix < 0.45) for (const name of rng.shuffle(LIGHT).slice(0, rng.range(1, 2))) applyRewrite(d, name, rng);
    const pair = finish(d, id, p);
    if (!pair || seen.has(pair.base + '\u0000' + pair.revised)) continue;
    seen.add(pair.base + '\u0000' + pair.revised);
    uses.set(key, (uses.get(key) ?? 0) + 1);
    return pair;
  }
  return undefined;
}

function faithfulPair(p: Prepared, primary: RewriteType, id: string, rng: Rng, uses: Map<string, number>, maxUses: number, seen: Set<string>): Pair | undefined {
  const sites = p.rewriteIndex.get(primary);
  for (let attempt = 0; attempt < 60; attempt++) {
    let ai: number;
    let si: number;
    if (sites) {
      [ai, si] = rng.pick(sites);
      if ((uses.get(`${primary}:${p.infos[ai]!.sentences[si]!.text}`) ?? 0) >= maxUses) continue;
    } else {
      ai = rng.int(p.articles.length);
      const ok = p.runs[ai]!.map((r, i) => (r ? i : -1)).filter((i) => i >= 0);
      if (!ok.length) continue;
      si = rng.pick(ok);
    }
    const d = startDraft(p, ai, windowAround(p.runs[ai]![si]!, si, rng), rng);
    if (sites) {
      // the rewrite must land on the indexed sentence: mark the others off for this step
      const target = d.ws[si - d.window[0]]!;
      const saved = d.ws;
      d.ws = [target];
      const done = applyRewrite(d, primary, rng);
      d.ws = saved;
      if (!done) continue;
    } else if (!applyRewrite(d, primary, rng)) continue;
    if (rng.chance(0.5)) for (const name of rng.shuffle(LIGHT.filter((x) => x !== primary)).slice(0, rng.range(1, 2))) applyRewrite(d, name, rng);
    const pair = finish(d, id, p);
    if (!pair || seen.has(pair.base + '\u0000' + pair.revised)) continue;
    seen.add(pair.base + '\u0000' + pair.revised);
    if (sites) {
      const key = `${primary}:${p.infos[ai]!.sentences[si]!.text}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
    return pair;
  }
  return undefined;
}

/** Faithful recipes and their weights (summaries and plain synonyms are the commonest real rewrites). */
const RECIPES: Array<[RewriteType, number]> = [
  ['summary', 4], ['synonym', 3], ['drop-clause', 2], ['reorder', 2], ['drop-sentence', 2], ['number-words', 2],
  ['title-move', 1], ['passive', 1], ['active', 1], ['negation-paraphrase', 1], ['drop-negated-clause', 1],
  ['typography', 1], ['spelling', 1],
];

/** Pairs from articles, deterministically from the seed. */
export function synthesize(articles: readonly Article[] | Prepared, options: SynthOptions = {}): Pair[] {
  const p = 'infos' in articles ? articles : prepare(articles);
  const seed = options.seed ?? 1;
  const count = options.count ?? 4000;
  const nCorrupt = Math.round(count * (options.corruptShare ?? 0.5));
  const maxUses = options.maxSiteUses ?? 3;
  const master = new Rng(seed);
  const types = CORRUPTIONS.filter((t) => p.index.get(t)!.size > 0);
  // an in-sentence rewrite the corpus offers no site for is left out
  const recipes = RECIPES.filter(([r]) => !IN_SENTENCE[r] || (p.rewriteIndex.get(r)?.length ?? 0) > 0).flatMap(([r, w]) => Array<RewriteType>(w).fill(r));
  const tasks: Array<{ corrupt: boolean; name: string }> = [];
  for (let k = 0; k < nCorrupt; k++) tasks.push({ corrupt: true, name: types[k % types.length]! });
  for (let k = 0; k < count - nCorrupt; k++) tasks.push({ corrupt: false, name: recipes[k % recipes.length]! });
  const order = master.shuffle(tasks);
  const uses = new Map<string, number>();
  const seen = new Set<string>();
  const out: Pair[] = [];
  order.forEach((task, k) => {
    const rng = new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0);
    const id = `syn-${seed}-${String(k).padStart(5, '0')}`;
    let pair = task.corrupt
      ? corruptPair(p, task.name as CorruptionType, id, rng, uses, maxUses, seen)
      : faithfulPair(p, task.name as RewriteType, id, rng, uses, maxUses, seen);
    // a type whose sites are used up gives its place to another of its side
    for (let alt = 0; !pair && alt < 8; alt++) {
      pair = task.corrupt
        ? corruptPair(p, rng.pick(types), id, rng, uses, maxUses, seen)
        : faithfulPair(p, rng.pick(recipes), id, rng, uses, maxUses, seen);
    }
    if (pair) out.push(pair);
  });
  return out;
}

/** Counts per corruption type and per rewrite. */
export function tally(pairs: readonly Pair[]): { consistent: number; corrupted: number; types: Record<string, number>; rewrites: Record<string, number> } {
  const types: Record<string, number> = {};
  const rewrites: Record<string, number> = {};
  for (const p of pairs) {
    for (const e of p.edits) types[e.type] = (types[e.type] ?? 0) + 1;
    for (const r of p.rewrites) rewrites[r] = (rewrites[r] ?? 0) + 1;
  }
  return { consistent: pairs.filter((p) => p.consistent).length, corrupted: pairs.filter((p) => !p.consistent).length, types, rewrites };
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(arg('--seed') ?? 1);
  const count = Number(arg('--count') ?? 4000);
  const out = arg('--out') ?? fileURLToPath(new URL('../../train/corpus/synth.jsonl', import.meta.url));
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 0) {
    process.stderr.write('usage: npm run synth -- [--seed N] [--count N] [--out FILE]\n');
    process.exit(2);
  }
  const pairs = synthesize(loadCorpus(), { seed, count });
  writeFileSync(out, toJsonl(pairs));
  const t = tally(pairs);
  process.stdout.write(`${pairs.length} pairs (${t.corrupted} corrupted, ${t.consistent} faithful) -> ${out}\n`);
  process.stdout.write(`corruptions: ${JSON.stringify(t.types)}\nrewrites: ${JSON.stringify(t.rewrites)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
