import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bandKeys, fmix32, hash32, intersectSorted, minhash } from '../../src/corpus/minhash.js';
import { decodeFingerprint, encodeFingerprint, fingerprint, LSH, sketch } from '../../src/corpus/fingerprint.js';
import { decide, MemoryGrouper, pairFeatures, survivor, type Candidate, type TermStats } from '../../src/corpus/grouping.js';
import { GROUPING_MODEL } from '../../src/corpus/grouping-model.js';
import { bcubed, readLabelled, scoreGrouping } from '../../eval/grouping.js';
import { root } from './helpers.js';

const story = (name: string) => readFileSync(join(root, 'eval', 'derivation', 'stories', name), 'utf8');

describe('minhash', () => {
  it('hashes strings to 32 bits, the same on every run, far apart for close strings', () => {
    assert.equal(hash32('harbor'), hash32('harbor'));
    assert.notEqual(hash32('harbor'), hash32('harbot'));
    for (const s of ['', 'a', 'harbor fire', 'ü']) {
      const h = hash32(s);
      assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 32);
    }
    assert.equal(fmix32(0), 0);
  });

  it('estimates Jaccard similarity within a few points with 128 hashes', () => {
    const a = Array.from({ length: 300 }, (_, i) => hash32(`w${i}`));
    const b = Array.from({ length: 300 }, (_, i) => hash32(`w${i + 100}`)); // 200 shared of 400: J = 0.5
    const sa = minhash(a, 128);
    const sb = minhash(b, 128);
    let same = 0;
    for (let i = 0; i < 128; i++) if (sa[i] === sb[i]) same++;
    assert.ok(Math.abs(same / 128 - 0.5) < 0.12, `estimate ${same / 128}`);
  });

  it('makes band keys that are safe integers, one per band, none for an empty set', () => {
    const keys = bandKeys(minhash([1, 2, 3], 128), 64, 2);
    assert.equal(keys.length, 64);
    keys.forEach((k, b) => {
      assert.ok(Number.isSafeInteger(k));
      assert.equal(Math.floor(k / 2 ** 32), b);
    });
    assert.deepEqual(bandKeys(minhash([], 128), 64, 2), []);
    assert.throws(() => bandKeys(minhash([1], 16), 64, 2), RangeError);
  });

  it('counts the intersection of sorted arrays', () => {
    assert.equal(intersectSorted([1, 3, 5, 7], [2, 3, 7, 9]), 2);
    assert.equal(intersectSorted([], [1]), 0);
  });
});

describe('fingerprint', () => {
  const text = story('ferry-strike-1.txt');

  it('takes names, dates and quantities from the lead with the library extractors, and content terms from the whole text', () => {
    const f = fingerprint(text, '2026-11-24T07:10:00Z');
    assert.ok(f.names.includes('p:whitcombe'), f.names.join(' '));
    assert.ok(f.names.some((n) => n.includes('bayside transit')), f.names.join(' '));
    assert.ok(f.dates.includes('y:2019'), f.dates.join(' '));
    assert.ok(f.quantities.some((q) => q.includes(':4000')) || f.quantities.some((q) => q.includes('4000')), f.quantities.join(' '));
    assert.ok(f.terms.length > 50);
    assert.deepEqual([...f.terms], [...f.terms].sort((a, b) => a - b), 'terms are sorted');
    assert.equal(f.publishedAt, Date.parse('2026-11-24T07:10:00Z'));
    assert.ok(f.top.every((n) => f.names.includes(n)));
  });

  it('survives its storage form and gives the same band keys on every run', () => {
    const s = sketch(text);
    assert.deepEqual(decodeFingerprint(encodeFingerprint(s.fingerprint)), s.fingerprint);
    assert.deepEqual(sketch(text).bands, s.bands);
    assert.equal(s.bands.length, LSH.bands);
    assert.equal(decodeFingerprint('{"v":99}'), null);
    assert.equal(decodeFingerprint('not json'), null);
  });

  it('gives an empty text no band keys', () => {
    const s = sketch('');
    assert.deepEqual(s.bands, []);
    assert.equal(s.fingerprint.words, 0);
  });
});

