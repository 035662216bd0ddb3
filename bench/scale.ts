/**
 * The scale-out part of the bench (`--only scale`), on the local PostgreSQL server named by
 * STORYDIFF_BENCH_PG (or STORYDIFF_TEST_PG): ingest, group and compare N articles (default 20,000;
 * `--scale-articles N`), stories of four tellings each (an original and three rewrites), so that
 * grouping and comparison do real work:
 *
 *   sqlite     `storydiff ingest FILE --db x.db`: one process does it all
 *   1 worker   `storydiff ingest FILE --db postgres://…` queues the work; one `storydiff worker --concurrency C` does it
 *              (C = `--scale-concurrency`, default 1: on 2 shared cores, 2 did no better)
 *   2 workers  the same with two worker processes
 *   killed     two workers, one of them SIGKILLed every 10 s and started again; then jobs are counted:
 *              none lost (every job completed), none done twice (one done row per job, effects once)
 *
 * Wall time from the start of the ingest to the last worker's exit (`--until-idle`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, sourceSentences } from './inputs.js';
import { prng } from './synth.js';

export const SCALE_TARGETS = { twoWorkers: 1.6, oneWorkerVsSqlite: 0.7 };

interface Ctx {
  out: (s?: string) => void;
  results: Record<string, unknown>;
  articles: number;
  /** seconds between two kills in the killed run */
  killEvery: number;
  /** jobs at once per worker process (--concurrency) */
  concurrency: number;
}

const BIN = join(ROOT, 'bin', 'storydiff.js');

/** Stories of four tellings: an original of ~`words` words, and rewrites that cut, reorder and change numbers. */
export function makeStories(n: number, words: number, seed: number): string[] {
  const sentences = sourceSentences();
  const r = prng(seed);
  const num = (s: string) => s.replace(/\d+(?:[.,]\d+)*/g, () => String(1 + Math.floor(r() * 500)));
  const SYL = ['ka', 'lo', 'ven', 'tri', 'sa', 'mor', 'del', 'qui', 'ran', 'bo', 'ne', 'stel', 'ga', 'rux', 'mi', 'tor', 'pel', 'ash', 'vin', 'do'];
  const word = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => SYL[Math.floor(r() * SYL.length)]).join('');
  const lines: string[] = [];
  for (let story = 0; lines.length < n; story++) {
    // the example sentences are few: each story gets names and words of its own, so that stories are told apart as real ones are
    const vocab = Array.from({ length: 24 }, word);
    const own = (s: string) =>
      s
        .split(' ')
        .map((w, i) => (i > 0 && /^[A-Z][a-z]+$/.test(w) ? vocab[Math.floor(r() * 8)]!.replace(/^./, (c) => c.toUpperCase()) : i % 3 === 2 && /^[a-z]{4,}$/.test(w) ? vocab[8 + Math.floor(r() * 16)]! : w))
        .join(' ');
    const original: string[] = [];
    let w = 0;
    while (w < words) {
      const s = own(num(sentences[Math.floor(r() * sentences.length)]!));
      original.push(s);
      w += s.split(/\s+/).length;
    }
    const title = original[0]!.split(' ').slice(0, 9).join(' ');
    const t0 = Date.UTC(2026, 10, 1) + story * 600_000;
    for (let k = 0; k < 4 && lines.length < n; k++) {
      let body = [...original];
      if (k >= 1) body = body.filter(() => r() > 0.15); // cut
      if (k >= 2) body = body.map((s) => (r() < 0.2 ? num(s) : s)); // numbers changed
      if (k === 3 && body.length > 3) body = [body[1]!, body[0]!, ...body.slice(2)]; // reordered
      const paras: string[] = [];
      for (let i = 0; i < body.length; i += 3) paras.push(body.slice(i, i + 3).join(' '));
      lines.push(JSON.stringify({ url: `https://outlet${k}.example/story-${story}`, title: k ? `${title} (${k})` : title, text: paras.join('\n'), published: new Date(t0 + k * 900_000).toISOString(), outlet: `Outlet ${k}` }));
    }
  }
  return lines;
}

