import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from '../../src/index.js';
import { listen, type Running, type ServerOptions } from '../../src/server/server.js';
import { ARTICLE_HTML, NO_ARTICLE_HTML } from './fixtures.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = (f: string) => readFileSync(join(root, 'examples', 'harbor-fire', f), 'utf8');

/** A local web site for the fetcher: articles, redirects, errors, and a page that never answers. */
function site(other: () => string): Server {
  return createServer((req, res) => {
    const html = (body: string, status = 200, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...extra });
      res.end(body);
    };
    switch (req.url) {
      case '/article': return html(ARTICLE_HTML);
      case '/plain': res.writeHead(200, { 'content-type': 'text/plain' }); return res.end('Bridge Reopens\n\nThe bridge opened on Monday.\n');
      case '/gzip': res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }); return res.end(gzipSync(ARTICLE_HTML));
      case '/empty': return html(NO_ARTICLE_HTML);
      case '/image': res.writeHead(200, { 'content-type': 'image/png' }); return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case '/redirect': return html('', 302, { location: '/article' });
      case '/loop': return html('', 302, { location: '/loop' });
      case '/to-other': return html('', 302, { location: other() });
      case '/to-file': return html('', 302, { location: 'file:///etc/passwd' });
      case '/missing': return html('not here', 404);
      case '/big': return html('<p>' + 'word '.repeat(2000) + '</p>');
      case '/hang': return; // never answers
      default: return html('not found', 404);
    }
  });
}

function listenOn(server: Server, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, host, () => ok((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections();
  });
}

async function post(url: string, body: unknown, type = 'application/json'): Promise<{ status: number; json: any; text: string; headers: Headers }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, json, text, headers: res.headers };
}