describe('grouping', () => {
  const stats: TermStats = { docs: 100, df: () => 1 };

  it('scores two reports of one event above two reports of two events of the same kind', () => {
    const a = fingerprint(story('ferry-strike-1.txt'));
    const b = fingerprint(story('ferry-strike-2.txt'));
    const c = fingerprint(story('library-roof-1.txt'));
    const same = pairFeatures(a, b, stats);
    const other = pairFeatures(a, c, stats);
    assert.ok(same.terms > other.terms && same.names > other.names, JSON.stringify({ same, other }));
  });

  it('joins the best story at or above the join threshold, merges others at or above the merge threshold, else starts a story', () => {
    const fp = fingerprint(story('ferry-strike-1.txt'));
    const near = fingerprint(story('ferry-strike-2.txt'));
    const far = fingerprint(story('vaccine-trial-1.txt'));
    const c = (articleId: number, storyId: number, f: typeof fp, storySize = 1): Candidate => ({ articleId, storyId, storySize, hits: 3, fingerprint: f });
    const lenient = { ...GROUPING_MODEL, join: 0.01, merge: 0.02 };
    const strict = { ...GROUPING_MODEL, join: 0.9999999, merge: 1 };
    assert.deepEqual(decide(fp, [], stats, lenient).stories, []);
    const d = decide(fp, [c(1, 10, near), c(2, 20, far)], stats, { ...GROUPING_MODEL, join: 0.01, merge: 1 });
    assert.deepEqual(d.stories.map((m) => m.storyId), [10]);
    assert.equal(d.stories[0]!.via, 1);
    assert.deepEqual(decide(fp, [c(1, 10, near), c(2, 20, near)], stats, lenient).stories.map((m) => m.storyId).sort(), [10, 20]);
    assert.deepEqual(decide(fp, [c(1, 10, near)], stats, strict).stories, []);
  });

  it('keeps the id of the largest story in a merge, the oldest among equals', () => {
    assert.equal(survivor([{ id: 5, size: 2 }, { id: 3, size: 7 }]), 3);
    assert.equal(survivor([{ id: 9, size: 4 }, { id: 4, size: 4 }]), 4);
  });

  it('groups a two-article corpus: rarity is taken among the other articles, not the pair', () => {
    const g = new MemoryGrouper();
    const a = g.add(1, sketch(story('ferry-strike-1.txt')));
    const b = g.add(2, sketch(story('ferry-strike-2.txt')));
    assert.equal(a.storyId, b.storyId);
    const c = g.add(3, sketch(story('library-roof-1.txt')));
    assert.notEqual(c.storyId, a.storyId);
  });

  it('merges two stories when an article bridges them, keeping the larger one\u2019s id', () => {
    const model = { ...GROUPING_MODEL, join: 0.05, merge: 0.05 };
    const g = new MemoryGrouper(model);
    // two stories that stay apart, then a text made of both
    const x = story('ferry-strike-1.txt');
    const y = story('ferry-strike-2.txt');
    const strictG = new MemoryGrouper({ ...GROUPING_MODEL, join: 1.1, merge: 1.1 });
    assert.notEqual(strictG.add(1, sketch(x)).storyId, strictG.add(2, sketch(y)).storyId);
    const s1 = g.add(1, sketch(x)).storyId;
    const s2 = g.add(2, sketch(story('vaccine-trial-1.txt'))).storyId;
    assert.notEqual(s1, s2);
    g.add(3, sketch(story('vaccine-trial-2.txt')));
    const bridge = g.add(4, sketch(x + '\n' + story('vaccine-trial-2.txt')));
    assert.ok(bridge.merged.length >= 1, JSON.stringify(bridge.decision));
    assert.equal(bridge.storyId, s2, 'the story of two articles survives');
    assert.equal(g.story(1), s2);
    assert.equal(g.stories().size, 1);
  });

  it('keeps apart the two events of each ECB+ topic in the sample (topics 3 and 12)', () => {
    const docs = readLabelled(join(root, 'eval', 'derivation', 'ecbplus-sample.jsonl'));
    const s = scoreGrouping(docs);
    assert.ok(s.precision >= 0.95, JSON.stringify(s));
    assert.ok(s.clusters <= 10 && s.clusters >= 4, JSON.stringify(s));
  });
});

describe('B-cubed', () => {
  it('is 1 for a perfect grouping and matches a hand computation', () => {
    assert.deepEqual(bcubed(['a', 'a', 'b'], ['x', 'x', 'y']), { precision: 1, recall: 1, f1: 1, clusters: 2, gold: 2 });
    // one cluster of three: precision (2/3 + 2/3 + 1/3) / 3, recall 1
    const s = bcubed([1, 1, 1], ['x', 'x', 'y']);
    assert.ok(Math.abs(s.precision - 5 / 9) < 1e-12);
    assert.equal(s.recall, 1);
    // all apart: precision 1, recall (1/2 + 1/2 + 1) / 3
    const t = bcubed([1, 2, 3], ['x', 'x', 'y']);
    assert.ok(Math.abs(t.recall - 2 / 3) < 1e-12);
    assert.throws(() => bcubed([1], []));
  });
});
