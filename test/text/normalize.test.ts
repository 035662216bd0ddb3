import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fold, normalize, normalizedText, toRaw } from '../../src/text/normalize.js';

describe('normalize', () => {
  it('folds quotes, dashes, non-breaking hyphens and white space', () => {
    assert.equal(fold('“It’s   in\u2011person,” she said\u00a0— Ukraine\u2013Russia'), '"It\'s in-person," she said — Ukraine-Russia');
  });
  it('maps every normalized character back to its raw offset', () => {
    const raw = 'a\u00a0\u00a0“b”  c\u2011d';
    const { norm, normToRaw } = normalize(raw);
    assert.equal(norm, 'a "b" c-d');
    const i = norm.indexOf('c-d');
    const r = toRaw(normToRaw, i, i + 3);
    assert.equal(raw.slice(r.start, r.end), 'c\u2011d');
    const q = norm.indexOf('"b"');
    const rq = toRaw(normToRaw, q, q + 3);
    assert.equal(raw.slice(rq.start, rq.end), '“b”');
  });
  it('expands NFKC forms and still maps them to the raw character', () => {
    const raw = 'x \ufb01ne y';
    const { norm, normToRaw } = normalize(raw);
    assert.equal(norm, 'x fine y');
    const r = toRaw(normToRaw, 2, 6);
    assert.equal(raw.slice(r.start, r.end), '\ufb01ne');
  });
  it('keeps line breaks as paragraph marks and drops trailing blanks', () => {
    assert.equal(normalize('one  \n\n two\n\n\n').norm, 'one\n\ntwo\n\n\n');
  });
  it('handles characters outside the BMP', () => {
    const raw = 'peace 🕊 dove';
    const { norm, normToRaw } = normalize(raw);
    const i = norm.indexOf('dove');
    assert.equal(raw.slice(toRaw(normToRaw, i, i + 4).start), 'dove');
  });
});

describe('normalizedText', () => {
  it('gives what normalize().norm gives, on ASCII blanks and lines and on text that needs folding', () => {
    const cases = ['', ' ', ' a ', 'a  b\t\tc', 'a \n b', 'a\n\n\nb ', '  \n  \n', 'x\v\fy', 'tab\t\n\tx', 'a\r\nb', '“Quote” — it’s\u00a0here', 'a  \n  \n  b'];
    let seed = 7;
    const chars = ' \t\n\u000bab.';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let k = 0; k < 16; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += chars[seed % chars.length];
      }
      cases.push(s);
    }
    for (const c of cases) assert.equal(normalizedText(c), normalize(c).norm, JSON.stringify(c));
  });
});
