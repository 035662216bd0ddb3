/**
 * The stories' queries, written once for SQLite and PostgreSQL as sql.ts is (`?` placeholders,
 * ON CONFLICT, RETURNING, no dialect functions). Lists of ids or keys are completed at run time.
 */

const STORY_COLUMNS = `s.id, s.title, s.article_count, s.first_at, s.last_at, s.created_at, s.updated_at, s.revision, s.derived_revision`;

const MEMBER_COLUMNS = `m.story_id, m.article_id, m.version_id, a.current_version_id, m.at, m.joined_at, m.score, m.via_article_id,
  a.title, a.url, a.path, a.guid, o.name AS outlet, a.version_count, a.first_seen_at, a.last_changed_at`;

export const STORY_SQL = {
  state: `SELECT name, value FROM story_state`,
  stateBump: `UPDATE story_state SET value = value + ? WHERE name = ?`,
  stateSet: `UPDATE story_state SET value = ? WHERE name = ?`,
  placed: `SELECT story_id FROM story_articles WHERE article_id = ?`,
  storyById: `SELECT ${STORY_COLUMNS}, s.merged_into FROM stories s WHERE s.id = ?`,
  storyInsert: `INSERT INTO stories (created_at, updated_at, merged_into, article_count, title, first_at, last_at, revision, derived_revision)
    VALUES (?, ?, NULL, 0, ?, ?, ?, 0, 0) RETURNING id`,
  /** a story takes an article: count, title when it had none, first and last time, revision */
  storyAdd: `UPDATE stories SET article_count = article_count + ?, title = COALESCE(title, ?),
    first_at = CASE WHEN first_at <= ? THEN first_at ELSE ? END, last_at = CASE WHEN last_at >= ? THEN last_at ELSE ? END,
    updated_at = ?, revision = revision + 1 WHERE id = ?`,
  storyMergedAway: `UPDATE stories SET merged_into = ?, article_count = 0, updated_at = ?, revision = revision + 1 WHERE id = ?`,
  storyBump: `UPDATE stories SET updated_at = ?, revision = revision + 1 WHERE id = ?`,
  membersMove: `UPDATE story_articles SET story_id = ? WHERE story_id = ?`,
  derivationsMove: `UPDATE derivations SET story_id = ? WHERE story_id = ?`,
  memberInsert: `INSERT INTO story_articles (article_id, story_id, version_id, at, joined_at, score, via_article_id, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  memberUpdate: `UPDATE story_articles SET version_id = ?, fingerprint = ? WHERE article_id = ?`,
  bandInsert: `INSERT INTO story_bands (band, article_id) VALUES (?, ?) ON CONFLICT (band, article_id) DO NOTHING`,
  bucketAdd: `INSERT INTO story_buckets (band, n) VALUES (?, 1) ON CONFLICT (band) DO UPDATE SET n = story_buckets.n + 1`,
  /** the newest articles under one band key (a bucket of a common key holds thousands: only the newest are candidates) */
  bucket: `SELECT article_id FROM story_bands WHERE band = ? ORDER BY article_id DESC LIMIT ?`,
  termAdd: `INSERT INTO story_terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = story_terms.df + excluded.df`,
  unplaced: `SELECT a.id AS article_id, v.id AS version_id, a.title, v.text, f.published_at, a.first_seen_at
    FROM articles a JOIN versions v ON v.id = a.current_version_id JOIN versions f ON f.article_id = a.id AND f.seq = 1
    LEFT JOIN story_articles m ON m.article_id = a.id WHERE m.article_id IS NULL ORDER BY a.first_seen_at, a.id LIMIT ?`,
  /** every article with its time in a story, in that order (for a rebuild) */
  order: `SELECT a.id AS article_id, a.current_version_id AS version_id, a.title, f.published_at, a.first_seen_at
    FROM articles a JOIN versions f ON f.article_id = a.id AND f.seq = 1 ORDER BY COALESCE(f.published_at, a.first_seen_at), a.id`,
  placedAll: `SELECT article_id, story_id FROM story_articles ORDER BY article_id`,
  stale: `SELECT id FROM stories WHERE merged_into IS NULL AND revision > derived_revision ORDER BY updated_at, id LIMIT ?`,
  storyOfArticle: `SELECT story_id FROM story_articles WHERE article_id = ?`,
  derivations: `SELECT d.story_id, d.article_id, d.version_id, d.source_article_id, d.source_version_id, d.score, d.direction, d.evidence, d.computed_at
    FROM derivations d WHERE d.story_id = ? ORDER BY d.article_id`,
  derivationsDelete: `DELETE FROM derivations WHERE story_id = ?`,
  derivationInsert: `INSERT INTO derivations (article_id, story_id, version_id, source_article_id, source_version_id, score, direction, evidence, computed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, version_id = excluded.version_id, source_article_id = excluded.source_article_id,
      source_version_id = excluded.source_version_id, score = excluded.score, direction = excluded.direction, evidence = excluded.evidence, computed_at = excluded.computed_at`,
  derivedMark: `UPDATE stories SET derived_revision = ? WHERE id = ? AND revision = ?`,
  storyRevision: `SELECT revision FROM stories WHERE id = ?`,
} as const;

export const STORY_PARTS = {
  candidateRows: `SELECT m.article_id, m.story_id, m.fingerprint, s.article_count FROM story_articles m JOIN stories s ON s.id = m.story_id WHERE m.article_id IN `,
  bucketRows: `SELECT COALESCE(SUM(n), 0) AS n FROM story_buckets WHERE band IN `,
  terms: `SELECT term, df FROM story_terms WHERE term IN `,
  storySelect: `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.merged_into IS NULL`,
  storyOrder: ` ORDER BY s.last_at DESC, s.id DESC`,
  storyCount: `SELECT COUNT(*) AS n FROM stories s WHERE s.merged_into IS NULL`,
  members: `SELECT ${MEMBER_COLUMNS} FROM story_articles m JOIN articles a ON a.id = m.article_id LEFT JOIN outlets o ON o.id = a.outlet_id WHERE m.story_id IN `,
  membersOrder: ` ORDER BY m.story_id, m.at, m.article_id`,
  material: `SELECT d.story_id, COALESCE(SUM(c.material), 0) AS material FROM derivations d
    JOIN comparisons c ON c.base_version_id = d.source_version_id AND c.revised_version_id = d.version_id AND c.profile = ?
    WHERE d.story_id IN `,
  materialTail: ` GROUP BY d.story_id`,
  /** for a rebuild: everything of the grouping but the stories themselves */
  clear: [`DELETE FROM derivations`, `DELETE FROM story_bands`, `DELETE FROM story_buckets`, `DELETE FROM story_terms`, `DELETE FROM story_articles`],
} as const;

/** `(?, ?, …)` for n values. */
export function placeholders(n: number): string {
  return `(${new Array(n).fill('?').join(', ')})`;
}
