import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Whole-table reads and writes for the logical backup (app/operations/backup). Table names come
 * from the backup's own fixed list, never from user input; rows are plain JSON values (text,
 * integers, null), the portable column types of docs/adr/0002.
 */
export type DumpRow = Record<string, string | number | null>;

/** Every table of the schema (without Kysely's migration tables), as the database lists them. */
export async function listTableNames(db: Kysely<Database>): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name).sort();
}

/** The last migration applied (e.g. `0006_jobs`). */
export async function latestMigration(db: Kysely<Database>): Promise<string> {
  const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return row.rows[0]?.name ?? '';
}

export async function readAllRows(db: Kysely<Database>, table: string): Promise<DumpRow[]> {
  const rows = await sql<DumpRow>`select * from ${sql.table(table)}`.execute(db);
  return rows.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : (v as string | number | null)])));
}

export async function countRows(db: Kysely<Database>, table: string): Promise<number> {
  const row = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

export async function deleteAllRows(db: Kysely<Database>, table: string): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db);
}

/** Insert rows in batches small enough for either engine's bound-parameter limit. */
export async function insertRows(db: Kysely<Database>, table: string, rows: DumpRow[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const batch = Math.max(1, Math.floor(3000 / columns));
  for (let i = 0; i < rows.length; i += batch) {
    await db.insertInto(table as keyof Database).values(rows.slice(i, i + batch) as never).execute();
  }
}

/** Public records in document order, for rebuilding the search index (batches after `afterId`). */
export async function publishedForIndexing(db: Kysely<Database>, afterId: string, limit: number) {
  return db
    .selectFrom('published_documents')
    .select(['document_id', 'agency_id', 'index_number', 'published_on', 'year', 'validity', 'content_json', 'plain_text'])
    .where('state', '<>', 'withdrawn')
    .where('document_id', '>', afterId)
    .orderBy('document_id')
    .limit(limit)
    .execute();
}
