/**
 * Jobs against a real PostgreSQL server (STORYDIFF_TEST_PG): workers racing on one story, a worker
 * killed with SIGKILL mid-job, a job dead-lettered after three failures, and errors the user can act on.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PgStore } from '../../src/store/pg.js';
import { Stories } from '../../src/corpus/stories.js';
import { JobQueue, openJobs, queueIngest, runWorker } from '../../src/jobs/index.js';
import { articlePage, bin, cliAsync, fixtureServer, root, tempDir } from '../corpus/helpers.js';
import { freshDatabase, pgSkip, sql } from '../helpers/pg.js';
import { version } from '../store/contract.js';

const skip = pgSkip('jobs on PostgreSQL');

/** Tellings of one story: a wire text and outlets' light rewrites of it. */
const WIRE = [
  'Harbor council approves ferry repair budget',
  'The Harbor City council voted 7 to 2 on Tuesday to approve a $4.2 million budget for repairs to the Bayside ferry, Mayor Ana Ortiz said.',
  'The ferry, which carries 3,000 commuters a day between Bayside and Port Lena, was pulled from service in October after inspectors found corrosion in its hull.',
  '"We cannot leave commuters stranded for another winter," Ortiz said after the vote. Councillor Ben Walsh, who voted against, called the plan rushed.',
  'Repairs are to begin in January at the Northgate shipyard and take about four months, according to the harbor authority.',
].join('\n');

function telling(i: number): string {
  const lines = WIRE.split('\n');
  return [`${lines[0]} (${['Gazette', 'Times', 'Post', 'Herald', 'Courier', 'Ledger', 'Star', 'Tribune'][i % 8]})`, ...lines.slice(1), `Reporting by desk ${i}.`].join('\n');
}

function jsonl(path: string, n: number, text: (i: number) => string): void {
  writeFileSync(path, Array.from({ length: n }, (_, i) => JSON.stringify({ url: `https://outlet${i}.example/ferry`, title: text(i).split('\n')[0], text: text(i), outlet: `Outlet ${i}`, published: `2026-11-24T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z` })).join('\n') + '\n');
}

const FAST = { STORYDIFF_JOB_TIMEOUT: '3', STORYDIFF_JOB_RETRY_DELAY: '1', STORYDIFF_JOB_MAINTENANCE: '1' };

