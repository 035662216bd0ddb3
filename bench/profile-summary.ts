/**
 * Summarizes a V8 CPU profile (node --cpu-prof) as the functions with the most self time and the
 * most total (inclusive) time:
 *   node dist/bench/profile-summary.js FILE.cpuprofile [TOP]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: profile-summary FILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const top = Number(process.argv[3] ?? 25);
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; startTime: number; endTime: number };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const totalSamples = prof.samples.length;
const usPerSample = (prof.endTime - prof.startTime) / Math.max(1, totalSamples);

const name = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'}  ${url}${url ? ':' + (n.callFrame.lineNumber + 1) : ''}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
for (const n of prof.nodes) {
  const k = name(n);
  self.set(k, (self.get(k) ?? 0) + n.hitCount);
  // inclusive: count this node's hits once for each distinct function on its stack
  const seen = new Set<string>();
  for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
    const a = name(byId.get(id)!);
    if (seen.has(a)) continue;
    seen.add(a);
    total.set(a, (total.get(a) ?? 0) + n.hitCount);
  }
}

const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${((100 * v) / totalSamples).toFixed(1).padStart(6)}%  ${((v * usPerSample) / 1000).toFixed(0).padStart(7)} ms  ${k}\n`);
  }
};
process.stdout.write(`${file}: ${totalSamples} samples, ${((prof.endTime - prof.startTime) / 1000).toFixed(0)} ms\n`);
show('self time', self);
show('total time', total);
