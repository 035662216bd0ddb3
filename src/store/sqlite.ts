/**
 * The SQLite backend (better-sqlite3, synchronous underneath): WAL mode, foreign keys on, a busy
 * timeout for a second process, migrations on open in one transaction each, one transaction per
 * ingested batch. A file that is not a storydiff database is refused, never written to.
 */
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Comparison } from '../types.js';
import { CREATE_MIGRATIONS_TABLE, MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION, statementsFor } from './schema.js';
import { PARTS, searchForm, SQL, titleFilter } from './sql.js';
import {
  StaleInputError, StoreError, type ArticleQuery, type SeenInput, type ArticleRow, type ComparisonRow, type IdentityKind, type IncomingVersion, type IngestOutcome,
  type OutletRow, type Store, type StoreStats, type VersionMeta, type VersionPair, type VersionRow,
} from './types.js';

type Row = Record<string, unknown>;

export interface SqliteOptions {
  /** refuse to create a new database (default false: a missing file is created) */
  mustExist?: boolean;
  /** ms to wait for a lock held by another process (default 5000) */
  busyTimeoutMs?: number;
}

/** One line for a SQLite error the user can act on. */
function storeError(location: string, e: unknown): Error {
  if (e instanceof StoreError || e instanceof StaleInputError) return e;
  const code = (e as { code?: string }).code ?? '';
  const msg = (e as Error).message ?? String(e);
  if (code === 'SQLITE_NOTADB') return new StoreError(`${location}: is not a SQLite database`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError(`${location}: the database is locked by another process; try again when it is done`);
  if (code === 'SQLITE_FULL') return new StoreError(`${location}: cannot write: the disk is full (nothing of the current batch was stored)`);
  if (code.startsWith('SQLITE_READONLY')) return new StoreError(`${location}: cannot write: the database or its folder is read-only`);
  if (code.startsWith('SQLITE_CANTOPEN')) return new StoreError(`${location}: cannot open the database (missing folder or no permission)`);
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError(`${location}: the database file is damaged (${msg})`);
  if (code.startsWith('SQLITE_IOERR')) return new StoreError(`${location}: input/output error (${msg})`);
  return e instanceof Error ? e : new Error(msg);
}

const num = (v: unknown): number => Number(v);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function articleRow(r: Row): ArticleRow {
  return {
    id: num(r.id),
    identity: String(r.identity),
    kind: r.identity_kind as IdentityKind,
    url: str(r.url),
    guid: str(r.guid),
    path: str(r.path),
    outletId: r.outlet_id === null ? null : num(r.outlet_id),
    outlet: str(r.outlet),
    title: str(r.title),
    firstSeenAt: String(r.first_seen_at),
    lastSeenAt: String(r.last_seen_at),
    lastChangedAt: String(r.last_changed_at),
    versionCount: num(r.version_count),
    currentVersionId: num(r.current_version_id),
  };
}

function versionMeta(r: Row): VersionMeta {
  return {
    id: num(r.id),
    articleId: num(r.article_id),
    seq: num(r.seq),
    title: str(r.title),
    byline: str(r.byline),
    hash: String(r.content_hash),
    publishedAt: str(r.published_at),
    fetchedAt: String(r.fetched_at),
    lastSeenAt: String(r.last_seen_at),
    seenCount: num(r.seen_count),
    source: String(r.source),
  };
}

function versionRow(r: Row): VersionRow {
  return { ...versionMeta(r), text: String(r.text) };
}

function comparisonRow(r: Row): ComparisonRow {
  return {
    id: num(r.id),
    baseVersionId: num(r.base_version_id),
    revisedVersionId: num(r.revised_version_id),
    profile: String(r.profile),
    toolVersion: String(r.tool_version),
    material: num(r.material),
    notable: num(r.notable),
    minor: num(r.minor),
    createdAt: String(r.created_at),
    result: JSON.parse(String(r.result)) as Comparison,
  };
}

function outletRow(r: Row): OutletRow {
  return { id: num(r.id), name: String(r.name), articles: num(r.articles), versions: num(r.versions), lastChangedAt: str(r.last_changed_at) };
}

/** Refuses, before anything is written, a database that holds tables but not storydiff's. */
function refuseForeign(db: Database.Database, location: string): void {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as Row[]).map((r) => String(r.name));
  if (tables.length && !tables.includes(MIGRATIONS_TABLE)) {
    throw new StoreError(`${location}: is a SQLite database but not a storydiff one (it has the tables ${tables.slice(0, 5).join(', ')}); give another --db path`);
  }
}