function worker(url: string, args: string[] = []) {
  const child = spawn(process.execPath, [bin, 'worker', '--db', url, ...args], { cwd: root, env: { ...process.env, ...FAST }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, exited, get out() { return out; } };
}

async function until(what: string, fn: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await fn())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Articles, versions, placements, live stories and derivations: what must hold however the jobs ran. */
async function invariants(url: string) {
  const [r] = await sql(
    url,
    `SELECT (SELECT COUNT(*)::int FROM articles) AS articles, (SELECT COUNT(*)::int FROM versions) AS versions,
      (SELECT COUNT(*)::int FROM story_articles) AS placed, (SELECT COUNT(*)::int FROM stories WHERE merged_into IS NULL AND article_count > 0) AS stories,
      (SELECT COUNT(*)::int FROM stories s WHERE merged_into IS NULL AND article_count <> (SELECT COUNT(*) FROM story_articles m WHERE m.story_id = s.id)) AS miscounted,
      (SELECT COUNT(*)::int FROM story_articles m JOIN stories s ON s.id = m.story_id WHERE s.merged_into IS NOT NULL) AS in_merged,
      (SELECT COUNT(*)::int FROM versions GROUP BY article_id, seq HAVING COUNT(*) > 1 LIMIT 1) AS duplicate_versions`,
  );
  return r as { articles: number; versions: number; placed: number; stories: number; miscounted: number; in_merged: number; duplicate_versions: number | null };
}

describe('jobs on PostgreSQL', { skip }, () => {
  const dbs: Array<{ drop: () => Promise<void> }> = [];
  const dir = tempDir();
  after(async () => {
    for (const d of dbs) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const fresh = async () => {
    const d = await freshDatabase('sdjobs');
    dbs.push(d);
    return d.url;
  };

  it('two stores placing articles of one story at the same moment end with one story', async () => {
    const url = await fresh();
    const a = await PgStore.open(url);
    const b = await PgStore.open(url);
    try {
      const stored = await a.ingestBatch(Array.from({ length: 12 }, (_, i) => version({ url: `https://o${i}.example/ferry`, text: telling(i) })), '2026-11-24T09:00:00.000Z');
      const sa = new Stories(a);
      const sb = new Stories(b);
      // every pair of articles placed at once, one by each store
      for (let i = 0; i < stored.length; i += 2) {
        const art = (k: number) => ({ articleId: stored[k]!.articleId, versionId: stored[k]!.versionId, title: null, text: telling(k), publishedAt: null, firstSeenAt: '2026-11-24T09:00:00.000Z' });
        await Promise.all([sa.place(art(i)), sb.place(art(i + 1))]);
      }
      const inv = await invariants(url);
      assert.equal(inv.placed, 12);
      assert.equal(inv.stories, 1, 'the racing placements made more than one story');
      assert.equal(inv.miscounted, 0);
      assert.equal(inv.in_merged, 0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('two worker processes racing on one story: every article placed once, in one story, each telling compared', async (t) => {
    const url = await fresh();
    const path = join(dir, 'one-story.jsonl');
    jsonl(path, 16, telling);
    // both workers waiting first; then one article per extract job, so that the group jobs of the story run on both at once
    await (await PgStore.open(url)).close();
    const w1 = worker(url, ['--concurrency', '2']);
    const w2 = worker(url, ['--concurrency', '2']);
    await until('both workers to start', async () => /worker on/.test(w1.out) && /worker on/.test(w2.out), 90_000);
    const q = spawnSync(process.execPath, [bin, 'ingest', path, '--db', url, '--batch-size', '1', '--wait'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...FAST } });
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, /queued 16 articles in 16 extract jobs/);
    assert.match(q.stdout, /the workers are done: 16 articles, 16 versions, 1 story, .*; 0 failed jobs/);
    w1.child.kill('SIGTERM');
    w2.child.kill('SIGTERM');
    assert.deepEqual(await Promise.all([w1.exited, w2.exited]), [0, 0], w1.out + w2.out);
    const inv = await invariants(url);
    assert.deepEqual([inv.articles, inv.versions, inv.placed, inv.stories, inv.miscounted, inv.in_merged], [16, 16, 16, 1, 0, 0], JSON.stringify(inv));
    // the group jobs of the 16 articles were all run; which worker takes them is pg-boss's polling:
    // on a loaded machine one worker can take them all (seen once in CI), and then the race was
    // not exercised, which the test says rather than fails on (the invariants above still hold)
    const groups = [w1.out, w2.out].map((o) => Number(/(\d+) group jobs?/.exec(o)?.[1] ?? 0));
    assert.ok(groups[0]! + groups[1]! >= 16, `group jobs per worker: ${groups}`);
    if (groups.some((n) => n === 0)) t.diagnostic(`one worker ran every group job (${groups}): the race was not exercised this run`);
    const derived = await sql(url, `SELECT COUNT(*)::int AS n FROM derivations`);
    assert.equal(derived[0]!.n, 16);
    const failed = await sql(url, `SELECT COUNT(*)::int AS n FROM pgboss.job WHERE state = 'failed'`);
    assert.equal(failed[0]!.n, 0);
  });

  it('a worker killed with SIGKILL mid-job loses nothing: the job is retried and nothing is stored twice', async () => {
    const url = await fresh();
    const path = join(dir, 'many.jsonl');
    const text = (i: number) => `Story number ${i} about the harbor\n${'The council met on Tuesday and voted on the harbor budget, officials said. '.repeat(30)}Item ${i} of the batch.`;
    jsonl(path, 400, text);
    const q = spawnSync(process.execPath, [bin, 'ingest', path, '--db', url, '--batch-size', '400', '--no-group'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...FAST } });
    assert.equal(q.status, 0, q.stderr);
    const w1 = worker(url);
    // killed as soon as it holds the job, before it could have stored the batch
    await until('the extract job to be active', async () => (await sql(url, `SELECT COUNT(*)::int AS n FROM pgboss.job WHERE name = 'storydiff-extract' AND state = 'active'`))[0]!.n === 1);
    w1.child.kill('SIGKILL');
    await w1.exited;
    const half = await invariants(url);
    assert.equal(half.articles, 0, 'the killed job left part of its batch');
    // another worker takes it once it has expired
    const w2 = worker(url, ['--until-idle']);
    assert.equal(await w2.exited, 0, w2.out);
    const inv = await invariants(url);
    assert.deepEqual([inv.articles, inv.versions, inv.duplicate_versions], [400, 400, null]);
    const job = await sql(url, `SELECT state, retry_count FROM pgboss.job WHERE name = 'storydiff-extract'`);
    assert.deepEqual(job.map((j) => [j.state, j.retry_count]), [['completed', 1]]);
    const done = await sql(url, `SELECT COUNT(*)::int AS n FROM storydiff_jobs_done`);
    assert.equal(done[0]!.n, 1);
  });

  it('a job that fails three times ends dead-lettered, and storydiff jobs --failed shows it with its error', async () => {
    const server = await fixtureServer({ '/broken': { status: 500, body: 'oops' } });
    const url = await fresh();
    try {
      const { store, queue, close } = await openJobs(url, { retryDelaySeconds: 1, maintenanceSeconds: 1, expireSeconds: 5 });
      try {
        await queueIngest(queue, store, [`${server.url}/broken`], { allowPrivate: true });
        const summary = await runWorker(store, queue, { untilIdle: true, pollMs: 100, delayMs: 0 });
        assert.equal(summary.failed, 3);
        assert.equal(server.requests.filter((r) => r.path === '/broken').length, 3);
        const counts = await queue.counts();
        assert.equal(counts.queues['storydiff-fetch']!.failed, 1);
        assert.equal(counts.queues['storydiff-dead']!.created, 1);
      } finally {
        await close();
      }
      const r = spawnSync(process.execPath, [bin, 'jobs', '--db', url, '--failed'], { cwd: root, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /fetch .* after 3 attempts: .*500/);
      const j = spawnSync(process.execPath, [bin, 'jobs', '--db', url, '--failed', '--format', 'json'], { cwd: root, encoding: 'utf8' });
      const failed = JSON.parse(j.stdout) as Array<{ kind: string; attempts: number; data: { url: string } }>;
      assert.deepEqual(failed.map((f) => [f.kind, f.attempts, f.data.url]), [['fetch', 3, `${server.url}/broken`]]);
    } finally {
      await server.close();
    }
  });

  it('compare jobs taken together: one that fails does not hold back the others (the batch is run again job by job)', async () => {
    const url = await fresh();
    const { store, queue, close } = await openJobs(url, { retryDelaySeconds: 1, maintenanceSeconds: 1, expireSeconds: 5 });
    try {
      const stored = await store.ingestBatch(
        [1, 2, 3].flatMap((i) => [version({ url: `https://o${i}.example/a`, text: telling(i) })]),
        '2026-11-24T09:00:00.000Z',
      );
      const again = await store.ingestBatch([1, 2, 3].map((i) => version({ url: `https://o${i}.example/a`, text: telling(i).replace('7 to 2', '6 to 3') })), '2026-11-24T10:00:00.000Z');
      const pairs = stored.map((s, k) => ({ baseVersionId: s.versionId, revisedVersionId: again[k]!.versionId, settings: {} }));
      await queue.send('compare', [pairs[0]!, { baseVersionId: 999_999, revisedVersionId: 999_998, settings: {} }, pairs[1]!, pairs[2]!]);
      const summary = await runWorker(store, queue, { untilIdle: true, pollMs: 100, concurrency: 1 });
      assert.equal(summary.done.compare, 3);
      assert.equal(summary.failed, 3);
      for (const p of pairs) assert.ok(await store.comparison(p.baseVersionId, p.revisedVersionId, 'revision'), 'a good job of the batch was not done');
      const done = await sql(url, `SELECT COUNT(*)::int AS n FROM storydiff_jobs_done`);
      assert.equal(done[0]!.n, 3);
    } finally {
      await close();
    }
  });

  it('watch on PostgreSQL prints the material changes the workers found, as on SQLite', async () => {
    const strike = (days: string) => articlePage('Dock strike ends', [`Dock workers returned to work on Friday after a ${days}-day strike, the union said.`, 'The agreement raises pay by 6 percent over two years, according to the port authority.']);
    const server = await fixtureServer({ '/a1': strike('four') });
    const url = await fresh();
    await (await PgStore.open(url)).close();
    const w = worker(url, ['--delay', '0']);
    const run = cliAsync(['watch', `${server.url}/a1`, '--every', '1s', '--allow-private', '--delay', '0', '--db', url]);
    try {
      await run.waitFor(/round 1:/, 60_000);
      await until('the first version to be stored', async () => (await sql(url, `SELECT COUNT(*)::int AS n FROM versions`))[0]!.n === 1, 60_000);
      server.routes['/a1'] = strike('five');
      await run.waitFor(/article 1 version 1 → 2 {2}1 material \(number-changed\)/, 60_000);
      assert.match(run.out.split('\n')[0]!, /^\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}article 1 version 1 → 2 {2}1 material \(number-changed\) {2}http:\/\/127\.0\.0\.1:\d+\/a1 {2}"Dock strike ends"$/);
    } finally {
      run.child.kill('SIGTERM');
      w.child.kill('SIGTERM');
      await Promise.all([run.exited, w.exited]);
      await server.close();
    }
  });

  it('queue settings are kept per queue: retries, back-off, expiry and the dead-letter queue', async () => {
    const url = await fresh();
    const { queue, close } = await openJobs(url, { expireSeconds: 7 });
    try {
      const q = await (queue as JobQueue).boss.getQueue('storydiff-group');
      assert.equal(q!.retryLimit, 2);
      assert.equal(q!.retryBackoff, true);
      assert.equal(q!.deadLetter, 'storydiff-dead');
    } finally {
      await close();
    }
  });
});

describe('jobs: errors the user can act on', () => {
  it('a server that does not answer, a bad connection string, and jobs on a SQLite file: one line, exit 2, no stack trace', () => {
    for (const [args, re] of [
      [['worker', '--db', 'postgres://me:secret@127.0.0.1:1/corpus'], /connection refused/],
      [['ingest', 'README.md', '--db', 'postgres://me:secret@[nope/x'], /not a valid connection string/],
      [['jobs', '--db', 'corpus.db'], /works on a PostgreSQL database's job queue/],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, re);
      assert.doesNotMatch(r.stderr, /secret|\n\s+at /);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });
});
