import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, CHECKS, format, type Comparison } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('library API', () => {
  it('resolves as "storydiff" from the checkout root', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { compare } from 'storydiff'; console.log(typeof compare)"], { cwd: root, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), 'function', r.stderr);
  });
  it('compare() is synchronous and returns plain JSON-safe data', () => {
    const c: Comparison = compare('The bridge opened on Monday.', 'The bridge opened on Tuesday.', { id: 'x' });
    assert.equal(c.id, 'x');
    assert.deepEqual(JSON.parse(JSON.stringify(c)), c);
  });
  it('identical texts give no findings', () => {
    const t = 'The bridge opened on Monday. Traffic was light.';
    assert.equal(compare(t, t).findings.length, 0);
  });
  it('empty sides give everything added or dropped', () => {
    const t = 'The bridge opened on Monday after three years of work. Traffic was light on the new deck.';
    assert.ok(compare('', t).findings.every((f) => f.check === 'claim-added'));
    assert.ok(compare(t, '').findings.every((f) => f.check === 'claim-dropped'));
    assert.equal(compare('', t).findings.length, 2);
    assert.equal(compare('', '').findings.length, 0);
  });
  it('refuses an unknown check id', () => {
    assert.throws(() => compare('a', 'b', { checks: ['nope'] }), /unknown check "nope"/);
    assert.equal(compare('The bridge opened on Monday.', 'The bridge opened on Friday.', { checks: ['date-changed'] }).findings[0]!.check, 'date-changed');
  });
  it('format() says what to pass when given one comparison instead of a list (issue 10)', () => {
    const r = compare('The bridge opened on Monday.', 'The bridge opened on Friday.');
    assert.throws(() => format('text', r as never), { name: 'TypeError', message: /comparisons is a list; for one comparison, pass \[result\]/ });
    assert.throws(() => format('md', undefined as never), /must be a list of compare\(\) results \(got undefined\)/);
    assert.throws(() => format('pdf' as never, [r]), /unknown format "pdf" \(use one of text, json, jsonl, md, html\)/);
    assert.throws(() => format('toString' as never, [r]), /unknown format/);
    assert.match(format('text', [r]), /date-changed/);
  });
  it('refuses an unknown profile', () => {
    assert.throws(() => compare('a', 'b', { profile: 'strict' as never }), /unknown profile/);
  });
  it('every check has kebab-case id, a description, a severity and a doc', () => {
    const ids = new Set<string>();
    for (const c of CHECKS) {
      assert.match(c.meta.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(!ids.has(c.meta.id));
      ids.add(c.meta.id);
      assert.ok(c.meta.description.length > 5);
      assert.match(c.meta.docs, new RegExp(`^docs/checks/${c.meta.id}\\.md$`));
    }
  });
});
