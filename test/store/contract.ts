/**
 * The store's contract: what every backend must do, run against each (SQLite now; PostgreSQL in
 * part 3 runs the same function).
 */
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingVersion, Store, VersionRow } from '../../src/store/types.js';
import { GroupingConflictError, StaleInputError, StoreError } from '../../src/store/types.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { compare } from '../../src/index.js';

let n = 0;
export function version(over: Partial<IncomingVersion> & { url?: string; text?: string } = {}): IncomingVersion {
  const url = over.url ?? `https://news.example/a${++n}`;
  const text = over.text ?? `Headline ${n}\nBody of article ${n}.\n`;
  return {
    identity: over.identity ?? { kind: 'url', key: `url:${url}`, url, guid: null, path: null },
    outlet: over.outlet === undefined ? 'News' : over.outlet,
    title: over.title === undefined ? text.split('\n')[0]! : over.title,
    byline: over.byline ?? null,
    text,
    hash: over.hash ?? `h:${text}`,
    publishedAt: over.publishedAt ?? null,
    source: over.source ?? url,
  };
}

export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('is at the newest schema version after open', async () => {
      assert.equal(await store.schemaVersion(), SCHEMA_VERSION);
      assert.deepEqual(await store.stats(), { outlets: 0, articles: 0, versions: 0, comparisons: 0 });
    });

    it('stores a new article, records an unchanged fetch, and a new version only when the hash changes', async () => {
      const v1 = version({ url: 'https://news.example/fire', text: 'Fire\nTwo hurt.\n' });
      const [a] = await store.ingestBatch([v1], '2026-11-24T09:00:00.000Z');
      assert.equal(a!.status, 'new-article');
      const [b] = await store.ingestBatch([{ ...v1, text: 'Fire\nTwo hurt. \n' }], '2026-11-24T10:00:00.000Z');
      assert.deepEqual(b, { status: 'unchanged', articleId: a!.articleId, versionId: a!.versionId });
      const v2 = version({ url: 'https://news.example/fire', text: 'Fire\nThree hurt.\n' });
      const [c] = await store.ingestBatch([v2], '2026-11-24T11:00:00.000Z');
      assert.equal(c!.status, 'new-version');
      assert.equal(c!.previousVersionId, a!.versionId);
      const article = (await store.article(a!.articleId))!;
      assert.equal(article.versionCount, 2);
      assert.equal(article.currentVersionId, c!.versionId);
      assert.equal(article.firstSeenAt, '2026-11-24T09:00:00.000Z');
      assert.equal(article.lastChangedAt, '2026-11-24T11:00:00.000Z');
      const versions = (await store.versions(a!.articleId, { withText: true })) as VersionRow[];
      assert.deepEqual(versions.map((v) => [v.seq, v.seenCount, v.fetchedAt, v.lastSeenAt]), [
        [1, 2, '2026-11-24T09:00:00.000Z', '2026-11-24T10:00:00.000Z'],
        [2, 1, '2026-11-24T11:00:00.000Z', '2026-11-24T11:00:00.000Z'],
      ]);
      // the unchanged fetch did not replace the stored text
      assert.equal(versions[0]!.text, 'Fire\nTwo hurt.\n');
      assert.equal('text' in ((await store.versions(a!.articleId))[0] as object), false);
    });

    it('applies a batch in order: one article twice with different texts gives two versions', async () => {
      const out = await store.ingestBatch([version({ url: 'https://news.example/x', text: 'A\n' }), version({ url: 'https://news.example/x', text: 'B\n' })], '2026-11-24T09:00:00.000Z');
      assert.deepEqual(out.map((o) => o.status), ['new-article', 'new-version']);
    });

    it('is all or nothing per batch: a failing item leaves nothing of its batch', async () => {
      await store.ingestBatch([version({ url: 'https://news.example/kept' })], '2026-11-24T09:00:00.000Z');
      const bad = version({ url: 'https://news.example/bad' });
      bad.identity = { ...bad.identity, kind: 'bogus' as 'url' }; // violates the CHECK constraint
      await assert.rejects(store.ingestBatch([version({ url: 'https://news.example/lost' }), bad], '2026-11-24T10:00:00.000Z'));
      assert.equal((await store.stats()).articles, 1);
      assert.equal(await store.articleByIdentity('url:https://news.example/lost'), null);
      // and the store still works
      const [ok] = await store.ingestBatch([version({ url: 'https://news.example/after' })], '2026-11-24T11:00:00.000Z');
      assert.equal(ok!.status, 'new-article');
    });

    it('lists outlets with counts, articles newest change first, filtered and searched by title words', async () => {
      await store.ingestBatch(
        [
          version({ url: 'https://a.example/1', title: 'Harbor FIRE forces evacuation', outlet: 'Gazette' }),
          version({ url: 'https://a.example/2', title: 'Council approves ferry budget', outlet: 'Gazette' }),
          version({ url: 'https://b.example/3', title: 'ÉCOLE fermée: fire at the school', outlet: 'Le Journal' }),
          version({ url: 'https://b.example/4', title: '100% of 50_50 votes', outlet: null }),
        ],
        '2026-11-24T09:00:00.000Z',
      );
      await store.ingestBatch([version({ url: 'https://a.example/2', title: 'Council approves ferry budget', text: 'changed\n', outlet: 'Gazette' })], '2026-11-24T10:00:00.000Z');
      const outlets = await store.outlets();
      assert.deepEqual(outlets.map((o) => [o.name, o.articles, o.versions]), [['Gazette', 2, 3], ['Le Journal', 1, 1]]);
      assert.equal((await store.outlet(outlets[0]!.id))!.name, 'Gazette');
      assert.equal(await store.outlet(9999), null);
      const all = await store.articles();
      assert.equal(all[0]!.url, 'https://a.example/2');
      assert.equal(all.length, 4);
      assert.deepEqual((await store.articles({ search: 'fire' })).map((a) => a.url).sort(), ['https://a.example/1', 'https://b.example/3']);
      assert.deepEqual((await store.articles({ search: 'école FIRE' })).map((a) => a.url), ['https://b.example/3']);
      assert.deepEqual((await store.articles({ search: '%' })).map((a) => a.url), ['https://b.example/4']);
      assert.deepEqual((await store.articles({ search: '0_5' })).map((a) => a.url), ['https://b.example/4']);
      assert.equal((await store.articles({ search: 'nothing-like-this' })).length, 0);
      assert.equal(await store.countArticles({ outletId: outlets[0]!.id }), 2);
      assert.equal(await store.countArticles({}), 4);
      assert.equal((await store.articles({ limit: 2, offset: 3 })).length, 1);
      assert.equal((await store.articles({ outletId: outlets[1]!.id }))[0]!.outlet, 'Le Journal');
    });

    it('finds articles by identity and by url or guid', async () => {
      const g = version({ text: 'G\n' });
      g.identity = { kind: 'guid', key: 'guid:feed#42', url: null, guid: '42', path: null };
      await store.ingestBatch([g, version({ url: 'https://a.example/u' })], '2026-11-24T09:00:00.000Z');
      assert.equal((await store.articleByIdentity('guid:feed#42'))!.guid, '42');
      assert.equal((await store.articlesByLocator('42'))[0]!.kind, 'guid');
      assert.equal((await store.articlesByLocator('https://a.example/u'))[0]!.kind, 'url');
      assert.equal(await store.article(12345), null);
      assert.equal(await store.version(12345), null);
    });

    it('keeps versions since a time', async () => {
      await store.ingestBatch([version({ url: 'https://a.example/s', text: 'one\n' })], '2026-11-20T09:00:00.000Z');
      await store.ingestBatch([version({ url: 'https://a.example/s', text: 'two\n' })], '2026-11-22T09:00:00.000Z');
      const a = (await store.articleByIdentity('url:https://a.example/s'))!;
      assert.deepEqual((await store.versions(a.id, { since: '2026-11-21T00:00:00.000Z' })).map((v) => v.seq), [2]);
    });

    it('stores comparisons as JSON, replaces one for the same pair and profile, and lists the pairs missing one', async () => {
      const [a] = await store.ingestBatch([version({ url: 'https://a.example/c', text: 'Two hurt.\n' })], '2026-11-24T09:00:00.000Z');
      const [b] = await store.ingestBatch([version({ url: 'https://a.example/c', text: 'Three hurt.\n' })], '2026-11-24T10:00:00.000Z');
      const [c] = await store.ingestBatch([version({ url: 'https://a.example/c', text: 'Four hurt.\n' })], '2026-11-24T11:00:00.000Z');
      assert.deepEqual(await store.missingComparisons('revision'), [
        { articleId: a!.articleId, baseVersionId: a!.versionId, revisedVersionId: b!.versionId },
        { articleId: a!.articleId, baseVersionId: b!.versionId, revisedVersionId: c!.versionId },
      ]);
      const result = compare('Two hurt.\n', 'Three hurt.\n');
      const saved = await store.saveComparison(a!.versionId, b!.versionId, 'revision', result, '0.1.0', '2026-11-24T12:00:00.000Z');
      assert.equal(saved.material, result.summary.material);
      assert.deepEqual((await store.comparison(a!.versionId, b!.versionId, 'revision'))!.result, result);
      assert.equal(await store.comparison(a!.versionId, b!.versionId, 'faithful'), null);
      await store.saveComparison(a!.versionId, b!.versionId, 'revision', result, '0.2.0', '2026-11-24T13:00:00.000Z');
      const rows = await store.comparisonsOfArticle(a!.articleId, 'revision');
      assert.deepEqual(rows.map((r) => r.toolVersion), ['0.2.0']);
      assert.deepEqual(await store.missingComparisons('revision', [a!.articleId]), [{ articleId: a!.articleId, baseVersionId: b!.versionId, revisedVersionId: c!.versionId }]);
      assert.deepEqual(await store.missingComparisons('revision', [999]), []);
      assert.equal((await store.stats()).comparisons, 1);
    });

    it('reads the texts of versions at once, and says which pairs have a stored comparison', async () => {
      const [a] = await store.ingestBatch([version({ url: 'https://a.example/t', text: 'Two hurt.\n' })], '2026-11-24T09:00:00.000Z');
      const [b] = await store.ingestBatch([version({ url: 'https://a.example/t', text: 'Three hurt.\n' })], '2026-11-24T10:00:00.000Z');
      const texts = await store.versionTexts([a!.versionId, b!.versionId, a!.versionId, 999]);
      assert.deepEqual([...texts].sort((x, y) => x[0] - y[0]), [[a!.versionId, 'Two hurt.\n'], [b!.versionId, 'Three hurt.\n']]);
      assert.equal((await store.versionTexts([])).size, 0);
      await store.saveComparison(a!.versionId, b!.versionId, 'revision', compare('Two hurt.\n', 'Three hurt.\n'), '0.1.0', '2026-11-24T12:00:00.000Z');
      const pairs = [
        { baseVersionId: a!.versionId, revisedVersionId: b!.versionId },
        { baseVersionId: b!.versionId, revisedVersionId: a!.versionId },
        { baseVersionId: 999, revisedVersionId: b!.versionId },
      ];
      assert.deepEqual(await store.storedComparisons(pairs, 'revision'), [pairs[0]]);
      assert.deepEqual(await store.storedComparisons(pairs, 'faithful'), []);
      assert.deepEqual(await store.storedComparisons([], 'revision'), []);
    });

    it('knows the inputs of current versions; a seen input is an unchanged fetch; a stale one rolls the batch back', async () => {
      const a = { ...version({ url: 'https://a.example/in', text: 'one\n' }), inputHash: 'i1:aaa' };
      const [first] = await store.ingestBatch([a], '2026-11-24T09:00:00.000Z');
      assert.deepEqual(await store.knownInputs(['i1:aaa', 'i1:zzz']), new Set(['i1:aaa']));
      const [seen] = await store.ingestBatch([{ seen: true, inputHash: 'i1:aaa' }], '2026-11-24T10:00:00.000Z');
      assert.deepEqual(seen, { status: 'unchanged', articleId: first!.articleId, versionId: first!.versionId });
      assert.deepEqual((await store.versions(first!.articleId)).map((v) => [v.seenCount, v.lastSeenAt]), [[2, '2026-11-24T10:00:00.000Z']]);
      // the same text from other input bytes: unchanged, and the version now answers to the new input
      await store.ingestBatch([{ ...a, inputHash: 'i1:bbb' }], '2026-11-24T11:00:00.000Z');
      assert.deepEqual(await store.knownInputs(['i1:aaa', 'i1:bbb']), new Set(['i1:bbb']));
      // a new version: the old input is no longer current, and a batch that says it is seen is refused whole
      await store.ingestBatch([{ ...version({ url: 'https://a.example/in', text: 'two\n' }), inputHash: 'i1:ccc' }], '2026-11-24T12:00:00.000Z');
      assert.deepEqual(await store.knownInputs(['i1:bbb', 'i1:ccc']), new Set(['i1:ccc']));
      const before = await store.stats();
      await assert.rejects(store.ingestBatch([version({ url: 'https://a.example/other' }), { seen: true, inputHash: 'i1:bbb' }], '2026-11-24T13:00:00.000Z'), StaleInputError);
      assert.deepEqual(await store.stats(), before);
    });

    it('places articles by band keys: candidates newest first per bucket, a conflict when the index changed, merges, document frequencies', async () => {
      const out = await store.ingestBatch([version(), version(), version(), version()], '2026-11-24T09:00:00.000Z');
      const ids = out.map((o) => ({ articleId: o.articleId, versionId: o.versionId }));
      const place = (i: number, bands: number[], matches: Array<{ storyId: number; score: number; via: number }>, expect: { epoch: number; bucketRows: number }) =>
        store.placeArticle({ ...ids[i]!, fingerprint: `fp${i}`, bands, title: `T${i}`, at: `2026-11-24T0${i}:00:00.000Z`, matches, now: '2026-11-24T12:00:00.000Z', expect });
      let read = await store.bandCandidates([1, 2], 10, 5);
      assert.deepEqual({ epoch: read.epoch, candidates: read.candidates, bucketRows: read.bucketRows }, { epoch: read.epoch, candidates: [], bucketRows: 0 });
      const a = await place(0, [1, 2], [], read);
      assert.equal(a.created, true);
      // read before c is placed on the same key: a placement decided on it conflicts
      const stale = await store.bandCandidates([1], 10, 5);
      read = await store.bandCandidates([3], 10, 5);
      const b = await place(1, [3], [], read);
      assert.notEqual(b.storyId, a.storyId);
      read = await store.bandCandidates([1, 3], 10, 5);
      assert.deepEqual(read.candidates.map((c) => [c.articleId, c.hits, c.storyId, c.fingerprint]), [
        [ids[1]!.articleId, 1, b.storyId, 'fp1'],
        [ids[0]!.articleId, 1, a.storyId, 'fp0'],
      ]);
      assert.equal((await store.bandCandidates([1, 2], 10, 5)).candidates[0]!.hits, 2);
      await place(2, [1, 3], [{ storyId: a.storyId, score: 0.9, via: ids[0]!.articleId }, { storyId: b.storyId, score: 0.8, via: ids[1]!.articleId }], read).then((c) => {
        assert.equal(c.storyId, a.storyId);
        assert.deepEqual(c.merged, [b.storyId]);
      });
      await assert.rejects(place(3, [1], [], stale), GroupingConflictError);
      // only the newest `perBucket` articles of a key are read
      assert.deepEqual((await store.bandCandidates([1], 10, 1)).candidates.map((c) => c.articleId), [ids[2]!.articleId]);
      const members = await store.storyArticles([a.storyId]);
      assert.deepEqual(members.map((m) => m.articleId).sort(), [ids[0]!.articleId, ids[1]!.articleId, ids[2]!.articleId].sort());
      assert.equal(await store.storyOfArticle(ids[1]!.articleId), a.storyId);
      const again = await place(2, [1, 3], [], await store.bandCandidates([1, 3], 10, 5));
      assert.equal(again.already, true);
      await store.addDocumentFrequencies(new Map([[7, 2], [8, 1]]), 3);
      await store.addDocumentFrequencies(new Map([[7, 1]]), 1);
      assert.deepEqual([...(await store.documentFrequencies([7, 8, 9]))].sort(), [[7, 3], [8, 1]]);
      assert.equal((await store.groupingState()).articles, 4);
    });

    it('refuses calls after close with a StoreError', async () => {
      const other = await open();
      await other.close();
      await assert.rejects(other.stats(), StoreError);
      await other.close(); // twice is fine
    });
  });
}
