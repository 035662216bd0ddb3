/**
 * Ingest: reads sources (text and HTML files, folders, JSON lines, RSS and Atom feeds as files or
 * URLs, article URLs), turns each article into a version, and hands them to the store in batches,
 * one transaction per batch. A text that has not changed since the article's newest version (by its
 * normalized hash) only records the fetch time. A bad source is reported and skipped; what was
 * stored before it stays. New versions are then compared with the version they follow, with the
 * library's compare(), and the result is stored beside them.
 *
 * This module reads files and fetches URLs (through the server's fetcher: http and https only,
 * private addresses refused unless allowed, size and time limits, redirects checked), with a polite
 * delay between two requests to one host.
 */
import { createHash } from 'node:crypto';
import { createReadStream, openSync, readdirSync, readSync, closeSync, fstatSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { compare } from '../engine/compare.js';
import { checkUrl, fetchPage, FETCH_DEFAULTS, HttpError, type FetchOptions, type Page } from '../server/fetch.js';
import type { Profile } from '../types.js';
import { StaleInputError, StoreError, type ComparisonRow, type Identity, type IncomingVersion, type IngestOutcome, type SeenInput, type Store } from '../store/types.js';
import { charsetOfContentType, decodeBytes, DecodeError } from './decode.js';
import { FeedError, looksLikeFeed, parseFeedXml, type FeedItem } from './feed.js';
import { contentHash } from './hash.js';
import { articleFromPage, composeFromText, type PageArticle } from './html.js';
import { canonicalUrl, guidIdentity, pathIdentity, urlIdentity } from './identity.js';
import { parseArticleLine } from './jsonl.js';
import { HostPacer } from './pacer.js';
import { Stories } from './stories.js';

export interface Failure {
  /** the file, URL, `file.jsonl:12` or `feed item 3` that failed */
  source: string;
  reason: string;
}

export interface Progress {
  unitsDone: number;
  unitsTotal: number;
  /** share of the work done, 0 to 1 (files by bytes read) */
  fraction: number;
  items: number;
  failed: number;
}

/** A new article or version as it is stored, with its comparison to the version before. */
export interface VersionEvent {
  status: 'new-article' | 'new-version';
  articleId: number;
  versionId: number;
  previousVersionId?: number;
  url: string | null;
  title: string | null;
  outlet: string | null;
  source: string;
  comparison?: ComparisonRow;
  compareError?: string;
}

export interface IngestOptions {
  /** outlet name for every article read (default: the feed's title, the JSON line's outlet, the site's name or host) */
  outlet?: string;
  /** for feeds, fetch each item's link and store the article of the page instead of the feed's text */
  follow?: boolean;
  /** limits and address policy of URL fetches (default: the server's: 5 MB, 10 s, private addresses refused) */
  fetch?: FetchOptions;
  /** ms from the end of a request to a host to the start of the next one (default 1000) */
  delayMs?: number;
  /** versions per transaction (default 500) */
  batchSize?: number;
  /** compare each new version with the one before and store the result (default true) */
  compare?: boolean;
  profile?: Profile;
  /** largest file, page or JSON line read, in bytes (default 5 MB) */
  maxBytes?: number;
  /** stops between items; what was read so far is stored */
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  onFailure?: (f: Failure) => void;
  onVersion?: (e: VersionEvent) => void;
  /** the clock (tests) */
  now?: () => Date;
  /** recorded with each comparison (default: unknown) */
  toolVersion?: string;
  /** place new articles in stories as they are stored, and derive the stories changed at the end (default true) */
  group?: boolean;
  /**
   * Hands each batch of articles read to a queue instead of storing them (the workers build and
   * store them: see storeEntries); no grouping then. The entries are plain data.
   */
  defer?: (entries: Entry[]) => Promise<void>;
  /** hands each URL source to a queue instead of fetching it (the workers fetch it) */
  deferUrl?: (url: string) => Promise<void>;
}

export interface IngestSummary {
  /** files and URLs read (a folder counts its files) */
  sources: number;
  /** articles read: stored, unchanged or failed */
  items: number;
  newArticles: number;
  newVersions: number;
  unchanged: number;
  failed: number;
  failures: Failure[];
  /** files in folders that were not read (not a known kind by their extension) */
  skipped: number;
  comparisons: number;
  /** comparisons with at least one material finding */
  materialChanges: number;
  /** true when the signal stopped the ingest before the end */
  stopped: boolean;
  ms: number;
  /** story grouping and derivation (absent with `group: false`) */
  stories?: StorySteps;
  /** with `defer`: articles and URLs handed to the queue */
  queued?: { articles: number; batches: number; urls: number };
}

export interface StorySteps {
  /** articles placed in stories */
  placed: number;
  /** new stories started */
  created: number;
  /** stories merged into others (an article bridged them) */
  merged: number;
  /** stories derived at the end */
  derived: number;
  /** tellings compared with their sources */
  comparisons: number;
  /** of which with material findings */
  material: number;
}

/** Longer pairs are not compared during an ingest (a 1 MB text takes seconds); log compares them when asked. */
const COMPARE_MAX_CHARS = 2_000_000;

export const INGEST_DEFAULTS = { delayMs: 1000, batchSize: 500, maxBytes: 5 * 1024 * 1024 };

const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom', '.rdf']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXT = new Set(['.txt', '.text', '.md']);
/** Content types read as a page or a text (an empty type is sniffed); XML types are read as feeds. */
const READABLE_TYPES = new Set(['', 'text/html', 'application/xhtml+xml', 'text/plain']);
const KNOWN_EXT = new Set([...JSONL_EXT, ...FEED_EXT, ...HTML_EXT, ...TEXT_EXT]);

type Unit = { kind: 'file'; path: string; shown: string; size: number } | { kind: 'url'; url: string };

/** A source that cannot be read: the message names the problem, the caller names the source. */
class SourceError extends Error {}

/** The signal stopped the ingest while it waited to fetch: not a failure of the source. */
class StoppedError extends Error {}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${code ?? (e as Error).message})`;
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The page's canonical URL when it names the same site as the URL fetched (a page cannot claim another site's article). */
function pageIdentityUrl(fetched: string | null, page: PageArticle): string | null {
  const canonical = page.canonicalUrl ? canonicalUrl(page.canonicalUrl, fetched ?? undefined) : null;
  if (!fetched) return canonical;
  const own = canonicalUrl(fetched);
  if (canonical && hostOf(canonical) === hostOf(own)) return canonical;
  return own;
}

function firstLineTitle(text: string): string | null {
  const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  return first && first.length <= 200 ? first : null;
}

export async function ingest(store: Store, sources: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return new Ingest(store, options).run(sources);
}

/** Builds and stores entries read elsewhere (a batch a queue carried from `defer`), as one batch. */
export async function storeEntries(store: Store, entries: Entry[], options: Omit<IngestOptions, 'defer' | 'deferUrl'> = {}): Promise<IngestSummary> {
  return new Ingest(store, { ...options, batchSize: Math.max(entries.length, 1) }).storeAll(entries);
}

class Ingest {
  private readonly batchSize: number;
  private readonly maxBytes: number;
  private readonly pacer: HostPacer;
  private readonly fetchOptions: FetchOptions;
  private readonly now: () => Date;
  private pending: Entry[] = [];
  private readonly summary: IngestSummary = {
    sources: 0, items: 0, newArticles: 0, newVersions: 0, unchanged: 0, failed: 0, failures: [], skipped: 0,
    comparisons: 0, materialChanges: 0, stopped: false, ms: 0,
  };
  private readonly stories: Stories | null;
  private unitsDone = 0;
  private unitsTotal = 0;
  private unitFraction = 0;
  private lastProgress = 0;

  constructor(
    private readonly store: Store,
    private readonly options: IngestOptions,
  ) {
    this.batchSize = Math.max(1, options.batchSize ?? INGEST_DEFAULTS.batchSize);
    this.maxBytes = options.maxBytes ?? INGEST_DEFAULTS.maxBytes;
    this.pacer = new HostPacer(options.delayMs ?? INGEST_DEFAULTS.delayMs);
    this.fetchOptions = { ...FETCH_DEFAULTS, ...options.fetch };
    this.now = options.now ?? (() => new Date());
    this.stories = options.group === false || options.defer ? null : new Stories(store, undefined, this.now);
    if (options.defer) this.summary.queued = { articles: 0, batches: 0, urls: 0 };
    if (this.stories) this.summary.stories = { placed: 0, created: 0, merged: 0, derived: 0, comparisons: 0, material: 0 };
  }

  private get stopped(): boolean {
    return Boolean(this.options.signal?.aborted);
  }

  async run(sources: string[]): Promise<IngestSummary> {
    const start = performance.now();
    const units = this.expand(sources);
    this.unitsTotal = units.length;
    this.progress(true);
    for (const unit of units) {
      if (this.stopped) break;
      this.unitFraction = 0;
      this.summary.sources++;
      const shown = unit.kind === 'file' ? unit.shown : unit.url;
      try {
        if (unit.kind === 'file') await this.readFile(unit);
        else if (this.options.deferUrl) {
          checkUrl(unit.url);
          await this.options.deferUrl(unit.url);
          this.summary.queued!.urls++;
        } else await this.readUrl(unit.url);
      } catch (e) {
        if (e instanceof StoppedError) break;
        if (e instanceof SourceError || e instanceof HttpError || e instanceof FeedError || e instanceof DecodeError) this.fail(shown, e.message);
        else if (e instanceof StoreError) throw e;
        else this.fail(shown, `failed: ${(e as Error).message ?? String(e)}`);
      }
      // network sources are committed one by one: their fetch times stay true
      if (unit.kind === 'url') await this.flush();
      this.unitsDone++;
      this.unitFraction = 0;
      this.progress(true);
    }
    await this.flush();
    this.summary.stopped = this.stopped;
    if (this.stories && !this.stopped) {
      // articles stored but not placed (an ingest stopped between storing a batch and placing it, or run with grouping off)
      for (const p of await this.stories.placeUnplaced(this.options.signal ? { signal: this.options.signal } : {})) this.countPlaced(p);
      await this.stories.flush();
      // the stories changed by this ingest: their forests, and each new telling against its source
      const d = await this.stories.deriveStale({ compare: this.options.compare ?? true, profile: this.options.profile ?? 'revision', toolVersion: this.options.toolVersion ?? 'unknown', now: this.now, ...(this.options.signal ? { signal: this.options.signal } : {}) });
      Object.assign(this.summary.stories!, { derived: d.stories - d.skipped, comparisons: d.comparisons, material: d.material });
    }
    this.summary.ms = performance.now() - start;
    return this.summary;
  }

  async storeAll(entries: Entry[]): Promise<IngestSummary> {
    const start = performance.now();
    this.summary.items = entries.length;
    this.pending = [...entries];
    await this.flush();
    this.summary.ms = performance.now() - start;
    return this.summary;
  }

  private progress(force = false): void {
    if (!this.options.onProgress) return;
    const t = performance.now();
    if (!force && t - this.lastProgress < 100) return;
    this.lastProgress = t;
    const fraction = this.unitsTotal ? Math.min(1, (this.unitsDone + this.unitFraction) / this.unitsTotal) : 1;
    this.options.onProgress({ unitsDone: this.unitsDone, unitsTotal: this.unitsTotal, fraction, items: this.summary.items, failed: this.summary.failed });
  }

  /** An article that could not be read (counted among the items read). */
  private failItem(source: string, reason: string): void {
    this.summary.items++;
    this.fail(source, reason);
  }

  private fail(source: string, reason: string): void {
    const f = { source, reason };
    this.summary.failed++;
    this.summary.failures.push(f);
    this.options.onFailure?.(f);
  }

  /** Sources as units: URLs, files, and the files of folders (recursively, in name order). */
  private expand(sources: string[]): Unit[] {
    const units: Unit[] = [];
    for (const s of sources) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
        units.push({ kind: 'url', url: s });
        continue;
      }
      let st;
      try {
        st = statSync(s);
      } catch (e) {
        this.summary.sources++;
        this.fail(s, fsReason(e));
        continue;
      }
      if (st.isDirectory()) this.walk(s, units);
      else if (st.isFile()) units.push({ kind: 'file', path: s, shown: s, size: st.size });
      else {
        this.summary.sources++;
        this.fail(s, 'is not a regular file or a folder');
      }
    }
    return units;
  }

  private walk(dir: string, units: Unit[]): void {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.summary.sources++;
      this.fail(dir, fsReason(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) this.walk(p, units); // symbolic links to folders are not followed (no loops)
      else if (e.isFile() || e.isSymbolicLink()) {
        if (!KNOWN_EXT.has(extname(e.name).toLowerCase())) {
          this.summary.skipped++;
          continue;
        }
        let size = 0;
        try {
          const st = statSync(p);
          if (!st.isFile()) continue;
          size = st.size;
        } catch {
          /* reported when read */
        }
        units.push({ kind: 'file', path: p, shown: p, size });
      }
    }
  }

  /** Reads a whole file within the size limit. */
  private readBytes(path: string): Buffer {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      throw new SourceError(fsReason(e));
    }
    try {
      const size = fstatSync(fd).size;
      if (size > this.maxBytes) throw new SourceError(`is ${mb(size)}, over the ${mb(this.maxBytes)} limit (raise it with --max-bytes)`);
      const buf = Buffer.alloc(size);
      let off = 0;
      while (off < size) {
        const n = readSync(fd, buf, off, size - off, off);
        if (n === 0) break;
        off += n;
      }
      return buf.subarray(0, off);
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new SourceError(fsReason(e));
    } finally {
      closeSync(fd);
    }
  }

  private async readFile(unit: Extract<Unit, { kind: 'file' }>): Promise<void> {
    const ext = extname(unit.path).toLowerCase();
    if (JSONL_EXT.has(ext)) return this.readJsonl(unit);
    const bytes = this.readBytes(unit.path);
    let abs: string;
    try {
      abs = realpathSync(unit.path);
    } catch {
      abs = resolve(unit.path);
    }
    let kind = FEED_EXT.has(ext) ? 'feed' : HTML_EXT.has(ext) ? 'html' : TEXT_EXT.has(ext) ? 'text' : null;
    const decoded = kind === null || kind === 'feed' ? decodeBytes(bytes) : null;
    kind ??= sniff(decoded!);
    if (kind === 'feed') return this.readFeed(parseFeedXml(decoded!), unit.shown, `file:${abs}`, null);
    // a page or a text: read (the page through the article extractor) only when this input is new
    const source = unit.shown;
    const inputHash = fingerprint(`file:${abs}`, bytes);
    // decoded now only when the batch leaves this process (a queue); else when it is built
    const text = this.options.defer ? (decoded ?? decodeBytes(bytes)) : null;
    return this.add({ source, inputHash, raw: { kind: kind === 'html' ? 'html' : 'text', abs, source, text }, bytes: text === null ? bytes : undefined });
  }

  /** JSON lines, streamed: memory stays flat however long the file. */
  private async readJsonl(unit: Extract<Unit, { kind: 'file' }>): Promise<void> {
    let abs: string;
    try {
      abs = realpathSync(unit.path);
    } catch (e) {
      throw new SourceError(fsReason(e));
    }
    const scope = `file:${abs}`;
    let lineNo = 0;
    let read = 0;
    const handle = (buf: Buffer): Promise<void> | void => {
      lineNo++;
      read += buf.length + 1;
      this.unitFraction = unit.size ? Math.min(1, read / unit.size) : 0;
      const raw = buf.length && buf[buf.length - 1] === 13 ? buf.subarray(0, buf.length - 1) : buf;
      if (blank(raw)) return;
      const where = `${unit.shown}:${lineNo}`;
      if (raw.length > this.maxBytes) return this.failItem(where, `the line is ${mb(raw.length)}, over the ${mb(this.maxBytes)} limit`);
      const inputHash = fingerprint(scope, raw);
      if (this.options.defer) {
        let line: string;
        try {
          line = decodeLine(raw);
        } catch (e) {
          return this.failItem(where, (e as Error).message);
        }
        return this.add({ source: where, inputHash, raw: { kind: 'jsonl', scope, source: where, line } });
      }
      return this.add({ source: where, inputHash, raw: { kind: 'jsonl', scope, source: where, line: null }, bytes: raw });
    };
    const stream = createReadStream(unit.path, { highWaterMark: 1 << 20 });
    let rest: Buffer = Buffer.alloc(0);
    let firstChunk = true;
    let skipping = false;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (firstChunk) {
          firstChunk = false;
          if (chunk.subarray(0, 8192).includes(0)) throw new SourceError('looks like a binary file (it contains NUL bytes); expected JSON lines');
        }
        let data = chunk;
        if (skipping) {
          // the rest of a line over the limit: dropped up to its end
          const nl = data.indexOf(10);
          read += nl < 0 ? data.length : nl + 1;
          if (nl < 0) continue;
          data = data.subarray(nl + 1);
          skipping = false;
        }
        if (rest.length) data = Buffer.concat([rest, data]);
        let nl = data.indexOf(10);
        while (nl >= 0) {
          const r = handle(data.subarray(0, nl));
          if (r) await r;
          if (this.stopped) return;
          data = data.subarray(nl + 1);
          nl = data.indexOf(10);
        }
        if (data.length > this.maxBytes) {
          lineNo++;
          read += data.length;
          this.failItem(`${unit.shown}:${lineNo}`, `the line is over the ${mb(this.maxBytes)} limit`);
          rest = Buffer.alloc(0);
          skipping = true;
          continue;
        }
        rest = Buffer.from(data);
        this.progress();
      }
    } catch (e) {
      if (e instanceof SourceError || e instanceof StoreError) throw e;
      throw new SourceError(fsReason(e));
    } finally {
      stream.destroy();
    }
    if (rest.length && !skipping) {
      const r = handle(rest);
      if (r) await r;
    }
  }

  private async fetchBytes(url: string): Promise<Page> {
    const u = checkUrl(url);
    if (!(await this.pacer.wait(u.host, this.options.signal))) throw new StoppedError('stopped');
    try {
      return await fetchPage(u.href, this.fetchOptions);
    } catch (e) {
      if (e instanceof HttpError) throw new HttpError(e.status, e.message.replace(/\(start the server with --allow-private to allow it\)/, '(use --allow-private to allow it)'));
      throw e;
    } finally {
      this.pacer.done(u.host);
    }
  }

  private async readUrl(url: string): Promise<void> {
    const page = await this.fetchBytes(url);
    const type = page.contentType.split(';')[0]!.trim().toLowerCase();
    const xmlType = /(^|\/|\+)(xml|rss|atom)/.test(type);
    if (!xmlType && !READABLE_TYPES.has(type)) throw new SourceError(`is not a feed, a web page or a text file (content type ${type})`);
    const text = decodeBytes(page.body, charsetOfContentType(page.contentType));
    if (xmlType || looksLikeFeed(text)) {
      const feed = parseFeedXml(text, page.url);
      return this.readFeed(feed, page.url, `feed:${feed.home ?? page.url}`, page.url);
    }
    return this.addPage(page, type, text, page.url, null);
  }

  /** An article page fetched by URL; `item` gives what the feed knew of it. */
  private async addPage(page: Page, type: string, text: string, source: string, item: { feed: string; it: FeedItem; outlet: string | null } | null): Promise<void> {
    if (type === 'text/plain') {
      const body = composeFromText(item?.it.title ?? null, text);
      if (!body) throw new SourceError('is an empty text file');
      const url = canonicalUrl(page.url)!;
      return this.addVersion({ identity: urlIdentity(url), outlet: this.options.outlet ?? item?.outlet ?? hostOf(url), title: item?.it.title ?? firstLineTitle(body), byline: item?.it.byline ?? null, text: body, publishedAt: item?.it.publishedAt ?? null, source });
    }
    if (!READABLE_TYPES.has(type)) throw new SourceError(`is not a feed, a web page or a text file (content type ${type})`);
    const a = articleFromPage(text);
    if (!a) throw new SourceError('has no readable article');
    const url = pageIdentityUrl(page.url, a)!;
    const identity = urlIdentity(url);
    if (item?.it.guid) identity.guid = item.it.guid;
    return this.addVersion({
      identity,
      outlet: item?.outlet ?? a.siteName ?? hostOf(url),
      title: a.title ?? item?.it.title ?? null,
      byline: a.byline ?? item?.it.byline ?? null,
      text: a.text,
      publishedAt: a.publishedAt ?? item?.it.publishedAt ?? null,
      source,
    });
  }

  private async readFeed(feed: ReturnType<typeof parseFeedXml>, shown: string, scope: string, feedUrl: string | null): Promise<void> {
    const outlet = feed.title ?? hostOf(feed.home ?? feedUrl);
    const n = feed.items.length || 1;
    for (const it of feed.items) {
      if (this.stopped) return;
      this.unitFraction = it.index / n;
      const where = `${shown} item ${it.index}${it.title ? ` ("${it.title.slice(0, 60)}")` : ''}`;
      if (this.options.follow && it.url) {
        try {
          const page = await this.fetchBytes(it.url);
          const type = page.contentType.split(';')[0]!.trim().toLowerCase();
          if (!READABLE_TYPES.has(type)) throw new SourceError(`is not a web page or a text file (content type ${type})`);
          const text = decodeBytes(page.body, charsetOfContentType(page.contentType));
          await this.addPage(page, type, text, it.url, { feed: shown, it, outlet });
          await this.flush();
        } catch (e) {
          if (e instanceof StoreError) throw e;
          if (e instanceof StoppedError) return;
          this.failItem(`${where} ${it.url}`, (e as Error).message);
        }
        continue;
      }
      let identity: Identity;
      if (it.url) {
        identity = urlIdentity(it.url);
        if (it.guid) identity.guid = it.guid;
      } else if (it.guid) identity = guidIdentity(it.guid, scope);
      else {
        this.failItem(where, 'has no link and no id (guid): it cannot be told apart from the other items');
        continue;
      }
      if (!it.text) {
        this.failItem(where, 'has no title and no text');
        continue;
      }
      await this.addVersion({ identity, outlet, title: it.title, byline: it.byline, text: it.text, publishedAt: it.publishedAt, source: it.url ?? `${shown}#${it.guid}` });
    }
  }

  /** An article read, stored with the next batch. */
  private async add(entry: Entry): Promise<void> {
    this.summary.items++;
    this.pending.push(entry);
    if (this.pending.length >= this.batchSize) {
      await this.flush();
      // the store is synchronous underneath: without a turn of the event loop a whole chunk of a
      // JSON lines file (thousands of items, each placed in a story) would pass before a stop signal is seen
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.progress();
  }

  private addVersion(v: VersionInput): Promise<void> {
    return this.add({ source: v.source, inputHash: null, raw: { kind: 'version', version: v } });
  }

  /** The item to store for an entry: a seen input, or the version built from it (null when its input is bad). */
  private build(entry: Entry, known: Set<string>): IncomingVersion | SeenInput | null {
    if (entry.inputHash && known.has(entry.inputHash)) return { seen: true, inputHash: entry.inputHash };
    let v: VersionInput;
    try {
      v = buildVersion(entry);
    } catch (e) {
      this.fail(entry.source, (e as Error).message);
      return null;
    }
    return { ...v, outlet: this.options.outlet ?? v.outlet, hash: contentHash(v.text), inputHash: entry.inputHash };
  }

  /**
   * Stores the pending articles in one transaction, then compares the new versions with the ones
   * before. Inputs stored before (by their fingerprint) are not read again: they are recorded as
   * unchanged. If one turns out stale inside the transaction, the batch is sent again in full.
   */
  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const entries = this.pending;
    this.pending = [];
    if (this.options.defer) {
      await this.options.defer(entries.map((e) => ({ source: e.source, inputHash: e.inputHash, raw: e.raw })));
      this.summary.queued!.articles += entries.length;
      this.summary.queued!.batches++;
      return;
    }
    const hashes = entries.flatMap((e) => (e.inputHash ? [e.inputHash] : []));
    const known = hashes.length ? await this.store.knownInputs(hashes) : new Set<string>();
    let built = entries.map((entry) => ({ entry, item: this.build(entry, known) })).filter((b): b is { entry: Entry; item: IncomingVersion | SeenInput } => b.item !== null);
    const at = this.now().toISOString();
    let outcomes: IngestOutcome[];
    try {
      outcomes = await this.store.ingestBatch(built.map((b) => b.item), at);
    } catch (e) {
      if (!(e instanceof StaleInputError)) throw e;
      built = built
        .map((b) => ('seen' in b.item ? { entry: b.entry, item: this.build(b.entry, new Set()) } : b))
        .filter((b): b is { entry: Entry; item: IncomingVersion | SeenInput } => b.item !== null);
      outcomes = await this.store.ingestBatch(built.map((b) => b.item), at);
    }
    const events: Array<{ o: IngestOutcome; item: IncomingVersion }> = [];
    outcomes.forEach((o, i) => {
      if (o.status === 'new-article') this.summary.newArticles++;
      else if (o.status === 'new-version') this.summary.newVersions++;
      else this.summary.unchanged++;
      const item = built[i]!.item;
      if (o.status !== 'unchanged' && !('seen' in item)) events.push({ o, item });
    });
    const doCompare = this.options.compare ?? true;
    const profile = this.options.profile ?? 'revision';
    for (const { o, item } of events) {
      const e: VersionEvent = {
        status: o.status as VersionEvent['status'],
        articleId: o.articleId,
        versionId: o.versionId,
        url: item.identity.url,
        title: item.title,
        outlet: item.outlet,
        source: item.source,
        ...(o.previousVersionId !== undefined ? { previousVersionId: o.previousVersionId } : {}),
      };
      if (o.status === 'new-version' && doCompare) {
        try {
          const prev = await this.store.version(o.previousVersionId!);
          if (prev && prev.text.length + item.text.length > COMPARE_MAX_CHARS) {
            e.compareError = `the texts are too long to compare while ingesting (over ${COMPARE_MAX_CHARS / 1e6} million characters together); storydiff log compares them when asked`;
          } else if (prev) {
            const result = compare(prev.text, item.text, { profile });
            e.comparison = await this.store.saveComparison(prev.id, o.versionId, profile, result, this.options.toolVersion ?? 'unknown', this.now().toISOString());
            this.summary.comparisons++;
            if (result.summary.material > 0) this.summary.materialChanges++;
          }
        } catch (err) {
          if (err instanceof StoreError) throw err;
          e.compareError = (err as Error).message;
        }
      }
      this.options.onVersion?.(e);
    }
    if (this.stories) await this.group(events, at);
  }

  /** New articles join stories; a new version of a placed article replaces its fingerprint. */
  private async group(events: Array<{ o: IngestOutcome; item: IncomingVersion }>, at: string): Promise<void> {
    for (const { o, item } of events) {
      const a = { articleId: o.articleId, versionId: o.versionId, title: item.title, text: item.text, publishedAt: item.publishedAt, firstSeenAt: at };
      // a new version of an article in no story yet is placed as a new article would be
      if (o.status === 'new-article' || (await this.stories!.update(a)) === null) this.countPlaced(await this.stories!.place(a));
    }
    await this.stories!.flush();
  }

  private countPlaced(p: { created: boolean; merged: number[] }): void {
    const st = this.summary.stories!;
    st.placed++;
    if (p.created) st.created++;
    st.merged += p.merged.length;
  }
}

