/**
 * The web server (node:http only): a form at GET /, the JSON API (POST /api/compare, POST /api/report)
 * and the form's target (POST /report). HTTP and pages only: the work is the library's compare() and
 * format(); fetching by URL is ./fetch.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ComparePool } from './pool.js';
import { isIP, type AddressInfo } from 'node:net';
import { PROFILES } from '../engine/compare.js';
import { html as htmlReport, reportPolicy } from '../report/html.js';
import type { Profile } from '../types.js';
import { FETCH_DEFAULTS, fetchArticle, HttpError, type FetchOptions } from './fetch.js';
import { errorPage, indexPage, pagePolicy, size } from './page.js';
import type { Pages } from './corpus/pages.js';
import { InternalError, ISSUES_URL, oneLine, stackOf } from '../errors.js';

/** What a bug report about the server should carry. */
const REQUEST = 'the request';

export { HttpError } from './fetch.js';

export interface ServerOptions {
  /** allow fetching URLs that resolve to private, loopback or link-local addresses */
  allowPrivate?: boolean;
  /** largest request body, in bytes (default 2 MB) */
  maxBodyBytes?: number;
  /** time a comparison may take before it is stopped with 503, in ms (default 30 s) */
  compareTimeoutMs?: number;
  /** time allowed to receive a request body, in ms (default 10 s) */
  bodyTimeoutMs?: number;
  /** limits and policy of URL fetches */
  fetch?: Omit<FetchOptions, 'allowPrivate'>;
  /** where to report unexpected errors (default: nowhere) */
  log?: (line: string) => void;
  /** more pages (the corpus pages of `serve --db`), answered under their prefix */
  pages?: Pages;
  /** log the stack of an internal error, not only its message */
  debug?: boolean;
  /** the module of the comparison worker (tests hand in one that fails) */
  workerUrl?: URL;
}

// two texts of up to 1 MB each; comparisons run in a worker, one at a time, stopped after 30 s
export const SERVER_DEFAULTS = { maxBodyBytes: 2 * 1024 * 1024, bodyTimeoutMs: 10_000, compareTimeoutMs: 30_000 };

const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** One side of a comparison: a text, or a URL to fetch the article from. */
type Source = { text: string } | { url: string };

interface Job {
  base: Source;
  revised: Source;
  profile: Profile;
}

function send(res: ServerResponse, status: number, type: string, body: string, policy: string, extra: Record<string, string> = {}): void {
  const data = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    'content-type': type,
    'content-length': String(data.length),
    'content-security-policy': policy,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value) + '\n', API_POLICY, extra);
}


/** Reads a request body within the size and time limits; 413 or 408 otherwise. */
function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const finish = (e: Error | null, body?: Buffer) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (e) {
        // drain what the client is still sending (so it can read the answer), up to a bound
        let drained = 0;
        req.removeAllListeners('data');
        req.on('data', (c: Buffer) => {
          drained += c.length;
          if (drained > 4 * maxBytes) req.destroy();
        });
        req.resume();
        reject(e);
      } else resolve(body!);
    };
    const timer = setTimeout(() => finish(new HttpError(408, `the request body did not arrive within ${timeoutMs / 1000} s`)), timeoutMs);
    if (Number.isFinite(declared) && declared > maxBytes) return finish(new HttpError(413, `the request body is ${size(declared)}, over the ${size(maxBytes)} limit`));
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > maxBytes) return finish(new HttpError(413, `the request body is over the ${size(maxBytes)} limit`));
      chunks.push(chunk);
    });
    req.on('end', () => finish(null, Buffer.concat(chunks)));
    req.on('error', () => finish(new HttpError(400, 'the request body could not be read')));
  });
}

