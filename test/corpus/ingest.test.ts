import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Corpus } from '../../src/index.js';
import type { VersionRow } from '../../src/store/types.js';
import { articlePage, fixture, fixtureServer, rssFeed, tempDir } from './helpers.js';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

const LOCAL = { addressAllowed: (a: string) => a === '127.0.0.1' };
const quiet = { delayMs: 0, fetch: LOCAL };

async function fresh(): Promise<Corpus> {
  return openStore(':memory:');
}

describe('ingest: sources of each kind', () => {
  it('HTML pages: the canonical URL identifies the article; a new version only when the text changes', async () => {
    const c = await fresh();
    const s1 = await c.ingest([fixture('pages', 'harbor-fire-v1.html')], quiet);
    assert.deepEqual([s1.newArticles, s1.newVersions, s1.unchanged, s1.failed], [1, 0, 0, 0]);
    const a = (await c.findArticle('https://harbor.example/news/harbor-fire'))!;
    assert.equal(a.kind, 'url');
    assert.equal(a.outlet, 'Harbor Gazette');
    assert.equal(a.title, 'Fire at Eastport Harbor Warehouse Forces Evacuation of 40 Homes');
    const v1 = (await c.version(a.currentVersionId))!;
    assert.equal(v1.byline, 'Dana Ortiz');
    assert.equal(v1.publishedAt, '2026-11-25T02:40:00.000Z');
    assert.match(v1.text, /^Fire at Eastport Harbor Warehouse Forces Evacuation of 40 Homes\nA fire broke out on Tuesday night/);
    assert.doesNotMatch(v1.text, /\bHome\b|All rights reserved/, 'navigation and footer are not the article');
    const s2 = await c.ingest([fixture('pages', 'harbor-fire-v2.html'), fixture('pages', 'harbor-fire-v2-typography.html')], quiet);
    assert.deepEqual([s2.newArticles, s2.newVersions, s2.unchanged], [0, 1, 1]);
    assert.equal(s2.comparisons, 1);
    assert.equal(s2.materialChanges, 1);
    const versions = await c.versions(a.id);
    assert.deepEqual(versions.map((v) => [v.seq, v.seenCount]), [[1, 1], [2, 2]]);
    const stored = await c.store.comparison(versions[0]!.id, versions[1]!.id, 'revision');
    assert.ok(stored && stored.result.findings.some((f) => f.check === 'number-changed'));
    await c.close();
  });

  it('a folder, recursively, in name order; hidden files and files of unknown kinds are not read', async () => {
    const c = await fresh();
    const s = await c.ingest([fixture('folder')], quiet);
    assert.deepEqual([s.sources, s.newArticles, s.failed, s.skipped], [3, 3, 0, 1]);
    const titles = (await c.articles()).map((a) => a.title).sort();
    assert.deepEqual(titles, ['Bridge reopens after eight weeks of repairs', 'Farmers market moves indoors', 'Storm warning for the coast']);
    const storm = (await c.findArticle(fixture('folder', 'a-storm.txt')))!;
    assert.equal(storm.kind, 'path');
    assert.equal((await c.version(storm.currentVersionId))!.text, 'Storm warning for the coast\nForecasters issued a storm warning for the coast on Tuesday, saying winds could reach 90 km/h overnight.\nSchools in two districts will close on Wednesday.\n');
    await c.close();
  });

  it('JSON lines: url or id identifies, outlet per line, html or text; --outlet overrides', async () => {
    const c = await fresh();
    const s = await c.ingest([fixture('articles.jsonl')], quiet);
    assert.deepEqual([s.items, s.newArticles, s.failed], [3, 3, 0]);
    assert.deepEqual((await c.outlets()).map((o) => [o.name, o.articles]), [['The Daily', 1], ['Wire Service', 2]]);
    const strike = (await c.findArticle('7781'))!;
    assert.equal(strike.kind, 'guid');
    assert.equal((await c.version(strike.currentVersionId))!.byline, 'Sam Lee');
    const c2 = await fresh();
    await c2.ingest([fixture('articles.jsonl')], { ...quiet, outlet: 'Mine' });
    assert.deepEqual((await c2.outlets()).map((o) => o.name), ['Mine']);
    await Promise.all([c.close(), c2.close()]);
  });

  it('RSS and Atom feed files: one article per item, the feed title as outlet', async () => {
    const c = await fresh();
    const s = await c.ingest([fixture('feeds', 'rss.xml'), fixture('feeds', 'atom.xml'), fixture('feeds', 'rdf.xml')], quiet);
    assert.deepEqual([s.newArticles, s.failed], [6, 0]);
    assert.deepEqual((await c.outlets()).map((o) => [o.name, o.articles]), [['Harbor Gazette & Times', 3], ['Old Times', 1], ['Wire Service: Top Stories', 2]]);
    const nolink = (await c.findArticle('tag:harbor.example,2026:nolink-1'))!;
    assert.equal(nolink.kind, 'guid');
    // the same feed again: nothing new
    const again = await c.ingest([fixture('feeds', 'rss.xml')], quiet);
    assert.deepEqual([again.newArticles, again.newVersions, again.unchanged], [0, 0, 3]);
    await c.close();
  });

  it('a feed in a declared legacy charset, and a file that is not UTF-8 and says nothing', async () => {
    const latin = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf'), Buffer.from([0xe9]), Buffer.from(' News</title><item><title>Men'), Buffer.from([0xfa]), Buffer.from(' del d'), Buffer.from([0xed]), Buffer.from('a</title><link>https://cafe.example/1</link><description>Prices rose on Monday.</description></item></channel></rss>')]);
    writeFileSync(join(dir, 'latin.xml'), latin);
    writeFileSync(join(dir, 'latin.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const c = await fresh();
    const s = await c.ingest([join(dir, 'latin.xml'), join(dir, 'latin.txt')], quiet);
    assert.deepEqual((await c.articles()).map((a) => [a.outlet, a.title]), [['Café News', 'Menú del día']]);
    assert.deepEqual(s.failures, [{ source: join(dir, 'latin.txt'), reason: 'is not valid UTF-8 (and declares no other character set)' }]);
    await c.close();
  });

  it('an article whose title and text carry script tags and event handlers is stored as plain text', async () => {
    const c = await fresh();
    await c.ingest([fixture('pages', 'xss.html')], quiet);
    const a = (await c.articles())[0]!;
    assert.equal(a.title, 'Council vote <script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2">');
    const v = (await c.version(a.currentVersionId))!;
    assert.match(v.text, /<img src=x onerror="window.__pwned=3"> was in the text/);
    assert.equal(v.byline, '<b onmouseover="window.__pwned=6">Evil Byline</b>');
    await c.close();
  });
});

describe('ingest: bad sources are reported and skipped, nothing stored is lost', () => {
  let c: Corpus;
  before(async () => {
    c = await fresh();
    await c.ingest([fixture('articles.jsonl')], quiet);
  });
  after(() => c.close());

  it('missing file, feed that is not XML, entity bomb, external entities, HTML with no article, bad JSON lines, binary and oversized files', async () => {
    const before = await c.stats();
    writeFileSync(join(dir, 'big.html'), '<p>' + 'word '.repeat(300_000) + '</p>');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'long-line.jsonl'), JSON.stringify({ url: 'https://long.example/1', text: 'x'.repeat(3000) }) + '\n' + JSON.stringify({ url: 'https://long.example/2', text: 'Short text here.' }) + '\n');
    const s = await c.ingest(
      [
        join(dir, 'missing.txt'), fixture('feeds', 'notxml.xml'), fixture('feeds', 'bomb.xml'), fixture('feeds', 'xxe.xml'), fixture('pages', 'no-article.html'),
        fixture('articles-bad.jsonl'), join(dir, 'binary.txt'), join(dir, 'big.html'), join(dir, 'long-line.jsonl'),
      ],
      { ...quiet, maxBytes: 1_000_000 },
    );
    const reasons = Object.fromEntries(s.failures.map((f) => [f.source.replace(dir, 'TMP').replace(fixture('') + '/', 'FX/'), f.reason]));
    assert.deepEqual(reasons, {
      'TMP/missing.txt': 'no such file or folder',
      'FX/feeds/notxml.xml': 'is not XML (expected an RSS or Atom feed)',
      'FX/feeds/bomb.xml': 'declares XML entities in a DOCTYPE; refused (entity expansion and external entities are never read)',
      'FX/feeds/xxe.xml': 'declares XML entities in a DOCTYPE; refused (entity expansion and external entities are never read)',
      'FX/pages/no-article.html': 'has no readable article (the page is empty, or has too little text)',
      'FX/articles-bad.jsonl:2': "not valid JSON (Expected property name or '}' in JSON at position 1)",
      'FX/articles-bad.jsonl:3': '"url" or "id" is required to identify the article',
      'FX/articles-bad.jsonl:4': '"url" is not an http or https URL: "ftp://x.example/a"',
      'FX/articles-bad.jsonl:5': 'give "text" or "html", not both',
      'FX/articles-bad.jsonl:6': '"published" is not a date: "next tuesday"',
      'FX/articles-bad.jsonl:7': 'expected an object {url, title, text or html, published, outlet}',
      'TMP/binary.txt': 'looks like a binary file (it contains NUL bytes)',
      'TMP/big.html': 'is 1.4 MB, over the 1000000 bytes limit (raise it with --max-bytes)',
    });
    // the good lines of the bad JSON lines file are read (line 1 and 8 are articles already stored)
    assert.equal(s.unchanged, 2);
    assert.equal(s.newArticles, 2, 'the two lines of long-line.jsonl (both under the limit)');
    const after = await c.stats();
    assert.equal(after.articles, before.articles + 2);
    assert.equal(after.versions, before.versions + 2);
  });

  it('a JSON line over the limit is skipped, the next lines are read', async () => {
    writeFileSync(join(dir, 'over.jsonl'), JSON.stringify({ url: 'https://over.example/1', text: 'y'.repeat(5000) }) + '\n' + JSON.stringify({ url: 'https://over.example/2', text: 'Fine.' }) + '\n');
    const s = await c.ingest([join(dir, 'over.jsonl')], { ...quiet, maxBytes: 1000 });
    assert.deepEqual(s.failures.map((f) => f.source.replace(dir, 'TMP')), ['TMP/over.jsonl:1']);
    assert.match(s.failures[0]!.reason, /over the 1000 bytes limit/);
    assert.equal(s.newArticles, 1);
  });
});

