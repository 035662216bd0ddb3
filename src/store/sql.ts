/**
 * The store's queries, written once in SQL that SQLite and PostgreSQL both run: `?` placeholders
 * (a PostgreSQL backend numbers them), INSERT … ON CONFLICT, RETURNING, LIMIT … OFFSET, lower() and
 * LIKE … ESCAPE for title search. No dialect-only functions.
 */

const ARTICLE_COLUMNS = `a.id, a.identity, a.identity_kind, a.url, a.guid, a.path, a.outlet_id, o.name AS outlet, a.title,
  a.first_seen_at, a.last_seen_at, a.last_changed_at, a.version_count, a.current_version_id`;

const VERSION_META = `id, article_id, seq, title, byline, content_hash, published_at, fetched_at, last_seen_at, seen_count, source`;

const COMPARISON_COLUMNS = `c.id, c.base_version_id, c.revised_version_id, c.profile, c.tool_version, c.material, c.notable, c.minor, c.created_at, c.result`;

export const SQL = {
  outletInsert: `INSERT INTO outlets (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`,
  outletByName: `SELECT id FROM outlets WHERE name = ?`,
  outlets: `SELECT o.id, o.name, COUNT(a.id) AS articles, COALESCE(SUM(a.version_count), 0) AS versions, MAX(a.last_changed_at) AS last_changed_at
    FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id, o.name ORDER BY o.name`,
  outlet: `SELECT o.id, o.name, COUNT(a.id) AS articles, COALESCE(SUM(a.version_count), 0) AS versions, MAX(a.last_changed_at) AS last_changed_at
    FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id WHERE o.id = ? GROUP BY o.id, o.name`,

  articleState: `SELECT id, current_hash, current_version_id, version_count, outlet_id FROM articles WHERE identity = ?`,
  articleInsert: `INSERT INTO articles (identity, identity_kind, url, guid, path, outlet_id, title, title_search, first_seen_at, last_seen_at, last_changed_at, version_count, current_version_id, current_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?) RETURNING id`,
  articleSetCurrent: `UPDATE articles SET current_version_id = ? WHERE id = ?`,
  articleChanged: `UPDATE articles SET title = ?, title_search = ?, last_seen_at = ?, last_changed_at = ?, version_count = ?, current_version_id = ?, current_hash = ?,
    outlet_id = COALESCE(outlet_id, ?) WHERE id = ?`,
  articleSeen: `UPDATE articles SET last_seen_at = ?, outlet_id = COALESCE(outlet_id, ?) WHERE id = ?`,
  versionInsert: `INSERT INTO versions (article_id, seq, title, byline, text, content_hash, published_at, fetched_at, last_seen_at, seen_count, source, input_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
  versionSeen: `UPDATE versions SET last_seen_at = ?, seen_count = seen_count + 1, input_hash = COALESCE(?, input_hash) WHERE id = ?`,
  currentByInput: `SELECT v.id, v.article_id FROM versions v JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id WHERE v.input_hash = ?`,

  articleById: `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`,
  articleByIdentity: `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.identity = ?`,
  articlesByLocator: `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.url = ? OR a.guid = ? ORDER BY a.id`,

  versionsMeta: `SELECT ${VERSION_META} FROM versions WHERE article_id = ? AND fetched_at >= ? ORDER BY seq`,
  versionsFull: `SELECT ${VERSION_META}, text FROM versions WHERE article_id = ? AND fetched_at >= ? ORDER BY seq`,
  version: `SELECT ${VERSION_META}, text FROM versions WHERE id = ?`,

  comparison: `SELECT ${COMPARISON_COLUMNS} FROM comparisons c WHERE c.base_version_id = ? AND c.revised_version_id = ? AND c.profile = ?`,
  comparisonsOfArticle: `SELECT ${COMPARISON_COLUMNS} FROM comparisons c JOIN versions v ON v.id = c.revised_version_id
    WHERE v.article_id = ? AND c.profile = ? ORDER BY v.seq`,
  comparisonUpsert: `INSERT INTO comparisons (base_version_id, revised_version_id, profile, result_schema, tool_version, material, notable, minor, result, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (base_version_id, revised_version_id, profile) DO UPDATE SET result_schema = excluded.result_schema,
      tool_version = excluded.tool_version, material = excluded.material, notable = excluded.notable, minor = excluded.minor,
      result = excluded.result, created_at = excluded.created_at
    RETURNING id`,
  stats: `SELECT (SELECT COUNT(*) FROM outlets) AS outlets, (SELECT COUNT(*) FROM articles) AS articles,
    (SELECT COUNT(*) FROM versions) AS versions, (SELECT COUNT(*) FROM comparisons) AS comparisons`,
} as const;

/** Parts of statements completed at run time (a filter, a list of ids). */
export const PARTS = {
  articleSelect: `SELECT ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id`,
  articleOrder: ` ORDER BY a.last_changed_at DESC, a.id DESC`,
  articleCount: `SELECT COUNT(*) AS n FROM articles a`,
  knownInputs: `SELECT v.input_hash FROM versions v JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id WHERE v.input_hash IN `,
  versionTexts: `SELECT id, text FROM versions WHERE id IN `,
  /** comparisons of revised versions (a list of ids completes it), under a profile: filtered by pair by the caller */
  comparedRevisions: `SELECT base_version_id, revised_version_id FROM comparisons WHERE profile = ? AND revised_version_id IN `,
  missingComparisons: `SELECT v.article_id, p.id AS base_id, v.id AS revised_id FROM versions v
    JOIN versions p ON p.article_id = v.article_id AND p.seq = v.seq - 1
    LEFT JOIN comparisons c ON c.base_version_id = p.id AND c.revised_version_id = v.id AND c.profile = ?
    WHERE c.id IS NULL`,
} as const;

/** The searchable form of a title: NFKC, lower-cased (by the application, the same in every dialect). */
export function searchForm(title: string | null): string | null {
  return title === null ? null : title.normalize('NFKC').toLowerCase();
}

/** `LIKE` patterns for title words: every word must occur; %, _ and \ are escaped. */
export function titleFilter(search: string): { where: string[]; params: string[] } {
  const words = searchForm(search)!.split(/\s+/).filter(Boolean).slice(0, 10);
  return {
    where: words.map(() => `a.title_search LIKE ? ESCAPE '\\'`),
    params: words.map((w) => `%${w.replace(/[\\%_]/g, (c) => '\\' + c)}%`),
  };
}

/** The WHERE clause and parameters of an article listing (outlet, title words), for every backend. */
export function articleFilter(q: { outletId?: number; search?: string }): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.outletId !== undefined) {
    where.push('a.outlet_id = ?');
    params.push(q.outletId);
  }
  if (q.search && q.search.trim()) {
    const t = titleFilter(q.search);
    where.push(...t.where);
    params.push(...t.params);
  }
  return { where: where.length ? ` WHERE ${where.join(' AND ')}` : '', params };
}
