/**
 * What `storydiff stories` and `storydiff story ID` show, as plain data read from the store: the list
 * of stories with every member article, and one story with its derivation forest, each telling with
 * its source and the findings against it, and a timeline. JSON of these is the canonical output
 * (schemas storydiff/stories@1 and storydiff/story@1); story-format.ts renders the other views.
 */
import type { Comparison, Finding, Profile, Severity } from '../types.js';
import type { Store, StoryArticleRow, StoryRow } from '../store/types.js';
import type { DerivationEvidence } from './derivation.js';
import { membersByStory, Stories, type DeriveOptions } from './stories.js';

export const STORIES_SCHEMA = 'storydiff/stories@1' as const;
export const STORY_SCHEMA = 'storydiff/story@1' as const;

/** An article as a story lists it. */
export interface StoryArticle {
  id: number;
  title: string | null;
  url: string | null;
  path: string | null;
  guid: string | null;
  outlet: string | null;
  /** its time in the story: its first version's publication time, else when it was first seen */
  at: string;
  versionCount: number;
}

export interface StorySummary {
  id: number;
  title: string | null;
  articleCount: number;
  outlets: string[];
  firstAt: string;
  lastAt: string;
  /** material findings of the stored comparisons between each telling and its source */
  material: number;
  /** false when the story changed since its derivation was computed (`storydiff story ID` computes it) */
  derived: boolean;
  articles: StoryArticle[];
}

export interface StoryList {
  schema: typeof STORIES_SCHEMA;
  profile: Profile;
  /** stories in the store (merged-away ones not counted) */
  total: number;
  offset: number;
  stories: StorySummary[];
}

function article(m: StoryArticleRow): StoryArticle {
  return { id: m.articleId, title: m.title, url: m.url, path: m.path, guid: m.guid, outlet: m.outlet, at: m.at, versionCount: m.versionCount };
}

function outletsOf(ms: StoryArticleRow[]): string[] {
  return [...new Set(ms.map((m) => m.outlet).filter((o): o is string => Boolean(o)))].sort();
}

function summary(s: StoryRow, ms: StoryArticleRow[], material: number): StorySummary {
  return {
    id: s.id,
    title: s.title,
    articleCount: ms.length,
    outlets: outletsOf(ms),
    firstAt: s.firstAt,
    lastAt: s.lastAt,
    material,
    derived: s.derivedRevision >= s.revision,
    articles: ms.map(article),
  };
}

/** Stories, most recently active first, each with all its articles. */
export async function buildStoryList(store: Store, options: { limit?: number; offset?: number; profile?: Profile } = {}): Promise<StoryList> {
  const profile = options.profile ?? 'revision';
  const offset = Math.max(0, options.offset ?? 0);
  const rows = await store.stories({ limit: options.limit ?? 100_000, offset });
  const ids = rows.map((r) => r.id);
  const members = membersByStory(await store.storyArticles(ids));
  const material = await store.storyMaterial(ids, profile);
  return {
    schema: STORIES_SCHEMA,
    profile,
    total: await store.countStories(),
    offset,
    stories: rows.map((r) => summary(r, members.get(r.id) ?? [], material.get(r.id) ?? 0)),
  };
}

/** A telling of a story: an article's current version, its source and the comparison with it. */
export interface StoryTelling {
  article: StoryArticle;
  versionId: number;
  /** the grouping match that placed the article (null for the article that started the story) */
  grouping: { score: number; via: number } | null;
  /** the telling it was most likely made from, or null for an original */
  source: { articleId: number; versionId: number } | null;
  derivation: { score: number; direction: number | null; evidence: DerivationEvidence } | null;
  /** findings of the comparison with the source (source = base), when compared */
  comparison: { summary: Record<Severity, number>; findings: Finding[]; comparison?: Comparison } | null;
}

export interface ForestNode {
  articleId: number;
  children: ForestNode[];
}

export interface TimelineEvent {
  at: string;
  articleId: number;
  /** `telling`: the article appears (its time in the story); `version`: a later version of it was fetched */
  kind: 'telling' | 'version';
  versionId: number;
  seq: number;
  outlet: string | null;
  title: string | null;
  /** for a telling made from another: the source article and the material findings against it */
  source?: number;
  material?: number;
}

export interface StoryView {
  schema: typeof STORY_SCHEMA;
  profile: Profile;
  story: Omit<StorySummary, 'articles'> & { mergedFrom?: number };
  tellings: StoryTelling[];
  /** roots (originals) in order of time, each with the tellings made from it */
  forest: ForestNode[];
  timeline: TimelineEvent[];
}

