import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlePage, cli, cliAsync, fixture, fixtureServer, root, tempDir } from './helpers.js';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));
let k = 0;
const db = () => join(dir, `cli-${++k}.db`);

/** Waits until the database holds at least one article (read through a second connection). */
async function firstArticles(path: string): Promise<number> {
  for (let i = 0; i < 3000; i++) {
    await new Promise((r) => setTimeout(r, 10));
    if (!existsSync(path)) continue;
    try {
      const peek = new Database(path, { readonly: true, fileMustExist: true });
      const has = (peek.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'articles'").get() as { n: number }).n;
      const n = has ? (peek.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n : 0;
      peek.close();
      if (n > 0) return n;
    } catch {
      /* not ready */
    }
  }
  throw new Error(`no article appeared in ${path}`);
}

/** Counts from a closing line. */
function counts(out: string): Record<string, number> {
  const m = /(\d+) new articles?, (\d+) new versions?, (\d+) unchanged, (\d+) failed/.exec(out);
  assert.ok(m, `no closing line in: ${out}`);
  return { newArticles: Number(m[1]), newVersions: Number(m[2]), unchanged: Number(m[3]), failed: Number(m[4]) };
}

describe('storydiff ingest', () => {
  it('reads each kind of source, prints one closing line with the counts, exits 0; again: nothing new', () => {
    const d = db();
    // sources that share no article (a URL read from two sources with different texts alternates between them)
    const sources = [fixture('folder'), fixture('articles.jsonl'), fixture('feeds', 'rss.xml'), fixture('feeds', 'rdf.xml'), fixture('pages', 'xss.html')];
    const r = cli(['ingest', ...sources, '--db', d]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '', 'no progress bar when standard error is not a terminal');
    assert.match(r.out, /^storydiff: 7 sources, 11 articles read: 11 new articles, 0 new versions, 0 unchanged, 0 failed; 11 articles placed in stories \(\d+ new\); \d+ tellings? compared with (?:its|their) sources? \(\d+ with material changes?\); 1 file of unknown kinds skipped in \d+\.\d s → .*cli-\d+\.db\n$/);
    const again = cli(['ingest', ...sources, '--db', d]);
    assert.equal(again.code, 0);
    assert.deepEqual(counts(again.out), { newArticles: 0, newVersions: 0, unchanged: 11, failed: 0 });
  });

  it('reports each bad source on one line, skips it, keeps what is stored, and exits 2', () => {
    const d = db();
    assert.equal(cli(['ingest', fixture('articles.jsonl'), '--db', d]).code, 0);
    const before = readFileSync(d);
    const r = cli(['ingest', join(dir, 'missing.txt'), fixture('feeds', 'notxml.xml'), fixture('feeds', 'bomb.xml'), fixture('feeds', 'xxe.xml'), fixture('pages', 'no-article.html'), 'http://127.0.0.1:9/private', fixture('articles.jsonl'), '--db', d]);
    assert.equal(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 6, r.err);
    const expected = [
      `storydiff: skipped ${join(dir, 'missing.txt')}: no such file or folder`,
      /^storydiff: skipped .*notxml\.xml: is not XML \(expected an RSS or Atom feed\)$/,
      /^storydiff: skipped .*bomb\.xml: declares XML entities in a DOCTYPE; refused \(entity expansion and external entities are never read\)$/,
      /^storydiff: skipped .*xxe\.xml: declares XML entities in a DOCTYPE; refused/,
      /^storydiff: skipped .*no-article\.html: has no readable article/,
      'storydiff: skipped http://127.0.0.1:9/private: refused to fetch 127.0.0.1:9: it resolves to 127.0.0.1, a private, loopback, link-local or otherwise non-public address (use --allow-private to allow it)',
    ];
    for (const e of expected) assert.ok(lines.some((l) => (typeof e === 'string' ? l === e : e.test(l))), `${e} not in:\n${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    assert.deepEqual(counts(r.out), { newArticles: 0, newVersions: 0, unchanged: 3, failed: 6 });
    assert.ok(readFileSync(d).length >= before.length);
    const check = new Database(d, { readonly: true });
    assert.equal((check.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n, 3);
    check.close();
  });

  it('a URL that answers 404 and a 50 MB page, with --allow-private, against a local server', async () => {
    const server = await fixtureServer({
      '/ok': articlePage('Dock strike ends after four days', ['Dock workers returned to work on Friday after a four-day strike, the union said.']),
      '/huge': { body: 'x', headers: { 'content-length': String(50 * 1024 * 1024) } },
    });
    try {
      const d = db();
      const run = cliAsync(['ingest', `${server.url}/ok`, `${server.url}/gone`, `${server.url}/huge`, '--db', d, '--allow-private', '--delay', '0']);
      assert.equal(await run.exited, 2);
      assert.equal(run.err, `storydiff: skipped ${server.url}/gone: cannot fetch ${server.url}/gone: the server answered 404\nstorydiff: skipped ${server.url}/huge: the page is 50 MB, over the 5 MB limit\n`);
      assert.deepEqual(counts(run.out), { newArticles: 1, newVersions: 0, unchanged: 0, failed: 2 });
    } finally {
      await server.close();
    }
  });

  it('refuses bad arguments and databases with one line and exit 2, creating nothing', () => {
    const none = cli(['ingest', '--db', db()]);
    assert.equal(none.code, 2);
    assert.match(none.err, /missing required argument 'source'/);
    const delay = cli(['ingest', fixture('folder'), '--delay', 'soon', '--db', db()]);
    assert.equal(delay.code, 2);
    assert.match(delay.err, /expected a duration such as 500ms/);
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a database '.repeat(500));
    const bad = cli(['ingest', fixture('folder'), '--db', notes]);
    assert.equal(bad.code, 2);
    assert.equal(bad.err, `storydiff: error: ${notes}: is not a SQLite database\n`);
    assert.equal(readFileSync(notes, 'utf8'), 'not a database '.repeat(500));
    const nofolder = cli(['ingest', fixture('folder'), '--db', join(dir, 'no', 'such', 'folder.db')]);
    assert.equal(nofolder.code, 2);
    assert.match(nofolder.err, /^storydiff: error: .*folder\.db: cannot open the database \(no such folder: .*no\/such\)\n$/);
  });

  it('uses $STORYDIFF_DB, else storydiff.db in the working directory', () => {
    const d = join(dir, 'from-env.db');
    assert.equal(cli(['ingest', fixture('folder', 'a-storm.txt')], { env: { STORYDIFF_DB: d } }).code, 0);
    assert.ok(existsSync(d));
    assert.equal(cli(['ingest', fixture('folder', 'a-storm.txt')], { cwd: dir, env: { STORYDIFF_DB: '' } }).code, 0);
    assert.ok(existsSync(join(dir, 'storydiff.db')));
  });

  it('resumes after a killed ingest: nothing half-written, the re-run stores the rest', async () => {
    const d = db();
    const path = join(dir, 'big.jsonl');
    const text = 'The council met on Tuesday and voted on the harbor budget, officials said. '.repeat(40);
    writeFileSync(path, Array.from({ length: 20000 }, (_, i) => JSON.stringify({ url: `https://big.example/${i}`, title: `Item ${i}`, text: `${text}Number ${i}.` })).join('\n') + '\n');
    // 20,000 near-identical texts are one story: grouping is tested elsewhere
    const run = cliAsync(['ingest', path, '--db', d, '--batch-size', '250', '--no-group']);
    // kill it as soon as some batches are committed
    await firstArticles(d);
    run.child.kill('SIGKILL');
    await run.exited;
    const check = new Database(d);
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    const n = (check.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    assert.ok(n > 0 && n < 20000, `killed mid-ingest (${n} articles stored)`);
    assert.equal(n % 250, 0, 'whole batches only');
    const broken = check.prepare('SELECT COUNT(*) AS n FROM articles a WHERE a.version_count <> (SELECT COUNT(*) FROM versions v WHERE v.article_id = a.id) OR a.current_version_id NOT IN (SELECT id FROM versions)').get() as { n: number };
    assert.equal(broken.n, 0);
    check.close();
    const again = cli(['ingest', path, '--db', d, '--batch-size', '250', '--no-group']);
    assert.equal(again.code, 0, again.err);
    assert.deepEqual(counts(again.out), { newArticles: 20000 - n, newVersions: 0, unchanged: n, failed: 0 });
  });

  it('stops between items on SIGINT, stores what was read, prints the counts and exits 130', async () => {
    const d = db();
    const path = join(dir, 'big2.jsonl');
    writeFileSync(path, Array.from({ length: 30000 }, (_, i) => JSON.stringify({ url: `https://b2.example/${i}`, text: `Short text number ${i} about the harbor.` })).join('\n') + '\n');
    const run = cliAsync(['ingest', path, '--db', d, '--batch-size', '100']);
    await firstArticles(d);
    run.child.kill('SIGINT');
    const code = await run.exited;
    if (code === 0) return; // it finished first on a fast machine: nothing to check
    assert.equal(code, 130, run.err);
    assert.match(run.out, /^storydiff: stopped: 1 source, \d+ articles read/);
    const c = counts(run.out);
    const check = new Database(d, { readonly: true });
    assert.equal((check.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n, c.newArticles);
    check.close();
  });
});

describe('storydiff log', () => {
  const d = join(dir, 'log.db');
  before(() => {
    assert.equal(cli(['ingest', fixture('pages', 'harbor-fire-v1.html'), fixture('pages', 'xss.html'), '--db', d]).code, 0);
    assert.equal(cli(['ingest', fixture('pages', 'harbor-fire-v2.html'), '--db', d]).code, 0);
  });

  it('text: versions newest first with the findings between them', () => {
    const r = cli(['log', 'https://harbor.example/news/harbor-fire?utm_campaign=x', '--db', d]);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.equal(lines[0], 'Harbor Warehouse Fire Was Arson, Officials Say; 50 Homes Evacuated');
    assert.match(lines[1]!, /^article 1 · https:\/\/harbor\.example\/news\/harbor-fire · Harbor Gazette · 2 versions$/);
    assert.match(r.out, /^v2 {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}version 3/m);
    assert.match(r.out, /^ {4}from v1: 7 material, 7 notable$/m);
    assert.match(r.out, /^ {6}material number-changed {2}Number changed: "40" became "50"$/m);
    assert.ok(r.out.indexOf('v2  ') < r.out.indexOf('v1  '), 'newest first');
    assert.match(r.out, /^ {4}first version$/m);
  });

  it('json: the timeline schema, and the same answer by id and by path-less URL', () => {
    const r = cli(['log', '1', '--db', d, '--format', 'json']);
    const t = JSON.parse(r.out);
    assert.equal(t.schema, 'storydiff/timeline@1');
    assert.deepEqual(t.versions.map((v: { seq: number }) => v.seq), [2, 1]);
    assert.equal(t.changes.length, 1);
    assert.deepEqual(t.changes[0].summary, { material: 7, notable: 7, minor: 0 });
    assert.ok(t.changes[0].findings.every((f: { check: string; base: unknown }) => typeof f.check === 'string'));
    const byUrl = JSON.parse(cli(['log', 'https://harbor.example/news/harbor-fire', '--db', d, '--format', 'json']).out);
    assert.deepEqual(byUrl, t);
  });

  it('md: a table of versions and one of findings per change, text escaped', () => {
    const r = cli(['log', '1', '--db', d, '--format', 'md']);
    assert.match(r.out, /^## Harbor Warehouse Fire Was Arson, Officials Say; 50 Homes Evacuated$/m);
    assert.match(r.out, /^\| version \| fetched \| last seen \| title \| change from the version before \|$/m);
    assert.match(r.out, /^### v1 → v2 \(.*\): 7 material, 7 notable$/m);
    const xss = cli(['log', 'https://harbor.example/news/council-xss', '--db', d, '--format', 'md']);
    assert.match(xss.out, /^## Council vote &lt;script&gt;|^## Council vote \\<script\\>/m);
    assert.doesNotMatch(xss.out, /<script>/);
  });

  it('html: one self-contained page with no script, article text escaped', () => {
    const out = join(dir, 'timeline.html');
    const r = cli(['log', 'https://harbor.example/news/council-xss', '--db', d, '--format', 'html', '--out', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    assert.equal((html.match(/<script/gi) ?? []).length, 0);
    assert.match(html, /Council vote &lt;script&gt;window.__pwned=1;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;/);
    assert.doesNotMatch(html, /<img|onerror="|<svg/i);
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), []);
  });

  it('--since keeps versions fetched since then; a future date keeps none', () => {
    const future = cli(['log', '1', '--db', d, '--since', '2999-01-01', '--format', 'json']);
    const t = JSON.parse(future.out);
    assert.deepEqual([t.versions.length, t.changes.length], [0, 0]);
    assert.equal(JSON.parse(cli(['log', '1', '--db', d, '--since', '1d', '--format', 'json']).out).versions.length, 2);
    const bad = cli(['log', '1', '--db', d, '--since', 'last week']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^storydiff: error: --since "last week": expected a date or time/);
  });

  it('an unknown article, a missing database: one line, exit 2, no database created', () => {
    const r = cli(['log', 'https://nowhere.example/x', '--db', d]);
    assert.equal(r.code, 2);
    assert.equal(r.err, `storydiff: error: https://nowhere.example/x: no such article in ${d} (give an article id, its URL, or the path it was read from)\n`);
    const missing = join(dir, 'absent.db');
    const m = cli(['log', '1', '--db', missing]);
    assert.equal(m.code, 2);
    assert.match(m.err, /absent\.db: no such database/);
    assert.equal(existsSync(missing), false);
  });

  it('compare --db: two stored versions by id, read from the store, gated like compare', () => {
    const r = cli(['compare', '--db', d, '1', '3', '--format', 'json']);
    assert.equal(r.code, 1);
    const c = JSON.parse(r.out);
    assert.equal(c.schema, 'storydiff/comparison@1');
    assert.equal(c.summary.material, 7);
    const text = cli(['compare', '--db', d, '1', '3', '--fail-on', 'none']);
    assert.equal(text.code, 0);
    assert.match(text.out, /^version 1 \(article 1, v1\) → version 3 \(article 1, v2\)/);
    // any two versions, even of different articles
    assert.equal(cli(['compare', '--db', d, '2', '3', '--fail-on', 'none', '--format', 'json']).code, 0);
    const bad = cli(['compare', '--db', d, 'one', 'two']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /with --db, BASE and REVISED are version ids/);
    const missing = cli(['compare', '--db', d, '1', '999']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no version 999/);
  });
});

describe('README corpus example', () => {
  it('runs as written: two commands on the bundled fixtures', () => {
    const d = join(dir, 'example.db');
    const a = cli(['ingest', 'examples/corpus/morning', 'examples/corpus/evening', '--db', d], { cwd: root });
    assert.equal(a.code, 0, a.err);
    assert.match(a.out, /2 articles read: 1 new article, 1 new version, 0 unchanged, 0 failed; 1 comparison \(1 with material changes\)/);
    const b = cli(['log', 'https://harbor.example/news/harbor-fire', '--db', d], { cwd: root });
    assert.equal(b.code, 0, b.err);
    assert.match(b.out, /from v1: 7 material, 7 notable/);
  });
});
