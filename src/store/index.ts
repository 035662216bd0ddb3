/** Opening a store by location: a postgres:// (or postgresql://) connection string, else a SQLite file path. */
import { StoreError, type Store } from './types.js';

export type { Store } from './types.js';
export { StoreError } from './types.js';

export interface OpenOptions {
  /** refuse to create a new database (for commands that only read) */
  mustExist?: boolean;
}

/** True for a PostgreSQL connection string (`postgres://…` or `postgresql://…`). */
export function isPostgres(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openBackend(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgres(location)) {
    const { PgStore } = await import('./pg.js');
    return PgStore.open(location, options);
  }
  // loaded on first use: the native module is not needed to compare two texts
  const { SqliteStore } = await import('./sqlite.js');
  return SqliteStore.open(location, options);
}