export interface StoryViewOptions extends DeriveOptions {
  /** derive a story whose derivation is stale, and compare tellings not yet compared (default true) */
  compute?: boolean;
  /** include each telling's whole comparison */
  comparisons?: boolean;
}

/** One story, derived and compared first when needed; null when the store has no such story. */
export async function buildStoryView(store: Store, id: number, options: StoryViewOptions = {}): Promise<StoryView | null> {
  const profile = options.profile ?? 'revision';
  let s = await store.story(id);
  if (!s) return null;
  if (options.compute !== false) {
    const stories = new Stories(store);
    // derives when stale; compares the pairs of a current derivation that are not compared yet
    if (s.derivedRevision < s.revision) await stories.derive(s.id, { ...options, profile });
    else await stories.compareMissing(s.id, { ...options, profile });
    s = (await store.story(id))!;
  }
  const members = await store.storyArticles([s.id]);
  const derivs = new Map((await store.derivations(s.id)).map((d) => [d.articleId, d]));
  const tellings: StoryTelling[] = [];
  for (const m of members) {
    const d = derivs.get(m.articleId);
    let comparison: StoryTelling['comparison'] = null;
    if (d && d.sourceVersionId !== null) {
      const c = await store.comparison(d.sourceVersionId, d.versionId, profile);
      if (c) comparison = { summary: c.result.summary, findings: c.result.findings, ...(options.comparisons ? { comparison: c.result } : {}) };
    }
    tellings.push({
      article: article(m),
      versionId: d?.versionId ?? m.currentVersionId,
      grouping: m.score !== null && m.viaArticleId !== null ? { score: m.score, via: m.viaArticleId } : null,
      source: d && d.sourceArticleId !== null && d.sourceVersionId !== null ? { articleId: d.sourceArticleId, versionId: d.sourceVersionId } : null,
      derivation: d && d.sourceVersionId !== null ? { score: d.score, direction: d.direction, evidence: d.evidence as DerivationEvidence } : null,
      comparison,
    });
  }
  const material = tellings.reduce((n, t) => n + (t.comparison?.summary.material ?? 0), 0);
  const { articles: _a, ...head } = summary(s, members, material);
  return {
    schema: STORY_SCHEMA,
    profile,
    story: { ...head, ...(s.mergedFrom !== undefined ? { mergedFrom: s.mergedFrom } : {}) },
    tellings,
    forest: forestOf(tellings),
    timeline: await timelineOf(store, tellings),
  };
}

/** The forest of tellings: roots and children in order of time. */
export function forestOf(tellings: readonly StoryTelling[]): ForestNode[] {
  const byId = new Map(tellings.map((t) => [t.article.id, t]));
  const nodes = new Map(tellings.map((t) => [t.article.id, { articleId: t.article.id, children: [] as ForestNode[] }]));
  const roots: ForestNode[] = [];
  const order = (a: ForestNode, b: ForestNode) => {
    const ta = byId.get(a.articleId)!.article.at;
    const tb = byId.get(b.articleId)!.article.at;
    return ta < tb ? -1 : ta > tb ? 1 : a.articleId - b.articleId;
  };
  for (const t of tellings) {
    const parent = t.source ? nodes.get(t.source.articleId) : undefined;
    if (parent) parent.children.push(nodes.get(t.article.id)!);
    else roots.push(nodes.get(t.article.id)!);
  }
  const sort = (ns: ForestNode[]) => {
    ns.sort(order);
    for (const n of ns) sort(n.children);
  };
  sort(roots);
  return roots;
}

async function timelineOf(store: Store, tellings: readonly StoryTelling[]): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  for (const t of tellings) {
    const versions = (await store.versions(t.article.id)) as Array<{ id: number; seq: number; fetchedAt: string; title: string | null }>;
    const first = versions[0];
    events.push({
      at: t.article.at,
      articleId: t.article.id,
      kind: 'telling',
      versionId: first?.id ?? t.versionId,
      seq: first?.seq ?? 1,
      outlet: t.article.outlet,
      title: t.article.title,
      ...(t.source ? { source: t.source.articleId } : {}),
      ...(t.comparison ? { material: t.comparison.summary.material } : {}),
    });
    for (const v of versions.slice(1)) events.push({ at: v.fetchedAt, articleId: t.article.id, kind: 'version', versionId: v.id, seq: v.seq, outlet: t.article.outlet, title: v.title });
  }
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.articleId - b.articleId || a.seq - b.seq));
}