/** Applies the migrations this database has not had, each in one transaction. */
function migrate(db: Database.Database, location: string): number {
  db.exec(CREATE_MIGRATIONS_TABLE);
  const current = num((db.prepare(`SELECT COALESCE(MAX(version), 0) AS v FROM ${MIGRATIONS_TABLE}`).get() as Row).v);
  if (current > SCHEMA_VERSION) {
    throw new StoreError(`${location}: was written by a newer storydiff (schema version ${current}; this one knows up to ${SCHEMA_VERSION}); upgrade storydiff`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      for (const s of statementsFor(m, 'sqlite')) db.exec(s);
      db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`).run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return SCHEMA_VERSION;
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly st: { [K in keyof typeof SQL]: Database.Statement };
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as SqliteStore['st'];
  }

  /** Opens (or creates) a database file and brings its schema up to date. */
  static open(path: string, options: SqliteOptions = {}): SqliteStore {
    const location = path;
    if (path !== ':memory:') {
      if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError(`${location}: is a directory, expected a database file`);
      if (options.mustExist && !existsSync(path)) throw new StoreError(`${location}: no such database (create one with storydiff ingest SOURCE --db ${path})`);
      if (!existsSync(dirname(resolve(path)))) throw new StoreError(`${location}: cannot open the database (no such folder: ${dirname(path)})`);
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { fileMustExist: Boolean(options.mustExist), timeout: options.busyTimeoutMs ?? 5000 });
      refuseForeign(db, location);
      db.pragma('foreign_keys = ON');
      if (path !== ':memory:') {
        const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
        if (mode.toLowerCase() !== 'wal') throw new StoreError(`${location}: cannot switch the database to WAL mode (got ${mode})`);
        // with WAL, NORMAL keeps the database consistent after a crash; a power cut may lose the last batch
        db.pragma('synchronous = NORMAL');
      }
      migrate(db, location);
      return new SqliteStore(db, location);
    } catch (e) {
      try {
        db?.close();
      } catch {
        /* already failing */
      }
      throw storeError(location, e);
    }
  }

  private run<T>(fn: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError(`${this.location}: the store is closed`));
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(storeError(this.location, e));
    }
  }

  schemaVersion(): Promise<number> {
    return this.run(() => num((this.db.prepare(`SELECT COALESCE(MAX(version), 0) AS v FROM ${MIGRATIONS_TABLE}`).get() as Row).v));
  }

  knownInputs(inputHashes: string[]): Promise<Set<string>> {
    return this.run(() => {
      const out = new Set<string>();
      const unique = [...new Set(inputHashes)];
      for (let i = 0; i < unique.length; i += 500) {
        const chunk = unique.slice(i, i + 500);
        const rows = this.db.prepare(`${PARTS.knownInputs}(${chunk.map(() => '?').join(', ')})`).all(...chunk) as Row[];
        for (const r of rows) out.add(String(r.input_hash));
      }
      return out;
    });
  }

  ingestBatch(items: Array<IncomingVersion | SeenInput>, at: string): Promise<IngestOutcome[]> {
    return this.run(() => {
      const created = new Map<string, number>();
      const out = this.db.transaction(() => items.map((it) => this.ingestOne(it, at, created))).immediate();
      // remembered only once the batch is committed: a rolled-back batch may have created them
      for (const [k, v] of created) this.outletIds.set(k, v);
      return out;
    });
  }

  private outletIds = new Map<string, number>();

  private outletId(name: string | null, at: string, created: Map<string, number>): number | null {
    if (!name) return null;
    const known = this.outletIds.get(name) ?? created.get(name);
    if (known !== undefined) return known;
    this.st.outletInsert.run(name, at);
    const id = num((this.st.outletByName.get(name) as Row).id);
    created.set(name, id);
    return id;
  }

  private ingestOne(item: IncomingVersion | SeenInput, at: string, created: Map<string, number>): IngestOutcome {
    if ('seen' in item) {
      const cur = this.st.currentByInput.get(item.inputHash) as Row | undefined;
      if (!cur) throw new StaleInputError(`input ${item.inputHash} is no longer the current version of its article`);
      this.st.versionSeen.run(at, null, cur.id);
      this.st.articleSeen.run(at, null, cur.article_id);
      return { status: 'unchanged', articleId: num(cur.article_id), versionId: num(cur.id) };
    }
    const it = item;
    const input = it.inputHash ?? null;
    const outletId = this.outletId(it.outlet, at, created);
    const state = this.st.articleState.get(it.identity.key) as Row | undefined;
    if (!state) {
      const articleId = num((this.st.articleInsert.get(
        it.identity.key, it.identity.kind, it.identity.url, it.identity.guid, it.identity.path, outletId, it.title, searchForm(it.title), at, at, at, it.hash,
      ) as Row).id);
      const versionId = num((this.st.versionInsert.get(articleId, 1, it.title, it.byline, it.text, it.hash, it.publishedAt, at, at, it.source, input) as Row).id);
      this.st.articleSetCurrent.run(versionId, articleId);
      return { status: 'new-article', articleId, versionId };
    }
    const articleId = num(state.id);
    const previous = num(state.current_version_id);
    if (String(state.current_hash) === it.hash) {
      this.st.versionSeen.run(at, input, previous);
      this.st.articleSeen.run(at, outletId, articleId);
      return { status: 'unchanged', articleId, versionId: previous };
    }
    const seq = num(state.version_count) + 1;
    const versionId = num((this.st.versionInsert.get(articleId, seq, it.title, it.byline, it.text, it.hash, it.publishedAt, at, at, it.source, input) as Row).id);
    this.st.articleChanged.run(it.title, searchForm(it.title), at, at, seq, versionId, it.hash, outletId, articleId);
    return { status: 'new-version', articleId, versionId, previousVersionId: previous };
  }

  outlets(): Promise<OutletRow[]> {
    return this.run(() => (this.st.outlets.all() as Row[]).map(outletRow));
  }

  outlet(id: number): Promise<OutletRow | null> {
    return this.run(() => {
      const r = this.st.outlet.get(id) as Row | undefined;
      return r ? outletRow(r) : null;
    });
  }

  private filter(q: ArticleQuery): { where: string; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.outletId !== undefined) {
      where.push('a.outlet_id = ?');
      params.push(q.outletId);
    }
    if (q.search && q.search.trim()) {
      const t = titleFilter(q.search);
      where.push(...t.where);
      params.push(...t.params);
    }
    return { where: where.length ? ` WHERE ${where.join(' AND ')}` : '', params };
  }

  articles(query: ArticleQuery = {}): Promise<ArticleRow[]> {
    return this.run(() => {
      const { where, params } = this.filter(query);
      const limit = Math.max(0, Math.min(query.limit ?? 100, 10_000));
      const offset = Math.max(0, query.offset ?? 0);
      const sql = `${PARTS.articleSelect}${where}${PARTS.articleOrder} LIMIT ? OFFSET ?`;
      return (this.db.prepare(sql).all(...params, limit, offset) as Row[]).map(articleRow);
    });
  }

  countArticles(query: Omit<ArticleQuery, 'limit' | 'offset'> = {}): Promise<number> {
    return this.run(() => {
      const { where, params } = this.filter(query);
      return num((this.db.prepare(`${PARTS.articleCount}${where}`).get(...params) as Row).n);
    });
  }

  article(id: number): Promise<ArticleRow | null> {
    return this.run(() => {
      const r = this.st.articleById.get(id) as Row | undefined;
      return r ? articleRow(r) : null;
    });
  }

  articleByIdentity(key: string): Promise<ArticleRow | null> {
    return this.run(() => {
      const r = this.st.articleByIdentity.get(key) as Row | undefined;
      return r ? articleRow(r) : null;
    });
  }

  articlesByLocator(value: string): Promise<ArticleRow[]> {
    return this.run(() => (this.st.articlesByLocator.all(value, value) as Row[]).map(articleRow));
  }

  versions(articleId: number, options: { since?: string; withText?: boolean } = {}): Promise<VersionRow[] | VersionMeta[]> {
    return this.run(() => {
      const since = options.since ?? '';
      return options.withText
        ? (this.st.versionsFull.all(articleId, since) as Row[]).map(versionRow)
        : (this.st.versionsMeta.all(articleId, since) as Row[]).map(versionMeta);
    });
  }

  version(id: number): Promise<VersionRow | null> {
    return this.run(() => {
      const r = this.st.version.get(id) as Row | undefined;
      return r ? versionRow(r) : null;
    });
  }

  comparison(baseVersionId: number, revisedVersionId: number, profile: string): Promise<ComparisonRow | null> {
    return this.run(() => {
      const r = this.st.comparison.get(baseVersionId, revisedVersionId, profile) as Row | undefined;
      return r ? comparisonRow(r) : null;
    });
  }

  comparisonsOfArticle(articleId: number, profile: string): Promise<ComparisonRow[]> {
    return this.run(() => (this.st.comparisonsOfArticle.all(articleId, profile) as Row[]).map(comparisonRow));
  }

  saveComparison(baseVersionId: number, revisedVersionId: number, profile: string, result: Comparison, toolVersion: string, at: string): Promise<ComparisonRow> {
    return this.run(() => {
      const s = result.summary;
      const id = num((this.st.comparisonUpsert.get(baseVersionId, revisedVersionId, profile, result.schema, toolVersion, s.material, s.notable, s.minor, JSON.stringify(result), at) as Row).id);
      return { id, baseVersionId, revisedVersionId, profile, toolVersion, material: s.material, notable: s.notable, minor: s.minor, createdAt: at, result };
    });
  }

  missingComparisons(profile: string, articleIds?: number[]): Promise<VersionPair[]> {
    return this.run(() => {
      const rows: Row[] = [];
      if (!articleIds) rows.push(...(this.db.prepare(`${PARTS.missingComparisons} ORDER BY v.article_id, v.seq`).all(profile) as Row[]));
      else {
        const ids = [...new Set(articleIds)];
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          const sql = `${PARTS.missingComparisons} AND v.article_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY v.article_id, v.seq`;
          rows.push(...(this.db.prepare(sql).all(profile, ...chunk) as Row[]));
        }
      }
      return rows.map((r) => ({ articleId: num(r.article_id), baseVersionId: num(r.base_id), revisedVersionId: num(r.revised_id) }));
    });
  }

  stats(): Promise<StoreStats> {
    return this.run(() => {
      const r = this.st.stats.get() as Row;
      return { outlets: num(r.outlets), articles: num(r.articles), versions: num(r.versions), comparisons: num(r.comparisons) };
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    try {
      this.db.close();
    } catch (e) {
      return Promise.reject(storeError(this.location, e));
    }
    return Promise.resolve();
  }
}
