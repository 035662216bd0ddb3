/** The case suite is well formed. These tests never assert the tool's accuracy on it. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Comparison, Finding } from '../../src/types.js';
import { loadSuite, coverage, scoreSuiteItem, validateItem, SUITE_CHECKS, SUITE_DIR, DOMAINS, type SuiteItem } from '../../eval/suite.js';

const suite = loadSuite(SUITE_DIR);
const items = suite.items;

describe('case suite: well formed', () => {
  it('every line parses and validates (fields, known checks, snippets that resolve, severities by profile)', () => {
    assert.deepEqual(suite.problems, []);
  });
  it('has at least 180 items with unique ids', () => {
    assert.ok(items.length >= 180, `${items.length} items`);
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
  });
  it('about a third of the items are faithful rewrites', () => {
    const share = items.filter((i) => i.kind === 'faithful').length / items.length;
    assert.ok(share >= 0.28 && share <= 0.4, `faithful share ${share.toFixed(2)}`);
  });
  it('uses both profiles, roughly half each', () => {
    const share = items.filter((i) => i.profile === 'faithful').length / items.length;
    assert.ok(share >= 0.35 && share <= 0.65, `faithful-profile share ${share.toFixed(2)}`);
  });
  it('covers every domain', () => {
    for (const d of DOMAINS) assert.ok(items.some((i) => i.domain === d), d);
  });
  it('names relation-changed among its checks, with the engine’s checks', () => {
    assert.ok(SUITE_CHECKS.includes('relation-changed'));
    assert.ok(SUITE_CHECKS.length >= 16);
  });
  it('every check must fire in at least 4 items and must stay silent in at least 3', () => {
    const cov = coverage(items);
    for (const check of SUITE_CHECKS) {
      const c = cov.get(check)!;
      assert.ok(c.fire.length >= 4, `${check}: fires in ${c.fire.length} items`);
      assert.ok(c.silent.length >= 3, `${check}: silent in ${c.silent.length} items`);
    }
  });
  it('every change item names its change, and has a note', () => {
    for (const i of items) {
      if (i.kind === 'change') assert.ok(i.findings.length > 0, i.id);
      else assert.equal(i.findings.length, 0, i.id);
      assert.ok(i.note.trim().length > 0, i.id);
    }
  });
});

describe('case suite: validation', () => {
  const good = {
    id: 'x-1', profile: 'revision', kind: 'change', category: 'c', domain: 'local', note: 'n',
    base: 'The bridge opened on Monday.', revised: 'The bridge opened on “Tuesday”.',
    findings: [{ check: 'date-changed', severity: 'material', base: 'Monday', revised: '"Tuesday"' }],
    acceptable: [], not_findings: [],
  };
  it('accepts a well-formed item, folding curly quotes in the text', () => {
    assert.deepEqual(validateItem(good), []);
  });
  it('reports a snippet that does not occur', () => {
    const bad = { ...good, findings: [{ ...good.findings[0]!, revised: 'Wednesday' }] };
    assert.match(validateItem(bad).join('\n'), /revised snippet not found/);
  });
  it('reports an unknown check, a wrong severity, a faithful item with findings, a not_finding without why', () => {
    assert.match(validateItem({ ...good, findings: [{ ...good.findings[0]!, check: 'date-moved' }] }).join('\n'), /unknown check/);
    assert.match(validateItem({ ...good, findings: [{ ...good.findings[0]!, severity: 'notable' }] }).join('\n'), /severity/);
    assert.match(validateItem({ ...good, kind: 'faithful' }).join('\n'), /faithful item expects no findings/);
    assert.match(validateItem({ ...good, not_findings: [{ check: 'place-changed', base: 'bridge' }] }).join('\n'), /why/);
  });
  it('knows claim-added is material under faithful and notable under revision', () => {
    const added = { ...good, base: 'A.', revised: 'A. B was new.', findings: [{ check: 'claim-added', severity: 'notable', revised: 'B was new' }] };
    assert.deepEqual(validateItem(added), []);
    assert.match(validateItem({ ...added, profile: 'faithful' }).join('\n'), /severity/);
  });
});

describe('case suite: judging one item', () => {
  const base = 'At least 8 people died in Huancar on Sunday. Another 20 were hurt.';
  const revised = 'At least 15 people died in Huancar on Sunday. Another 20 were hurt.';
  const item: SuiteItem = {
    id: 't-1', profile: 'revision', kind: 'change', category: 'c', domain: 'wire', note: 'n', source: 't:1', base, revised,
    findings: [{ check: 'number-changed', severity: 'material', base: 'At least 8', revised: 'At least 15' }],
    acceptable: [{ check: 'claim-added', revised: '15' }],
    not_findings: [{ check: 'number-changed', base: 'Another 20', revised: 'Another 20', why: 'same' }],
  };
  const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const finding = (check: string, severity: Finding['severity'], b: string | null, r: string | null): Finding => ({
    check, severity, confidence: 1, message: '', data: {}, base: b === null ? null : at(base, b), revised: r === null ? null : at(revised, r),
  });
  const comparison = (findings: Finding[]) => ({ findings }) as unknown as Comparison;

  it('is right when the expected finding is reported with its severity', () => {
    const s = scoreSuiteItem(item, comparison([finding('number-changed', 'material', '8', '15'), finding('claim-dropped', 'notable', 'Sunday', null)]));
    assert.equal(s.right, true);
  });
  it('counts a missed finding, and one of the wrong severity', () => {
    assert.equal(scoreSuiteItem(item, comparison([])).missed.length, 1);
    const s = scoreSuiteItem(item, comparison([finding('number-changed', 'notable', '8', '15')]));
    assert.equal(s.right, false);
    assert.equal(s.severityWrong[0]!.got, 'notable');
  });
  it('counts a forbidden finding even when it is notable', () => {
    const s = scoreSuiteItem(item, comparison([finding('number-changed', 'material', '8', '15'), finding('number-changed', 'notable', '20', '20')]));
    assert.equal(s.violations.length, 1);
    assert.equal(s.right, false);
  });
  it('counts a material finding outside findings and acceptable, but not an acceptable one', () => {
    const ok = scoreSuiteItem(item, comparison([finding('number-changed', 'material', '8', '15'), finding('claim-added', 'material', null, '15')]));
    assert.equal(ok.right, true);
    const s = scoreSuiteItem(item, comparison([finding('number-changed', 'material', '8', '15'), finding('place-changed', 'material', 'Huancar', 'Huancar')]));
    assert.equal(s.falseMaterial.length, 1);
    assert.equal(s.right, false);
  });
  it('a faithful item is wrong with any material finding, acceptable or not', () => {
    const faithful: SuiteItem = { ...item, kind: 'faithful', findings: [] };
    assert.equal(scoreSuiteItem(faithful, comparison([finding('claim-dropped', 'notable', 'Sunday', null)])).right, true);
    assert.equal(scoreSuiteItem(faithful, comparison([finding('claim-added', 'material', null, '15')])).right, false);
  });
});