describe('ingest: URLs through the fetcher', () => {
  let server: Awaited<ReturnType<typeof fixtureServer>>;
  before(async () => {
    server = await fixtureServer({
      '/a1': articlePage('Dock strike ends after four days', ['Dock workers returned to work on Friday after a four-day strike, the union said.', 'The agreement raises pay by 6 percent over two years.']),
      '/a2': articlePage('Ferry service resumes', ['The island ferry resumed service on Monday after storm repairs, the operator said.', 'Crossings will run every 40 minutes.']),
      '/plain.txt': { type: 'text/plain; charset=utf-8', body: 'Plain headline\n\nA plain text article that says something about the harbor.\n' },
      '/image.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      '/empty': articlePage('Nothing', []),
      '/to-private': { status: 302, headers: { location: 'http://127.0.0.2:9/secret' } },
      '/moved': { status: 301, headers: { location: '/a2' } },
      '/huge-declared': { body: 'x', headers: { 'content-length': String(50 * 1024 * 1024) } },
      '/huge': (_req, res) => {
        // 50 MB streamed without a length: the fetcher stops reading at its limit
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = Infinity));
        pump();
      },
    });
    server.routes['/feed.xml'] = rssFeed('Local Wire', [
      { title: 'Dock strike ends', link: `${server.url}/a1`, description: 'Short summary of the strike.' },
      { title: 'Ferry service resumes', link: `${server.url}/a2`, description: 'Short summary of the ferry.' },
      { title: 'Broken link', link: `${server.url}/missing`, description: 'This item links to a page that does not exist.' },
    ]);
  });
  after(() => server.close());

  it('an article URL, a text URL and a redirect; the final URL identifies the article', async () => {
    const c = await fresh();
    const s = await c.ingest([`${server.url}/a1`, `${server.url}/plain.txt`, `${server.url}/moved`], quiet);
    assert.deepEqual([s.newArticles, s.failed], [3, 0], JSON.stringify(s.failures));
    assert.ok(await c.findArticle(`${server.url}/a2`));
    assert.equal((await c.findArticle(`${server.url}/a1`))!.outlet, '127.0.0.1');
    await c.close();
  });

  it('a feed URL: the feed text by default; --follow fetches each linked article (a broken link fails alone)', async () => {
    const c = await fresh();
    const s = await c.ingest([`${server.url}/feed.xml`], quiet);
    assert.deepEqual([s.newArticles, s.failed], [3, 0]);
    assert.equal((await c.articles({ search: 'dock' }))[0]!.outlet, 'Local Wire');
    const followed = await c.ingest([`${server.url}/feed.xml`], { ...quiet, follow: true });
    assert.deepEqual([followed.newArticles, followed.newVersions, followed.failed], [0, 2, 1]);
    assert.match(followed.failures[0]!.source, /item 3 \("Broken link"\) http:\/\/127\.0\.0\.1:\d+\/missing$/);
    assert.match(followed.failures[0]!.reason, /the server answered 404/);
    const a1 = (await c.findArticle(`${server.url}/a1`))!;
    assert.match(((await c.store.versions(a1.id, { withText: true })) as VersionRow[])[1]!.text, /raises pay by 6 percent/);
    await c.close();
  });

  it('refuses private addresses (unless allowed), a redirect to one, a 404, a page over the size limit, and what is not a page', async () => {
    const c = await fresh();
    const s = await c.ingest(
      [`${server.url}/to-private`, `${server.url}/nope`, `${server.url}/huge`, `${server.url}/huge-declared`, `${server.url}/image.png`, `${server.url}/empty`, 'ftp://x.example/a', 'http://[::1]:1/x'],
      quiet,
    );
    const reasons = s.failures.map((f) => f.reason.replace(server.url, 'URL'));
    assert.match(reasons[0]!, /^refused to fetch 127\.0\.0\.2:9: it resolves to 127\.0\.0\.2, a private, loopback, link-local or otherwise non-public address \(use --allow-private to allow it\)$/);
    assert.equal(reasons[1], 'cannot fetch URL/nope: the server answered 404');
    assert.equal(reasons[2], 'the page is over the 5 MB limit');
    assert.equal(reasons[3], 'the page is 50 MB, over the 5 MB limit');
    assert.equal(reasons[4], 'is not a feed, a web page or a text file (content type image/png)');
    assert.equal(reasons[5], 'has no readable article');
    assert.equal(reasons[6], 'only http and https URLs can be fetched (got ftp)');
    assert.match(reasons[7]!, /resolves to ::1/);
    assert.equal(s.failed, 8);
    assert.equal((await c.stats()).articles, 0);
    // without an address policy, the defaults refuse the loopback server itself
    const d = await c.ingest([`${server.url}/a1`], { delayMs: 0 });
    assert.match(d.failures[0]!.reason, /resolves to 127\.0\.0\.1, a private.*\(use --allow-private to allow it\)/);
    const allowed = await c.ingest([`${server.url}/a1`], { delayMs: 0, fetch: { allowPrivate: true } });
    assert.equal(allowed.newArticles, 1);
    await c.close();
  });

  it('a stop while waiting to fetch is not a failure', async () => {
    const c = await fresh();
    const controller = new AbortController();
    const t = Date.now();
    // the feed is fetched, then the first linked article waits 10 s for its host: stopped meanwhile
    setTimeout(() => controller.abort(), 300);
    const s = await c.ingest([`${server.url}/feed.xml`], { delayMs: 10_000, fetch: LOCAL, follow: true, signal: controller.signal });
    assert.ok(Date.now() - t < 5000, 'did not wait out the delay');
    assert.deepEqual([s.stopped, s.failed, s.newArticles], [true, 0, 0]);
    await c.close();
  });

  it('waits between two requests to the same host', async () => {
    const c = await fresh();
    const start = server.requests.length;
    await c.ingest([`${server.url}/a1`, `${server.url}/a2`, `${server.url}/plain.txt`], { delayMs: 300, fetch: LOCAL });
    const times = server.requests.slice(start).map((r) => r.at);
    assert.equal(times.length, 3);
    for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 280, `gap ${times[i]! - times[i - 1]!} ms`);
    await c.close();
  });
});