/** A version as read from a source, before its hash. */
export type VersionInput = Omit<IncomingVersion, 'hash' | 'inputHash'>;

/**
 * What an article was read from, as plain data (it can travel in a job): a page or a text file's
 * text, a JSON line, or a version already made (a feed item, a fetched page). `text` and `line` are
 * null while the bytes are still at hand (Entry.bytes): decoded only if the input is new.
 */
export type RawInput =
  | { kind: 'html' | 'text'; abs: string; source: string; text: string | null }
  | { kind: 'jsonl'; scope: string; source: string; line: string | null }
  | { kind: 'version'; version: VersionInput };

/** An article read from a source, built (parsed, extracted) only if its input is new. */
export interface Entry {
  source: string;
  /** fingerprint of the raw input (see fingerprint()), or null when there is none to trust */
  inputHash: string | null;
  raw: RawInput;
  /** the input's bytes, when the text is not decoded yet */
  bytes?: Uint8Array | undefined;
}

/** The version an entry makes; throws an Error saying what is wrong with the input. */
function buildVersion(entry: Entry): VersionInput {
  const raw = entry.raw;
  if (raw.kind === 'version') return raw.version;
  if (raw.kind === 'jsonl') {
    const a = parseArticleLine(raw.line ?? decodeLine(entry.bytes!), raw.scope);
    return { identity: a.identity, outlet: a.outlet, title: a.title, byline: a.byline, text: a.text, publishedAt: a.publishedAt, source: raw.source };
  }
  const text = raw.text ?? decodeBytes(entry.bytes!);
  if (raw.kind === 'html') {
    const page = articleFromPage(text);
    if (!page) throw new SourceError('has no readable article (the page is empty, or has too little text)');
    const url = pageIdentityUrl(null, page);
    const identity = url ? urlIdentity(url) : pathIdentity(raw.abs);
    return { identity, outlet: page.siteName ?? hostOf(url), title: page.title, byline: page.byline, text: page.text, publishedAt: page.publishedAt, source: raw.source };
  }
  const body = composeFromText(null, text);
  if (!body) throw new SourceError('is empty');
  return { identity: pathIdentity(raw.abs), outlet: null, title: firstLineTitle(body), byline: null, text: body, publishedAt: null, source: raw.source };
}

/**
 * The fingerprint of a raw input within its scope (a file's real path): the same bytes in the same
 * place always make the same version, so an input seen before need not be parsed again. `i1:` names
 * this recipe; a change to how inputs become versions must change it.
 */
function fingerprint(scope: string, bytes: Uint8Array): string {
  return 'i1:' + createHash('sha256').update(`${scope}\0`).update(bytes).digest('hex');
}

/** True for a line of white space only. */
function blank(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b !== 32 && b !== 9 && b !== 13 && b !== 11 && b !== 12) return false;
  }
  return true;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON line as text: strict UTF-8, no NUL bytes. */
function decodeLine(raw: Uint8Array): string {
  if (raw.includes(0)) throw new DecodeError('binary data (NUL bytes), expected a JSON line');
  try {
    return utf8.decode(raw);
  } catch {
    throw new DecodeError('not valid UTF-8');
  }
}

function sniff(text: string): 'feed' | 'html' | 'text' {
  if (looksLikeFeed(text)) return 'feed';
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 2048))) return 'html';
  return 'text';
}
