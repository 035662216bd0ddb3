/**
 * The corpus parts of `npm run eval`, printed after the table: story grouping on ECB+ development
 * data (eval/grouping.ts) and derivation on generated sets and miami-talks (eval/derivation.ts).
 * `--only grouping` or `--only derivation` runs one of them alone.
 */
import { derivationReport } from './derivation.js';
import { groupingReport } from './grouping.js';

export function corpusSections(repo: string, shared: string, only: Set<string> | undefined, skipped: string[]): void {
  const want = (k: string) => !only || only.has(k);
  if (want('grouping')) {
    const g = groupingReport(shared);
    if (g.lines.length) console.log('\n' + g.lines.join('\n'));
    skipped.push(...g.skipped);
  }
  if (want('derivation')) {
    const d = derivationReport(repo, shared);
    console.log('\n' + d.lines.join('\n'));
    skipped.push(...d.skipped);
  }
}
