/** `storydiff serve`: starts the web server, prints its URL, stops cleanly on SIGINT or SIGTERM. */
import { listen } from '../server/server.js';
import { InputError } from './io.js';

export interface ServeFlags {
  host: string;
  port: number;
  allowPrivate: boolean;
  /** log the stack of an internal error */
  debug?: boolean;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '[::1]';
}

export async function serve(flags: ServeFlags, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const host = flags.host.replace(/^\[|\]$/g, '');
  let running;
  try {
    running = await listen(host, flags.port, {
      allowPrivate: flags.allowPrivate,
      debug: flags.debug ?? false,
      log: (line) => stderr.write(line + '\n'),
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE' ? 'the port is in use' :
      code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' :
      code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? 'no such local address' :
      code ?? (e as Error).message;
    throw new InputError(`cannot listen on ${flags.host}:${flags.port}: ${why}`);
  }
  stdout.write(`storydiff: listening on ${running.url}\n`);
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
  stdout.write('storydiff: stopped\n');
  return 0;
}
