/**
 * The PostgreSQL server the tests use: STORYDIFF_TEST_PG, a connection string to a database on a
 * server where the tests may create and drop databases (`.ci/run` starts one on a private port).
 * Without it the PostgreSQL tests are skipped with a line saying so; with CI=true they must run, and
 * fail instead.
 */
import { test } from 'node:test';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export const PG_URL = process.env.STORYDIFF_TEST_PG || '';

const REASON = 'no PostgreSQL server for the tests: set STORYDIFF_TEST_PG=postgres://USER@HOST:PORT/postgres (.ci/run starts one)';

let said = false;

/** The skip option of a PostgreSQL suite: false when a server is set, else the reason (and, with CI=true, a failing test). */
export function pgSkip(suite: string): false | string {
  if (PG_URL) return false;
  if (process.env.CI === 'true') {
    test(`${suite}: needs PostgreSQL under CI`, () => {
      throw new Error(`${REASON}; CI=true requires the PostgreSQL tests to run`);
    });
  } else if (!said) {
    said = true;
    process.stderr.write(`# skipping the PostgreSQL tests: ${REASON}\n`);
  }
  return REASON;
}

/** The connection string of another database on the same server. */
export function databaseUrl(name: string): string {
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database for one test; drop() removes it (closing whatever still uses it). */
export async function freshDatabase(prefix = 'sdtest'): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(name),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Runs SQL on a database directly (for tests that set up or inspect it). */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}
