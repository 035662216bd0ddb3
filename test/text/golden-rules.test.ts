/**
 * The 48 English golden rules of the Pragmatic Segmenter (test/fixtures/golden-rules, MIT). Each
 * rule's text is read as a telling by analyze(): a line is a paragraph and a line break ends a
 * sentence (no rule text has one). At least 44 must pass; the failures are listed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/text/doc.js';

interface Rule {
  text: string;
  expected: string[];
  xfail: boolean;
}

// tests run from dist/test/text; the fixture stays in the source tree
const rules = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../test/fixtures/golden-rules/en.json', import.meta.url)), 'utf8'),
) as Rule[];

const split = (text: string): string[] => analyze(text).sentences.map((s) => text.slice(s.start, s.end).trim());

describe('golden rules of sentence splitting', () => {
  it('has all 48 rules', () => assert.equal(rules.length, 48));

  it('passes at least 44 of them', () => {
    const failures = rules
      .map((r, i) => ({ i, r, got: split(r.text) }))
      .filter(({ r, got }) => JSON.stringify(got) !== JSON.stringify(r.expected))
      .map(({ i, r, got }) => `#${i} ${JSON.stringify(r.text)}\n  expected ${JSON.stringify(r.expected)}\n  got      ${JSON.stringify(got)}`);
    if (failures.length) console.log(`golden rules failing (${failures.length}):\n${failures.join('\n')}`);
    assert.ok(rules.length - failures.length >= 44, `${rules.length - failures.length}/48 pass:\n${failures.join('\n')}`);
  });
});
