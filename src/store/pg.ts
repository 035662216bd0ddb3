/**
 * The PostgreSQL backend (node-postgres): the same migrations and the same SQL text as SQLite (sql.ts,
 * story-sql.ts; `?` placeholders numbered here), for many processes on many machines sharing one
 * database. Each write method is one transaction; `atomically()` runs several in one (a job's writes
 * and its bookkeeping commit together), nested ones as savepoints.
 *
 * Concurrency. Placing an article takes a transaction-level advisory lock on each of its LSH band keys
 * (in key order) and a row lock (SELECT … FOR UPDATE, in id order) on each story it joins: two
 * articles that could be each other's candidates share a band key, so the second to write waits for
 * the first, then sees its index rows (the bucket count changed) and reads and decides again (see
 * corpus/stories.ts). A story merged away meanwhile is seen as such once its row lock is had. Two
 * transactions that lock stories in opposite orders (two merges) are told apart by PostgreSQL's
 * deadlock detection; `atomically()` retries a transaction that failed on a deadlock, a serialization
 * failure or a unique key taken by a concurrent insert.
 */
import pg from 'pg';
import { CREATE_MIGRATIONS_TABLE, MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION, statementsFor } from './schema.js';
import { articleFilter, PARTS, searchForm, SQL } from './sql.js';
import { placeholders, STORY_PARTS, STORY_SQL } from './story-sql.js';
import { articleRow, comparisonRow, derivationRow, memberRow, mergeTargets, num, outletRow, storedPairs, storyRow, str, versionMeta, versionRow, type Row } from './rows.js';
import {
  StaleInputError, StoreError, type ArticleQuery, type ArticleRow, type ComparisonRow, type IncomingVersion, type IngestOutcome, type OutletRow, type SeenInput,
  type Store, type StoreStats, type VersionMeta, type VersionPair, type VersionRow,
} from './types.js';
import {
  GroupingConflictError, type BandCandidates, type DerivationRow, type GroupingInput, type GroupingState, type Placement, type PlacementResult, type PlacementUpdate,
  type RebuiltGrouping, type StoryArticleRow, type StoryQuery, type StoryRow, type UnplacedArticle,
} from './story-types.js';
import type { Comparison } from '../types.js';

/** A new version's comparison with material changes, and where its article is (see materialChangesSince). */
export interface MaterialChange {
  comparison: ComparisonRow;
  articleId: number;
  url: string | null;
  title: string | null;
  outlet: string | null;
  source: string;
}

export interface PgOptions {
  /** refuse a database that holds no storydiff tables yet (for commands that only read) */
  mustExist?: boolean;
  /** connections kept by this process (default 10) */
  poolSize?: number;
}

