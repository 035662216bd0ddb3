/** `storydiff group`, `stories` and `story ID`: argument handling and I/O only; the work is src/corpus/stories.ts. */
import type { Profile } from '../types.js';
import { dbLocation, isTty, plural, stopSignal, withStore } from './corpus.js';
import { InputError, writeAtomic } from './io.js';

type Out = NodeJS.WritableStream;
type Err = NodeJS.WriteStream | NodeJS.WritableStream;

export interface GroupFlags {
  db?: string;
  compare: boolean;
  profile: Profile;
}

/** `storydiff group`: rebuilds the grouping, derives every story, compares tellings with their sources. 0, or 130 when stopped. */
export async function groupCommand(flags: GroupFlags, stdout: Out, stderr: Err): Promise<number> {
  const location = dbLocation(flags.db);
  return withStore(location, true, async (corpus) => {
    const stop = stopSignal(stderr);
    const tty = isTty(stderr);
    let drawn = false;
    try {
      const start = performance.now();
      let r;
      try {
        r = await corpus.group({
          compare: flags.compare,
          profile: flags.profile,
          signal: stop.signal,
          ...(tty
            ? {
                onProgress: (done: number, total: number) => {
                  stderr.write(`\r\x1b[Kstorydiff: grouping ${done}/${total} articles`);
                  drawn = true;
                },
              }
            : {}),
        });
      } catch (e) {
        if (stop.received()) {
          if (drawn) stderr.write('\r\x1b[K');
          stderr.write('storydiff: stopped: the grouping was not changed\n');
          return 130;
        }
        throw e;
      }
      if (drawn) stderr.write('\r\x1b[K');
      const { rebuild: g, derive: d } = r;
      stdout.write(
        `storydiff: ${plural(g.articles, 'article')} in ${plural(g.stories, 'story', 'stories')} (${g.kept} kept their ids); ` +
          `${plural(d.derived, 'telling')} made from another` +
          (flags.compare ? `, ${plural(d.comparisons, 'comparison')} (${d.material} with material changes)` : '') +
          `${stop.received() ? ' (stopped before every story was derived: storydiff story derives the others)' : ''} in ${((performance.now() - start) / 1000).toFixed(1)} s → ${location}\n`,
      );
      return stop.received() ? 130 : 0;
    } finally {
      stop.dispose();
    }
  });
}

export interface StoriesFlags {
  db?: string;
  format: 'text' | 'json' | 'html';
  limit?: number;
  offset: number;
  profile: Profile;
  out?: string;
  color: boolean;
}

export async function storiesCommand(flags: StoriesFlags, stdout: Out): Promise<number> {
  const { STORIES_FORMATS } = await import('../corpus/story-format.js');
  const location = dbLocation(flags.db);
  return withStore(location, true, async (corpus) => {
    const list = await corpus.stories({ ...(flags.limit !== undefined ? { limit: flags.limit } : {}), offset: flags.offset, profile: flags.profile });
    const text = STORIES_FORMATS[flags.format](list, { color: flags.color && !flags.out });
    if (flags.out) writeAtomic(flags.out, text);
    else stdout.write(text);
    return 0;
  });
}

export interface StoryFlags {
  db?: string;
  format: 'text' | 'json' | 'html';
  profile: Profile;
  out?: string;
  color: boolean;
}

export async function storyCommand(ref: string, flags: StoryFlags, stdout: Out): Promise<number> {
  const id = /^\d{1,15}$/.test(ref.trim()) ? Number(ref.trim()) : NaN;
  if (!Number.isSafeInteger(id)) throw new InputError(`${JSON.stringify(ref)}: expected a story id (a number shown by storydiff stories)`);
  const { STORY_FORMATS } = await import('../corpus/story-format.js');
  const location = dbLocation(flags.db);
  return withStore(location, true, async (corpus) => {
    const view = await corpus.story(id, { profile: flags.profile });
    if (!view) throw new InputError(`story ${id}: no such story in ${location} (storydiff stories lists them)`);
    const text = STORY_FORMATS[flags.format](view, { color: flags.color && !flags.out });
    if (flags.out) writeAtomic(flags.out, text);
    else stdout.write(text);
    return 0;
  });
}
