/** Opening a store by location: a file path (SQLite) now; a postgres:// URL arrives with part 3. */
import { StoreError, type Store } from './types.js';

export type { Store } from './types.js';
export { StoreError } from './types.js';

export interface OpenOptions {
  /** refuse to create a new database (for commands that only read) */
  mustExist?: boolean;
}

export async function openBackend(location: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new StoreError(`${location.replace(/\/\/[^@/]*@/, '//…@')}: PostgreSQL is not supported yet (only SQLite database files)`);
  }
  // loaded on first use: the native module is not needed to compare two texts
  const { SqliteStore } = await import('./sqlite.js');
  return SqliteStore.open(location, options);
}
