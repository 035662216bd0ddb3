/**
 * Prints a sample of synthetic pairs for reading: the word-level changes between base and
 * revised ([-removed-] {+added+}) and, for a corruption, the labelled spans on both sides.
 *
 *   npm run synth:sample -- [--seed N] [--count N] [--n 30] [--type TYPE|faithful|corrupted|REWRITE] [--pick K] [--from FILE]
 *
 * The sample is drawn (with --pick as its seed) from the pairs `npm run synth` would write.
 */
import { diffWords } from 'diff';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus, synthesize, type Pair } from './synth.js';
import { Rng } from './rng.js';

export function showPair(p: Pair, brief = false): string {
  const lines = [`## ${p.id}  ${p.consistent ? 'FAITHFUL' : 'CORRUPTED'}  article ${p.article}  rewrites: ${p.rewrites.join(', ') || '-'}`];
  for (const e of p.edits) {
    lines.push(`edit ${e.type} (${e.kind}): ${JSON.stringify(e.base?.text ?? null)} -> ${JSON.stringify(e.revised?.text ?? null)}`);
    if (e.base) lines.push(`  base:    …${p.base.slice(Math.max(0, e.base.start - 70), e.base.start)}[[${e.base.text}]]${p.base.slice(e.base.end, e.base.end + 70)}…`);
    if (e.revised) lines.push(`  revised: …${p.revised.slice(Math.max(0, e.revised.start - 70), e.revised.start)}[[${e.revised.text}]]${p.revised.slice(e.revised.end, e.revised.end + 70)}…`);
  }
  if (brief && p.edits.length) return lines.join('\n');
  const diff = diffWords(p.base, p.revised)
    .map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value))
    .join('');
  lines.push('diff:', diff.replace(/\n/g, ' ¶ '));
  return lines.join('\n');
}

function main(argv: string[]): void {
  const arg = (name: string, d: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1]! : d;
  };
  const seed = Number(arg('--seed', '1'));
  const count = Number(arg('--count', '4000'));
  const n = Number(arg('--n', '30'));
  const type = arg('--type', '');
  const from = arg('--from', '');
  const all = from
    ? readFileSync(from, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Pair)
    : synthesize(loadCorpus(), { seed, count });
  const pairs = all.filter(
    (p) => !type || (type === 'faithful' ? p.consistent : type === 'corrupted' ? !p.consistent : p.edits.some((e) => e.type === type) || (p.consistent && p.rewrites.includes(type as never))),
  );
  const chosen = new Rng(Number(arg('--pick', '7'))).shuffle(pairs).slice(0, n);
  process.stdout.write(chosen.map((p) => showPair(p, argv.includes('--brief'))).join('\n\n') + '\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