describe('storydiff serve: API', () => {
  let app: Running;
  let open: Running; // started with allowPrivate, for fetches from the local site
  let web: Server;
  let webPort: number;
  let other: Server | null = null;
  let otherPort = 0;
  let closedPort: number;

  before(async () => {
    web = site(() => `http://127.0.0.2:${otherPort}/article`);
    webPort = await listenOn(web, '127.0.0.1');
    try {
      other = site(() => '');
      otherPort = await listenOn(other, '127.0.0.2');
    } catch {
      other = null; // 127.0.0.2 is not a loopback address here
    }
    const probe = createServer();
    closedPort = await listenOn(probe, '127.0.0.1');
    await closeServer(probe);
    app = await listen('127.0.0.1', 0);
    const options: ServerOptions = { allowPrivate: true, fetch: { maxBytes: 5000, timeoutMs: 500 } };
    open = await listen('127.0.0.1', 0, options);
  });
  after(async () => {
    await Promise.all([app.close(0), open.close(0), closeServer(web), other ? closeServer(other) : undefined]);
  });

  const W = (path: string) => `http://127.0.0.1:${webPort}${path}`;

  it('listens on 127.0.0.1 and serves the form with a strict policy', async () => {
    assert.match(app.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(app.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const html = await res.text();
    assert.match(html, /<form method="post" action="\/report"/);
    assert.match(html, /<textarea id="base" name="base"/);
    assert.match(html, /name="revisedUrl"/);
    // the limits shown are the limits enforced (issue 10: the form said 5 MB, the server took 2)
    assert.match(html, /Limits: 2 MB per request, both texts together/);
    assert.match(html, /1 MB per loaded file; 5 MB per fetched page and 10 s per fetch/);
    assert.match(html, /data-max-file="1048576"/);
    assert.doesNotMatch(html, /5 MB per request/);
  });

  it('shows the limits it is started with, and refuses what is over them', async () => {
    const small = await listen('127.0.0.1', 0, { maxBodyBytes: 3000, fetch: { maxBytes: 8 * 1024 * 1024, timeoutMs: 2500 } });
    try {
      const html = await (await fetch(small.url)).text();
      assert.match(html, /Limits: 2.9 KB per request, .*1.5 KB per loaded file; 8 MB per fetched page and 2\.5 s per fetch/);
      const r = await post(small.url + 'api/compare', { base: 'a'.repeat(3000), revised: '' });
      assert.equal(r.status, 413);
      assert.match(r.json.error, /over the 2.9 KB limit/);
    } finally {
      await small.close(0);
    }
  });

  it('refuses a form with a blank side and no URL (400), instead of comparing nothing', async () => {
    const form = new URLSearchParams({ base: '  \r\n ', revised: 'The bridge opened.', baseUrl: '', revisedUrl: '', profile: 'revision' });
    const r = await post(app.url + 'report', form.toString(), 'application/x-www-form-urlencoded');
    assert.equal(r.status, 400);
    assert.match(r.text, /&quot;base&quot; \(a text\) or &quot;baseUrl&quot; \(a URL\) is required/);
  });

  it('POST /api/compare returns what compare() returns', async () => {
    const base = example('base.txt');
    const revised = example('revised.txt');
    const r = await post(app.url + 'api/compare', { base, revised, profile: 'faithful' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.match(r.headers.get('content-security-policy')!, /default-src 'none'/);
    assert.deepEqual(r.json, JSON.parse(JSON.stringify(compare(base, revised, { profile: 'faithful' }))));
  });

  it('POST /api/report returns the HTML report, with the report\'s policy as a header', async () => {
    const r = await post(app.url + 'api/report', { base: 'The bridge opened on Monday.', revised: 'The bridge opened on <b>Tuesday</b>.' });
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type')!, /^text\/html/);
    assert.match(r.headers.get('content-security-policy')!, /^default-src 'none'; script-src 'sha256-/);
    // the markup typed into the text is shown as text (escaped), never as markup, however the diff splits it
    assert.match(r.text, /&lt;/);
    assert.match(r.text, /b&gt;/);
    assert.doesNotMatch(r.text, /<b>|<\/b>/);
  });

  it('POST /report (the form) answers with the report', async () => {
    const form = new URLSearchParams({ base: 'The bridge opened on Monday.\r\nIt was late.', revised: 'The bridge opened on Tuesday.\r\nIt was late.', baseUrl: '', revisedUrl: '', profile: 'revision' });
    const r = await post(app.url + 'report', form.toString(), 'application/x-www-form-urlencoded');
    assert.equal(r.status, 200, r.text);
    assert.match(r.text, /<section class="comparison"/);
  });

  it('answers 400 to bad JSON and bad fields, with a JSON error and no stack trace', async () => {
    for (const [body, pattern] of [
      ['{"base": "a", ', /not valid JSON/],
      ['[1, 2]', /JSON object/],
      [{ base: 1, revised: 'x' }, /"base" must be a string/],
      [{ revised: 'x' }, /"base" \(a text\) or "baseUrl"/],
      [{ base: 'x', revised: 'y', profile: 'strict' }, /"profile" must be one of revision, faithful/],
      [{ base: 'x', baseUrl: 'https://example.org/', revised: 'y' }, /not both/],
      [{ baseUrl: 'file:///etc/passwd', revised: 'y' }, /only http and https/],
      [{ baseUrl: 'not a url', revised: 'y' }, /not a valid URL/],
    ] as const) {
      const r = await post(app.url + 'api/compare', body);
      assert.equal(r.status, 400, r.text);
      assert.match(r.json.error, pattern);
      assert.doesNotMatch(r.text, /\n\s+at /);
    }
  });

  it('answers 413 to a body over 2 MB', async () => {
    const r = await post(app.url + 'api/compare', JSON.stringify({ base: 'a'.repeat(2 * 1024 * 1024 + 10), revised: '' }));
    assert.equal(r.status, 413);
    assert.match(r.json.error, /over the 2 MB limit/);
  });

  it('answers 415, 404 and 405 with JSON errors', async () => {
    const t = await post(app.url + 'api/compare', 'base=x', 'text/plain');
    assert.equal(t.status, 415);
    assert.match(t.json.error, /application\/json/);
    const n = await fetch(app.url + 'nowhere');
    assert.equal(n.status, 404);
    assert.match((await n.json()).error, /nothing at \/nowhere/);
    const m = await fetch(app.url + 'api/compare');
    assert.equal(m.status, 405);
    assert.equal(m.headers.get('allow'), 'POST');
    assert.equal(m.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(m.headers.get('content-security-policy'));
  });

  it('refuses URLs on private addresses unless started with --allow-private (403)', async () => {
    for (const url of [W('/article'), `http://localhost:${webPort}/article`, `http://[::ffff:127.0.0.1]:${webPort}/article`, 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/']) {
      const r = await post(app.url + 'api/compare', { baseUrl: url, revised: 'x' });
      assert.equal(r.status, 403, url);
      assert.match(r.json.error, /^baseUrl: refused to fetch .*--allow-private/);
    }
  });

  it('stops a comparison that runs past the time limit (503) and serves the next one', async () => {
    const slow = await listen('127.0.0.1', 0, { compareTimeoutMs: 1 });
    try {
      const text = readFileSync(join(root, 'examples', 'harbor-fire', 'base.txt'), 'utf8');
      const r = await post(slow.url + 'api/compare', { base: text, revised: text });
      assert.equal(r.status, 503, r.text);
      assert.match(r.json.error, /took longer than/);
    } finally {
      await slow.close(0);
    }
    const r2 = await post(app.url + 'api/compare', { base: 'The bridge opened.', revised: 'The bridge opened.' });
    assert.equal(r2.status, 200);
  });

  it('refuses a redirect to a refused address, checked after every hop (403)', async (t) => {
    if (!other) return t.skip('cannot listen on 127.0.0.2 on this system');
    const strict = await listen('127.0.0.1', 0, { fetch: { addressAllowed: (a) => a === '127.0.0.1' } });
    try {
      const ok = await post(strict.url + 'api/compare', { baseUrl: W('/redirect'), revised: 'x' });
      assert.equal(ok.status, 200, ok.text);
      const r = await post(strict.url + 'api/compare', { baseUrl: W('/to-other'), revised: 'x' });
      assert.equal(r.status, 403, r.text);
      assert.match(r.json.error, /127\.0\.0\.2/);
    } finally {
      await strict.close(0);
    }
  });

  it('with --allow-private, fetches a local article and compares its text', async () => {
    const r = await post(open.url + 'api/compare', { baseUrl: W('/article'), revisedUrl: W('/gzip') });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.findings.length, 0);
    assert.equal(r.json.base.sentences[0].kind, 'headline');
    assert.ok(r.json.base.paragraphs.length >= 5);
    const changed = await post(open.url + 'api/compare', { baseUrl: W('/redirect'), revised: 'Harbor Warehouse Fire Forces Evacuation\n\nA fire broke out on Tuesday night at a grain warehouse in Eastport Harbor, forcing the evacuation of 50 homes.' });
    assert.equal(changed.status, 200, changed.text);
    assert.ok(changed.json.findings.length > 0);
    const plain = await post(open.url + 'api/compare', { baseUrl: W('/plain'), revised: 'Bridge Reopens\n\nThe bridge opened on Monday.\n' });
    assert.equal(plain.status, 200, plain.text);
    assert.equal(plain.json.findings.length, 0);
  });

  it('answers 422 when the page has no readable article', async () => {
    for (const path of ['/empty', '/image']) {
      const r = await post(open.url + 'api/compare', { base: 'x', revisedUrl: W(path) });
      assert.equal(r.status, 422, path);
      assert.match(r.json.error, /^revisedUrl: /);
    }
  });

  it('answers 502 when the fetch fails: connection refused, an error status, too many redirects, too large, too slow', async () => {
    const cases: Array<[string, RegExp]> = [
      [`http://127.0.0.1:${closedPort}/article`, /connection refused/],
      [W('/missing'), /answered 404/],
      [W('/loop'), /more than 5 redirects/],
      [W('/to-file'), /only http and https/],
      [W('/big'), /over the 5000 bytes limit/],
      [W('/hang'), /timed out/],
    ];
    for (const [url, pattern] of cases) {
      const r = await post(open.url + 'api/compare', { baseUrl: url, revised: 'x' });
      assert.equal(r.status, url.endsWith('/to-file') ? 400 : 502, `${url}: ${r.text}`);
      assert.match(r.json.error, pattern, url);
    }
  });

  it('answers a malformed HTTP request with a JSON error and the same headers', async () => {
    const { connect } = await import('node:net');
    const u = new URL(app.url);
    const raw = await new Promise<string>((ok, fail) => {
      let got = '';
      const socket = connect(Number(u.port), u.hostname, () => socket.write('GARBAGE\r\n\r\n'));
      socket.setEncoding('utf8').on('data', (d: string) => (got += d));
      socket.on('end', () => ok(got));
      socket.on('error', fail);
    });
    assert.match(raw, /^HTTP\/1\.1 400 /);
    assert.match(raw, /content-security-policy: default-src 'none'/);
    assert.match(raw, /x-content-type-options: nosniff/);
    assert.match(raw, /\{"error":"malformed HTTP request"\}/);
  });

  it('answers only to localhost or an IP address in the Host header on loopback', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((ok, fail) => {
      const req = request(app.url, { headers: { host: `rebound.example:${new URL(app.url).port}` } }, (res) => {
        res.resume();
        ok(res.statusCode!);
      });
      req.on('error', fail);
      req.end();
    });
    assert.equal(status, 403);
  });
});
