/** The corpus commands' arguments (ingest, watch, log), registered on the program by main.ts. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { InputError } from './io.js';

function duration(v: string): number {
  const n = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(v.trim());
  if (!n) throw new InvalidArgumentError('expected a duration such as 500ms, 30s, 10m, 2h or 1d');
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(n[2] ?? 's').toLowerCase() as 's'];
  return Math.round(Number(n[1]) * unit);
}

function positive(what: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number${what}`);
    return n;
  };
}

const INGEST_MAX_BYTES = 5 * 1024 * 1024;

function ingestOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'the database: a SQLite file, or postgres://USER@HOST:PORT/DATABASE (default: $STORYDIFF_DB, else storydiff.db in the working directory; created when missing)')
    .option('--outlet <name>', 'the outlet of every article read (default: the feed title, the JSON line\'s outlet, the site\'s name or host)')
    .option('--follow', 'for feeds, fetch each item\'s link and store the article of the page instead of the feed\'s text', false)
    .option('--allow-private', 'also fetch URLs that resolve to private, loopback or link-local addresses', false)
    .option('--delay <duration>', 'pause between two requests to the same host', duration, 1000)
    .option('--batch-size <n>', 'articles stored per transaction', positive(''), 500)
    .option('--no-compare', 'do not compare new versions with the versions before, nor new tellings with their sources (log and story compare them when asked)')
    .option('--no-group', 'do not place new articles in stories (storydiff group places them)')
    .addOption(new Option('--profile <profile>', 'profile of the comparisons stored').choices(['revision', 'faithful']).default('revision'))
    .option('--max-bytes <n>', 'largest file, page or JSON line read', positive(' of bytes'), INGEST_MAX_BYTES)
    .option('--inline', 'with PostgreSQL, do the work in this process instead of queueing it for workers', false);
}

type Flags = Record<string, unknown>;

function ingestFlags(o: Flags) {
  return {
    ...(o.db !== undefined ? { db: o.db as string } : {}),
    ...(o.outlet !== undefined ? { outlet: o.outlet as string } : {}),
    follow: Boolean(o.follow),
    allowPrivate: Boolean(o.allowPrivate),
    delayMs: o.delay as number,
    batchSize: o.batchSize as number,
    compare: o.compare !== false,
    group: o.group !== false,
    profile: o.profile as 'revision' | 'faithful',
    maxBytes: o.maxBytes as number,
  };
}

function nonNegative(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function registerCorpusCommands(program: Command, setCode: (code: number) => void, color: (s: NodeJS.WriteStream) => boolean): void {
  program
    .command('group')
    .description('rebuild the story grouping from every stored article (story ids kept where they can be), derive each story and compare each telling with its source')
    .option('--db <path>', 'the database: a SQLite file or a postgres:// URL (default: $STORYDIFF_DB, else storydiff.db)')
    .option('--no-compare', 'derive the stories but do not compare the tellings with their sources (story compares them when asked)')
    .addOption(new Option('--profile <profile>', 'profile of the comparisons stored').choices(['revision', 'faithful']).default('revision'))
    .action(async (o: Flags) => {
      const { groupCommand } = await import('./stories.js');
      setCode(await groupCommand({ ...(o.db !== undefined ? { db: o.db as string } : {}), compare: o.compare !== false, profile: o.profile as 'revision' }, process.stdout, process.stderr));
    });

  program
    .command('stories')
    .description('list the stories: id, title, every article with its id and URL or path, outlets, first and last time, material findings')
    .option('--db <path>', 'the database: a SQLite file or a postgres:// URL (default: $STORYDIFF_DB, else storydiff.db)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .option('--limit <n>', 'at most this many stories', positive(''))
    .option('--offset <n>', 'skip this many stories first', nonNegative, 0)
    .addOption(new Option('--profile <profile>', 'profile of the comparisons counted').choices(['revision', 'faithful']).default('revision'))
    .option('--out <file>', 'write the output to FILE (written whole, or not at all)')
    .action(async (o: Flags) => {
      const { storiesCommand } = await import('./stories.js');
      setCode(
        await storiesCommand(
          {
            ...(o.db !== undefined ? { db: o.db as string } : {}),
            format: o.format as 'text',
            ...(o.limit !== undefined ? { limit: o.limit as number } : {}),
            offset: o.offset as number,
            profile: o.profile as 'revision',
            ...(o.out !== undefined ? { out: o.out as string } : {}),
            color: color(process.stdout),
          },
          process.stdout,
        ),
      );
    });

  program
    .command('story')
    .description('one story: its derivation forest, each telling with its source and the findings against it, and a timeline')
    .argument('<id>', 'the story id (storydiff stories lists them)')
    .option('--db <path>', 'the database: a SQLite file or a postgres:// URL (default: $STORYDIFF_DB, else storydiff.db)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'html']).default('text'))
    .addOption(new Option('--profile <profile>', 'profile of the comparisons').choices(['revision', 'faithful']).default('revision'))
    .option('--out <file>', 'write the output to FILE (written whole, or not at all)')
    .action(async (id: string, o: Flags) => {
      const { storyCommand } = await import('./stories.js');
      setCode(
        await storyCommand(
          id,
          {
            ...(o.db !== undefined ? { db: o.db as string } : {}),
            format: o.format as 'text',
            profile: o.profile as 'revision',
            ...(o.out !== undefined ? { out: o.out as string } : {}),
            color: color(process.stdout),
          },
          process.stdout,
        ),
      );
    });

  ingestOptions(
    program
      .command('ingest')
      .description('read articles into the store: text and HTML files, folders, JSON lines, RSS and Atom feeds (files or URLs), article URLs')
      .argument('<source...>', 'files, folders, JSON lines files, feed files, or http(s) URLs of feeds and articles'),
  )
    .option('--wait', 'with PostgreSQL, wait until the workers have done the work queued', false)
    .action(async (sources: string[], o: Flags) => {
      const { ingestCommand, dbLocation } = await import('./corpus.js');
      const { isPostgres } = await import('../store/index.js');
      if (isPostgres(dbLocation(o.db as string | undefined)) && !o.inline) {
        if (!sources.length) throw new InputError('ingest needs at least one SOURCE (a file, a folder, a JSON lines file, a feed or a URL)');
        const { queueIngestCommand } = await import('./jobs.js');
        setCode(await queueIngestCommand(sources, { ...ingestFlags(o), wait: Boolean(o.wait) }, process.stdout, process.stderr));
        return;
      }
      setCode(await ingestCommand(sources, ingestFlags(o), process.stdout, process.stderr));
    });

  ingestOptions(
    program
      .command('watch')
      .description('re-ingest feeds and article URLs on a schedule; print one line per material change; Ctrl-C stops')
      .argument('<source...>', 'feed and article URLs (files and folders are re-read too)')
      .requiredOption('--every <duration>', 'time between the starts of two rounds (e.g. 10m)', duration)
      .option('--rounds <n>', 'stop after this many rounds', positive('')),
  ).action(async (sources: string[], o: Flags) => {
    const { watchCommand, dbLocation } = await import('./corpus.js');
    const { isPostgres } = await import('../store/index.js');
    const flags = { ...ingestFlags(o), everyMs: o.every as number, ...(o.rounds !== undefined ? { rounds: o.rounds as number } : {}) };
    if (isPostgres(dbLocation(o.db as string | undefined)) && !o.inline) {
      const { queueWatchCommand } = await import('./jobs.js');
      setCode(await queueWatchCommand(sources, flags, process.stdout, process.stderr));
      return;
    }
    setCode(await watchCommand(sources, flags, process.stdout, process.stderr));
  });

  program
    .command('worker')
    .description('process the jobs queued in a PostgreSQL database (fetch, extract, group, compare); run as many as you like, on any machines')
    .option('--db <url>', 'the PostgreSQL database: postgres://USER@HOST:PORT/DATABASE (default: $STORYDIFF_DB)')
    .option('--concurrency <n>', 'jobs run at once by this process', positive(''), 2)
    .option('--until-idle', 'stop once no job is waiting or running', false)
    .option('--delay <duration>', 'pause between two requests to the same host (fetch jobs)', duration, 1000)
    .option('--quiet', 'print only failed jobs and the closing line', false)
    .action(async (o: Flags) => {
      const { workerCommand } = await import('./jobs.js');
      setCode(
        await workerCommand(
          { ...(o.db !== undefined ? { db: o.db as string } : {}), concurrency: o.concurrency as number, untilIdle: Boolean(o.untilIdle), delayMs: o.delay as number, quiet: Boolean(o.quiet) },
          process.stdout,
          process.stderr,
        ),
      );
    });

  program
    .command('jobs')
    .description('the job queue of a PostgreSQL database: jobs per type and state, or (--failed) the jobs that failed every attempt, with their errors')
    .option('--db <url>', 'the PostgreSQL database: postgres://USER@HOST:PORT/DATABASE (default: $STORYDIFF_DB)')
    .option('--failed', 'list the dead-lettered jobs (failed three times) with their last error', false)
    .option('--limit <n>', 'at most this many failed jobs', positive(''), 50)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (o: Flags) => {
      const { jobsCommand } = await import('./jobs.js');
      setCode(await jobsCommand({ ...(o.db !== undefined ? { db: o.db as string } : {}), failed: Boolean(o.failed), format: o.format as 'text', limit: o.limit as number }, process.stdout));
    });

  program
    .command('log')
    .description("an article's timeline: every version with its time, and the findings between consecutive versions, newest first")
    .argument('<article>', 'the article: its id, its URL, or the path it was read from')
    .option('--db <path>', 'the database: a SQLite file or a postgres:// URL (default: $STORYDIFF_DB, else storydiff.db)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'md', 'html']).default('text'))
    .option('--since <when>', 'only versions fetched since a date or time (2026-11-24) or a span back from now (36h, 7d)')
    .addOption(new Option('--profile <profile>', 'profile of the comparisons').choices(['revision', 'faithful']).default('revision'))
    .option('--out <file>', 'write the output to FILE (written whole, or not at all)')
    .action(async (ref: string, o: Flags) => {
      const { logCommand } = await import('./corpus.js');
      setCode(
        await logCommand(
          ref,
          {
            ...(o.db !== undefined ? { db: o.db as string } : {}),
            format: o.format as 'text',
            ...(o.since !== undefined ? { since: o.since as string } : {}),
            ...(o.out !== undefined ? { out: o.out as string } : {}),
            profile: o.profile as 'revision',
            color: color(process.stdout),
          },
          process.stdout,
        ),
      );
    });
}