describe('ingest: inputs seen before', () => {
  it('a re-read file is not parsed again, and an article changed twice in one file ends on its last text', async () => {
    const path = join(dir, 'alternating.jsonl');
    const line = (text: string) => JSON.stringify({ url: 'https://alt.example/x', title: 'X', text });
    writeFileSync(path, [line('Three hurt.'), line('Four hurt.'), line('Three hurt.')].join('\n') + '\n');
    const c = await fresh();
    const s1 = await c.ingest([path], quiet);
    assert.deepEqual([s1.newArticles, s1.newVersions, s1.unchanged], [1, 2, 0]);
    // the first and last lines are the same bytes as the current version's input; the middle one is not:
    // the batch starts with two seen inputs, finds the last one stale, and is stored again in full
    const s2 = await c.ingest([path], quiet);
    assert.deepEqual([s2.newArticles, s2.newVersions, s2.unchanged, s2.failed], [0, 2, 1, 0]);
    const a = (await c.findArticle('https://alt.example/x'))!;
    const texts = ((await c.store.versions(a.id, { withText: true })) as VersionRow[]).map((v) => v.text.split('\n')[1]);
    assert.deepEqual(texts, ['Three hurt.', 'Four hurt.', 'Three hurt.', 'Four hurt.', 'Three hurt.']);
  });

  it('a folder of pages read again: nothing new, nothing failed', async () => {
    const c = await fresh();
    const sources = [fixture('folder'), fixture('pages', 'xss.html'), fixture('pages', 'no-article.html'), fixture('pages', 'harbor-fire-v2.html')];
    await c.ingest(sources, quiet);
    const again = await c.ingest(sources, quiet);
    assert.deepEqual([again.newArticles, again.newVersions, again.unchanged, again.failed], [0, 0, 5, 1], 'no-article.html fails each time');
    await c.close();
  });
});

