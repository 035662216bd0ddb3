import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { articlePage, cli, cliAsync, fixtureServer, rssFeed, tempDir } from './helpers.js';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

const strike = (days: string, pay: string) =>
  articlePage('Dock strike ends', [`Dock workers returned to work on Friday after a ${days}-day strike, the union said.`, `The agreement raises pay by ${pay} percent over two years, according to the port authority.`]);
const ferry = (minutes: string) =>
  articlePage('Ferry service resumes', ['The island ferry resumed service on Monday after storm repairs, the operator said.', `Crossings will run every ${minutes} minutes until the end of the month.`]);

describe('storydiff watch', () => {
  it('re-ingests a changing feed and article on a schedule, prints one line per material change, stops on SIGTERM', async () => {
    const server = await fixtureServer({ '/a1': strike('four', '6'), '/a2': ferry('40') });
    server.routes['/feed.xml'] = rssFeed('Local Wire', [
      { title: 'Dock strike ends', link: `${server.url}/a1` },
      { title: 'Ferry service resumes', link: `${server.url}/a2` },
    ]);
    const db = join(dir, 'watch.db');
    const run = cliAsync(['watch', `${server.url}/a1`, `${server.url}/feed.xml`, '--follow', '--every', '1s', '--allow-private', '--delay', '0', '--db', db]);
    try {
      await run.waitFor(/round 1: 2 new articles, 0 new versions \(0 material\), 1 unchanged, 0 failed/);
      assert.equal(run.out, '', 'no change yet');
      // the next rounds see the new texts
      server.routes['/a1'] = strike('five', '6');
      server.routes['/a2'] = ferry('30');
      await run.waitFor(/ferry|Ferry/);
      await run.waitFor(/round \d+: 0 new articles, 2 new versions \(2 material\)/);
      const lines = run.out.trim().split('\n');
      assert.equal(lines.length, 2, run.out);
      assert.match(lines[0]!, /^\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}article 1 version 1 → 3 {2}1 material \(number-changed\) {2}http:\/\/127\.0\.0\.1:\d+\/a1 {2}"Dock strike ends"$/);
      assert.match(lines[1]!, /article 2 version 2 → 4 {2}1 material \(number-changed\) {2}http:\/\/127\.0\.0\.1:\d+\/a2 {2}"Ferry service resumes"$/);
      // a change that is not material prints nothing
      server.routes['/a2'] = articlePage('Ferry service resumes', ['The island ferry resumed service on Monday after storm repairs, the operator said.', 'Crossings will run every 30 minutes until the end of the month.', 'Tickets can be bought on board.']);
      await run.waitFor(/round \d+: 0 new articles, 1 new version \(0 material\)/);
      assert.equal(run.out.trim().split('\n').length, 2);
    } finally {
      run.child.kill('SIGTERM');
      const code = await run.exited;
      await server.close();
      assert.equal(code, 0, run.err);
    }
    assert.match(run.err, /storydiff: stopped after \d+ rounds: 3 new versions, 2 with material changes\n$/);
    assert.doesNotMatch(run.err, /\n\s+at /);
    // the timeline has the comparisons watch stored
    const log = cli(['log', `${server.url}/a2`, '--db', db, '--format', 'json']);
    const t = JSON.parse(log.out);
    assert.deepEqual(t.changes.map((c: { summary: { material: number } }) => c.summary.material), [0, 1]);
  });

  it('stops at once on SIGINT while waiting for the next round; --rounds stops by itself; failures do not stop it', async () => {
    const server = await fixtureServer({ '/a1': strike('four', '6') });
    try {
      const db = join(dir, 'watch2.db');
      const run = cliAsync(['watch', `${server.url}/a1`, `${server.url}/missing`, '--every', '10m', '--allow-private', '--delay', '0', '--db', db]);
      await run.waitFor(/round 1:/);
      const t = Date.now();
      run.child.kill('SIGINT');
      assert.equal(await run.exited, 0);
      assert.ok(Date.now() - t < 5000, 'did not wait for the next round');
      assert.match(run.err, /storydiff: skipped http:\/\/127\.0\.0\.1:\d+\/missing: cannot fetch .*: the server answered 404/);
      assert.match(run.err, /stopped after 1 round: 0 new versions, 0 with material changes/);
      const rounds = cliAsync(['watch', `${server.url}/a1`, '--every', '100ms', '--rounds', '3', '--allow-private', '--delay', '0', '--db', db]);
      assert.equal(await rounds.exited, 0);
      assert.match(rounds.err, /round 3: 0 new articles, 0 new versions \(0 material\), 1 unchanged, 0 failed\nstorydiff: stopped after 3 rounds/);
    } finally {
      await server.close();
    }
  });

  it('needs --every', () => {
    const r = cli(['watch', 'http://127.0.0.1:1/x', '--db', join(dir, 'x.db')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /required option '--every <duration>' not specified/);
  });
});
