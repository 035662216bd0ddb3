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
import { articleFilter, PARTS, searchForm, SQL } from './sql.js';
import { placeholders, STORY_PARTS, STORY_SQL } from './story-sql.js';
import {
  StaleInputError, StoreError, type ArticleQuery, type SeenInput, type ArticleRow, type ComparisonRow, type IncomingVersion, type IngestOutcome,
  type OutletRow, type Store, type StoreStats, type VersionMeta, type VersionPair, type VersionRow,
} from './types.js';
import {
  GroupingConflictError, type BandCandidates, type DerivationRow, type GroupingInput, type GroupingState, type Placement, type PlacementResult, type PlacementUpdate,
  type RebuiltGrouping, type StoryArticleRow, type StoryQuery, type StoryRow, type UnplacedArticle,
} from './story-types.js';

import { articleRow, comparisonRow, derivationRow, memberRow, mergeTargets, num, outletRow, storedPairs, storyRow, str, versionMeta, versionRow, type Row } from './rows.js';

export interface SqliteOptions {
  /** refuse to create a new database (default false: a missing file is created) */
  mustExist?: boolean;
  /** ms to wait for a lock held by another process (default 5000) */
  busyTimeoutMs?: number;
}

/** One line for a SQLite error the user can act on. */
function storeError(location: string, e: unknown): Error {
  if (e instanceof StoreError || e instanceof StaleInputError || e instanceof GroupingConflictError) return e;
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

const CANDIDATE_SQL = new Map<number, string>();

/** The candidate query for n band keys: the newest articles of each bucket, counted, most shared first. */
function candidateSql(n: number): string {
  let sql = CANDIDATE_SQL.get(n);
  if (!sql) {
    const part = `SELECT * FROM (${STORY_SQL.bucket})`;
    sql = `SELECT article_id, COUNT(*) AS hits FROM (${new Array(n).fill(part).join(' UNION ALL ')}) GROUP BY article_id ORDER BY hits DESC, article_id DESC LIMIT ?`;
    CANDIDATE_SQL.set(n, sql);
  }
  return sql;
}


/** Runs a query over a list of values in chunks (SQLite limits the number of parameters). */
function chunked<T>(values: readonly number[], size: number, fn: (chunk: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += size) out.push(...fn(values.slice(i, i + size)));
  return out;
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
  private readonly ss: { [K in keyof typeof STORY_SQL]: Database.Statement };
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    this.st = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as SqliteStore['st'];
    this.ss = Object.fromEntries(Object.entries(STORY_SQL).map(([k, sql]) => [k, db.prepare(sql)])) as SqliteStore['ss'];
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

  private readonly statements = new Map<string, Database.Statement>();

  /** A statement of SQL completed at run time (lists of ids or keys), prepared once. */
  private prepared(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size > 500) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
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

  articles(query: ArticleQuery = {}): Promise<ArticleRow[]> {
    return this.run(() => {
      const { where, params } = articleFilter(query);
      const limit = Math.max(0, Math.min(query.limit ?? 100, 10_000));
      const offset = Math.max(0, query.offset ?? 0);
      const sql = `${PARTS.articleSelect}${where}${PARTS.articleOrder} LIMIT ? OFFSET ?`;
      return (this.db.prepare(sql).all(...params, limit, offset) as Row[]).map(articleRow);
    });
  }

  countArticles(query: Omit<ArticleQuery, 'limit' | 'offset'> = {}): Promise<number> {
    return this.run(() => {
      const { where, params } = articleFilter(query);
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

  versionTexts(ids: number[]): Promise<Map<number, string>> {
    return this.run(() => {
      const rows = chunked([...new Set(ids)], 500, (chunk) => this.prepared(`${PARTS.versionTexts}${placeholders(chunk.length)}`).all(...chunk) as Row[]);
      return new Map(rows.map((r) => [num(r.id), String(r.text)]));
    });
  }

  storedComparisons(pairs: Array<{ baseVersionId: number; revisedVersionId: number }>, profile: string): Promise<Array<{ baseVersionId: number; revisedVersionId: number }>> {
    return this.run(() => {
      const rows = chunked([...new Set(pairs.map((p) => p.revisedVersionId))], 500, (chunk) => this.prepared(`${PARTS.comparedRevisions}${placeholders(chunk.length)}`).all(profile, ...chunk) as Row[]);
      return storedPairs(pairs, rows);
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


  // --- stories ---------------------------------------------------------------------------------

  private state(): GroupingState {
    const m = new Map((this.ss.state.all() as Row[]).map((r) => [String(r.name), num(r.value)]));
    return { epoch: m.get('epoch') ?? 0, articles: m.get('articles') ?? 0 };
  }

  groupingState(): Promise<GroupingState> {
    return this.run(() => this.state());
  }

  private bucketRows(bands: number[]): number {
    if (!bands.length) return 0;
    return num((this.prepared(`${STORY_PARTS.bucketRows}${placeholders(bands.length)}`).get(...bands) as Row).n);
  }

  bandCandidates(bands: number[], limit: number, perBucket: number): Promise<BandCandidates> {
    return this.run(() =>
      this.db.transaction(() => {
        const state = this.state();
        if (!bands.length) return { ...state, candidates: [], bucketRows: 0 };
        // the newest articles of each bucket, counted by the keys they share
        const top = (this.prepared(candidateSql(bands.length)).all(...bands.flatMap((b) => [b, perBucket]), limit) as Row[]).map((r) => [num(r.article_id), num(r.hits)] as const);
        const hits = new Map(top);
        const rows = top.length ? (this.prepared(`${STORY_PARTS.candidateRows}${placeholders(top.length)}`).all(...top.map((t) => t[0])) as Row[]) : [];
        const candidates = rows
          .map((r) => ({ articleId: num(r.article_id), hits: hits.get(num(r.article_id))!, storyId: num(r.story_id), storySize: num(r.article_count), fingerprint: String(r.fingerprint) }))
          .sort((a, b) => b.hits - a.hits || b.articleId - a.articleId);
        return { ...state, candidates, bucketRows: this.bucketRows(bands) };
      })(),
    );
  }

  documentFrequencies(terms: number[]): Promise<Map<number, number>> {
    return this.run(() => {
      const out = new Map<number, number>();
      const unique = [...new Set(terms)];
      chunked(unique, 500, (chunk) => this.prepared(`${STORY_PARTS.terms}${placeholders(chunk.length)}`).all(...chunk) as Row[]).forEach((r) => out.set(num(r.term), num(r.df)));
      return out;
    });
  }

  /** The live story a story id leads to (following merges). */
  private resolve(id: number): Row | undefined {
    let r = this.ss.storyById.get(id) as Row | undefined;
    for (let hops = 0; r && r.merged_into !== null && hops < 1000; hops++) r = this.ss.storyById.get(num(r.merged_into)) as Row | undefined;
    return r;
  }

  placeArticle(p: Placement): Promise<PlacementResult> {
    return this.run(() =>
      this.db.transaction((): PlacementResult => {
        const placed = this.ss.placed.get(p.articleId) as Row | undefined;
        if (placed) return { storyId: num(this.resolve(num(placed.story_id))!.id), created: false, merged: [], already: true };
        const state = this.state();
        if (state.epoch !== p.expect.epoch || this.bucketRows(p.bands) !== p.expect.bucketRows) {
          throw new GroupingConflictError(`the candidate index changed while article ${p.articleId} was being placed`);
        }
        // the stories matched, as they are now (a story merged meanwhile leads to the one it joined)
        const live = new Map<number, Row>();
        for (const m of p.matches) {
          const r = this.resolve(m.storyId);
          if (r) live.set(num(r.id), r);
        }
        let storyId: number;
        let created = false;
        const merged: number[] = [];
        if (!live.size) {
          storyId = num((this.ss.storyInsert.get(p.now, p.now, p.title, p.at, p.at) as Row).id);
          created = true;
        } else {
          // the largest story survives, the oldest among equals: its id stays
          const rows = [...live.values()].sort((a, b) => num(b.article_count) - num(a.article_count) || num(a.id) - num(b.id));
          storyId = num(rows[0]!.id);
          for (const r of rows.slice(1)) {
            const other = num(r.id);
            this.ss.membersMove.run(storyId, other);
            this.ss.derivationsMove.run(storyId, other);
            this.ss.storyAdd.run(num(r.article_count), str(r.title), String(r.first_at), String(r.first_at), String(r.last_at), String(r.last_at), p.now, storyId);
            this.ss.storyMergedAway.run(storyId, p.now, other);
            merged.push(other);
          }
        }
        const best = p.matches[0];
        this.ss.memberInsert.run(p.articleId, storyId, p.versionId, p.at, p.now, best ? best.score : null, best ? best.via : null, p.fingerprint);
        this.ss.storyAdd.run(1, p.title, p.at, p.at, p.at, p.at, p.now, storyId);
        this.addBands(p.articleId, p.bands);
        return { storyId, created, merged, already: false };
      }).immediate(),
    );
  }

  /** Index rows of an article and their bucket counts (a key already held by the article adds nothing). */
  private addBands(articleId: number, bands: readonly number[]): void {
    for (const b of bands) if (this.ss.bandInsert.run(b, articleId).changes) this.ss.bucketAdd.run(b);
  }

  addDocumentFrequencies(terms: Map<number, number>, articles: number): Promise<void> {
    return this.run(() =>
      this.db
        .transaction(() => {
          // in key order, so that two writers of PostgreSQL lock rows in one order
          this.addTerms([...terms].sort((a, b) => a[0] - b[0]));
          this.ss.stateBump.run(articles, 'articles');
        })
        .immediate(),
    );
  }

  private addTerms(terms: Iterable<[number, number]>): void {
    for (const [t, n] of terms) this.ss.termAdd.run(t, n);
  }

  updatePlacement(u: PlacementUpdate): Promise<number | null> {
    return this.run(() =>
      this.db.transaction((): number | null => {
        const placed = this.ss.placed.get(u.articleId) as Row | undefined;
        if (!placed) return null;
        const storyId = num(placed.story_id);
        this.ss.memberUpdate.run(u.versionId, u.fingerprint, u.articleId);
        this.addBands(u.articleId, u.bands);
        this.ss.storyBump.run(u.now, storyId);
        return storyId;
      }).immediate(),
    );
  }

  unplacedArticles(limit: number): Promise<UnplacedArticle[]> {
    return this.run(() =>
      (this.ss.unplaced.all(limit) as Row[]).map((r) => ({
        articleId: num(r.article_id),
        versionId: num(r.version_id),
        title: str(r.title),
        text: String(r.text),
        publishedAt: str(r.published_at),
        firstSeenAt: String(r.first_seen_at),
      })),
    );
  }

  groupingOrder(): Promise<GroupingInput[]> {
    return this.run(() =>
      (this.ss.order.all() as Row[]).map((r) => ({
        articleId: num(r.article_id),
        versionId: num(r.version_id),
        title: str(r.title),
        publishedAt: str(r.published_at),
        firstSeenAt: String(r.first_seen_at),
      })),
    );
  }

  placedArticles(): Promise<Array<{ articleId: number; storyId: number }>> {
    return this.run(() => (this.ss.placedAll.all() as Row[]).map((r) => ({ articleId: num(r.article_id), storyId: num(r.story_id) })));
  }

  replaceGrouping(g: RebuiltGrouping): Promise<void> {
    return this.run(() =>
      this.db
        .transaction(() => {
          const old = new Map((this.ss.placedAll.all() as Row[]).map((r) => [num(r.article_id), num(r.story_id)]));
          for (const sql of STORY_PARTS.clear) this.db.exec(sql);
          const kept = new Set(g.stories.map((s) => s.keepId).filter((x): x is number => x !== null));
          const newIdOf = new Map<number, number>(); // article -> new story id
          for (const s of g.stories) {
            const at = s.members.map((m) => m.at).sort();
            const first = at[0] ?? g.now;
            const last = at[at.length - 1] ?? g.now;
            let id: number;
            if (s.keepId !== null && this.ss.storyById.get(s.keepId)) {
              id = s.keepId;
              this.db
                .prepare(`UPDATE stories SET merged_into = NULL, article_count = ?, title = ?, first_at = ?, last_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`)
                .run(s.members.length, s.title, first, last, g.now, id);
            } else {
              id = num((this.ss.storyInsert.get(g.now, g.now, s.title, first, last) as Row).id);
              this.db.prepare(`UPDATE stories SET article_count = ?, revision = 1 WHERE id = ?`).run(s.members.length, id);
            }
            for (const m of s.members) {
              this.ss.memberInsert.run(m.articleId, id, m.versionId, m.at, g.now, m.score, m.via, m.fingerprint);
              this.addBands(m.articleId, m.bands);
              newIdOf.set(m.articleId, id);
            }
          }
          // stored stories not kept point at the story that now holds most of their articles
          const target = mergeTargets(old, kept, newIdOf);
          const now = new Set(newIdOf.values());
          const live = (this.db.prepare(`SELECT id FROM stories WHERE merged_into IS NULL`).all() as Row[]).map((r) => num(r.id));
          for (const id of live) {
            if (kept.has(id) || now.has(id)) continue;
            const to = target(id);
            if (to !== null) this.ss.storyMergedAway.run(to, g.now, id);
          }
          this.addTerms(g.terms);
          this.ss.stateSet.run(g.articles, 'articles');
          this.ss.stateBump.run(1, 'epoch');
        })
        .immediate(),
    );
  }

  stories(q: StoryQuery = {}): Promise<StoryRow[]> {
    return this.run(() => {
      const limit = Math.max(0, Math.min(q.limit ?? 100, 100_000));
      const offset = Math.max(0, q.offset ?? 0);
      return (this.prepared(`${STORY_PARTS.storySelect}${STORY_PARTS.storyOrder} LIMIT ? OFFSET ?`).all(limit, offset) as Row[]).map(storyRow);
    });
  }

  countStories(): Promise<number> {
    return this.run(() => num((this.db.prepare(STORY_PARTS.storyCount).get() as Row).n));
  }

  story(id: number): Promise<StoryRow | null> {
    return this.run(() => {
      const r = this.resolve(id);
      if (!r) return null;
      const row = storyRow(r);
      return num(r.id) === id ? row : { ...row, mergedFrom: id };
    });
  }

  storyArticles(storyIds: number[]): Promise<StoryArticleRow[]> {
    return this.run(() =>
      chunked([...new Set(storyIds)], 500, (chunk) => this.prepared(`${STORY_PARTS.members}${placeholders(chunk.length)}${STORY_PARTS.membersOrder}`).all(...chunk) as Row[]).map(memberRow),
    );
  }

  storyOfArticle(articleId: number): Promise<number | null> {
    return this.run(() => {
      const r = this.ss.storyOfArticle.get(articleId) as Row | undefined;
      return r ? num(r.story_id) : null;
    });
  }

  staleStories(limit: number): Promise<number[]> {
    return this.run(() => (this.ss.stale.all(limit) as Row[]).map((r) => num(r.id)));
  }

  derivations(storyId: number): Promise<DerivationRow[]> {
    return this.run(() => (this.ss.derivations.all(storyId) as Row[]).map(derivationRow));
  }

  saveDerivations(storyId: number, revision: number, rows: Array<Omit<DerivationRow, 'storyId' | 'computedAt'>>, at: string): Promise<boolean> {
    return this.run(() =>
      this.db
        .transaction((): boolean => {
          const r = this.ss.storyRevision.get(storyId) as Row | undefined;
          if (!r || num(r.revision) !== revision) return false;
          this.ss.derivationsDelete.run(storyId);
          for (const d of rows) {
            this.ss.derivationInsert.run(d.articleId, storyId, d.versionId, d.sourceArticleId, d.sourceVersionId, d.score, d.direction, d.evidence === null ? null : JSON.stringify(d.evidence), at);
          }
          this.ss.derivedMark.run(revision, storyId, revision);
          return true;
        })
        .immediate(),
    );
  }

  storyMaterial(storyIds: number[], profile: string): Promise<Map<number, number>> {
    return this.run(() => {
      const out = new Map<number, number>();
      chunked([...new Set(storyIds)], 500, (chunk) => this.prepared(`${STORY_PARTS.material}${placeholders(chunk.length)}${STORY_PARTS.materialTail}`).all(profile, ...chunk) as Row[]).forEach((r) =>
        out.set(num(r.story_id), num(r.material)),
      );
      return out;
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