describe('ingest: stopping and batches', () => {
  it('stops between items when the signal aborts; what was read is stored, a re-run resumes', async () => {
    const path = join(dir, 'many.jsonl');
    writeFileSync(path, Array.from({ length: 400 }, (_, i) => JSON.stringify({ url: `https://many.example/${i}`, title: `Item ${i}`, text: `Text of item ${i}.` })).join('\n') + '\n');
    const c = await fresh();
    const controller = new AbortController();
    let stored = 0;
    const s = await c.ingest([path], { ...quiet, batchSize: 50, signal: controller.signal, onVersion: () => ++stored === 120 && controller.abort() });
    assert.equal(s.stopped, true);
    assert.equal(s.newArticles, 150, 'the batch in progress when the signal came is finished and stored');
    assert.equal((await c.stats()).articles, s.newArticles, 'every article read before the stop is stored');
    const rest = await c.ingest([path], { ...quiet, batchSize: 50 });
    assert.deepEqual([rest.newArticles + s.newArticles, rest.unchanged], [400, s.newArticles]);
    await c.close();
  });

  it('reports a missing folder entry and still reads the rest of the folder', async () => {
    const folder = join(dir, 'copy');
    mkdirSync(folder);
    cpSync(fixture('folder'), folder, { recursive: true });
    const c = await fresh();
    const s = await c.ingest([folder, join(dir, 'nothing-here')], quiet);
    assert.deepEqual([s.newArticles, s.failed], [3, 1]);
    await c.close();
  });
});
