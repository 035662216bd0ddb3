import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/engine/compare.js';

const links = (b: string, r: string) => compare(b, r).links.map((l) => ({ base: l.base, revised: l.revised, kind: l.kind }));

describe('alignment', () => {
  it('links identical sentences as same', () => {
    const t = 'The bridge opened on Monday. Traffic was light.';
    assert.deepEqual(links(t, t), [
      { base: [0], revised: [0], kind: 'same' },
      { base: [1], revised: [1], kind: 'same' },
    ]);
  });
  it('links a reworded sentence as edited, with a word diff', () => {
    const c = compare('The council voted on Monday to shut the library.', 'On Monday the council voted to close the library.');
    assert.equal(c.links.length, 1);
    assert.equal(c.links[0]!.kind, 'edited');
    const words = c.links[0]!.diff!.map(([op, s, e]) => op + (op === '-' ? 'The council voted on Monday to shut the library.' : 'On Monday the council voted to close the library.').slice(s, e));
    assert.ok(words.includes('-shut'), JSON.stringify(words));
    assert.ok(words.includes('+close'), JSON.stringify(words));
  });
  it('links a merged sentence to both sources', () => {
    const c = compare(
      'The storm cut power to 12,000 homes in Galway. Repair crews restored it by Sunday evening.',
      'The storm cut power to 12,000 homes in Galway, and repair crews restored it by Sunday evening.',
    );
    assert.deepEqual(links(
      'The storm cut power to 12,000 homes in Galway. Repair crews restored it by Sunday evening.',
      'The storm cut power to 12,000 homes in Galway, and repair crews restored it by Sunday evening.',
    ), [{ base: [0, 1], revised: [0], kind: 'merged' }]);
    assert.equal(c.findings.length, 0);
  });
  it('links a split sentence from one source', () => {
    assert.deepEqual(links(
      'The storm cut power to 12,000 homes in Galway, and repair crews restored it by Sunday evening.',
      'The storm cut power to 12,000 homes in Galway. Repair crews restored it by Sunday evening.',
    ), [{ base: [0], revised: [0, 1], kind: 'split' }]);
  });
  it('marks a sentence out of order as moved', () => {
    const got = links(
      'The mayor opened the new bridge on Monday. Traffic was light in the morning. Cyclists praised the wide lanes.',
      'Cyclists praised the wide lanes. The mayor opened the new bridge on Monday. Traffic was light in the morning.',
    );
    assert.deepEqual(got.map((l) => l.kind).sort(), ['moved', 'same', 'same']);
  });
  it('matches equal durations in other words', () => {
    const got = links('The first direct talks in half a year took place in Vienna.', 'The first direct talks in six months took place in Vienna.');
    assert.equal(got.length, 1);
  });
  it('pairs a reworded paragraph lead by position when it is made of the story\'s words', () => {
    const base =
      'Harbor Strike\nDockworkers at the harbor walked out on Monday over pay. Talks with the port authority had failed.\n' +
      'The walkout unfolds against a backdrop of rising freight costs. Shipping firms diverted four vessels to Rotterdam.';
    const revised =
      'Harbor Strike\nDockworkers at the harbor walked out on Monday over pay. Talks with the port authority had failed.\n' +
      'The harbor walkout comes as talks over pay stall. Shipping firms diverted four vessels to Rotterdam.';
    const got = links(base, revised);
    assert.ok(got.some((l) => l.base.includes(3) && l.revised.includes(3)), JSON.stringify(got));
  });
  it('does not hide a new paragraph lead made of new words', () => {
    const base = 'Budget Talks\nThe council met on Monday to debate the budget. The mayor proposed cutting library hours by a third.';
    const revised = 'Budget Talks\nA meteor shower lit up the northern sky for hours overnight. The mayor proposed cutting library hours by a third.';
    const c = compare(base, revised, { profile: 'faithful' });
    assert.ok(c.findings.some((f) => f.check === 'claim-added' && f.severity === 'material' && f.revised?.text.startsWith('A meteor shower')));
  });
  it('leaves unrelated sentences unlinked', () => {
    assert.deepEqual(links('The bridge opened on Monday.', 'A volcano erupted in Iceland overnight.'), []);
  });
});
