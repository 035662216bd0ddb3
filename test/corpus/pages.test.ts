import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Corpus } from '../../src/index.js';
import { listen, type Running } from '../../src/server/server.js';
import { corpusPages } from '../../src/server/corpus/pages.js';
import { fixture, tempDir } from './helpers.js';

const dir = tempDir();

describe('corpus pages (serve --db)', () => {
  let corpus: Corpus;
  let running: Running;
  before(async () => {
    corpus = await openStore(join(dir, 'pages.db'));
    await corpus.ingest([fixture('pages', 'harbor-fire-v1.html'), fixture('pages', 'xss.html'), fixture('folder')], { delayMs: 0, compare: false });
    await corpus.ingest([fixture('pages', 'harbor-fire-v2.html')], { delayMs: 0, compare: false });
    running = await listen('127.0.0.1', 0, { pages: corpusPages(corpus) });
  });
  after(async () => {
    await running.close();
    await corpus.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (path: string, init?: RequestInit) => {
    const res = await fetch(new URL(path, running.url), init);
    return { res, body: await res.text() };
  };

  it('the overview, articles and outlets pages, with the pages policy', async () => {
    const { res, body } = await get('/corpus/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy')!, /^default-src 'none'; style-src 'sha256-[^']+'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'$/);
    assert.match(body, /5 articles, 6 versions, 3 outlets|5 articles, 6 versions, 2 outlets/);
    assert.match(body, /<a href="\/corpus\/articles\/1">Harbor Warehouse Fire Was Arson/);
    const list = await get('/corpus/articles');
    assert.match(list.body, /<td class="num">2<\/td>/, 'version count');
    const outlets = await get('/corpus/outlets');
    assert.match(outlets.body, /Harbor Gazette<\/a><\/td><td class="num">2<\/td><td class="num">3<\/td>/);
  });

  it('search by title words; an outlet filter; paging parameters checked', async () => {
    const { body } = await get('/corpus/articles?q=BRIDGE+repairs');
    assert.match(body, /1 article, most recently changed first/);
    assert.match(body, /Bridge reopens after eight weeks of repairs/);
    const hostile = await get('/corpus/articles?q=%3Cscript%3Ealert(1)%3C/script%3E');
    assert.doesNotMatch(hostile.body, /<script>alert/);
    assert.match(hostile.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.equal((await get('/corpus/articles?outlet=999')).res.status, 404);
    assert.equal((await get('/corpus/articles?page=abc')).res.status, 400);
  });

  it("an article's timeline computes missing comparisons (in the worker) and stores them", async () => {
    assert.equal((await corpus.stats()).comparisons, 0);
    const [v1, v2] = await corpus.versions(1);
    const { res, body } = await get('/corpus/articles/1');
    assert.equal(res.status, 200);
    assert.ok(body.includes(`<h3><a href="/corpus/versions/${v1!.id}">v1</a> → <a href="/corpus/versions/${v2!.id}">v2</a>`));
    assert.match(body, /<span class="sev-material">7 material<\/span>/);
    assert.match(body, /<td class="check">number-changed<\/td>/);
    assert.match(body, new RegExp(`<select id="a" name="a"><option value="${v2!.id}">v2 · [^<]+</option><option value="${v1!.id}" selected>v1`));
    assert.equal((await corpus.stats()).comparisons, 1);
  });

  it('two versions side by side: the HTML report with its own policy', async () => {
    const [v1, v2] = await corpus.versions(1);
    const { res, body } = await get(`/corpus/compare?a=${v1!.id}&b=${v2!.id}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy')!, /script-src 'sha256-/);
    assert.match(body, new RegExp(`<title>storydiff: v1 of article 1 \\(version ${v1!.id}, [^)]+\\) → v2 of article 1 \\(version ${v2!.id}`));
    assert.equal((await get('/corpus/compare?a=1&b=999')).res.status, 404);
    const bad = await get('/corpus/compare?a=x&b=3');
    assert.equal(bad.res.status, 400);
    assert.match(bad.body, /<p role="alert">a \(the base version id\) must be a number<\/p>/);
  });

  it('a version page shows the stored text escaped', async () => {
    const xss = (await corpus.findArticle('https://harbor.example/news/council-xss'))!;
    const { body } = await get(`/corpus/versions/${xss.currentVersionId}`);
    assert.match(body, /<pre class="text">Council vote &lt;script&gt;window.__pwned=1;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(body, /<script|<img|onerror="/i);
  });

  it('errors as pages: 404, 405 with Allow', async () => {
    const missing = await get('/corpus/articles/999');
    assert.equal(missing.res.status, 404);
    assert.match(missing.res.headers.get('content-type')!, /^text\/html/);
    assert.match(missing.body, /no article 999/);
    assert.equal((await get('/corpus/nothing')).res.status, 404);
    const post = await get('/corpus/articles', { method: 'POST' });
    assert.equal(post.res.status, 405);
    assert.equal(post.res.headers.get('allow'), 'GET, HEAD');
    // the rest of the server is unchanged
    assert.equal((await get('/')).res.status, 200);
    assert.equal((await get('/nothing')).res.status, 404);
  });
});
