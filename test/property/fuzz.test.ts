/** The fuzz command runs, counts its inputs and stops on time (the long runs are `npm run fuzz`). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../fuzz/properties.js';

describe('npm run fuzz', () => {
  it('runs for the minutes asked and reports how many inputs it ran', () => {
    const out = mkdtempSync(join(tmpdir(), 'storydiff-fuzz-'));
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'fuzz', 'run.js'), '--minutes', '0.1', '--only', 'well-formed', '--seed', '7', '--out', join(out, 'cases')], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^fuzz: 0\.1 min, seed 7, properties well-formed; \d+ real texts to mutate/);
      assert.match(r.stdout, /fuzz: done after 0\.1 min: \d+ inputs \(well-formed \d+\); 0 failures, 0 cases written\n$/);
      assert.equal(existsSync(join(out, 'cases')), false, 'no folder without a failure');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  it('refuses unknown arguments with a usage line and exit 2', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'fuzz', 'run.js'), '--only', 'nope'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--only takes property names: well-formed, deterministic, self, typography\nusage: npm run fuzz -- --minutes N/);
  });
});
