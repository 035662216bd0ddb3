/**
 * `npm run fuzz -- --minutes N [--out DIR] [--seed S] [--timeout S] [--only p,q]`: runs the properties
 * of fuzz/properties.ts on random and mutated inputs for N minutes, in a worker thread. Each failing
 * input (shrunk by fast-check), and each input that hangs past --timeout seconds or kills the worker,
 * is written to DIR/<property>-<hash>/case.json: a ready regression case (move the folder into
 * test/regressions/ and `npm test` runs it). Exit 0 when no input failed, 1 otherwise.
 */
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROPERTY_NAMES, ROOT, type Input, type PropertyName } from './properties.js';
import type { WorkerData, WorkerMessage } from './worker.js';

interface Options {
  minutes: number;
  out: string;
  seed: number;
  timeoutS: number;
  only: PropertyName[];
}

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- --minutes N [--out DIR] [--seed S] [--timeout SECONDS] [--only ${PROPERTY_NAMES.join(',')}]\n`);
  process.exit(2);
}

function parse(argv: string[]): Options {
  const o: Options = { minutes: 1, out: join(ROOT, 'fuzz-failures'), seed: Date.now() | 0, timeoutS: 30, only: [...PROPERTY_NAMES] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = argv[i + 1];
    const num = () => {
      const n = Number(v);
      if (v === undefined || !Number.isFinite(n) || n <= 0) usage(`${a} needs a positive number`);
      i++;
      return n;
    };
    if (a === '--minutes') o.minutes = num();
    else if (a === '--seed') o.seed = num() | 0;
    else if (a === '--timeout') o.timeoutS = num();
    else if (a === '--out') {
      if (!v) usage('--out needs a folder');
      o.out = resolve(v);
      i++;
    } else if (a === '--only') {
      const names = (v ?? '').split(',').filter(Boolean);
      const unknown = names.filter((n) => !(PROPERTY_NAMES as readonly string[]).includes(n));
      if (!names.length || unknown.length) usage(`--only takes property names: ${PROPERTY_NAMES.join(', ')}`);
      o.only = names as PropertyName[];
      i++;
    } else if (a === '--help' || a === '-h') usage('runs the property tests on random inputs');
    else usage(`unknown argument ${a}`);
  }
  return o;
}

/** Real texts to mutate: the bundled example, and ../shared's cases and data when present. */
function corpus(): string[] {
  const out: string[] = [];
  const add = (t: unknown) => {
    if (typeof t === 'string' && t.trim() && t.length < 20_000) out.push(t);
  };
  const example = join(ROOT, 'examples', 'harbor-fire');
  for (const f of ['base.txt', 'revised.txt']) add(readFileSync(join(example, f), 'utf8'));
  const shared = join(ROOT, '..', 'shared');
  const cases = join(shared, 'cases');
  if (existsSync(cases)) {
    for (const c of readdirSync(cases)) for (const f of ['base.txt', 'revised.txt']) if (existsSync(join(cases, c, f))) add(readFileSync(join(cases, c, f), 'utf8'));
  }
  const data = join(shared, 'data');
  if (existsSync(data)) {
    for (const d of readdirSync(data)) {
      const dir = join(data, d);
      if (!existsSync(dir) || !readdirSync(dir).length) continue;
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl'))) {
        // every 7th item of each file: variety without holding every article
        readFileSync(join(dir, f), 'utf8').split('\n').forEach((line, i) => {
          if (i % 7 !== 0 || !line.trim()) return;
          try {
            const o = JSON.parse(line) as Record<string, unknown>;
            for (const k of ['base', 'revised', 'text']) add(o[k]);
          } catch {
            /* not a JSON line */
          }
        });
      }
    }
  }
  return out;
}

const SIGNATURE_CAP = 3;

function main(): void {
  const o = parse(process.argv.slice(2));
  const texts = corpus();
  const deadline = Date.now() + o.minutes * 60_000;
  const runs = Object.fromEntries(o.only.map((p) => [p, 0])) as Record<PropertyName, number>;
  const signatures = new Map<string, number>();
  let failures = 0;
  let written = 0;
  let workers = 0;
  let worker: Worker | undefined;
  let last: { property: PropertyName; input: Input } | undefined;
  let pending: { property: PropertyName; input: Input; error: string; seed: number } | undefined;
  const flush = () => {
    if (pending) record(pending.property, pending.input, pending.error.replace(/\n|$/, ' (not shrunk)\n'), pending.seed);
    pending = undefined;
  };
  let beat = Date.now();

  process.stdout.write(
    `fuzz: ${o.minutes} min, seed ${o.seed}, properties ${o.only.join(', ')}; ${texts.length} real texts to mutate; failures to ${o.out}\n`,
  );

  const record = (property: PropertyName, input: Input, error: string, seed: number) => {
    failures++;
    const firstLine = error.split('\n')[0]!;
    const signature = property + ' ' + firstLine.replace(/"[^"]*"|\[[^\]]*\]/g, '…').replace(/\d+/g, 'N');
    const seen = signatures.get(signature) ?? 0;
    signatures.set(signature, seen + 1);
    const hash = createHash('sha256').update(JSON.stringify([property, input.base, input.revised, input.profile])).digest('hex').slice(0, 10);
    const dir = join(o.out, `${property}-${hash}`);
    if (seen >= SIGNATURE_CAP || existsSync(dir)) return;
    mkdirSync(dir, { recursive: true });
    const c = { property, profile: input.profile, base: input.base, revised: input.revised, error: firstLine, found: new Date().toISOString(), seed };
    writeFileSync(join(dir, 'case.json'), JSON.stringify(c, null, 2) + '\n');
    written++;
    process.stdout.write(`fuzz: FAIL ${property}: ${firstLine.slice(0, 200)}\n      written to ${dir}\n`);
  };

  const spawn = () => {
    workers++;
    const data: WorkerData = { seed: (o.seed + workers * 15485863) | 0, corpus: texts, properties: o.only };
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: data });
    beat = Date.now();
    w.on('message', (m: WorkerMessage) => {
      beat = Date.now();
      if (m.type === 'input') last = { property: m.property, input: m.input };
      else if (m.type === 'round') runs[m.property] += m.runs;
      else if (!m.shrunk) pending = m; // written as it is if shrinking does not end in time
      else {
        pending = undefined;
        record(m.property, m.input, m.error, m.seed);
      }
    });
    w.on('error', (e) => {
      if (worker !== w) return;
      flush();
      if (last) record(last.property, last.input, `the worker died: ${e.message}`, data.seed);
      worker = undefined;
      if (Date.now() < deadline) worker = spawn();
    });
    return w;
  };

  worker = spawn();
  let lastReport = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    const total = Object.values(runs).reduce((a, b) => a + b, 0);
    if (worker && now - beat > o.timeoutS * 1000) {
      // one input ran past the limit: record it, start afresh with another seed
      const w = worker;
      worker = undefined;
      void w.terminate();
      flush();
      if (last) record(last.property, last.input, `took longer than ${o.timeoutS} s`, 0);
      if (now < deadline) worker = spawn();
    }
    if (now - lastReport >= 60_000) {
      lastReport = now;
      process.stdout.write(`fuzz: ${Math.round((now - deadline) / 60_000 + o.minutes)} min, ${total} inputs, ${failures} failures\n`);
    }
    if (now >= deadline) {
      clearInterval(timer);
      const w = worker;
      worker = undefined;
      void w?.terminate();
      flush();
      const per = o.only.map((p) => `${p} ${runs[p]}`).join(', ');
      process.stdout.write(
        `fuzz: done after ${o.minutes} min: ${total} inputs (${per}); ${failures} failures, ${written} cases written` +
          `${failures ? ` to ${o.out} (move a case folder into test/regressions/ to keep it as a test)` : ''}\n`,
      );
      process.exitCode = failures ? 1 : 0;
    }
  }, 1000);
}

main();
