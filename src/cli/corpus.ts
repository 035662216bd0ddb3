/**
 * `storydiff ingest`, `watch`, `log`, and `compare --db`: argument handling and I/O only; the work is
 * the corpus library (src/corpus) over a store (src/store).
 */
import { format, type FormatName } from '../report/index.js';
import type { Profile } from '../types.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Failure, IngestSummary, Progress, VersionEvent } from '../corpus/ingest.js';
import type { TimelineFormat } from '../corpus/timeline-format.js';
import { StoreError } from '../store/types.js';
import { fails, type CompareFlags } from './compare.js';
import { InputError, writeAtomic } from './io.js';

/** The database a command uses: --db, else $STORYDIFF_DB, else storydiff.db in the working directory. */
export function dbLocation(given: string | undefined): string {
  return given ?? (process.env.STORYDIFF_DB || 'storydiff.db');
}

async function open(location: string, mustExist: boolean): Promise<Corpus> {
  const { openStore } = await import('../corpus/corpus.js');
  try {
    return await openStore(location, { mustExist });
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw e;
  }
}

/** Runs with the store open, closes it, and turns store errors into one-line input errors. */
export async function withStore<T>(location: string, mustExist: boolean, fn: (c: Corpus) => Promise<T>): Promise<T> {
  const corpus = await open(location, mustExist);
  try {
    return await fn(corpus);
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw e;
  } finally {
    await corpus.close().catch(() => undefined);
  }
}

export interface IngestFlags {
  db?: string;
  outlet?: string;
  follow: boolean;
  allowPrivate: boolean;
  delayMs: number;
  batchSize: number;
  compare: boolean;
  profile: Profile;
  maxBytes: number;
  /** place new articles in stories (default true) */
  group?: boolean;
}

type Err = NodeJS.WriteStream | NodeJS.WritableStream;
export const isTty = (s: Err): boolean => 'isTTY' in s && Boolean(s.isTTY);

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "storydiff [#########-----------]  45% 4/9 sources, 1203 articles, 2 failed" */
export function progressBar(p: Progress): string {
  const width = 24;
  const full = Math.round(p.fraction * width);
  return `storydiff [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.round(p.fraction * 100)).padStart(3)}% ${p.unitsDone}/${p.unitsTotal} sources, ${plural(p.items, 'article')}${p.failed ? `, ${p.failed} failed` : ''}`;
}

/** The closing line of an ingest. */
export function countsLine(s: IngestSummary, location: string): string {
  const parts = [plural(s.newArticles, 'new article'), plural(s.newVersions, 'new version'), `${s.unchanged} unchanged`, `${s.failed} failed`];
  const st = s.stories;
  const extra = [
    s.comparisons ? `${plural(s.comparisons, 'comparison')} (${s.materialChanges} with material changes)` : '',
    st && st.placed ? `${plural(st.placed, 'article')} placed in stories (${st.created} new${st.merged ? `, ${plural(st.merged, 'merge')}` : ''})` : '',
    st && st.comparisons ? `${plural(st.comparisons, 'telling')} compared with ${st.comparisons === 1 ? 'its source' : 'their sources'} (${st.material} with material changes)` : '',
    s.skipped ? `${plural(s.skipped, 'file')} of unknown kinds skipped` : '',
  ].filter(Boolean);
  return (
    `storydiff: ${s.stopped ? 'stopped: ' : ''}${plural(s.sources, 'source')}, ${plural(s.items, 'article')} read: ${parts.join(', ')}` +
    `${extra.length ? '; ' + extra.join('; ') : ''} in ${(s.ms / 1000).toFixed(1)} s → ${location}\n`
  );
}

