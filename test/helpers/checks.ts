/** A small RuleTester: tables of cases that must fire and cases that must not, for one check. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../../src/engine/compare.js';
import type { Finding, Profile } from '../../src/types.js';

export interface Case {
  name: string;
  base: string;
  revised: string;
  profile?: Profile;
  /** for cases that fire: the finding must touch these words (substrings) on each side */
  baseText?: string;
  revisedText?: string;
  /** and carry this data (a subset) */
  data?: Record<string, unknown>;
  severity?: Finding['severity'];
}

export function findingsOf(check: string, c: Case): Finding[] {
  return compare(c.base, c.revised, { profile: c.profile ?? 'revision' }).findings.filter((f) => f.check === check);
}

function touches(loc: Finding['base'], text: string, raw: string): boolean {
  if (!loc) return false;
  for (let i = raw.indexOf(text); i >= 0; i = raw.indexOf(text, i + 1)) {
    if (loc.start < i + text.length && i < loc.end) return true;
  }
  return false;
}

export function checkTable(check: string, table: { fires: Case[]; silent: Case[] }): void {
  describe(check, () => {
    for (const c of table.fires) {
      it(`fires: ${c.name}`, () => {
        const fs = findingsOf(check, c);
        const hit = fs.filter(
          (f) =>
            (c.baseText === undefined || touches(f.base, c.baseText, c.base)) &&
            (c.revisedText === undefined || touches(f.revised, c.revisedText, c.revised)),
        );
        assert.ok(hit.length > 0, `expected ${check} touching ${JSON.stringify([c.baseText, c.revisedText])}; got ${JSON.stringify(fs.map((f) => [f.base?.text, f.revised?.text, f.data]))}`);
        if (c.severity) assert.ok(hit.some((f) => f.severity === c.severity), `expected severity ${c.severity}`);
        if (c.data) {
          const ok = hit.some((f) => Object.entries(c.data!).every(([k, v]) => JSON.stringify(f.data[k]) === JSON.stringify(v)));
          assert.ok(ok, `expected data ${JSON.stringify(c.data)}; got ${JSON.stringify(hit.map((f) => f.data))}`);
        }
      });
    }
    for (const c of table.silent) {
      it(`silent: ${c.name}`, () => {
        const fs = findingsOf(check, c);
        assert.deepEqual(fs.map((f) => [f.base?.text, f.revised?.text]), [], `${check} must not fire`);
      });
    }
  });
}
