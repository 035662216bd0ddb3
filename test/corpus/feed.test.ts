import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeedError, looksLikeFeed, parseFeedXml } from '../../src/corpus/feed.js';
import { fixture } from './helpers.js';

const read = (name: string) => readFileSync(fixture('feeds', name), 'utf8');

describe('feeds', () => {
  it('reads RSS 2.0: content:encoded over description, CDATA titles with markup made plain, dates with zone names, relative links, dc:creator', () => {
    const f = parseFeedXml(read('rss.xml'));
    assert.equal(f.title, 'Harbor Gazette & Times');
    assert.equal(f.home, 'https://harbor.example/feed.xml');
    const [fire, budget, nolink] = f.items;
    assert.equal(fire!.title, 'Fire at the harbor warehouse – two hurt');
    assert.equal(fire!.guid, 'harbor-gazette-48213');
    assert.equal(fire!.url, 'https://harbor.example/news/harbor-fire', 'tracking parameters dropped');
    assert.equal(fire!.publishedAt, '2026-11-24T14:15:00.000Z', 'EST is UTC-5');
    assert.equal(fire!.byline, 'Maria Lopez');
    assert.deepEqual(fire!.text.split('\n').filter(Boolean), [
      'Fire at the harbor warehouse – two hurt',
      'A fire broke out at the harbor warehouse on Tuesday morning, injuring two workers, Fire Chief Dana Ortiz said.',
      '“The building was fully involved when we arrived,” Ortiz said. Crews from three stations fought the blaze for four hours.',
      'The cause is under investigation.',
    ]);
    // the parser keeps <em> in a CDATA title; we make it plain text
    assert.equal(budget!.title, 'Council approves $4.2M budget for ferry repairs');
    assert.equal(budget!.url, 'https://harbor.example/news/ferry-budget', 'a relative link resolved against the channel link');
    assert.equal(budget!.byline, 'City Desk');
    assert.equal(nolink!.url, null);
    assert.equal(nolink!.guid, 'tag:harbor.example,2026:nolink-1');
    assert.equal(nolink!.publishedAt, null);
  });

  it('reads Atom: the alternate link (not rel=edit) resolved against xml:base, html and xhtml content, several authors, published before updated', () => {
    const f = parseFeedXml(read('atom.xml'));
    assert.equal(f.title, 'Wire Service: Top Stories');
    const [talks, storm] = f.items;
    assert.equal(talks!.url, 'https://wire.example/stories/miami-talks');
    assert.equal(talks!.title, 'Talks in Miami end without a deal & resume Friday');
    assert.equal(talks!.byline, 'John Smith, Ana Ruiz');
    assert.equal(talks!.publishedAt, '2026-11-24T17:00:00.000Z');
    assert.match(talks!.text, /^"We are close," said Deputy Minister Laura Chen\. The talks have run for eleven days\.$/m);
    assert.equal(storm!.title, 'Storm warning for the coast');
    assert.equal(storm!.publishedAt, '2026-11-24T10:00:00.000Z', 'updated when there is no published');
    assert.match(storm!.text, /^Schools in two districts will close on Wednesday\.$/m);
  });

  it('reads RSS 1.0 (RDF)', () => {
    const f = parseFeedXml(read('rdf.xml'));
    assert.equal(f.items.length, 1);
    assert.equal(f.items[0]!.url, 'https://old.example/a/1');
    assert.equal(f.items[0]!.guid, null, 'the parser does not take rdf:about as the id; the link identifies the item');
    assert.equal(f.items[0]!.byline, 'Lee Wong');
  });

  it('refuses entity declarations (expansion bombs, external entities) before parsing, and what is not a feed', () => {
    assert.throws(() => parseFeedXml(read('bomb.xml')), (e: Error) => e instanceof FeedError && /declares XML entities/.test(e.message));
    assert.throws(() => parseFeedXml(read('xxe.xml')), (e: Error) => e instanceof FeedError && /declares XML entities/.test(e.message));
    assert.throws(() => parseFeedXml(read('notxml.xml')), /is not XML/);
    assert.throws(() => parseFeedXml('<html><body><p>hello</p></body></html>'), /is not an RSS or Atom feed \(its root element is <html>\)/);
    assert.throws(() => parseFeedXml(''), /is empty/);
    // a flat entity repeated (quadratic blow-up): refused too, although the parser would cap it
    const flat = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(1000)}">]><rss version="2.0"><channel><item><title>&a;&a;&a;</title></item></channel></rss>`;
    assert.throws(() => parseFeedXml(flat), /declares XML entities/);
  });

  it('accepts a DOCTYPE that only names a DTD (RSS 0.91), without fetching it', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Old</title><link>https://old.example/</link><item><title>T</title><link>/a</link><description>Some words here.</description></item></channel></rss>`;
    assert.ok(looksLikeFeed(xml));
    assert.equal(parseFeedXml(xml).items[0]!.url, 'https://old.example/a');
  });

  it('makes markup in item text inert text, never markup', () => {
    const xml = `<rss version="2.0"><channel><title>x</title><item><title><![CDATA[Vote <script>alert(1)</script> today]]></title><link>https://x.example/1</link><description><![CDATA[<p onclick="x()">Hello <img src=x onerror=alert(1)> world, the council said on Monday.</p><script>alert(2)</script>]]></description></item></channel></rss>`;
    const it0 = parseFeedXml(xml).items[0]!;
    assert.equal(it0.title, 'Vote today');
    assert.equal(it0.text, 'Vote today\nHello world, the council said on Monday.\n');
  });
});