/** A connection string with its password hidden, for messages. */
export function redact(location: string): string {
  return location.replace(/^([a-z]+:\/\/[^:/@]*):[^@/]*@/i, '$1:…@');
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the store's SQL has no `?` inside literals). */
const PG_TEXT = new Map<string, string>();
function pgText(sql: string): string {
  let t = PG_TEXT.get(sql);
  if (t === undefined) {
    let i = 0;
    t = sql.replace(/\?/g, () => `$${++i}`);
    if (PG_TEXT.size > 2000) PG_TEXT.clear();
    PG_TEXT.set(sql, t);
  }
  return t;
}

/** Names of the fixed statements, prepared once per connection. */
const NAMES = new Map<string, string>([
  ...Object.entries(SQL).map(([k, s]) => [s, `sd_${k}`] as [string, string]),
  ...Object.entries(STORY_SQL).map(([k, s]) => [s, `sd_story_${k}`] as [string, string]),
]);

/** Index rows of an article, and the bucket count of each key it did not hold yet (as STORY_SQL.bandInsert and bucketAdd). */
const PG_ADD_BANDS = `WITH added AS (
    INSERT INTO story_bands (band, article_id) SELECT unnest(?::bigint[]), ? ON CONFLICT (band, article_id) DO NOTHING RETURNING band
  )
  INSERT INTO story_buckets (band, n) SELECT band, COUNT(*) FROM added GROUP BY band ORDER BY band
  ON CONFLICT (band) DO UPDATE SET n = story_buckets.n + excluded.n`;

/**
 * What bandCandidates reads, in one statement (one snapshot): the grouping state, the count of index
 * rows under the keys (STORY_PARTS.bucketRows), and the candidates (the newest articles of each bucket as STORY_SQL.bucket, counted by the keys they share) with their rows
 * (STORY_PARTS.candidateRows); one row with null candidate columns when there is none.
 */
const PG_READ_CANDIDATES = `WITH st AS (
    SELECT COALESCE(MAX(value) FILTER (WHERE name = 'epoch'), 0) AS epoch, COALESCE(MAX(value) FILTER (WHERE name = 'articles'), 0) AS articles FROM story_state
  ), br AS (
    SELECT COALESCE(SUM(n), 0) AS n FROM story_buckets WHERE band = ANY(?::bigint[])
  ), hits AS (
    SELECT t.article_id, COUNT(*) AS hits FROM unnest(?::bigint[]) AS k(band)
      CROSS JOIN LATERAL (SELECT article_id FROM story_bands WHERE band = k.band ORDER BY article_id DESC LIMIT ?) t
    GROUP BY t.article_id ORDER BY hits DESC, t.article_id DESC LIMIT ?
  ), cands AS (
    SELECT h.article_id, h.hits, m.story_id, m.fingerprint, s.article_count FROM hits h JOIN story_articles m ON m.article_id = h.article_id JOIN stories s ON s.id = m.story_id
  )
  SELECT st.epoch, st.articles, br.n AS bucket_rows, c.article_id, c.hits, c.story_id, c.fingerprint, c.article_count FROM st CROSS JOIN br LEFT JOIN cands c ON true`;

/** What placeArticle checks once its band keys are locked, in one statement: whether the article is placed, the epoch (row share-locked: a rebuild waits), the count of index rows under its keys. */
const PG_PLACE_CHECK = `SELECT (SELECT story_id FROM story_articles WHERE article_id = ?) AS placed,
  (SELECT value FROM story_state WHERE name = 'epoch' FOR SHARE) AS epoch,
  (SELECT COALESCE(SUM(n), 0) FROM story_buckets WHERE band = ANY(?::bigint[])) AS bucket_rows`;

/** A placement's writes in one statement: the member row (STORY_SQL.memberInsert), its story's counts (storyAdd) and its index rows with their bucket counts (PG_ADD_BANDS). */
const PG_PLACE_WRITE = `WITH member AS (
    INSERT INTO story_articles (article_id, story_id, version_id, at, joined_at, score, via_article_id, fingerprint) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ), story AS (
    UPDATE stories SET article_count = article_count + 1, title = COALESCE(title, $9), first_at = CASE WHEN first_at <= $4 THEN first_at ELSE $4 END,
      last_at = CASE WHEN last_at >= $4 THEN last_at ELSE $4 END, updated_at = $5, revision = revision + 1 WHERE id = $2
  ), added AS (
    INSERT INTO story_bands (band, article_id) SELECT unnest($10::bigint[]), $1 ON CONFLICT (band, article_id) DO NOTHING RETURNING band
  )
  INSERT INTO story_buckets (band, n) SELECT band, COUNT(*) FROM added GROUP BY band ORDER BY band
  ON CONFLICT (band) DO UPDATE SET n = story_buckets.n + excluded.n`;

/** STORY_SQL.derivationInsert for many rows, each column an array. */
const PG_DERIVATIONS_INSERT = `INSERT INTO derivations (article_id, story_id, version_id, source_article_id, source_version_id, score, direction, evidence, computed_at)
  SELECT a, $2::bigint, v, sa, sv, sc, dir, ev, $9::text FROM unnest($1::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::float8[], $7::float8[], $8::text[]) AS x(a, v, sa, sv, sc, dir, ev)
  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, version_id = excluded.version_id, source_article_id = excluded.source_article_id,
    source_version_id = excluded.source_version_id, score = excluded.score, direction = excluded.direction, evidence = excluded.evidence, computed_at = excluded.computed_at`;

NAMES.set(PG_DERIVATIONS_INSERT, 'sd_pg_derivations_insert');
/** Document frequencies written in one statement at most. */
const TERMS_CHUNK = 5000;

/**
 * addDocumentFrequencies in one statement: the terms (in key order, as addTerms), then the count of
 * articles (STORY_SQL.stateBump), whose condition reads the terms' CTE first: every writer locks the
 * term rows before the one counter row.
 */
const PG_ADD_DF = `WITH t AS (
    INSERT INTO story_terms (term, df) SELECT t, SUM(n) FROM unnest($1::bigint[], $2::int[]) AS x(t, n) GROUP BY t ORDER BY t
    ON CONFLICT (term) DO UPDATE SET df = story_terms.df + excluded.df RETURNING 1
  )
  UPDATE story_state SET value = value + $3 WHERE name = 'articles' AND (SELECT COUNT(*) FROM t) >= 0`;

/** What group jobs read of their articles: each version to place, its number, and its article's first publication time and first sighting. */
const PG_GROUPING_INPUTS = `SELECT a.id AS article_id, v.id AS version_id, v.seq, v.title, v.text, f.published_at, a.first_seen_at
  FROM unnest($1::bigint[], $2::bigint[]) AS x(article_id, version_id) JOIN articles a ON a.id = x.article_id
  JOIN versions v ON v.id = x.version_id AND v.article_id = a.id JOIN versions f ON f.article_id = a.id AND f.seq = 1`;

/** Comparisons of a new version with the version before (one article's), with material findings, after an id. */
const PG_MATERIAL_SINCE = `SELECT c.id, c.base_version_id, c.revised_version_id, c.profile, c.tool_version, c.material, c.notable, c.minor, c.created_at, c.result,
    r.article_id, r.source, a.url, a.title, o.name AS outlet
  FROM comparisons c JOIN versions r ON r.id = c.revised_version_id JOIN versions b ON b.id = c.base_version_id AND b.article_id = r.article_id
  JOIN articles a ON a.id = r.article_id LEFT JOIN outlets o ON o.id = a.outlet_id
  WHERE c.id > $1 AND c.profile = $2 AND c.material > 0 ORDER BY c.id LIMIT $3`;

/**
 * A new article with its first version, in one statement (SQL.articleInsert, versionInsert and
 * articleSetCurrent): the version's id is drawn first, so that the article row is written with it.
 * No row when another transaction stored the identity since it was read (its id and the version's
 * drawn are then left unused).
 */
const PG_NEW_ARTICLE = `WITH v AS (SELECT nextval(pg_get_serial_sequence('versions', 'id')) AS id), a AS (
    INSERT INTO articles (identity, identity_kind, url, guid, path, outlet_id, title, title_search, first_seen_at, last_seen_at, last_changed_at, version_count, current_version_id, current_hash)
    SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::bigint, $7::text, $8::text, $9::text, $9::text, $9::text, 1, v.id, $10::text FROM v
    ON CONFLICT (identity) DO NOTHING RETURNING id
  ), ver AS (
    INSERT INTO versions (id, article_id, seq, title, byline, text, content_hash, published_at, fetched_at, last_seen_at, seen_count, source, input_hash)
    SELECT v.id, a.id, 1, $7::text, $11::text, $12::text, $10::text, $13::text, $9::text, $9::text, 1, $14::text, $15::text FROM v, a
  )
  SELECT a.id AS article_id, v.id AS version_id FROM a, v`;

/** The keys (ascending) whose advisory lock another transaction holds; the others are taken, in key order. */
const PG_TRY_LOCK = `SELECT k FROM (SELECT unnest(?::bigint[]) AS k ORDER BY 1) keys WHERE NOT pg_try_advisory_xact_lock(k)`;

/** SQL.articleState for many identities, with each row's identity. */
const PG_ARTICLE_STATES = `SELECT identity, id, current_hash, current_version_id, version_count, outlet_id FROM articles WHERE identity = ANY(?::text[])`;

/** STORY_PARTS.terms with the terms as one array. */
const PG_TERMS = `SELECT term, df FROM story_terms WHERE term = ANY(?::bigint[])`;

NAMES.set(PG_NEW_ARTICLE, 'sd_pg_new_article');
NAMES.set(PG_TERMS, 'sd_pg_terms');
NAMES.set(PG_ARTICLE_STATES, 'sd_pg_article_states');
NAMES.set(PG_ADD_BANDS, 'sd_pg_add_bands');
NAMES.set(PG_ADD_DF, 'sd_pg_add_df');
NAMES.set(PG_GROUPING_INPUTS, 'sd_pg_grouping_inputs');
NAMES.set(PG_READ_CANDIDATES, 'sd_pg_read_candidates');
NAMES.set(PG_PLACE_CHECK, 'sd_pg_place_check');
NAMES.set(PG_PLACE_WRITE, 'sd_pg_place_write');

/** Errors worth running the whole transaction again for. */
const RETRYABLE = new Set(['40001', '40P01', '23505']);

function connectReason(e: unknown): string | null {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (code === 'ECONNREFUSED') return 'cannot connect: connection refused (is the PostgreSQL server running, and on that port?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'cannot connect: no such host';
  if (code === 'ETIMEDOUT' || /timeout/i.test(err.message ?? '')) return 'cannot connect: the server did not answer in time';
  if (code === 'ECONNRESET') return 'the connection to the server was lost';
  if (code === '28P01' || code === '28000') return `the server refused the login (${err.message})`;
  if (code === '3D000') return `${err.message} (create it with createdb, see the README)`;
  if (code === '57P01' || code === '57P03') return `the server is shutting down or starting up (${err.message})`;
  if (code === '53100') return 'cannot write: the server\'s disk is full';
  if (code === '42501') return `permission denied (${err.message})`;
  return null;
}

function storeError(location: string, e: unknown): Error {
  if (e instanceof StoreError || e instanceof StaleInputError || e instanceof GroupingConflictError) return e;
  const reason = connectReason(e);
  if (reason) return new StoreError(`${redact(location)}: ${reason}`);
  return e instanceof Error ? e : new Error(String(e));
}

/** What one process shares between the store and its bound views (inside transactions). */
interface Shared {
  pool: pg.Pool;
  location: string;
  closed: boolean;
  outletIds: Map<string, number>;
}

type Conn = pg.Pool | pg.PoolClient;

export class PgStore implements Store {
  readonly backend = 'postgres' as const;
  private savepoints = 0;
  /** band keys whose advisory locks this transaction holds (see lockBands) */
  private readonly heldBands = new Set<number>();

  private constructor(
    private readonly shared: Shared,
    /** the connection of the transaction this view runs in, or null for the pool */
    private readonly client: pg.PoolClient | null,
  ) {}

  get location(): string {
    return redact(this.shared.location);
  }

  /** Connects, refuses a database that is not storydiff's, and brings the schema up to date. */
  static async open(location: string, options: PgOptions = {}): Promise<PgStore> {
    let url: URL;
    try {
      url = new URL(location);
    } catch {
      throw new StoreError(`${redact(location)}: is not a valid connection string (expected postgres://USER:PASSWORD@HOST:PORT/DATABASE)`);
    }
    if (!url.pathname || url.pathname === '/') throw new StoreError(`${redact(location)}: names no database (expected postgres://USER@HOST:PORT/DATABASE)`);
    const pool = new pg.Pool({ connectionString: location, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000, application_name: 'storydiff' });
    // an idle connection that fails (the server restarts) must not crash the process: the next query reports it
    pool.on('error', () => {});
    const shared: Shared = { pool, location, closed: false, outletIds: new Map() };
    const store = new PgStore(shared, null);
    try {
      await store.migrate(Boolean(options.mustExist));
      return store;
    } catch (e) {
      await pool.end().catch(() => {});
      throw storeError(location, e);
    }
  }

  /** Applies the migrations this database has not had, each in one transaction, one process at a time. */
  private async migrate(mustExist: boolean): Promise<void> {
    const tables = (await this.q(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`)).map((r) => String(r.table_name));
    if (tables.length && !tables.includes(MIGRATIONS_TABLE)) {
      throw new StoreError(`${this.location}: is a PostgreSQL database but not a storydiff one (it has the tables ${tables.slice(0, 5).join(', ')}); give another database`);
    }
    if (mustExist && !tables.length) throw new StoreError(`${this.location}: holds no storydiff data yet (fill it with storydiff ingest SOURCE --db ${this.location})`);
    await this.tx(async (s) => {
      // one migrating process at a time: the others wait here, then find nothing left to do
      await s.q(`SELECT pg_advisory_xact_lock(hashtext('storydiff migrations'))`);
      await s.q(CREATE_MIGRATIONS_TABLE);
      const current = num((await s.q(`SELECT COALESCE(MAX(version), 0) AS v FROM ${MIGRATIONS_TABLE}`))[0]!.v);
      if (current > SCHEMA_VERSION) {
        throw new StoreError(`${this.location}: was written by a newer storydiff (schema version ${current}; this one knows up to ${SCHEMA_VERSION}); upgrade storydiff`);
      }
      for (const m of MIGRATIONS) {
        if (m.version <= current) continue;
        await s.tx(async (t) => {
          for (const stmt of statementsFor(m, 'postgres')) await t.q(stmt);
          await t.q(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`, [m.version, m.name, new Date().toISOString()]);
        });
      }
    });
  }

  /** Runs one statement of the store's SQL; fixed statements are prepared once per connection. */
  private async q(sql: string, params: unknown[] = []): Promise<Row[]> {
    if (this.shared.closed) throw new StoreError(`${this.location}: the store is closed`);
    const conn: Conn = this.client ?? this.shared.pool;
    const name = NAMES.get(sql);
    const res = await conn.query<Row>(name ? { name, text: pgText(sql), values: params } : { text: pgText(sql), values: params });
    return res.rows;
  }

  private async one(sql: string, params: unknown[] = []): Promise<Row | undefined> {
    return (await this.q(sql, params))[0];
  }

  /**
   * A transaction (a savepoint inside one): fn gets a view of the store bound to its connection.
   * `savepoint: false` runs fn inside an outer transaction as it is, for a method that fails (by an
   * error of its own) only before it writes: one round trip less each way.
   */
  private async tx<T>(fn: (s: PgStore) => Promise<T>, { savepoint = true } = {}): Promise<T> {
    if (this.client && !savepoint) return fn(this);
    if (this.client) {
      const sp = `sd_sp_${++this.savepoints}`;
      const held = new Set(this.heldBands);
      await this.client.query(`SAVEPOINT ${sp}`);
      try {
        const out = await fn(this);
        await this.client.query(`RELEASE SAVEPOINT ${sp}`);
        return out;
      } catch (e) {
        await this.client.query(`ROLLBACK TO SAVEPOINT ${sp}`).catch(() => {});
        // the locks taken under the savepoint went with it
        for (const k of this.heldBands) if (!held.has(k)) this.heldBands.delete(k);
        throw e;
      }
    }
    if (this.shared.closed) throw new StoreError(`${this.location}: the store is closed`);
    const client = await this.shared.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await fn(new PgStore(this.shared, client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw e;
    } finally {
      client.release(broken);
    }
  }

  /**
   * Runs fn in one transaction, retried (from the start, at most `attempts` times) when it failed on
   * a deadlock, a serialization failure or a unique key a concurrent transaction took. The store
   * given to fn writes inside that transaction; so does `db` (for a queue library's statements).
   */
  async atomically<T>(fn: (s: PgStore, db: { executeSql(text: string, values: unknown[]): Promise<{ rows: Row[] }> }) => Promise<T>, attempts = 6): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.guard(() => this.tx((s) => fn(s, { executeSql: async (text, values) => ({ rows: (await s.client!.query<Row>(text, values)).rows }) })));
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (this.client || !RETRYABLE.has(code) || attempt >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /** Maps driver errors to the store's. */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw storeError(this.shared.location, e);
    }
  }

  /** The pool, for the job queue (one set of connections per process). */
  get pool(): pg.Pool {
    return this.shared.pool;
  }

  schemaVersion(): Promise<number> {
    return this.guard(async () => num((await this.one(`SELECT COALESCE(MAX(version), 0) AS v FROM ${MIGRATIONS_TABLE}`))!.v));
  }

  knownInputs(inputHashes: string[]): Promise<Set<string>> {
    return this.guard(async () => {
      const out = new Set<string>();
      const unique = [...new Set(inputHashes)];
      for (let i = 0; i < unique.length; i += 500) {
        const chunk = unique.slice(i, i + 500);
        for (const r of await this.q(`${PARTS.knownInputs}${placeholders(chunk.length)}`, chunk)) out.add(String(r.input_hash));
      }
      return out;
    });
  }

  ingestBatch(items: Array<IncomingVersion | SeenInput>, at: string): Promise<IngestOutcome[]> {
    return this.guard(async () => {
      const created = new Map<string, number>();
      const out = await this.tx(async (s) => {
        const outcomes: IngestOutcome[] = [];
        const states = await s.articleStates(items.flatMap((it) => ('seen' in it ? [] : [it.identity.key])));
        for (const it of items) outcomes.push(await s.ingestOne(it, at, created, states));
        return outcomes;
      });
      // remembered only once committed (inside an outer transaction, an outlet id may still be rolled back: not cached)
      if (!this.client) for (const [k, v] of created) this.shared.outletIds.set(k, v);
      return out;
    });
  }

  /**
   * The state of the batch's articles (SQL.articleState), read in one statement: each identity's row,
   * or null when it is new. An item takes its article's state from here the first time (a later item of
   * the same article reads it again: the first one changed it).
   */
  private async articleStates(keys: string[]): Promise<Map<string, Row | null>> {
    const unique = [...new Set(keys)];
    const out = new Map<string, Row | null>(unique.map((k) => [k, null]));
    for (let i = 0; i < unique.length; i += 1000) {
      for (const r of await this.q(PG_ARTICLE_STATES, [unique.slice(i, i + 1000)])) out.set(String(r.identity), r);
    }
    return out;
  }

  private async outletId(name: string | null, at: string, created: Map<string, number>): Promise<number | null> {
    if (!name) return null;
    const known = this.shared.outletIds.get(name) ?? created.get(name);
    if (known !== undefined) return known;
    await this.q(SQL.outletInsert, [name, at]);
    const id = num((await this.one(SQL.outletByName, [name]))!.id);
    created.set(name, id);
    return id;
  }

  private async ingestOne(item: IncomingVersion | SeenInput, at: string, created: Map<string, number>, states: Map<string, Row | null>): Promise<IngestOutcome> {
    if ('seen' in item) {
      const cur = await this.one(SQL.currentByInput, [item.inputHash]);
      if (!cur) throw new StaleInputError(`input ${item.inputHash} is no longer the current version of its article`);
      await this.q(SQL.versionSeen, [at, null, cur.id]);
      await this.q(SQL.articleSeen, [at, null, cur.article_id]);
      return { status: 'unchanged', articleId: num(cur.article_id), versionId: num(cur.id) };
    }
    const it = item;
    const input = it.inputHash ?? null;
    const outletId = await this.outletId(it.outlet, at, created);
    const read = states.get(it.identity.key);
    states.delete(it.identity.key);
    let state = read !== undefined ? read : await this.one(SQL.articleState, [it.identity.key]);
    if (!state) {
      const r = await this.one(PG_NEW_ARTICLE, [
        it.identity.key, it.identity.kind, it.identity.url, it.identity.guid, it.identity.path, outletId, it.title, searchForm(it.title), at, it.hash,
        it.byline, it.text, it.publishedAt, it.source, input,
      ]);
      if (r) return { status: 'new-article', articleId: num(r.article_id), versionId: num(r.version_id) };
      // another transaction stored the article since its state was read: this is a version of it
      state = await this.one(SQL.articleState, [it.identity.key]);
      if (!state) throw new StoreError(`article ${it.identity.key} was neither new nor stored`);
    }
    const articleId = num(state.id);
    const previous = num(state.current_version_id);
    if (String(state.current_hash) === it.hash) {
      await this.q(SQL.versionSeen, [at, input, previous]);
      await this.q(SQL.articleSeen, [at, outletId, articleId]);
      return { status: 'unchanged', articleId, versionId: previous };
    }
    const seq = num(state.version_count) + 1;
    const versionId = num((await this.one(SQL.versionInsert, [articleId, seq, it.title, it.byline, it.text, it.hash, it.publishedAt, at, at, it.source, input]))!.id);
    await this.q(SQL.articleChanged, [it.title, searchForm(it.title), at, at, seq, versionId, it.hash, outletId, articleId]);
    return { status: 'new-version', articleId, versionId, previousVersionId: previous };
  }

  outlets(): Promise<OutletRow[]> {
    return this.guard(async () => (await this.q(SQL.outlets)).map(outletRow));
  }

  outlet(id: number): Promise<OutletRow | null> {
    return this.guard(async () => {
      const r = await this.one(SQL.outlet, [id]);
      return r ? outletRow(r) : null;
    });
  }

  articles(query: ArticleQuery = {}): Promise<ArticleRow[]> {
    return this.guard(async () => {
      const { where, params } = articleFilter(query);
      const limit = Math.max(0, Math.min(query.limit ?? 100, 10_000));
      const offset = Math.max(0, query.offset ?? 0);
      return (await this.q(`${PARTS.articleSelect}${where}${PARTS.articleOrder} LIMIT ? OFFSET ?`, [...params, limit, offset])).map(articleRow);
    });
  }

  countArticles(query: Omit<ArticleQuery, 'limit' | 'offset'> = {}): Promise<number> {
    return this.guard(async () => {
      const { where, params } = articleFilter(query);
      return num((await this.one(`${PARTS.articleCount}${where}`, params))!.n);
    });
  }

  article(id: number): Promise<ArticleRow | null> {
    return this.guard(async () => {
      const r = await this.one(SQL.articleById, [id]);
      return r ? articleRow(r) : null;
    });
  }

  articleByIdentity(key: string): Promise<ArticleRow | null> {
    return this.guard(async () => {
      const r = await this.one(SQL.articleByIdentity, [key]);
      return r ? articleRow(r) : null;
    });
  }

  articlesByLocator(value: string): Promise<ArticleRow[]> {
    return this.guard(async () => (await this.q(SQL.articlesByLocator, [value, value])).map(articleRow));
  }

  versions(articleId: number, options: { since?: string; withText?: boolean } = {}): Promise<VersionRow[] | VersionMeta[]> {
    return this.guard(async () => {
      const since = options.since ?? '';
      return options.withText ? (await this.q(SQL.versionsFull, [articleId, since])).map(versionRow) : (await this.q(SQL.versionsMeta, [articleId, since])).map(versionMeta);
    });
  }

  version(id: number): Promise<VersionRow | null> {
    return this.guard(async () => {
      const r = await this.one(SQL.version, [id]);
      return r ? versionRow(r) : null;
    });
  }

  versionTexts(ids: number[]): Promise<Map<number, string>> {
    return this.guard(async () => {
      const out = new Map<number, string>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += 500) {
        const chunk = unique.slice(i, i + 500);
        for (const r of await this.q(`${PARTS.versionTexts}${placeholders(chunk.length)}`, chunk)) out.set(num(r.id), String(r.text));
      }
      return out;
    });
  }

  storedComparisons(pairs: Array<{ baseVersionId: number; revisedVersionId: number }>, profile: string): Promise<Array<{ baseVersionId: number; revisedVersionId: number }>> {
    return this.guard(async () => {
      const rows: Row[] = [];
      const revised = [...new Set(pairs.map((p) => p.revisedVersionId))];
      for (let i = 0; i < revised.length; i += 500) {
        const chunk = revised.slice(i, i + 500);
        rows.push(...(await this.q(`${PARTS.comparedRevisions}${placeholders(chunk.length)}`, [profile, ...chunk])));
      }
      return storedPairs(pairs, rows);
    });
  }

  comparison(baseVersionId: number, revisedVersionId: number, profile: string): Promise<ComparisonRow | null> {
    return this.guard(async () => {
      const r = await this.one(SQL.comparison, [baseVersionId, revisedVersionId, profile]);
      return r ? comparisonRow(r) : null;
    });
  }

  comparisonsOfArticle(articleId: number, profile: string): Promise<ComparisonRow[]> {
    return this.guard(async () => (await this.q(SQL.comparisonsOfArticle, [articleId, profile])).map(comparisonRow));
  }

  saveComparison(baseVersionId: number, revisedVersionId: number, profile: string, result: Comparison, toolVersion: string, at: string): Promise<ComparisonRow> {
    return this.guard(async () => {
      const s = result.summary;
      const id = num((await this.one(SQL.comparisonUpsert, [baseVersionId, revisedVersionId, profile, result.schema, toolVersion, s.material, s.notable, s.minor, JSON.stringify(result), at]))!.id);
      return { id, baseVersionId, revisedVersionId, profile, toolVersion, material: s.material, notable: s.notable, minor: s.minor, createdAt: at, result };
    });
  }

  /** The id of the newest comparison stored (0 when none): where a watch starts reading changes. */
  lastComparisonId(): Promise<number> {
    return this.guard(async () => num((await this.one(`SELECT COALESCE(MAX(id), 0) AS id FROM comparisons`))!.id));
  }

  /**
   * Comparisons of a version with the one before it of the same article that found material changes,
   * stored after comparison `afterId`, oldest first (what `watch` prints of the workers' work).
   */
  materialChangesSince(afterId: number, profile: string, limit = 500): Promise<MaterialChange[]> {
    return this.guard(async () =>
      (await this.q(PG_MATERIAL_SINCE, [afterId, profile, limit])).map((r) => ({
        comparison: comparisonRow(r),
        articleId: num(r.article_id),
        url: str(r.url),
        title: str(r.title),
        outlet: str(r.outlet),
        source: String(r.source ?? ''),
      })),
    );
  }

  missingComparisons(profile: string, articleIds?: number[]): Promise<VersionPair[]> {
    return this.guard(async () => {
      const rows: Row[] = [];
      if (!articleIds) rows.push(...(await this.q(`${PARTS.missingComparisons} ORDER BY v.article_id, v.seq`, [profile])));
      else {
        const ids = [...new Set(articleIds)];
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          rows.push(...(await this.q(`${PARTS.missingComparisons} AND v.article_id IN ${placeholders(chunk.length)} ORDER BY v.article_id, v.seq`, [profile, ...chunk])));
        }
      }
      return rows.map((r) => ({ articleId: num(r.article_id), baseVersionId: num(r.base_id), revisedVersionId: num(r.revised_id) }));
    });
  }

  stats(): Promise<StoreStats> {
    return this.guard(async () => {
      const r = (await this.one(SQL.stats))!;
      return { outlets: num(r.outlets), articles: num(r.articles), versions: num(r.versions), comparisons: num(r.comparisons) };
    });
  }

  // --- stories ---------------------------------------------------------------------------------

  private async state(): Promise<GroupingState> {
    const rows = await this.q(STORY_SQL.state);
    const m = new Map(rows.map((r) => [String(r.name), num(r.value)]));
    return { epoch: m.get('epoch') ?? 0, articles: m.get('articles') ?? 0 };
  }

  groupingState(): Promise<GroupingState> {
    return this.guard(() => this.state());
  }

  bandCandidates(bands: number[], limit: number, perBucket: number): Promise<BandCandidates> {
    return this.guard(async () => {
      if (!bands.length) return { ...(await this.state()), candidates: [], bucketRows: 0 };
      // the state, the count and the candidates in one snapshot: a row committed after it makes the
      // placement's check fail (read again), never a candidate missed that the check would not see
      const rows = await this.q(PG_READ_CANDIDATES, [bands, bands, perBucket, limit]);
      const first = rows[0]!;
      const candidates = rows
        .filter((r) => r.article_id !== null)
        .map((r) => ({ articleId: num(r.article_id), hits: num(r.hits), storyId: num(r.story_id), storySize: num(r.article_count), fingerprint: String(r.fingerprint) }))
        .sort((a, b) => b.hits - a.hits || b.articleId - a.articleId);
      return { epoch: num(first.epoch), articles: num(first.articles), candidates, bucketRows: num(first.bucket_rows) };
    });
  }

  /** What placing versions of articles needs (one statement), with each version's number, by version id; a pair not stored is missing. */
  groupingInputs(items: Array<{ articleId: number; versionId: number }>): Promise<Map<number, UnplacedArticle & { seq: number }>> {
    return this.guard(async () => {
      const out = new Map<number, UnplacedArticle & { seq: number }>();
      if (!items.length) return out;
      for (const r of await this.q(PG_GROUPING_INPUTS, [items.map((i) => i.articleId), items.map((i) => i.versionId)])) {
        const versionId = num(r.version_id);
        out.set(versionId, { articleId: num(r.article_id), versionId, seq: num(r.seq), title: str(r.title), text: String(r.text), publishedAt: str(r.published_at), firstSeenAt: String(r.first_seen_at) });
      }
      return out;
    });
  }

  documentFrequencies(terms: number[]): Promise<Map<number, number>> {
    return this.guard(async () => {
      const out = new Map<number, number>();
      // one prepared statement whatever the number of terms (a list of placeholders is a new statement to plan for each length)
      for (const r of await this.q(PG_TERMS, [[...new Set(terms)]])) out.set(num(r.term), num(r.df));
      return out;
    });
  }

  /** The live story a story id leads to (following merges), its row locked for this transaction. */
  private async resolveLocked(id: number): Promise<Row | undefined> {
    let r = await this.one(`${STORY_SQL.storyById} FOR UPDATE`, [id]);
    for (let hops = 0; r && r.merged_into !== null && hops < 1000; hops++) r = await this.one(`${STORY_SQL.storyById} FOR UPDATE`, [num(r.merged_into)]);
    return r;
  }

  private async resolve(id: number): Promise<Row | undefined> {
    let r = await this.one(STORY_SQL.storyById, [id]);
    for (let hops = 0; r && r.merged_into !== null && hops < 1000; hops++) r = await this.one(STORY_SQL.storyById, [num(r.merged_into)]);
    return r;
  }

  /**
   * Locks band keys for the rest of this transaction (advisory locks, in key order, in one statement;
   * keys it holds already are not asked for again). A batch of placements locks all its keys first:
   * two batches that locked as they went would deadlock, each holding keys the other's next placement needs.
   */
  lockBands(bands: readonly number[]): Promise<void> {
    return this.guard(async () => {
      if (!this.client) throw new StoreError('lockBands: outside a transaction the locks would end with the statement');
      const keys = [...new Set(bands)].filter((k) => !this.heldBands.has(k)).sort((a, b) => a - b);
      if (!keys.length) return;
      await this.q(`SELECT COUNT(pg_advisory_xact_lock(k)) FROM (SELECT unnest(?::bigint[]) AS k ORDER BY 1) keys`, [keys]);
      for (const k of keys) this.heldBands.add(k);
    });
  }

  /**
   * lockBands without waiting: takes the keys that no other transaction holds (for the rest of this
   * transaction, in key order, in one statement) and returns the others.
   */
  tryLockBands(bands: readonly number[]): Promise<Set<number>> {
    return this.guard(async () => {
      if (!this.client) throw new StoreError('tryLockBands: outside a transaction the locks would end with the statement');
      const keys = [...new Set(bands)].filter((k) => !this.heldBands.has(k)).sort((a, b) => a - b);
      if (!keys.length) return new Set<number>();
      const busy = new Set((await this.q(PG_TRY_LOCK, [keys])).map((r) => num(r.k)));
      for (const k of keys) if (!busy.has(k)) this.heldBands.add(k);
      return busy;
    });
  }

  placeArticle(p: Placement): Promise<PlacementResult> {
    return this.guard(() =>
      this.tx(async (s): Promise<PlacementResult> => {
        await s.lockBands(p.bands);
        const check = (await s.one(PG_PLACE_CHECK, [p.articleId, p.bands]))!;
        if (check.placed !== null) return { storyId: num((await s.resolve(num(check.placed)))!.id), created: false, merged: [], already: true };
        if (num(check.epoch ?? 0) !== p.expect.epoch || num(check.bucket_rows) !== p.expect.bucketRows) {
          throw new GroupingConflictError(`the candidate index changed while article ${p.articleId} was being placed`);
        }
        const live = new Map<number, Row>();
        for (const id of [...new Set(p.matches.map((m) => m.storyId))].sort((a, b) => a - b)) {
          const r = await s.resolveLocked(id);
          if (r) live.set(num(r.id), r);
        }
        let storyId: number;
        let created = false;
        const merged: number[] = [];
        if (!live.size) {
          storyId = num((await s.one(STORY_SQL.storyInsert, [p.now, p.now, p.title, p.at, p.at]))!.id);
          created = true;
        } else {
          const rows = [...live.values()].sort((a, b) => num(b.article_count) - num(a.article_count) || num(a.id) - num(b.id));
          storyId = num(rows[0]!.id);
          for (const r of rows.slice(1)) {
            const other = num(r.id);
            await s.q(STORY_SQL.membersMove, [storyId, other]);
            await s.q(STORY_SQL.derivationsMove, [storyId, other]);
            await s.q(STORY_SQL.storyAdd, [num(r.article_count), str(r.title), String(r.first_at), String(r.first_at), String(r.last_at), String(r.last_at), p.now, storyId]);
            await s.q(STORY_SQL.storyMergedAway, [storyId, p.now, other]);
            merged.push(other);
          }
        }
        const best = p.matches[0];
        await s.q(PG_PLACE_WRITE, [p.articleId, storyId, p.versionId, p.at, p.now, best ? best.score : null, best ? best.via : null, p.fingerprint, p.title, [...new Set(p.bands)].sort((a, b) => a - b)]);
        return { storyId, created, merged, already: false };
      }, { savepoint: false }),
    );
  }

  /** Index rows of an article and their bucket counts (a key already held by the article adds nothing), in one statement. */
  private async addBands(articleId: number, bands: readonly number[]): Promise<void> {
    if (!bands.length) return;
    await this.q(PG_ADD_BANDS, [[...new Set(bands)].sort((a, b) => a - b), articleId]);
  }

  addDocumentFrequencies(terms: Map<number, number>, articles: number): Promise<void> {
    return this.guard(() =>
      this.tx(async (s) => {
        if (terms.size <= TERMS_CHUNK) {
          const sorted = [...terms].sort((a, b) => a[0] - b[0]);
          await s.q(PG_ADD_DF, [sorted.map((c) => c[0]), sorted.map((c) => c[1]), articles]);
          return;
        }
        await s.addTerms(terms);
        await s.q(STORY_SQL.stateBump, [articles, 'articles']);
      }, { savepoint: false }),
    );
  }

  /** Adds to document frequencies, in key order (two writers lock the rows in one order). */
  private async addTerms(terms: Iterable<[number, number]>): Promise<void> {
    const sorted = [...terms].sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < sorted.length; i += TERMS_CHUNK) {
      const chunk = sorted.slice(i, i + TERMS_CHUNK);
      await this.q(
        `INSERT INTO story_terms (term, df) SELECT t, SUM(n) FROM unnest(?::bigint[], ?::int[]) AS x(t, n) GROUP BY t ORDER BY t
          ON CONFLICT (term) DO UPDATE SET df = story_terms.df + excluded.df`,
        [chunk.map((c) => c[0]), chunk.map((c) => c[1])],
      );
    }
  }

  updatePlacement(u: PlacementUpdate): Promise<number | null> {
    return this.guard(() =>
      this.tx(async (s): Promise<number | null> => {
        await s.lockBands(u.bands);
        const placed = await s.one(`${STORY_SQL.placed} FOR UPDATE`, [u.articleId]);
        if (!placed) return null;
        const storyId = num(placed.story_id);
        await s.q(STORY_SQL.memberUpdate, [u.versionId, u.fingerprint, u.articleId]);
        await s.addBands(u.articleId, u.bands);
        await s.q(STORY_SQL.storyBump, [u.now, storyId]);
        return storyId;
      }, { savepoint: false }),
    );
  }

  unplacedArticles(limit: number): Promise<UnplacedArticle[]> {
    return this.guard(async () =>
      (await this.q(STORY_SQL.unplaced, [limit])).map((r) => ({
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
    return this.guard(async () =>
      (await this.q(STORY_SQL.order)).map((r) => ({
        articleId: num(r.article_id),
        versionId: num(r.version_id),
        title: str(r.title),
        publishedAt: str(r.published_at),
        firstSeenAt: String(r.first_seen_at),
      })),
    );
  }

  placedArticles(): Promise<Array<{ articleId: number; storyId: number }>> {
    return this.guard(async () => (await this.q(STORY_SQL.placedAll)).map((r) => ({ articleId: num(r.article_id), storyId: num(r.story_id) })));
  }

  replaceGrouping(g: RebuiltGrouping): Promise<void> {
    return this.guard(() =>
      this.tx(async (s) => {
        // the epoch first: a placement in progress finishes before, one that starts after waits and then finds the epoch changed
        await s.q(STORY_SQL.stateBump, [1, 'epoch']);
        const old = new Map((await s.q(STORY_SQL.placedAll)).map((r) => [num(r.article_id), num(r.story_id)]));
        for (const sql of STORY_PARTS.clear) await s.q(sql);
        const kept = new Set(g.stories.map((x) => x.keepId).filter((x): x is number => x !== null));
        const newIdOf = new Map<number, number>();
        for (const st of g.stories) {
          const at = st.members.map((m) => m.at).sort();
          const first = at[0] ?? g.now;
          const last = at[at.length - 1] ?? g.now;
          let id: number;
          if (st.keepId !== null && (await s.one(STORY_SQL.storyById, [st.keepId]))) {
            id = st.keepId;
            await s.q(`UPDATE stories SET merged_into = NULL, article_count = ?, title = ?, first_at = ?, last_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`, [
              st.members.length, st.title, first, last, g.now, id,
            ]);
          } else {
            id = num((await s.one(STORY_SQL.storyInsert, [g.now, g.now, st.title, first, last]))!.id);
            await s.q(`UPDATE stories SET article_count = ?, revision = 1 WHERE id = ?`, [st.members.length, id]);
          }
          for (const m of st.members) {
            await s.q(STORY_SQL.memberInsert, [m.articleId, id, m.versionId, m.at, g.now, m.score, m.via, m.fingerprint]);
            await s.addBands(m.articleId, m.bands);
            newIdOf.set(m.articleId, id);
          }
        }
        const target = mergeTargets(old, kept, newIdOf);
        const now = new Set(newIdOf.values());
        for (const r of await s.q(`SELECT id FROM stories WHERE merged_into IS NULL`)) {
          const id = num(r.id);
          if (kept.has(id) || now.has(id)) continue;
          const to = target(id);
          if (to !== null) await s.q(STORY_SQL.storyMergedAway, [to, g.now, id]);
        }
        await s.addTerms(g.terms);
        await s.q(STORY_SQL.stateSet, [g.articles, 'articles']);
      }),
    );
  }

  stories(q: StoryQuery = {}): Promise<StoryRow[]> {
    return this.guard(async () => {
      const limit = Math.max(0, Math.min(q.limit ?? 100, 100_000));
      const offset = Math.max(0, q.offset ?? 0);
      return (await this.q(`${STORY_PARTS.storySelect}${STORY_PARTS.storyOrder} LIMIT ? OFFSET ?`, [limit, offset])).map(storyRow);
    });
  }

  countStories(): Promise<number> {
    return this.guard(async () => num((await this.one(STORY_PARTS.storyCount))!.n));
  }

  story(id: number): Promise<StoryRow | null> {
    return this.guard(async () => {
      const r = await this.resolve(id);
      if (!r) return null;
      const row = storyRow(r);
      return num(r.id) === id ? row : { ...row, mergedFrom: id };
    });
  }

  storyArticles(storyIds: number[]): Promise<StoryArticleRow[]> {
    return this.guard(async () => {
      const ids = [...new Set(storyIds)];
      const out: StoryArticleRow[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        out.push(...(await this.q(`${STORY_PARTS.members}${placeholders(chunk.length)}${STORY_PARTS.membersOrder}`, chunk)).map(memberRow));
      }
      return out;
    });
  }

  storyOfArticle(articleId: number): Promise<number | null> {
    return this.guard(async () => {
      const r = await this.one(STORY_SQL.storyOfArticle, [articleId]);
      return r ? num(r.story_id) : null;
    });
  }

  staleStories(limit: number): Promise<number[]> {
    return this.guard(async () => (await this.q(STORY_SQL.stale, [limit])).map((r) => num(r.id)));
  }

  derivations(storyId: number): Promise<DerivationRow[]> {
    return this.guard(async () => (await this.q(STORY_SQL.derivations, [storyId])).map(derivationRow));
  }

  saveDerivations(storyId: number, revision: number, rows: Array<Omit<DerivationRow, 'storyId' | 'computedAt'>>, at: string): Promise<boolean> {
    return this.guard(() =>
      this.tx(async (s): Promise<boolean> => {
        const r = await s.one(`${STORY_SQL.storyRevision} FOR UPDATE`, [storyId]);
        if (!r || num(r.revision) !== revision) return false;
        await s.q(STORY_SQL.derivationsDelete, [storyId]);
        // the rows in one statement (as STORY_SQL.derivationInsert, each article once)
        if (rows.length) {
          await s.q(PG_DERIVATIONS_INSERT, [
            rows.map((d) => d.articleId), storyId, rows.map((d) => d.versionId), rows.map((d) => d.sourceArticleId), rows.map((d) => d.sourceVersionId),
            rows.map((d) => d.score), rows.map((d) => d.direction), rows.map((d) => (d.evidence === null ? null : JSON.stringify(d.evidence))), at,
          ]);
        }
        await s.q(STORY_SQL.derivedMark, [revision, storyId, revision]);
        return true;
      }, { savepoint: false }),
    );
  }

  storyMaterial(storyIds: number[], profile: string): Promise<Map<number, number>> {
    return this.guard(async () => {
      const out = new Map<number, number>();
      const ids = [...new Set(storyIds)];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        for (const r of await this.q(`${STORY_PARTS.material}${placeholders(chunk.length)}${STORY_PARTS.materialTail}`, [profile, ...chunk])) out.set(num(r.story_id), num(r.material));
      }
      return out;
    });
  }

  async close(): Promise<void> {
    if (this.client) return; // a view inside a transaction: the transaction's owner releases it
    if (this.shared.closed) return;
    this.shared.closed = true;
    await this.shared.pool.end().catch((e: unknown) => {
      throw storeError(this.shared.location, e);
    });
  }
}
