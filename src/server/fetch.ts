/**
 * Fetching an article by URL for the server: http and https only; the host name is resolved first and
 * a private address is refused (unless allowed), again after every redirect; the connection goes to the
 * address that was checked (no second lookup to rebind); size and time limits on every fetch.
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { isRefusedAddress } from './address.js';
import { articleText } from './extract.js';

/** An error with the HTTP status the server answers with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchOptions {
  /** allow private, loopback and link-local addresses (default false) */
  allowPrivate?: boolean;
  /** largest page accepted, in bytes, after decompression (default 5 MB) */
  maxBytes?: number;
  /** time allowed for the whole fetch, redirects included, in ms (default 10 s) */
  timeoutMs?: number;
  /** redirects followed at most (default 5) */
  maxRedirects?: number;
  /** decides which resolved addresses may be connected to; default: not isRefusedAddress unless allowPrivate */
  addressAllowed?: (address: string) => boolean;
}

export const FETCH_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 };

export interface Page {
  /** the final URL, after redirects */
  url: string;
  contentType: string;
  body: Buffer;
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`;
}

/** Parses and checks a URL given by a client: absolute, http or https. */
export function checkUrl(value: string, base?: string): URL {
  let u: URL;
  try {
    u = new URL(value, base);
  } catch {
    throw new HttpError(400, `not a valid URL: ${JSON.stringify(value.slice(0, 200))}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new HttpError(400, `only http and https URLs can be fetched (got ${u.protocol.replace(/:$/, '')})`);
  return u;
}

async function resolveChecked(u: URL, allowed: (address: string) => boolean): Promise<{ address: string; family: number }> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new HttpError(502, `cannot resolve ${host} (${code ?? 'lookup failed'})`);
  }
  if (!addresses.length) throw new HttpError(502, `cannot resolve ${host}`);
  const refused = addresses.find((a) => !allowed(a.address));
  if (refused) {
    throw new HttpError(403, `refused to fetch ${u.host}: it resolves to ${refused.address}, a private, loopback, link-local or otherwise non-public address (start the server with --allow-private to allow it)`);
  }
  return addresses[0]!;
}

function decoder(encoding: string | undefined): Transform | null {
  switch ((encoding ?? 'identity').trim().toLowerCase()) {
    case 'identity':
    case '':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new HttpError(502, `the page uses an unsupported content encoding (${encoding})`);
  }
}

function get(u: URL, pinned: { address: string; family: number }, signal: AbortSignal): Promise<IncomingMessage> {
  // connect to the address that was checked, whatever a second lookup would say
  const lookupPinned = ((_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (options && options.all) cb(null, [{ address: pinned.address, family: pinned.family }]);
    else cb(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
  const options: RequestOptions = {
    method: 'GET',
    lookup: lookupPinned,
    signal,
    headers: {
      'user-agent': 'storydiff (article comparison; +https://github.com/storydiff/storydiff)',
      accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
      'accept-encoding': 'gzip, deflate, br',
    },
  };
  return new Promise((resolve, reject) => {
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(u, options, resolve);
    req.on('error', reject);
    req.end();
  });
}

function readLimited(res: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(new HttpError(502, `the page is ${mb(declared)}, over the ${mb(maxBytes)} limit`));
  }
  const unzip = decoder(res.headers['content-encoding']);
  const stream = unzip ? res.pipe(unzip) : res;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const fail = (e: Error) => {
      res.destroy();
      unzip?.destroy();
      reject(e);
    };
    signal.addEventListener('abort', () => fail(new HttpError(502, 'timed out')), { once: true });
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) return fail(new HttpError(502, `the page is over the ${mb(maxBytes)} limit`));
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (e) => fail(e instanceof HttpError ? e : new HttpError(502, `the page could not be read (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    res.on('error', (e) => fail(e instanceof HttpError ? e : new HttpError(502, `the connection failed while reading (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
  });
}

/** Fetches a page, following at most maxRedirects redirects and checking every address. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<Page> {
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allowed = options.addressAllowed ?? (options.allowPrivate ? () => true : (a: string) => !isRefusedAddress(a));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(new HttpError(502, `fetching ${url} timed out after ${timeoutMs / 1000} s`)), { once: true }),
  );
  timedOut.catch(() => undefined);
  try {
    let u = checkUrl(url);
    for (let hop = 0; ; hop++) {
      const pinned = await Promise.race([resolveChecked(u, allowed), timedOut]);
      let res: IncomingMessage;
      try {
        res = await Promise.race([get(u, pinned, controller.signal), timedOut]);
      } catch (e) {
        if (e instanceof HttpError) throw e;
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ECONNRESET' ? 'connection reset' : code ?? (e as Error).message;
        throw new HttpError(502, `cannot fetch ${u.href}: ${why}`);
      }
      const status = res.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status) && res.headers.location) {
        res.resume();
        if (hop >= maxRedirects) throw new HttpError(502, `cannot fetch ${url}: more than ${maxRedirects} redirects`);
        u = checkUrl(res.headers.location, u.href);
        continue;
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new HttpError(502, `cannot fetch ${u.href}: the server answered ${status}`);
      }
      const body = await Promise.race([readLimited(res, maxBytes, controller.signal), timedOut]);
      return { url: u.href, contentType: String(res.headers['content-type'] ?? ''), body };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The charset of a page: the Content-Type header, else a meta tag near the top, else UTF-8. */
function charsetOf(contentType: string, body: Buffer): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) return fromHeader;
  const head = body.subarray(0, 2048).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decodeBody(page: Page): string {
  let d: TextDecoder;
  try {
    d = new TextDecoder(charsetOf(page.contentType, page.body));
  } catch {
    d = new TextDecoder('utf-8');
  }
  return d.decode(page.body);
}

/** Fetches a URL and returns its article as text: title first, one line per paragraph. */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<string> {
  const page = await fetchPage(url, options);
  const type = page.contentType.split(';')[0]!.trim().toLowerCase();
  const text = decodeBody(page);
  if (type === 'text/plain') {
    if (!text.trim()) throw new HttpError(422, `${page.url} is an empty text file`);
    return text.replace(/\r\n?/g, '\n');
  }
  if (type !== '' && type !== 'text/html' && type !== 'application/xhtml+xml') {
    throw new HttpError(422, `${page.url} is not a web page or a text file (content type ${type})`);
  }
  let article: string | null;
  try {
    article = articleText(text);
  } catch {
    article = null;
  }
  if (!article) throw new HttpError(422, `no readable article found at ${page.url}`);
  return article;
}
