/**
 * The public entry to the corpus: loads the corpus code (HTML and feed parsers, the SQLite driver)
 * only when a store is opened, so that `import { compare } from 'storydiff'` stays light.
 */
import type { OpenOptions } from '../store/index.js';
import type { Corpus } from './corpus.js';

/** Opens (or creates) a corpus store: a SQLite file path, or a postgres:// connection string; see Corpus for its methods. */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Corpus> {
  const m = await import('./corpus.js');
  return m.openStore(location, options);
}
