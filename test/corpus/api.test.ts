import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { openStore } from '../../src/index.js';
import { progressBar, countsLine } from '../../src/cli/corpus.js';
import { fixture, root } from './helpers.js';

describe('corpus library API', () => {
  it('openStore is exported; importing storydiff does not load the SQLite driver until a store is opened', () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('better-sqlite3'));
      const m = await import('storydiff');
      const before = loaded();
      const c = await m.openStore(':memory:');
      console.log(typeof m.openStore, before, loaded());
      await c.close();`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.stdout.trim(), 'function false true', r.stderr);
  });

  it('scripts what the command line does: ingest, find, timeline, compare two versions (stored for next time)', async () => {
    const c = await openStore(':memory:');
    const s = await c.ingest([fixture('pages', 'harbor-fire-v1.html'), fixture('pages', 'harbor-fire-v2.html')], { delayMs: 0, compare: false });
    assert.deepEqual([s.newArticles, s.newVersions, s.comparisons], [1, 1, 0]);
    const [v1, v2] = await c.versions(1);
    const first = await c.compareVersions(v1!.id, v2!.id);
    assert.equal(first.fromStore, false);
    assert.equal(first.comparison.summary.material, 7);
    const second = await c.compareVersions(v1!.id, v2!.id);
    assert.equal(second.fromStore, true);
    assert.deepEqual(second.comparison, first.comparison);
    const t = (await c.timeline('https://harbor.example/news/harbor-fire', { texts: true, comparisons: true }))!;
    assert.equal(t.versions[0]!.text!.split('\n')[0], 'Harbor Warehouse Fire Was Arson, Officials Say; 50 Homes Evacuated');
    assert.deepEqual(t.changes[0]!.comparison, first.comparison);
    assert.equal(await c.timeline('https://harbor.example/none'), null);
    await assert.rejects(c.compareVersions(v1!.id, 999), /no version 999/);
    assert.deepEqual(await c.stats(), { outlets: 1, articles: 1, versions: 2, comparisons: 1 });
    await c.close();
  });

  it('draws a progress bar and a closing line', () => {
    assert.equal(progressBar({ unitsDone: 4, unitsTotal: 10, fraction: 0.45, items: 1203, failed: 2 }), 'storydiff [###########-------------]  45% 4/10 sources, 1203 articles, 2 failed');
    assert.equal(progressBar({ unitsDone: 1, unitsTotal: 1, fraction: 1, items: 1, failed: 0 }), 'storydiff [########################] 100% 1/1 sources, 1 article');
    assert.equal(
      countsLine({ sources: 1, items: 3, newArticles: 1, newVersions: 1, unchanged: 1, failed: 0, failures: [], skipped: 0, comparisons: 1, materialChanges: 1, stopped: false, ms: 1234 }, 'x.db'),
      'storydiff: 1 source, 3 articles read: 1 new article, 1 new version, 1 unchanged, 0 failed; 1 comparison (1 with material changes) in 1.2 s → x.db\n',
    );
  });
});
