import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** An agency's 年报 published by Gongkai as documents, newest year first (for the public 年报 column). */
export async function listPublishedReportDocuments(db: Kysely<Database>, agencyId: string): Promise<{ year: number; documentId: string }[]> {
  const rows = await db
    .selectFrom('annual_reports')
    .select(['year', 'published_document_id'])
    .where('agency_id', '=', agencyId)
    .where('status', '=', 'published')
    .where('published_document_id', 'is not', null)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((row) => ({ year: Number(row.year), documentId: String(row.published_document_id) }));
}
