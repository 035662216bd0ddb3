/**
 * The library's corpus API: `openStore(path)` gives a Corpus with typed methods for what the command
 * line does (ingest, watch, timelines, comparisons between stored versions, listings), so a user can
 * script it. The Corpus joins the store (data) and the engine (compare); neither knows the other.
 */
import { createRequire } from 'node:module';
import { compare } from '../engine/compare.js';
import { openBackend, type OpenOptions } from '../store/index.js';
import { StoreError, type ArticleQuery, type ArticleRow, type OutletRow, type Store, type StoreStats, type VersionMeta, type VersionRow } from '../store/types.js';
import type { Comparison, Profile } from '../types.js';
// ingest and watch are loaded when used: their HTML and feed parsers are not needed to read the store
import type { IngestOptions, IngestSummary } from './ingest.js';
import { buildTimeline, findArticle, type Timeline, type TimelineOptions } from './timeline.js';
import type { WatchOptions, WatchSummary } from './watch.js';
import { Stories, type DeriveSummary, type RebuildSummary } from './stories.js';
import { buildStoryList, buildStoryView, type StoryList, type StoryView, type StoryViewOptions } from './story-view.js';

const require = createRequire(import.meta.url);
/** storydiff's version, recorded with each stored comparison. */
export const TOOL_VERSION: string = (require('../../../package.json') as { version: string }).version;

export interface StoredComparison {
  base: VersionRow;
  revised: VersionRow;
  comparison: Comparison;
  /** true when the comparison was read from the store, false when computed (and then stored) */
  fromStore: boolean;
}

export class Corpus {
  constructor(readonly store: Store) {}

  /** Reads sources into the store (see IngestOptions). */
  async ingest(sources: string[], options: IngestOptions = {}): Promise<IngestSummary> {
    const { ingest } = await import('./ingest.js');
    return ingest(this.store, sources, { toolVersion: TOOL_VERSION, ...options });
  }

  /** Re-ingests the sources every `everyMs` until the signal aborts (or `rounds` rounds). */
  async watch(sources: string[], options: WatchOptions): Promise<WatchSummary> {
    const { watch } = await import('./watch.js');
    return watch(this.store, sources, { toolVersion: TOOL_VERSION, ...options });
  }

  /** An article by id, URL, path or feed GUID; null when the store has none. */
  findArticle(ref: string | number): Promise<ArticleRow | null> {
    return findArticle(this.store, String(ref));
  }

  /** The timeline of an article (by id, URL, path or GUID); null when the store has no such article. */
  async timeline(ref: string | number, options: TimelineOptions = {}): Promise<Timeline | null> {
    const article = await this.findArticle(ref);
    return article ? buildTimeline(this.store, article, { toolVersion: TOOL_VERSION, ...options }) : null;
  }

  /** Compares two stored versions (any two, of any articles); the result is stored for next time. */
  async compareVersions(baseId: number, revisedId: number, options: { profile?: Profile } = {}): Promise<StoredComparison> {
    const profile = options.profile ?? 'revision';
    const [base, revised] = [await this.store.version(baseId), await this.store.version(revisedId)];
    if (!base) throw new StoreError(`${this.store.location}: no version ${baseId}`);
    if (!revised) throw new StoreError(`${this.store.location}: no version ${revisedId}`);
    const stored = await this.store.comparison(baseId, revisedId, profile);
    if (stored) return { base, revised, comparison: stored.result, fromStore: true };
    const comparison = compare(base.text, revised.text, { profile });
    await this.store.saveComparison(baseId, revisedId, profile, comparison, TOOL_VERSION, new Date().toISOString());
    return { base, revised, comparison, fromStore: false };
  }

  /**
   * Rebuilds the story grouping from every stored article (ids kept where a story keeps most of its
   * articles), then derives every story and, unless `compare: false`, compares each telling with its
   * source.
   */
  async group(options: { compare?: boolean; profile?: Profile; signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<{ rebuild: RebuildSummary; derive: DeriveSummary }> {
    const stories = new Stories(this.store);
    const rebuild = await stories.rebuild({ ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    const derive = await stories.deriveStale({ compare: options.compare ?? true, profile: options.profile ?? 'revision', toolVersion: TOOL_VERSION, ...(options.signal ? { signal: options.signal } : {}) });
    return { rebuild, derive };
  }

  /** Stories, most recently active first, each with all its articles. */
  stories(options: { limit?: number; offset?: number; profile?: Profile } = {}): Promise<StoryList> {
    return buildStoryList(this.store, options);
  }

  /** One story: its derivation forest, each telling with its source and findings, and a timeline (derived and compared first when needed). */
  story(id: number, options: StoryViewOptions = {}): Promise<StoryView | null> {
    return buildStoryView(this.store, id, { toolVersion: TOOL_VERSION, ...options });
  }

  outlets(): Promise<OutletRow[]> {
    return this.store.outlets();
  }

  articles(query: ArticleQuery = {}): Promise<ArticleRow[]> {
    return this.store.articles(query);
  }

  versions(articleId: number): Promise<VersionMeta[]> {
    return this.store.versions(articleId) as Promise<VersionMeta[]>;
  }

  version(id: number): Promise<VersionRow | null> {
    return this.store.version(id);
  }

  stats(): Promise<StoreStats> {
    return this.store.stats();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/**
 * Opens a corpus store: a SQLite file path (created when missing unless `mustExist`), or a
 * `postgres://` connection string to an existing database. The schema is migrated on open; a file or
 * database that is not a storydiff one is refused.
 */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Corpus> {
  return new Corpus(await openBackend(location, options));
}