/** Stops between items on the first SIGINT or SIGTERM; a second one ends the process at once. */
export function stopSignal(stderr: Err): { signal: AbortSignal; received: () => NodeJS.Signals | null; dispose: () => void } {
  const controller = new AbortController();
  let got: NodeJS.Signals | null = null;
  const on = (sig: NodeJS.Signals) => {
    if (got) {
      stderr.write(`\nstorydiff: ${sig} again: stopping now (the batch in progress is not stored)\n`);
      process.exit(130);
    }
    got = sig;
    controller.abort();
  };
  const onInt = () => on('SIGINT');
  const onTerm = () => on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    received: () => got,
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

function ingestOptions(flags: IngestFlags) {
  return {
    ...(flags.outlet ? { outlet: flags.outlet } : {}),
    follow: flags.follow,
    fetch: { allowPrivate: flags.allowPrivate },
    delayMs: flags.delayMs,
    batchSize: flags.batchSize,
    compare: flags.compare,
    profile: flags.profile,
    maxBytes: flags.maxBytes,
    group: flags.group !== false,
  };
}

/** `storydiff ingest SOURCE…`: exit 0, or 2 when a source failed (the others are stored). */
export async function ingestCommand(sources: string[], flags: IngestFlags, stdout: NodeJS.WritableStream, stderr: Err): Promise<number> {
  if (!sources.length) throw new InputError('ingest needs at least one SOURCE (a file, a folder, a JSON lines file, a feed or a URL)');
  const location = dbLocation(flags.db);
  return withStore(location, false, async (corpus) => {
    const tty = isTty(stderr);
    let drawn = false;
    const clear = () => {
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
    };
    const stop = stopSignal(stderr);
    let summary: IngestSummary;
    try {
      summary = await corpus.ingest(sources, {
        ...ingestOptions(flags),
        signal: stop.signal,
        onProgress: tty ? (p) => {
          stderr.write('\r\x1b[K' + progressBar(p));
          drawn = true;
        } : undefined,
        onFailure: (f: Failure) => {
          clear();
          stderr.write(`storydiff: skipped ${f.source}: ${f.reason}\n`);
        },
        onVersion: (e: VersionEvent) => {
          if (!e.compareError) return;
          clear();
          stderr.write(`storydiff: not compared: version ${e.versionId} of article ${e.articleId}: ${e.compareError}\n`);
        },
      });
    } finally {
      clear();
      stop.dispose();
    }
    stdout.write(countsLine(summary, location));
    if (stop.received()) return 130;
    return summary.failed ? 2 : 0;
  });
}

export interface WatchFlags extends IngestFlags {
  everyMs: number;
  rounds?: number;
}

/** One line of `watch` for a new version with material changes (both backends: PostgreSQL's workers' comparisons are read back). */
export function changeLine(e: VersionEvent): string {
  const c = e.comparison!;
  const checks = [...new Set(c.result.findings.filter((f) => f.severity === 'material').map((f) => f.check))];
  const when = c.createdAt.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
  const title = e.title ? `  "${e.title.replace(/\s+/g, ' ').slice(0, 100)}"` : '';
  return `${when}  article ${e.articleId} version ${e.previousVersionId} → ${e.versionId}  ${c.material} material (${checks.join(', ')})  ${e.url ?? e.source}${title}\n`;
}

/** `storydiff watch SOURCE… --every 10m`: one line on standard output per material change; stops on SIGINT or SIGTERM. */
export async function watchCommand(sources: string[], flags: WatchFlags, stdout: NodeJS.WritableStream, stderr: Err): Promise<number> {
  if (!sources.length) throw new InputError('watch needs at least one SOURCE (a feed, an article URL, a file or a folder)');
  const location = dbLocation(flags.db);
  return withStore(location, false, async (corpus) => {
    const stop = stopSignal(stderr);
    stderr.write(`storydiff: watching ${plural(sources.length, 'source')} every ${flags.everyMs / 1000} s → ${location} (Ctrl-C stops)\n`);
    try {
      const total = await corpus.watch(sources, {
        ...ingestOptions(flags),
        everyMs: flags.everyMs,
        ...(flags.rounds !== undefined ? { rounds: flags.rounds } : {}),
        signal: stop.signal,
        onVersion: (e) => {
          if (e.comparison && e.comparison.material > 0) stdout.write(changeLine(e));
          if (e.compareError) stderr.write(`storydiff: not compared: version ${e.versionId} of article ${e.articleId}: ${e.compareError}\n`);
        },
        onFailure: (f) => stderr.write(`storydiff: skipped ${f.source}: ${f.reason}\n`),
        onRound: (round, s) => stderr.write(`storydiff: round ${round}: ${plural(s.newArticles, 'new article')}, ${plural(s.newVersions, 'new version')} (${s.materialChanges} material), ${s.unchanged} unchanged, ${s.failed} failed\n`),
      });
      stderr.write(`storydiff: stopped after ${plural(total.rounds, 'round')}: ${plural(total.newVersions, 'new version')}, ${total.materialChanges} with material changes\n`);
    } finally {
      stop.dispose();
    }
    return 0;
  });
}

export interface LogFlags {
  db?: string;
  format: TimelineFormat;
  since?: string;
  out?: string;
  profile: Profile;
  color: boolean;
}

/** `storydiff log ARTICLE`: the article's versions and the findings between them, newest first. */
export async function logCommand(ref: string, flags: LogFlags, stdout: NodeJS.WritableStream): Promise<number> {
  const { parseSince } = await import('../corpus/timeline.js');
  const { formatTimeline } = await import('../corpus/timeline-format.js');
  let since: string | null = null;
  if (flags.since !== undefined) {
    since = parseSince(flags.since);
    if (!since) throw new InputError(`--since ${JSON.stringify(flags.since)}: expected a date or time (2026-11-24, 2026-11-24T09:00Z) or a span back from now (90m, 36h, 7d, 2w)`);
  }
  const location = dbLocation(flags.db);
  return withStore(location, true, async (corpus) => {
    const t = await corpus.timeline(ref, { since, profile: flags.profile, texts: flags.format === 'html' });
    if (!t) throw new InputError(`${ref}: no such article in ${location} (give an article id, its URL, or the path it was read from)`);
    const text = formatTimeline(flags.format, t, { color: flags.color && !flags.out });
    if (flags.out) writeAtomic(flags.out, text);
    else stdout.write(text);
    return 0;
  });
}

/** `storydiff compare --db PATH V1 V2`: two stored versions (by id), compared or read from the store. */
export async function compareStored(location: string, a: string, b: string, flags: CompareFlags, stdout: NodeJS.WritableStream): Promise<number> {
  const ids = [a, b].map((v) => (/^\d+$/.test(v) ? Number(v) : NaN));
  if (ids.some((n) => !Number.isSafeInteger(n))) throw new InputError(`with --db, BASE and REVISED are version ids (numbers shown by storydiff log), got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  return withStore(location, true, async (corpus) => {
    const r = await corpus.compareVersions(ids[0]!, ids[1]!, { profile: flags.profile });
    const name = (v: typeof r.base) => `version ${v.id} (article ${v.articleId}, v${v.seq})`;
    const text = format(flags.format as FormatName, [r.comparison], {
      color: flags.color && !flags.out,
      texts: [{ base: r.base.text, revised: r.revised.text, baseName: name(r.base), revisedName: name(r.revised) }],
    });
    if (flags.out) writeAtomic(flags.out, text);
    else stdout.write(text);
    return fails(r.comparison, flags.failOn) ? 1 : 0;
  });
}