async function sql(url: string, text: string): Promise<Array<Record<string, unknown>>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

function dbUrl(server: string, name: string): string {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`bench: storydiff ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Jobs of a killed worker are taken as lost after 30 s (not the default 600), looked for every 5 s. */
const KILL_ENV = { STORYDIFF_JOB_TIMEOUT: '30', STORYDIFF_JOB_MAINTENANCE: '5' };

function worker(url: string, concurrency: number, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--until-idle', '--concurrency', String(concurrency), '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('exit', (code, signal) => ok({ code, signal })));
  return { child, exited, get out() { return out; } };
}

interface Run {
  ms: number;
  kills: number;
  out: string;
}

/** Queues the file and runs `workers` worker processes until the queue is empty; with killEvery, SIGKILLs the first one every so often and starts it again. */
async function queued(url: string, file: string, workers: number, concurrency: number, killEvery = 0): Promise<Run> {
  const start = performance.now();
  const env = killEvery ? KILL_ENV : {};
  cli(['ingest', file, '--db', url], env);
  let kills = 0;
  let out = '';
  const lanes = Array.from({ length: workers }, async (_, i) => {
    for (;;) {
      const w = worker(url, concurrency, env);
      let timer: NodeJS.Timeout | undefined;
      if (i === 0 && killEvery) {
        timer = setTimeout(() => {
          kills++;
          w.child.kill('SIGKILL');
        }, killEvery * 1000);
      }
      const r = await w.exited;
      clearTimeout(timer);
      out += w.out;
      if (r.signal === 'SIGKILL') continue;
      if (r.code !== 0) throw new Error(`bench: a worker exited ${r.code}: ${w.out}`);
      return;
    }
  });
  await Promise.all(lanes);
  return { ms: performance.now() - start, kills, out };
}

async function fresh(server: string, name: string): Promise<string> {
  await sql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await sql(server, `CREATE DATABASE ${name}`);
  return dbUrl(server, name);
}

async function counts(url: string) {
  const [r] = await sql(
    url,
    `SELECT (SELECT COUNT(*)::int FROM articles) AS articles, (SELECT COUNT(*)::int FROM versions) AS versions, (SELECT COUNT(*)::int FROM story_articles) AS placed,
      (SELECT COUNT(*)::int FROM stories WHERE merged_into IS NULL AND article_count > 0) AS stories, (SELECT COUNT(*)::int FROM comparisons) AS comparisons,
      (SELECT COUNT(*)::int FROM (SELECT article_id, seq FROM versions GROUP BY 1, 2 HAVING COUNT(*) > 1) d) AS duplicate_versions`,
  );
  return r as Record<string, number>;
}

export async function benchScale(ctx: Ctx): Promise<void> {
  const { out } = ctx;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const server = process.env.STORYDIFF_BENCH_PG || process.env.STORYDIFF_TEST_PG;
  if (!server) {
    out('## Scale-out: skipped (no PostgreSQL server: set STORYDIFF_BENCH_PG=postgres://USER@HOST:PORT/postgres, a server where the bench may create databases)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'storydiff-bench-scale-'));
  try {
    const lines = makeStories(ctx.articles, 250, 17);
    const file = join(dir, 'stories.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    out(`## Scale-out: ingest, group and compare ${lines.length} articles (stories of 4 tellings, ~250 words) on SQLite and on PostgreSQL with workers (--concurrency ${ctx.concurrency} each)`);

    const t = performance.now();
    const sqliteOut = cli(['ingest', file, '--db', join(dir, 'single.db')]);
    const sqliteMs = performance.now() - t;
    out(`sqlite, one process  ${(sqliteMs / 1000).toFixed(1)} s = ${(lines.length / (sqliteMs / 1000)).toFixed(0)} articles/s   ${sqliteOut.trim().replace(/^storydiff: /, '').slice(0, 160)}`);

    const one = await fresh(server, 'storydiff_bench_1');
    const r1 = await queued(one, file, 1, ctx.concurrency);
    const c1 = await counts(one);
    out(`postgres, 1 worker   ${(r1.ms / 1000).toFixed(1)} s = ${(lines.length / (r1.ms / 1000)).toFixed(0)} articles/s   ${JSON.stringify(c1)}`);

    const two = await fresh(server, 'storydiff_bench_2');
    const r2 = await queued(two, file, 2, ctx.concurrency);
    const c2 = await counts(two);
    out(`postgres, 2 workers  ${(r2.ms / 1000).toFixed(1)} s = ${(lines.length / (r2.ms / 1000)).toFixed(0)} articles/s   ${JSON.stringify(c2)}`);
    const speedup = r1.ms / r2.ms;
    const vsSqlite = sqliteMs / r1.ms;
    out(`2 workers / 1 worker      x${speedup.toFixed(2)}  (target >= x${SCALE_TARGETS.twoWorkers})  ${verdict(speedup >= SCALE_TARGETS.twoWorkers)}`);
    out(`1 worker / sqlite         x${vsSqlite.toFixed(2)}  (target >= x${SCALE_TARGETS.oneWorkerVsSqlite})  ${verdict(vsSqlite >= SCALE_TARGETS.oneWorkerVsSqlite)}`);

    const killed = await fresh(server, 'storydiff_bench_k');
    const rk = await queued(killed, file, 2, ctx.concurrency, ctx.killEvery);
    const ck = await counts(killed);
    const [jobs] = await sql(
      killed,
      `SELECT COUNT(*)::int AS jobs, COUNT(*) FILTER (WHERE state = 'completed')::int AS completed, COUNT(*) FILTER (WHERE state = 'failed')::int AS failed,
        COUNT(*) FILTER (WHERE state < 'completed')::int AS unfinished, COUNT(*) FILTER (WHERE retry_count > 0)::int AS retried,
        (SELECT COUNT(*)::int FROM storydiff_jobs_done) AS done_rows,
        (SELECT COUNT(*)::int FROM storydiff_jobs_done d WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.id = d.job_id AND j.state = 'completed')) AS done_not_completed
       FROM pgboss.job WHERE name LIKE 'storydiff-%' AND name <> 'storydiff-dead'`,
    );
    const j = jobs as Record<string, number>;
    const repeats = (rk.out.match(/(\d+) repeats skipped/g) ?? []).reduce((a, m) => a + Number(/\d+/.exec(m)![0]), 0);
    const lost = j.unfinished! + j.failed!;
    const twice = j.done_rows! - j.completed! + j.done_not_completed! + ck.duplicate_versions!;
    const sameData = ck.articles === c2.articles && ck.versions === c2.versions && ck.placed === c2.placed && ck.comparisons! > 0;
    out(`killed every ${ctx.killEvery} s    ${(rk.ms / 1000).toFixed(1)} s, ${rk.kills} kills: ${j.jobs} jobs, ${j.completed} completed, ${j.failed} failed, ${j.unfinished} unfinished, ${j.retried} retried after a kill, ${j.done_rows} done rows, ${repeats} repeats skipped   ${JSON.stringify(ck)}`);
    out(`no job lost               ${lost} lost  ${verdict(lost === 0 && sameData)}`);
    out(`no job done twice         ${twice} done twice (done rows - completed jobs + done rows of jobs not completed + duplicate versions)  ${verdict(twice === 0)}`);
    ctx.results.scale = {
      articles: lines.length,
      concurrency: ctx.concurrency,
      sqliteMs,
      oneWorkerMs: r1.ms,
      twoWorkersMs: r2.ms,
      speedup,
      vsSqlite,
      killed: { ms: rk.ms, kills: rk.kills, ...j, repeats, lost, twice, counts: ck },
      targets: SCALE_TARGETS,
    };
    for (const name of ['storydiff_bench_1', 'storydiff_bench_2', 'storydiff_bench_k']) await sql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
