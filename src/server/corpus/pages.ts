/**
 * The corpus pages of `storydiff serve --db PATH`, under /corpus/: outlets, articles (with version
 * counts and last change, searchable by title words), an article's timeline (each change with its
 * findings; any two versions can be compared), a version's text, and the side-by-side report of two
 * versions. Server-rendered, no script; every stored text is escaped, and the pages' policy allows
 * only their own style (the report page keeps the report's own policy).
 *
 * Comparisons not yet stored are computed through the server's worker (off the event loop, with its
 * time limit) and then stored.
 */
import { escapeHtml } from '../../report/html.js';
import { html as htmlReport, reportPolicy } from '../../report/html.js';
import type { Corpus } from '../../corpus/corpus.js';
import { TOOL_VERSION } from '../../corpus/corpus.js';
import { buildTimeline } from '../../corpus/timeline.js';
import { changeHtml, corpusPolicy, pageFrame, safeLink, shortTime } from '../../corpus/timeline-format.js';
import type { ArticleRow, VersionMeta } from '../../store/types.js';
import type { Comparison, Profile } from '../../types.js';
import { HttpError } from '../fetch.js';
import { buildStoryList, buildStoryView } from '../../corpus/story-view.js';
import { storiesTable, storyBody } from '../../corpus/story-format.js';

export interface PageRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** compares two texts in the server's worker */
  compare(base: string, revised: string, profile: Profile): Promise<Comparison>;
}

export interface PageAnswer {
  status: number;
  type: string;
  body: string;
  policy: string;
}

/** Pages the server mounts under a path prefix. */
export interface Pages {
  prefix: string;
  /** the answer to a request under the prefix; throws HttpError for errors */
  handle(req: PageRequest): Promise<PageAnswer | null>;
  /** an error as a page of the same look */
  errorPage(status: number, message: string): PageAnswer;
}

const PER_PAGE = 50;
const HTML = 'text/html; charset=utf-8';

function nav(): string {
  return (
    `<nav class="top" aria-label="Corpus"><strong>storydiff corpus</strong><a href="/corpus/">Overview</a><a href="/corpus/stories">Stories</a><a href="/corpus/articles">Articles</a>` +
    `<a href="/corpus/outlets">Outlets</a><a href="/">Compare two texts</a>` +
    `<form class="inline" method="get" action="/corpus/articles" role="search"><label for="nav-q" class="sr">Search titles</label>` +
    `<input type="search" id="nav-q" name="q" placeholder="title words"><button type="submit">Search</button></form></nav>`
  );
}

function page(title: string, body: string): PageAnswer {
  return { status: 200, type: HTML, body: pageFrame(`${title} · storydiff`, body, nav()), policy: `${corpusPolicy()}; frame-ancestors 'none'` };
}

function idParam(value: string | null | undefined, what: string): number {
  if (!value || !/^\d{1,15}$/.test(value)) throw new HttpError(400, `${what} must be a number`);
  return Number(value);
}

function articleLink(a: ArticleRow): string {
  return `<a href="/corpus/articles/${a.id}">${escapeHtml(a.title ?? `(article ${a.id}, no title)`)}</a>`;
}

function articlesTable(rows: ArticleRow[]): string {
  if (!rows.length) return '<p class="muted">No articles.</p>';
  return (
    `<table><thead><tr><th scope="col">title</th><th scope="col">outlet</th><th scope="col" class="num">versions</th><th scope="col">last change</th><th scope="col">source</th></tr></thead><tbody>` +
    rows
      .map(
        (a) =>
          `<tr><td>${articleLink(a)}</td><td>${a.outletId !== null ? `<a href="/corpus/articles?outlet=${a.outletId}">${escapeHtml(a.outlet ?? '')}</a>` : '<span class="muted">—</span>'}</td>` +
          `<td class="num">${a.versionCount}</td><td>${escapeHtml(shortTime(a.lastChangedAt))}</td><td>${a.url ? safeLink(a.url) : escapeHtml(a.path ?? a.guid ?? '')}</td></tr>`,
      )
      .join('') +
    `</tbody></table>`
  );
}

