/** Test helpers for the corpus: paths, a local HTTP server with changing routes, the CLI as a child. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const bin = join(root, 'bin', 'storydiff.js');
export const fixtures = join(root, 'test', 'corpus', 'fixtures');
export const fixture = (...p: string[]): string => join(fixtures, ...p);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'storydiff-corpus-'));
}

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

export function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: options.cwd ?? root, env: { ...process.env, ...options.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The CLI as a child process, for commands that run until stopped (async, so a local server in this process can answer). */
export function cliAsync(args: string[], options: { cwd?: string } = {}) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code, signal) => ok(code ?? (signal ? -1 : null))));
  return {
    child,
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    exited,
    /** resolves when the output (stdout + stderr) matches, rejects after ms */
    waitFor(re: RegExp, ms = 20_000): Promise<void> {
      return new Promise((ok, fail) => {
        const start = Date.now();
        const tick = () => {
          if (re.test(out + err)) return ok();
          if (Date.now() - start > ms) return fail(new Error(`timed out waiting for ${re}; stdout: ${out}; stderr: ${err}`));
          setTimeout(tick, 20);
        };
        tick();
      });
    },
  };
}

export type Route = string | { status?: number; type?: string; body?: string | Buffer; headers?: Record<string, string> } | ((req: IncomingMessage, res: ServerResponse) => void);

/** A server on 127.0.0.1 whose routes the test changes as it goes; it records every request. */
export async function fixtureServer(routes: Record<string, Route>): Promise<{ url: string; routes: Record<string, Route>; requests: Array<{ path: string; at: number }>; close(): Promise<void>; server: Server }> {
  const requests: Array<{ path: string; at: number }> = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, at: Date.now() });
    const r = routes[path];
    if (r === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('not found');
    }
    if (typeof r === 'function') return r(req, res);
    const spec = typeof r === 'string' ? { body: r } : r;
    const body = spec.body ?? '';
    const type = spec.type ?? (typeof body === 'string' && /^\s*<\?xml|^\s*<rss|^\s*<feed/.test(body) ? 'application/rss+xml; charset=utf-8' : 'text/html; charset=utf-8');
    res.writeHead(spec.status ?? 200, { 'content-type': type, ...spec.headers });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A news page with a headline and paragraphs. */
export function articlePage(title: string, paragraphs: string[], extraHead = ''): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head><body>` +
    `<nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`
  );
}

export function rssFeed(title: string, items: Array<{ title: string; link: string; description?: string; guid?: string }>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>http://feed.example/</link>` +
    items
      .map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.description ? `<description><![CDATA[${i.description}]]></description>` : ''}</item>`)
      .join('') +
    `</channel></rss>`
  );
}
