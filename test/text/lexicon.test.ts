import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verbForm } from '../../src/text/lexicon.js';

describe('verbForm', () => {
  it('finds the dictionary form of regular verbs', () => {
    assert.equal(verbForm('asked'), 'ask');
    assert.equal(verbForm('fined'), 'fine');
  });
  it('finds the dictionary form of irregular verbs', () => {
    assert.equal(verbForm('sent'), 'send');
    assert.equal(verbForm('told'), 'tell');
    assert.equal(verbForm('went'), 'go');
  });
  it('gives nothing for a word that is no verb', () => {
    assert.equal(verbForm('the'), undefined);
  });
});