export function corpusPages(corpus: Corpus): Pages {
  const store = corpus.store;

  /** Stores the comparisons of the article's consecutive versions that are missing, computed in the worker. */
  async function fillMissing(req: PageRequest, articleId: number, profile: Profile): Promise<void> {
    for (const pair of await store.missingComparisons(profile, [articleId])) {
      const [a, b] = [await store.version(pair.baseVersionId), await store.version(pair.revisedVersionId)];
      if (!a || !b) continue;
      const result = await req.compare(a.text, b.text, profile);
      await store.saveComparison(a.id, b.id, profile, result, TOOL_VERSION, new Date().toISOString());
    }
  }

  async function overview(): Promise<PageAnswer> {
    const stats = await store.stats();
    const outlets = await store.outlets();
    const recent = await store.articles({ limit: 20 });
    const stories = await buildStoryList(store, { limit: 10 });
    const body =
      `<h1>Corpus</h1><p class="meta">${stats.articles} articles, ${stats.versions} versions, ${stats.outlets} outlets, ${stories.total} stories, ${stats.comparisons} stored comparisons</p>` +
      `<h2>Recently active stories</h2>${storiesTable(stories, storyLinks)}<p><a href="/corpus/stories">All stories</a></p>` +
      `<h2>Recently changed</h2>${articlesTable(recent)}<p><a href="/corpus/articles">All articles</a></p>` +
      `<h2>Outlets</h2>${outletsTable(outlets)}`;
    return page('Corpus', body);
  }

  function outletsTable(outlets: Awaited<ReturnType<typeof store.outlets>>): string {
    if (!outlets.length) return '<p class="muted">No outlets.</p>';
    return (
      `<table><thead><tr><th scope="col">outlet</th><th scope="col" class="num">articles</th><th scope="col" class="num">versions</th><th scope="col">last change</th></tr></thead><tbody>` +
      outlets.map((o) => `<tr><td><a href="/corpus/articles?outlet=${o.id}">${escapeHtml(o.name)}</a></td><td class="num">${o.articles}</td><td class="num">${o.versions}</td><td>${escapeHtml(shortTime(o.lastChangedAt))}</td></tr>`).join('') +
      `</tbody></table>`
    );
  }

  async function articles(q: URLSearchParams): Promise<PageAnswer> {
    const search = (q.get('q') ?? '').slice(0, 200).trim();
    const outletId = q.get('outlet') ? idParam(q.get('outlet'), 'outlet') : undefined;
    const pageNo = q.get('page') ? idParam(q.get('page'), 'page') : 1;
    const filter = { ...(search ? { search } : {}), ...(outletId !== undefined ? { outletId } : {}) };
    const total = await store.countArticles(filter);
    const rows = await store.articles({ ...filter, limit: PER_PAGE, offset: (pageNo - 1) * PER_PAGE });
    const outlet = outletId !== undefined ? await store.outlet(outletId) : null;
    if (outletId !== undefined && !outlet) throw new HttpError(404, `no outlet ${outletId}`);
    const heading = outlet ? `Articles of ${escapeHtml(outlet.name)}` : search ? `Articles whose title has “${escapeHtml(search)}”` : 'Articles';
    const link = (p: number) => {
      const u = new URLSearchParams();
      if (search) u.set('q', search);
      if (outletId !== undefined) u.set('outlet', String(outletId));
      u.set('page', String(p));
      return `/corpus/articles?${u.toString()}`;
    };
    const pages = Math.max(1, Math.ceil(total / PER_PAGE));
    const pager =
      pages > 1
        ? `<p class="pager">${pageNo > 1 ? `<a href="${escapeHtml(link(pageNo - 1))}" rel="prev">Newer</a>` : ''} <span>page ${pageNo} of ${pages}</span> ${pageNo < pages ? `<a href="${escapeHtml(link(pageNo + 1))}" rel="next">Older</a>` : ''}</p>`
        : '';
    const body =
      `<h1>${heading}</h1>` +
      `<form class="inline" method="get" action="/corpus/articles" role="search"><div><label for="q">Title words</label><input type="search" id="q" name="q" value="${escapeHtml(search)}"></div>` +
      (outletId !== undefined ? `<input type="hidden" name="outlet" value="${outletId}">` : '') +
      `<button type="submit">Search</button></form>` +
      `<p class="meta">${total} article${total === 1 ? '' : 's'}, most recently changed first</p>${articlesTable(rows)}${pager}`;
    return page(outlet ? outlet.name : 'Articles', body);
  }

  function versionOptions(versions: VersionMeta[], selected: number | undefined): string {
    return versions
      .slice()
      .reverse()
      .map((v) => `<option value="${v.id}"${v.id === selected ? ' selected' : ''}>v${v.seq} · ${escapeHtml(shortTime(v.fetchedAt))}</option>`)
      .join('');
  }

  async function timelinePage(req: PageRequest, id: number): Promise<PageAnswer> {
    const article = await store.article(id);
    if (!article) throw new HttpError(404, `no article ${id}`);
    const profile: Profile = req.query.get('profile') === 'faithful' ? 'faithful' : 'revision';
    await fillMissing(req, id, profile);
    const t = await buildTimeline(store, article, { profile, computeMissing: false });
    const storyId = await store.storyOfArticle(id);
    const versions = t.versions.slice().reverse();
    const latest = versions[versions.length - 1];
    const before = versions[versions.length - 2];
    const picker =
      versions.length > 1
        ? `<form class="inline" method="get" action="/corpus/compare" aria-label="Compare two versions"><div><label for="a">Base version</label><select id="a" name="a">${versionOptions(versions, before?.id)}</select></div>` +
          `<div><label for="b">Revised version</label><select id="b" name="b">${versionOptions(versions, latest?.id)}</select></div>` +
          `<div><label for="profile">Profile</label><select id="profile" name="profile"><option value="revision"${profile === 'revision' ? ' selected' : ''}>revision</option><option value="faithful"${profile === 'faithful' ? ' selected' : ''}>faithful</option></select></div>` +
          `<button type="submit">Compare</button></form>`
        : '';
    const body =
      `<header><h1>${escapeHtml(article.title ?? '(no title)')}</h1>` +
      `<p class="meta">Article ${article.id} · ${article.url ? safeLink(article.url) : escapeHtml(article.path ?? article.guid ?? '')}` +
      `${article.outletId !== null ? ` · <a href="/corpus/articles?outlet=${article.outletId}">${escapeHtml(article.outlet ?? '')}</a>` : ''}` +
      ` · ${article.versionCount} version${article.versionCount === 1 ? '' : 's'} · first seen ${escapeHtml(shortTime(article.firstSeenAt))} · last change ${escapeHtml(shortTime(article.lastChangedAt))}` +
      `${storyId !== null ? ` · <a href="/corpus/stories/${storyId}">its story</a>` : ''}</p></header>` +
      picker +
      `<h2>Changes, newest first</h2>` +
      (t.changes.length
        ? t.changes.map((c) => changeHtml(c, (v) => `/corpus/versions/${v}`, (a, b) => `/corpus/compare?a=${a}&b=${b}&profile=${profile}`)).join('\n')
        : '<p class="muted">No changes: one version only.</p>') +
      `<h2>Versions</h2><ol reversed>` +
      t.versions
        .map((v) => `<li><a href="/corpus/versions/${v.id}">v${v.seq}</a> <span class="meta">${escapeHtml(shortTime(v.fetchedAt))}${v.seenCount > 1 ? ` · seen ${v.seenCount} times, last ${escapeHtml(shortTime(v.lastSeenAt))}` : ''}</span>${v.title ? ` · ${escapeHtml(v.title)}` : ''}</li>`)
        .join('') +
      `</ol>`;
    return page(article.title ?? `Article ${id}`, body);
  }

  const storyLinks = {
    story: (id: number) => `/corpus/stories/${id}`,
    article: (id: number) => `/corpus/articles/${id}`,
    compare: (a: number, b: number) => `/corpus/compare?a=${a}&b=${b}`,
  };

  async function storiesPage(q: URLSearchParams): Promise<PageAnswer> {
    const pageNo = q.get('page') ? idParam(q.get('page'), 'page') : 1;
    const list = await buildStoryList(store, { limit: PER_PAGE, offset: (pageNo - 1) * PER_PAGE });
    const pages = Math.max(1, Math.ceil(list.total / PER_PAGE));
    const pager =
      pages > 1
        ? `<p class="pager">${pageNo > 1 ? `<a href="/corpus/stories?page=${pageNo - 1}" rel="prev">Newer</a>` : ''} <span>page ${pageNo} of ${pages}</span> ${pageNo < pages ? `<a href="/corpus/stories?page=${pageNo + 1}" rel="next">Older</a>` : ''}</p>`
        : '';
    const body =
      `<h1>Stories</h1><p class="meta">${list.total} stor${list.total === 1 ? 'y' : 'ies'}, most recently active first: articles grouped by the event they tell</p>` +
      storiesTable(list, storyLinks) +
      pager;
    return page('Stories', body);
  }

  async function storyPage(req: PageRequest, id: number): Promise<PageAnswer> {
    const profile: Profile = req.query.get('profile') === 'faithful' ? 'faithful' : 'revision';
    const view = await buildStoryView(store, id, { profile, toolVersion: TOOL_VERSION, compareTexts: (a, b, p) => req.compare(a, b, p) });
    if (!view) throw new HttpError(404, `no story ${id}`);
    const links = { ...storyLinks, compare: (a: number, b: number) => `/corpus/compare?a=${a}&b=${b}&profile=${profile}` };
    return page(view.story.title ?? `Story ${view.story.id}`, storyBody(view, links));
  }

  async function versionPage(id: number): Promise<PageAnswer> {
    const v = await store.version(id);
    if (!v) throw new HttpError(404, `no version ${id}`);
    const article = await store.article(v.articleId);
    const body =
      `<h1>${escapeHtml(v.title ?? '(no title)')}</h1>` +
      `<p class="meta">Version ${v.id} · v${v.seq} of <a href="/corpus/articles/${v.articleId}">${escapeHtml(article?.title ?? `article ${v.articleId}`)}</a> · fetched ${escapeHtml(shortTime(v.fetchedAt))}` +
      `${v.publishedAt ? ` · published ${escapeHtml(shortTime(v.publishedAt))}` : ''}${v.byline ? ` · ${escapeHtml(v.byline)}` : ''} · from ${escapeHtml(v.source)}</p>` +
      `<pre class="text">${escapeHtml(v.text)}</pre>`;
    return page(`Version ${v.id}`, body);
  }

  async function comparePage(req: PageRequest): Promise<PageAnswer> {
    const a = idParam(req.query.get('a'), 'a (the base version id)');
    const b = idParam(req.query.get('b'), 'b (the revised version id)');
    const profile: Profile = req.query.get('profile') === 'faithful' ? 'faithful' : 'revision';
    const [va, vb] = [await store.version(a), await store.version(b)];
    if (!va) throw new HttpError(404, `no version ${a}`);
    if (!vb) throw new HttpError(404, `no version ${b}`);
    let result = (await store.comparison(a, b, profile))?.result;
    if (!result) {
      result = await req.compare(va.text, vb.text, profile);
      await store.saveComparison(a, b, profile, result, TOOL_VERSION, new Date().toISOString());
    }
    const name = (v: typeof va) => `v${v.seq} of article ${v.articleId} (version ${v.id}, ${shortTime(v.fetchedAt)})`;
    const body = htmlReport([result], { texts: [{ base: va.text, revised: vb.text, baseName: name(va), revisedName: name(vb) }] });
    return { status: 200, type: HTML, body, policy: `${reportPolicy()}; frame-ancestors 'none'` };
  }

  const handle = async (req: PageRequest): Promise<PageAnswer | null> => {
    if (req.path !== '/corpus' && !req.path.startsWith('/corpus/')) return null;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw Object.assign(new HttpError(405, `${req.method} is not allowed on ${req.path} (use GET)`), { allow: 'GET, HEAD' });
    }
    const p = req.path.replace(/\/+$/, '') || '/corpus';
    if (p === '/corpus') return overview();
    if (p === '/corpus/articles') return articles(req.query);
    if (p === '/corpus/outlets') return page('Outlets', `<h1>Outlets</h1>${outletsTable(await store.outlets())}`);
    if (p === '/corpus/compare') return comparePage(req);
    if (p === '/corpus/stories') return storiesPage(req.query);
    let m = /^\/corpus\/stories\/(\d{1,15})$/.exec(p);
    if (m) return storyPage(req, Number(m[1]));
    m = /^\/corpus\/articles\/(\d{1,15})$/.exec(p);
    if (m) return timelinePage(req, Number(m[1]));
    m = /^\/corpus\/versions\/(\d{1,15})$/.exec(p);
    if (m) return versionPage(Number(m[1]));
    throw new HttpError(404, `nothing at ${req.path}`);
  };
  return { prefix: '/corpus', handle, errorPage: corpusErrorPage };
}

/** An error page for the corpus pages (same frame and policy). */
export function corpusErrorPage(status: number, message: string): PageAnswer {
  return {
    status,
    type: HTML,
    body: pageFrame(`Error ${status} · storydiff`, `<h1>Error ${status}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/corpus/">Back to the corpus</a></p>`, nav()),
    policy: `${corpusPolicy()}; frame-ancestors 'none'`,
  };
}
