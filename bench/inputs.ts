/** Inputs of the bench: the reference pair, the batch items, and source material for long pairs. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/text/doc.js';
import { prng } from './synth.js';

/** The repository root (dist/bench/ is two levels down). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');

export interface Pair {
  name: string;
  basePath: string;
  revisedPath: string;
  base: string;
  revised: string;
}

function readPair(name: string, dir: string): Pair {
  const basePath = join(dir, 'base.txt');
  const revisedPath = join(dir, 'revised.txt');
  return { name, basePath, revisedPath, base: readFileSync(basePath, 'utf8'), revised: readFileSync(revisedPath, 'utf8') };
}

/** ../shared/cases/miami-talks when present, else examples/harbor-fire. */
export function referencePair(): Pair {
  const miami = join(SHARED, 'cases', 'miami-talks');
  if (existsSync(join(miami, 'base.txt')) && existsSync(join(miami, 'revised.txt'))) return readPair('../shared/cases/miami-talks', miami);
  return readPair('examples/harbor-fire', join(ROOT, 'examples', 'harbor-fire'));
}

export interface Item {
  id: string;
  base: string;
  revised: string;
}

export interface Batch {
  name: string;
  /** a JSON lines file the CLI can read, when the batch comes from one */
  path?: string;
  items: Item[];
}

export const SUMMEDITS = join(SHARED, 'data', 'summedits', 'news-dev.jsonl');
const FRANK = join(SHARED, 'data', 'frank', 'val.jsonl');
const REVISIONS = join(SHARED, 'data', 'revisions', 'dev.jsonl');

const readItems = (path: string): Item[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item)
    .map(({ id, base, revised }) => ({ id, base, revised }));

/** Items in a batch of the bench. */
export const BATCH_SIZE = 1000;

/**
 * 1,000 real items from ../shared/data when present: the SummEdits development items (133), the
 * FRANK validation items (671, model summaries of news articles) and as many GOV.UK revisions as
 * fill it up (196), in that order. Else 60 summary-like items made from the examples: each revised
 * text is three to six sentences of the example's revision, in order.
 */
export function batch(): Batch {
  if (existsSync(SUMMEDITS) && existsSync(FRANK) && existsSync(REVISIONS)) {
    const items = [...readItems(SUMMEDITS), ...readItems(FRANK), ...readItems(REVISIONS)].slice(0, BATCH_SIZE);
    return { name: '../shared/data: SummEdits dev, FRANK validation, GOV.UK revisions', items };
  }
  const pair = readPair('examples/harbor-fire', join(ROOT, 'examples', 'harbor-fire'));
  const sents = sentencesOf(pair.revised);
  const next = prng(11);
  const items: Item[] = [];
  for (let k = 0; k < 60; k++) {
    const n = 3 + Math.floor(next() * 4);
    const picked = sents.filter(() => next() < n / sents.length);
    items.push({ id: `example-${k}`, base: pair.base, revised: picked.join(' ') });
  }
  return { name: 'examples/harbor-fire (60 summary-like items)', items };
}

/** Body sentences of a text, white space collapsed. */
export function sentencesOf(text: string): string[] {
  const doc = analyze(text);
  return doc.sentences
    .filter((s) => s.kind === 'body' || s.kind === 'summary')
    .map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 6);
}

/** Sentences of every available article: the examples, the shared cases and the SummEdits documents. */
export function sourceSentences(): string[] {
  const texts: string[] = [];
  const ex = join(ROOT, 'examples', 'harbor-fire');
  texts.push(readFileSync(join(ex, 'base.txt'), 'utf8'), readFileSync(join(ex, 'revised.txt'), 'utf8'));
  const miami = join(SHARED, 'cases', 'miami-talks');
  if (existsSync(join(miami, 'base.txt'))) texts.push(readFileSync(join(miami, 'base.txt'), 'utf8'), readFileSync(join(miami, 'revised.txt'), 'utf8'));
  if (existsSync(SUMMEDITS)) {
    const docs = new Set<string>();
    for (const l of readFileSync(SUMMEDITS, 'utf8').split('\n')) if (l.trim()) docs.add((JSON.parse(l) as Item).base);
    texts.push(...docs);
  }
  return [...new Set(texts.flatMap(sentencesOf))];
}

/** Single-word WordNet lemmas (4 to 12 letters) from the built table; a small fixed list without it. */
export function vocabulary(): string[] {
  const path = join(ROOT, 'dist', 'data', 'wordnet.txt');
  if (!existsSync(path)) return ['harbor', 'warehouse', 'council', 'inspector', 'shipment', 'tribunal', 'frontier', 'deposit'];
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.startsWith('s ')) continue;
    const w = line.slice(2, line.indexOf(' ', 2));
    if (/^[a-z]{4,12}$/.test(w)) out.push(w);
  }
  return out;
}