function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function requireType(req: IncomingMessage, type: string): void {
  const got = mediaType(req);
  if (got !== type) throw new HttpError(415, `send ${type} (got ${got || 'no content type'})`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bodyText(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw new HttpError(400, 'the request body is not valid UTF-8');
  }
}

/** Validates the fields of a request: each side a text or a URL, and the profile. */
export function parseJob(o: Record<string, unknown>): Job {
  const sourceOf = (name: 'base' | 'revised'): Source => {
    const text = o[name];
    const url = o[`${name}Url`];
    if (text !== undefined && text !== null && typeof text !== 'string') throw new HttpError(400, `"${name}" must be a string`);
    if (url !== undefined && url !== null && typeof url !== 'string') throw new HttpError(400, `"${name}Url" must be a string`);
    const hasText = typeof text === 'string';
    const hasUrl = typeof url === 'string' && url.trim() !== '';
    if (hasText && hasUrl) throw new HttpError(400, `give "${name}" or "${name}Url", not both`);
    if (hasUrl) return { url: url.trim() };
    if (hasText) return { text };
    throw new HttpError(400, `"${name}" (a text) or "${name}Url" (a URL) is required`);
  };
  const profile = o.profile ?? 'revision';
  if (typeof profile !== 'string' || !PROFILES.includes(profile as Profile)) throw new HttpError(400, `"profile" must be one of ${PROFILES.join(', ')}`);
  return { base: sourceOf('base'), revised: sourceOf('revised'), profile: profile as Profile };
}

function parseJson(body: Buffer): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(bodyText(body));
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, `the request body is not valid JSON (${(e as Error).message})`);
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new HttpError(400, 'the request body must be a JSON object {base, revised, profile} (or baseUrl, revisedUrl instead of texts)');
  return v as Record<string, unknown>;
}

function parseForm(body: Buffer): Record<string, unknown> {
  const params = new URLSearchParams(bodyText(body));
  const o: Record<string, unknown> = {};
  for (const key of ['base', 'revised', 'baseUrl', 'revisedUrl', 'profile']) {
    const v = params.get(key);
    if (v === null) continue;
    // browsers send a textarea's line breaks as CR LF; an empty URL field means "no URL"
    // a blank text field means "no text": the form needs a text or a URL on each side
    if (key === 'base' || key === 'revised') {
      if (v.trim() !== '') o[key] = v.replace(/\r\n?/g, '\n');
    } else if (v.trim() !== '') o[key] = v;
  }
  return o;
}

/**
 * On a loopback address, answer only requests whose Host is localhost or an IP address: a web page
 * cannot then reach the server through a DNS name rebound to 127.0.0.1.
 */
