/** The command line: parses arguments, maps errors to exit codes. 0 ok, 1 findings at the gate, 2 usage or input error. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { InputError, InternalError, DEFAULT_MAX_BYTES, ISSUES_URL, oneLine, stackOf } from './io.js';
import { compareBatch, comparePair, type CompareFlags, type Engine } from './compare.js';
import { FORMATS } from '../report/index.js';
import { registerCorpusCommands } from './corpus-commands.js';

const require = createRequire(import.meta.url);
const pkg = require('../../../package.json') as { version: string };

function colorWanted(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  // FORCE_COLOR=0 turns colour off, any other value on (Node's convention); empty means unset
  const force = process.env.FORCE_COLOR;
  if (force === '0') return false;
  if (force !== undefined && force !== '') return true;
  return Boolean(stream.isTTY);
}

function portNumber(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free port)');
  return n;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes');
  return n;
}

export interface MainOptions {
  /** the comparison function (tests hand in one that fails) */
  engine?: Engine;
}

/** Runs the command line; resolves with the exit code. Errors are printed as one line on standard error. */
export async function main(argv: string[], options: MainOptions = {}): Promise<number> {
  const program = new Command();
  let code = 0;
  let debug = argv.includes('--debug');
  program
    .name('storydiff')
    .description('Compare tellings of a news story and report the changes that matter.')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('compare')
    .description('compare BASE (the earlier telling or source) with REVISED (the later telling or derived text)')
    .argument('[base]', 'path of the base text, or - for standard input')
    .argument('[revised]', 'path of the revised text, or - for standard input')
    .addOption(new Option('--profile <profile>', 'what additions mean: revision (new reporting is notable) or faithful (anything new is material)').choices(['revision', 'faithful']).default('revision'))
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(FORMATS)).default('text'))
    .option('--out <file>', 'write the output to FILE (written whole, or not at all)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity is reported').choices(['material', 'notable', 'minor', 'none']).default('material'))
    .option('--batch <items.jsonl>', 'compare each line {"id", "base", "revised"} of a JSON lines file (- for standard input); writes one JSON line per item')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--db <path>', 'compare two versions stored in this database: BASE and REVISED are version ids (see storydiff log)')
    .option('--debug', 'on an internal error, also print its stack trace on standard error', false)
    .action(async (base: string | undefined, revised: string | undefined, opts: Record<string, unknown>) => {
      debug = Boolean(opts.debug);
      const flags: CompareFlags = {
        debug,
        profile: opts.profile as CompareFlags['profile'],
        format: opts.format as CompareFlags['format'],
        failOn: opts.failOn as CompareFlags['failOn'],
        maxBytes: opts.maxBytes as number,
        color: colorWanted(process.stdout),
        ...(opts.out ? { out: opts.out as string } : {}),
      };
      if (opts.db) {
        if (opts.batch || !base || !revised) throw new InputError('with --db, compare needs two version ids: storydiff compare --db PATH BASE_ID REVISED_ID');
        const { compareStored } = await import('./corpus.js');
        code = await compareStored(opts.db as string, base, revised, flags, process.stdout);
        return;
      }
      if (opts.batch) {
        if (base || revised) throw new InputError('--batch takes no BASE or REVISED arguments');
        // batch output is JSON lines; the text default does not apply
        const cmd = program.commands.find((c) => c.name() === 'compare')!;
        if (cmd.getOptionValueSource('format') === 'default') flags.format = 'jsonl';
        code = await compareBatch(opts.batch as string, flags, process.stdout, process.stderr, options.engine);
        return;
      }
      if (!base || !revised) throw new InputError('compare needs BASE and REVISED (paths, or - for standard input), or --batch FILE');
      code = comparePair(base, revised, flags, process.stdout, process.stderr, options.engine);
    });

  program
    .command('serve')
    .description('serve a local web page and a JSON API that compare two texts or two article URLs')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free port)', portNumber, 8080)
    .option('--allow-private', 'also fetch URLs that resolve to private, loopback or link-local addresses', false)
    .option('--db <path>', 'also serve pages over this corpus database (outlets, articles, timelines) under /corpus/')
    .option('--debug', 'log the stack trace of an internal error on standard error', false)
    .action(async (opts: { host: string; port: number; allowPrivate: boolean; db?: string; debug: boolean }) => {
      debug = opts.debug;
      // loaded only when serving: the server's HTML parser is heavy and compare does not need it
      const { serve } = await import('./serve.js');
      code = await serve(
        { host: opts.host, port: opts.port, allowPrivate: opts.allowPrivate, debug: opts.debug, ...(opts.db ? { db: opts.db } : {}) },
        process.stdout,
        process.stderr,
      );
    });

  registerCorpusCommands(program, (c) => (code = c), colorWanted);

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      return 2; // commander has printed the message
    }
    if (e instanceof InputError) {
      process.stderr.write(`storydiff: error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InternalError) {
      process.stderr.write(`storydiff: ${e.message}\n`);
      if (debug) process.stderr.write(stackOf(e.cause) + '\n');
      return 2;
    }
    // a bug outside any comparison (arguments, output): the same one line, the stack with --debug
    process.stderr.write(`storydiff: internal error: ${oneLine(e)}. This is a bug in storydiff: please report it at ${ISSUES_URL} (--debug prints the stack)\n`);
    if (debug) process.stderr.write(stackOf(e) + '\n');
    return 2;
  }
}
