/** `storydiff serve`: starts the web server, prints its URL, stops cleanly on SIGINT or SIGTERM. */
import { listen } from '../server/server.js';
import { InputError } from './io.js';

export interface ServeFlags {
  host: string;
  port: number;
  allowPrivate: boolean;
  /** a corpus database: its pages are served under /corpus/ */
  db?: string;
  /** log the stack of an internal error */
  debug?: boolean;
}

/** Opens the corpus database (it must exist) and its pages. */
async function openCorpus(db: string) {
  const { openStore } = await import('../corpus/corpus.js');
  const { corpusPages } = await import('../server/corpus/pages.js');
  const { StoreError } = await import('../store/types.js');
  try {
    const corpus = await openStore(db, { mustExist: true });
    return { pages: corpusPages(corpus), close: () => corpus.close() };
  } catch (e) {
    if (e instanceof StoreError) throw new InputError(e.message);
    throw e;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';
}

export async function serve(flags: ServeFlags, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const host = flags.host.replace(/^\[|\]$/g, '');
  const corpus = flags.db ? await openCorpus(flags.db) : undefined;
  let running;
  try {
    running = await listen(host, flags.port, {
      allowPrivate: flags.allowPrivate,
      debug: flags.debug ?? false,
      log: (line) => stderr.write(line + '\n'),
      ...(corpus ? { pages: corpus.pages } : {}),
    });
  } catch (e) {
    await corpus?.close();
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE' ? 'the port is in use' :
      code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' :
      code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? 'no such local address' :
      code ?? (e as Error).message;
    throw new InputError(`cannot listen on ${flags.host}:${flags.port}: ${why}`);
  }
  stdout.write(`storydiff: listening on ${running.url}\n`);
  if (corpus) stdout.write(`storydiff: corpus pages of ${flags.db} at ${running.url}corpus/\n`);
  if (!isLoopback(host)) stderr.write(`storydiff: warning: listening on ${flags.host}, reachable from other machines; the server has no authentication\n`);
  if (flags.allowPrivate) stderr.write('storydiff: warning: --allow-private: URLs on private, loopback and link-local addresses will be fetched\n');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  await corpus?.close();
  stdout.write('storydiff: stopped\n');
  return 0;
}
