import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleText } from '../../src/server/extract.js';
import { compare } from '../../src/index.js';
import { ARTICLE_HTML } from './fixtures.js';



describe('articleText', () => {
  it('keeps the title as the first line and each paragraph as a line', () => {
    const text = articleText(ARTICLE_HTML)!;
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], 'Harbor Warehouse Fire Forces Evacuation');
    assert.equal(lines.length, 5);
    assert.match(lines[2]!, /^Fire Chief Maria Delgado said .* at the scene\.$/);
    assert.match(lines[4]!, /state fire marshal's office/);
    assert.doesNotMatch(text, /Home|Copyright|tracking/);
    const c = compare(text, text);
    assert.equal(c.base.sentences[0]!.kind, 'headline');
  });

  it('finds nothing in a page without an article', () => {
    assert.equal(articleText('<html><body><nav><a href="/">Home</a> <a href="/x">World</a></nav></body></html>'), null);
    assert.equal(articleText('<html><body></body></html>'), null);
    assert.equal(articleText(''), null);
  });
});
