/** The data of each job type (plain JSON, carried by the queue). */
import type { Entry } from '../corpus/ingest.js';
import type { Profile } from '../types.js';

/** How the articles of a job are read and compared (from the ingest or watch command that queued them). */
export interface ReadSettings {
  outlet?: string;
  follow?: boolean;
  allowPrivate?: boolean;
  maxBytes?: number;
  /** compare new versions and derived tellings (default true) */
  compare?: boolean;
  /** place new articles in stories (default true) */
  group?: boolean;
  profile?: Profile;
}

export interface JobData {
  fetch: { url: string; settings: ReadSettings };
  extract: { entries: Entry[]; settings: ReadSettings };
  group: { articleId: number; versionId: number; settings: ReadSettings };
  compare: { storyId: number; settings: ReadSettings } | { baseVersionId: number; revisedVersionId: number; settings: ReadSettings };
}

export type JobKind = keyof JobData;
