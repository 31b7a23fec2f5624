/**
 * What the backup archive holds, in foreign-key order (parents before children), so that a
 * restore inserts them in this order on either engine. A new table must be listed here or in
 * LEFT_OUT: `gongkai backup` refuses to run while the database has a table this file does not name.
 */
export const BACKUP_TABLES = [
  'regions', 'agencies', 'catalog_versions', 'catalog_items', 'users', 'audit_events', 'calendar_days', 'deadlines',
  'documents', 'document_revisions', 'published_documents', 'published_document_items', 'document_links', 'attachments',
  'index_number_counters', 'document_settings', 'sensitive_words', 'import_previews', 'reminders', 'outbox',
  'applications', 'application_events', 'agency_contacts',
  'letter_templates', 'letter_settings', 'letter_series', 'application_letters', 'application_letter_attachments',
  'annual_reports', 'annual_report_versions', 'annual_report_counts', 'review_cases',
] as const;

/** Tables deliberately not in the archive, and why. */
export const LEFT_OUT: Record<string, string> = {
  sessions: 'sign-ins end with a restore (a copied session would be a credential in a file)',
  login_failures: 'short-lived throttling counts',
  jobs: 'scheduling state; every server registers its jobs again',
  application_submissions: 'short-lived flood-protection counts of the online form',
  document_search: 'the search index is rebuilt from published_documents (engine-specific)',
  supervision_snapshots: 'derived lines of the region view, recomputed by the supervision-snapshots job',
};

/** SQLite FTS5 keeps the index in a virtual table and its shadow tables: rebuilt, never copied. */
const REBUILT_PREFIX = 'document_fts';

/** Tables a fresh database already fills (migration 0002 copies the holiday calendar): replaced on restore. */
export const FILLED_BY_MIGRATIONS: readonly string[] = ['calendar_days'];

/** Tables of the database that neither list names. */
export function unlistedTables(tableNames: string[]): string[] {
  const known = new Set<string>([...BACKUP_TABLES, ...Object.keys(LEFT_OUT)]);
  return tableNames.filter((name) => !known.has(name) && !name.startsWith(REBUILT_PREFIX));
}

/** Rows of a self-referencing table (regions.parent_id) ordered so that every parent comes first. */
export function parentsFirst<R extends Record<string, unknown>>(rows: R[], id = 'id', parent = 'parent_id'): R[] {
  const placed = new Set<unknown>();
  const ordered: R[] = [];
  let pending = rows;
  while (pending.length) {
    const next = pending.filter((row) => row[parent] !== null && !placed.has(row[parent]));
    const ready = pending.filter((row) => row[parent] === null || placed.has(row[parent]));
    if (!ready.length) return [...ordered, ...next];
    for (const row of ready) placed.add(row[id]);
    ordered.push(...ready);
    pending = next;
  }
  return ordered;
}
