/**
 * Regression cases: each folder under test/regressions/ holds a case.json written by `npm run fuzz`
 * (or by hand): {property, profile, base, revised, error?}. The property must hold on it now.
 */
import { describe, it } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROPERTIES, ROOT, type Input, type PropertyName } from '../../fuzz/properties.js';

const dir = join(ROOT, 'test', 'regressions');
const cases = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'case.json'))).sort() : [];

describe('regression cases (test/regressions)', () => {
  for (const name of cases) {
    const c = JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8')) as Input & { property: PropertyName; error?: string };
    it(`${name}: ${c.property}${c.error ? ` (was: ${c.error.split('\n')[0]!.slice(0, 100)})` : ''}`, () => {
      PROPERTIES[c.property]({ base: c.base, revised: c.revised, profile: c.profile ?? 'revision' });
    });
  }
});
