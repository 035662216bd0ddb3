import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PgStore } from '../../src/store/pg.js';
import { openBackend } from '../../src/store/index.js';
import { MIGRATIONS, SCHEMA_VERSION, statementsFor } from '../../src/store/schema.js';
import { StoreError } from '../../src/store/types.js';
import { storeContract, version } from './contract.js';
import { freshDatabase, pgSkip, sql } from '../helpers/pg.js';

const skip = pgSkip('store on PostgreSQL');

describe('PostgreSQL backend', { skip }, () => {
  const dbs: Array<{ drop: () => Promise<void> }> = [];
  after(async () => {
    for (const d of dbs) await d.drop();
  });
  const fresh = async () => {
    const d = await freshDatabase();
    dbs.push(d);
    return d.url;
  };

  // each contract test gets a new, empty database
  storeContract('postgres', async () => PgStore.open(await fresh()));

  it('migrates an existing database on open, keeps its data, and reopening changes nothing', async () => {
    const url = await fresh();
    // a database as an earlier build left it: migration 1 applied, with an article in it
    await sql(url, `CREATE TABLE storydiff_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    for (const s of statementsFor(MIGRATIONS[0]!, 'postgres')) await sql(url, s);
    await sql(url, `INSERT INTO storydiff_migrations VALUES (1, 'outlets, articles, versions, comparisons', '2026-11-01T00:00:00.000Z')`);
    await sql(url, `INSERT INTO articles (identity, identity_kind, url, first_seen_at, last_seen_at, last_changed_at, version_count, current_hash) VALUES ('url:https://a.example/old', 'url', 'https://a.example/old', 'x', 'x', 'x', 1, 'h')`);
    const s = await PgStore.open(url);
    assert.equal(await s.schemaVersion(), SCHEMA_VERSION);
    assert.equal((await s.stats()).articles, 1);
    await s.ingestBatch([version({ url: 'https://a.example/new' })], '2026-11-24T09:00:00.000Z');
    await s.close();
    const rows = await sql(url, `SELECT version FROM storydiff_migrations ORDER BY version`);
    assert.deepEqual(rows.map((r) => Number(r.version)), MIGRATIONS.map((m) => m.version));
    const again = await PgStore.open(url);
    assert.equal((await again.stats()).articles, 2);
    await again.close();
  });

  it('an article stored by another transaction after a batch read its state becomes a version of it, not an error', async () => {
    const url = await fresh();
    const [a, b] = [await PgStore.open(url), await PgStore.open(url)];
    try {
      let release!: () => void;
      const held = new Promise<void>((ok) => (release = ok));
      let stored!: () => void;
      const first = new Promise<void>((ok) => (stored = ok));
      // a stores the article and holds its transaction open; b reads the state (none yet), then waits on a's row
      const inA = a.atomically(async (tx) => {
        await tx.ingestBatch([version({ url: 'https://a.example/race', text: 'Two hurt.\n' })], '2026-11-24T09:00:00.000Z');
        stored();
        await held;
      });
      await first;
      const inB = b.ingestBatch([version({ url: 'https://a.example/race', text: 'Three hurt.\n' })], '2026-11-24T09:00:01.000Z');
      await new Promise((ok) => setTimeout(ok, 200));
      release();
      await inA;
      const [o] = await inB;
      assert.equal(o!.status, 'new-version');
      assert.equal((await b.stats()).articles, 1);
      assert.equal((await b.stats()).versions, 2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('migrates once when several processes open a new database at the same time', async () => {
    const url = await fresh();
    const stores = await Promise.all([1, 2, 3, 4].map(() => PgStore.open(url)));
    for (const s of stores) assert.equal(await s.schemaVersion(), SCHEMA_VERSION);
    await Promise.all(stores.map((s) => s.close()));
    assert.equal((await sql(url, `SELECT COUNT(*)::int AS n FROM storydiff_migrations`))[0]!.n, MIGRATIONS.length);
  });

  it('refuses a database written by a newer storydiff, and one that is not a storydiff database, without changing it', async () => {
    const url = await fresh();
    await (await PgStore.open(url)).close();
    await sql(url, `INSERT INTO storydiff_migrations VALUES ($1, 'future', 'x')`, [SCHEMA_VERSION + 1]);
    await assert.rejects(PgStore.open(url), (e: Error) => e instanceof StoreError && /newer storydiff/.test(e.message));
    const other = await fresh();
    await sql(other, `CREATE TABLE people (name TEXT)`);
    await assert.rejects(PgStore.open(other), (e: Error) => e instanceof StoreError && /not a storydiff one \(it has the tables people\)/.test(e.message));
    assert.deepEqual((await sql(other, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).map((r) => r.table_name), ['people']);
  });

  it('says what is wrong with a bad connection string or a server that does not answer, without the password', async () => {
    await assert.rejects(openBackend('postgres://me:secret@127.0.0.1:1/corpus'), (e: Error) => e instanceof StoreError && !e.message.includes('secret') && /connection refused/.test(e.message));
    await assert.rejects(openBackend('postgres://me:secret@[bad/corpus'), (e: Error) => e instanceof StoreError && !e.message.includes('secret') && /not a valid connection string/.test(e.message));
    await assert.rejects(openBackend('postgres://127.0.0.1:1'), (e: Error) => e instanceof StoreError && /names no database/.test(e.message));
    const missing = new URL((await fresh()).replace(/\/[^/]*$/, '/no_such_database_here'));
    await assert.rejects(openBackend(missing.toString()), (e: Error) => e instanceof StoreError && /does not exist/.test(e.message));
  });
});