function hostAllowed(req: IncomingMessage): boolean {
  const local = req.socket.localAddress ?? '';
  if (!/^(127\.|::1$|::ffff:127\.)/.test(local)) return true;
  const host = (req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || isIP(host.replace(/^\[|\]$/g, '')) !== 0;
}

export function createApp(options: ServerOptions = {}): Server {
  const maxBody = options.maxBodyBytes ?? SERVER_DEFAULTS.maxBodyBytes;
  const bodyTimeout = options.bodyTimeoutMs ?? SERVER_DEFAULTS.bodyTimeoutMs;
  const fetchOptions: FetchOptions = { ...FETCH_DEFAULTS, ...options.fetch, allowPrivate: options.allowPrivate ?? false };
  const pool = new ComparePool(options.compareTimeoutMs ?? SERVER_DEFAULTS.compareTimeoutMs, options.workerUrl);

  async function load(name: string, s: Source): Promise<string> {
    if ('text' in s) return s.text;
    try {
      return await fetchArticle(s.url, fetchOptions);
    } catch (e) {
      if (e instanceof HttpError) throw new HttpError(e.status, `${name}Url: ${e.message}`);
      throw e;
    }
  }

  async function run(job: Job, render = false) {
    const [base, revised] = await Promise.all([load('base', job.base), load('revised', job.revised)]);
    const names = {
      baseName: 'url' in job.base ? job.base.url : 'base',
      revisedName: 'url' in job.revised ? job.revised.url : 'revised',
    };
    try {
      const result = await pool.compare(base, revised, job.profile);
      const texts = { base, revised, ...names };
      return { result, texts, html: render ? htmlReport([result], { texts: [texts] }) : '' };
    } catch (e) {
      if (e instanceof HttpError) throw e;
      const input = `${'url' in job.base ? names.baseName : 'the base text'} with ${'url' in job.revised ? names.revisedName : 'the revised text'}`;
      throw new InternalError(input, e, REQUEST);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? 'GET';
    const only = (allowed: string[]) => {
      if (!allowed.includes(method)) throw Object.assign(new HttpError(405, `${method} is not allowed on ${path} (use ${allowed.join(' or ')})`), { allow: allowed.join(', ') });
    };
    switch (path) {
      case '/':
        only(['GET', 'HEAD']);
        return send(res, 200, 'text/html; charset=utf-8', indexPage({ maxBodyBytes: maxBody, maxPageBytes: fetchOptions.maxBytes ?? FETCH_DEFAULTS.maxBytes, fetchTimeoutMs: fetchOptions.timeoutMs ?? FETCH_DEFAULTS.timeoutMs }), pagePolicy());
      case '/api/compare': {
        only(['POST']);
        requireType(req, 'application/json');
        const job = parseJob(parseJson(await readBody(req, maxBody, bodyTimeout)));
        const { result } = await run(job);
        return sendJson(res, 200, result);
      }
      case '/api/report': {
        only(['POST']);
        requireType(req, 'application/json');
        const job = parseJob(parseJson(await readBody(req, maxBody, bodyTimeout)));
        const { html } = await run(job, true);
        return send(res, 200, 'text/html; charset=utf-8', html, `${reportPolicy()}; frame-ancestors 'none'`);
      }
      case '/report': {
        only(['POST']);
        requireType(req, 'application/x-www-form-urlencoded');
        const job = parseJob(parseForm(await readBody(req, maxBody, bodyTimeout)));
        const { html } = await run(job, true);
        return send(res, 200, 'text/html; charset=utf-8', html, `${reportPolicy()}; frame-ancestors 'none'`);
      }
      default: {
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
        const answer = await options.pages?.handle({ method, path, query, compare: (b, r, p) => pool.compare(b, r, p) });
        if (answer) return send(res, answer.status, answer.type, answer.body, answer.policy);
        throw new HttpError(404, `nothing at ${path}`);
      }
    }
  }

  const server = createServer({ requestTimeout: bodyTimeout + 5_000, headersTimeout: bodyTimeout }, (req, res) => {
    let path = '/';
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      /* keep "/" */
    }
    const work = hostAllowed(req) ? handle(req, res, path) : Promise.reject(new HttpError(403, 'unexpected Host header: a server on a loopback address answers only to localhost or an IP address'));
    work.catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      const status = e instanceof HttpError ? e.status : 500;
      // a bug: one line that names the request and asks for a report; the stack only with debug
      const message =
        e instanceof HttpError ? e.message :
        e instanceof InternalError ? e.message :
        `internal error while answering ${req.method} ${path}: ${oneLine(e)}. This is a bug in storydiff: please report it at ${ISSUES_URL} with ${REQUEST}`;
      if (!(e instanceof HttpError)) {
        options.log?.(`storydiff serve: ${req.method} ${path}: ${message}`);
        if (options.debug) options.log?.(stackOf(e));
      }
      const extra: Record<string, string> = {};
      const allow = (e as { allow?: string }).allow;
      if (allow) extra.allow = allow;
      if (status === 413 || status === 408) extra.connection = 'close';
      const pages = options.pages;
      if (pages && (path === pages.prefix || path.startsWith(pages.prefix + '/'))) {
        const page = pages.errorPage(status, message);
        send(res, status, page.type, page.body, page.policy, extra);
      } else if (path === '/report' && req.method === 'POST') send(res, status, 'text/html; charset=utf-8', errorPage(status, message), pagePolicy(), extra);
      else sendJson(res, status, { error: message }, extra);
    });
  });
  // requests node:http itself rejects (malformed, headers too large or too slow) get the same headers
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const [status, reason, message] =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'the request did not arrive in time'] :
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'the request headers are too large'] :
      [400, 'Bad Request', 'malformed HTTP request'];
    const body = JSON.stringify({ error: message }) + '\n';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `content-security-policy: ${API_POLICY}\r\nx-content-type-options: nosniff\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  server.on('close', () => pool.close());
  return server;
}

export interface Running {
  server: Server;
  /** the URL the server listens on, e.g. http://127.0.0.1:8080/ */
  url: string;
  /** stops accepting connections, lets requests in flight finish (at most graceMs), then resolves */
  close(graceMs?: number): Promise<void>;
}

/** Creates the server and listens on host:port (port 0 picks a free port). */
export function listen(host: string, port: number, options: ServerOptions = {}): Promise<Running> {
  const server = createApp(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address() as AddressInfo;
      const shown = a.family === 'IPv6' || a.address.includes(':') ? `[${a.address}]` : a.address;
      const close = (graceMs = 3000) =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), graceMs).unref();
        });
      resolve({ server, url: `http://${shown}:${a.port}/`, close });
    });
  });
}
