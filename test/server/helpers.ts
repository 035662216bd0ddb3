/** Test helpers for the server: run `storydiff serve` as a child process. */
import { spawn } from 'node:child_process';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'storydiff.js');

/** Starts `storydiff serve` and resolves with the URL it prints. */
export function startServe(args: string[] = []): Promise<{ url: string; stop(): Promise<{ code: number | null; out: string; err: string }> }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return new Promise((ok, fail) => {
    const check = () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        child.stdout.off('data', check);
        ok({
          url: m[1]!,
          stop: async () => {
            child.kill('SIGTERM');
            const code = await exited;
            return { code, out, err };
          },
        });
      }
    };
    child.stdout.on('data', check);
    exited.then((code) => fail(new Error(`storydiff serve exited (${code}) before listening: ${err}`)));
  });
}

