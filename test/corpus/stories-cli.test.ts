import { describe, it, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, root, tempDir } from './helpers.js';

/** examples/stories: a ferry strike told by 4 outlets (an agency report, an independent report, a rewrite of the agency's copy, a summary of the rewrite) and a library roof told by 2 papers. */
const source = join(root, 'examples', 'stories', 'two-stories.jsonl');
const dir = tempDir();
const db = join(dir, 'stories.db');
after(() => rmSync(dir, { recursive: true, force: true }));

interface StoriesJson {
  schema: string;
  total: number;
  stories: Array<{ id: number; articleCount: number; articles: Array<{ id: number; url: string | null }> }>;
}
interface StoryJson {
  schema: string;
  story: { id: number };
  tellings: Array<{ article: { id: number; url: string | null }; source: { articleId: number } | null }>;
}

describe('storydiff group, stories, story', () => {
  before(() => {
    const r = cli(['ingest', source, '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /6 articles placed in stories \(2 new\)/);
  });

  it('stories: two stories; JSON lists every member article of every story with its URL', () => {
    const r = cli(['stories', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as StoriesJson;
    assert.equal(j.schema, 'storydiff/stories@1');
    assert.equal(j.total, 2);
    assert.deepEqual(j.stories.map((s) => s.articleCount).sort(), [2, 4]);
    for (const s of j.stories) assert.equal(s.articles.length, s.articleCount);
    const urls = j.stories.flatMap((s) => s.articles.map((a) => a.url));
    assert.equal(new Set(urls).size, 6);
    const ferry = j.stories.find((s) => s.articleCount === 4)!;
    assert.ok(ferry.articles.every((a) => /ferry|briefing/.test(a.url ?? '')), JSON.stringify(ferry.articles));
  });

  it('story: the rewrite derives from the agency report, the summary from the rewrite, the independent report from none', () => {
    const list = JSON.parse(cli(['stories', '--db', db, '--format', 'json']).out) as StoriesJson;
    const ferry = list.stories.find((s) => s.articleCount === 4)!;
    const r = cli(['story', String(ferry.id), '--db', db, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as StoryJson;
    assert.equal(j.schema, 'storydiff/story@1');
    const byUrl = new Map(j.tellings.map((t) => [t.article.url, t]));
    const idOf = (part: string) => [...byUrl.keys()].find((u) => u?.includes(part));
    const agency = byUrl.get(idOf('coastpress')!)!;
    const rewrite = byUrl.get(idOf('dailycourier')!)!;
    const summary = byUrl.get(idOf('briefing')!)!;
    const independent = byUrl.get(idOf('islandherald')!)!;
    assert.equal(agency.source, null);
    assert.equal(independent.source, null);
    assert.equal(rewrite.source?.articleId, agency.article.id);
    assert.equal(summary.source?.articleId, rewrite.article.id);
    const text = cli(['story', String(ferry.id), '--db', db]);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /Derivation/);
    const html = cli(['story', String(ferry.id), '--db', db, '--format', 'html']);
    assert.match(html.out, /<svg class="forest"/);
  });

  it('group rebuilds and keeps the story ids', () => {
    const before = JSON.parse(cli(['stories', '--db', db, '--format', 'json']).out) as StoriesJson;
    const r = cli(['group', '--db', db, '--no-compare']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /6 articles in 2 stories \(2 kept their ids\)/);
    const again = JSON.parse(cli(['stories', '--db', db, '--format', 'json']).out) as StoriesJson;
    assert.deepEqual(
      again.stories.map((s) => [s.id, s.articles.map((a) => a.id)]),
      before.stories.map((s) => [s.id, s.articles.map((a) => a.id)]),
    );
  });

  it('bad input: one line on standard error, exit 2, no stack trace', () => {
    for (const args of [
      ['story', '999', '--db', db],
      ['story', 'abc', '--db', db],
      ['stories', '--db', join(dir, 'missing.db')],
      ['stories', '--db', db, '--format', 'xml'],
    ]) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /^storydiff: error: |^error: /, args.join(' '));
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });
});
