import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, normalizeForHash } from '../../src/corpus/hash.js';
import { canonicalUrl, identityOf } from '../../src/corpus/identity.js';
import { parseArticleLine } from '../../src/corpus/jsonl.js';
import { parseSince } from '../../src/corpus/timeline.js';
import { HashCounts } from '../../src/corpus/counts.js';

describe('content hash', () => {
  it('ignores typography and white space, not words', () => {
    const a = 'Fire at the harbor\n\n"We arrived," Ortiz said - two hurt.\n';
    const b = 'Fire  at the harbor \r\n“We arrived,” Ortiz said – two\u00a0hurt.';
    assert.equal(normalizeForHash(b), normalizeForHash(a));
    assert.equal(contentHash(a), contentHash(b));
    assert.notEqual(contentHash(a), contentHash(a.replace('two', 'three')));
    assert.match(contentHash(a), /^n1:[0-9a-f]{64}$/);
  });

  it('is frozen: the same text gives the same hash in every release', () => {
    assert.equal(contentHash('Fire at the harbor\nTwo hurt.\n'), 'n1:0df260e9a5332287f13d14367293f60f0905e205b8811af4f884d11f5eaf459f');
  });
});

describe('identity', () => {
  it('canonical URLs drop fragments, credentials, default ports and tracking parameters, and keep the rest in order', () => {
    assert.equal(canonicalUrl('HTTPS://News.Example:443/a/b?id=7&utm_source=rss&b=2&fbclid=x#top'), 'https://news.example/a/b?id=7&b=2');
    assert.equal(canonicalUrl('http://user:pw@news.example/a?'), 'http://news.example/a');
    assert.equal(canonicalUrl('/rel', 'https://news.example/x/'), 'https://news.example/rel');
    assert.equal(canonicalUrl('ftp://news.example/a'), null);
    assert.equal(canonicalUrl('not a url'), null);
  });

  it('prefers the URL, then the GUID scoped by its feed, then the path', () => {
    assert.equal(identityOf({ url: 'https://a.example/x?utm_medium=feed', guid: '7' })!.key, 'url:https://a.example/x');
    assert.equal(identityOf({ guid: '7', guidScope: 'feed:https://a.example/rss' })!.key, 'guid:feed:https://a.example/rss#7');
    assert.equal(identityOf({ path: '/tmp/a.txt' })!.key, 'path:/tmp/a.txt');
    assert.equal(identityOf({}), null);
  });
});

describe('JSON lines of articles', () => {
  it('reads url, title, text or html, published, outlet, id and byline', () => {
    const a = parseArticleLine(JSON.stringify({ url: 'https://a.example/1?utm_source=x', title: 'T', text: 'Line one.\nLine two.', published: '2026-11-24T09:00:00+01:00', outlet: 'Wire', byline: 'Sam' }), 'file:/x.jsonl');
    assert.deepEqual(a, { identity: { kind: 'url', key: 'url:https://a.example/1', url: 'https://a.example/1', guid: null, path: null }, outlet: 'Wire', title: 'T', byline: 'Sam', publishedAt: '2026-11-24T08:00:00.000Z', text: 'T\nLine one.\nLine two.\n' });
    const b = parseArticleLine(JSON.stringify({ id: 12, html: '<p>One <b>bold</b> claim.</p><script>x()</script><p>Two.</p>' }), 'file:/x.jsonl');
    assert.equal(b.identity.key, 'guid:file:/x.jsonl#12');
    assert.equal(b.text, 'One bold claim.\nTwo.\n');
    assert.equal(parseArticleLine(JSON.stringify({ id: 'a', outlet: 'Wire', text: 'x' }), 'f').identity.key, 'guid:outlet:Wire#a');
  });

  it('says what is wrong with a bad line', () => {
    const bad = (v: unknown) => () => parseArticleLine(typeof v === 'string' ? v : JSON.stringify(v), 'f');
    assert.throws(bad('{oops'), /^Error: not valid JSON/);
    assert.throws(bad([1]), /expected an object/);
    assert.throws(bad({ text: 'x' }), /"url" or "id" is required/);
    assert.throws(bad({ url: 'https://a.example/', text: 1 }), /"text" must be a string/);
    assert.throws(bad({ url: 'https://a.example/' }), /"text" or "html" is required/);
    assert.throws(bad({ url: 'https://a.example/', text: 'a', html: 'b' }), /not both/);
    assert.throws(bad({ url: 'javascript:alert(1)', text: 'a' }), /not an http or https URL/);
    assert.throws(bad({ url: 'https://a.example/', text: 'a', published: 'soon' }), /"published" is not a date/);
    assert.throws(bad({ url: 'https://a.example/', text: '  \n ' }), /empty/);
    assert.throws(bad({ url: 'https://a.example/', html: '<html><body><nav>Home</nav></body></html>' }), /no readable article/);
  });
});

describe('--since', () => {
  it('takes dates, times and spans back from now', () => {
    const now = new Date('2026-11-24T12:00:00.000Z');
    assert.equal(parseSince('2026-11-20', now), '2026-11-20T00:00:00.000Z');
    assert.equal(parseSince('2026-11-20T09:30Z', now), '2026-11-20T09:30:00.000Z');
    assert.equal(parseSince('36h', now), '2026-11-23T00:00:00.000Z');
    assert.equal(parseSince('2d', now), '2026-11-22T12:00:00.000Z');
    assert.equal(parseSince('90m', now), '2026-11-24T10:30:00.000Z');
    assert.equal(parseSince('yesterday', now), null);
    assert.equal(parseSince('2026-13-45', now), null);
  });
});

describe('HashCounts', () => {
  it('counts like a Map, for the key 0, keys at or above 2^31 and through growth', () => {
    const c = new HashCounts(4);
    const m = new Map<number, number>();
    let x = 12345;
    const keys = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    for (let i = 0; i < 5000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      keys.push(x % 3 === 0 ? x % 97 : x);
    }
    for (const k of keys) {
      c.add(k);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    c.add(0x80000000, 3);
    m.set(0x80000000, m.get(0x80000000)! + 3);
    for (const [k, v] of m) assert.equal(c.get(k), v, `key ${k}`);
    assert.equal(c.get(424242), 0);
    assert.equal(c.size, m.size);
    assert.deepEqual(new Map(c.entries()), m);
  });
});
