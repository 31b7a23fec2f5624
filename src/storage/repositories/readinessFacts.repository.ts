import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Narrow reads for the inspection-readiness check (app/supervision/agencyReadiness.ts): which items ever had a
 * publication, and the bodies of an agency's live documents for their internal links.
 */

/** Every item key of an agency that ever had a published document, whatever its state now (撤回 included). */
export async function itemsEverPublished(db: Kysely<Database>, agencyId: string): Promise<{ level1: string; level2: string }[]> {
  return db
    .selectFrom('published_document_items')
    .select(['level1', 'level2'])
    .where('agency_id', '=', agencyId)
    .distinct()
    .execute();
}

/** Id, title and body of each live published document of an agency. */
export async function liveDocumentBodies(db: Kysely<Database>, agencyId: string): Promise<{ documentId: string; title: string; bodyHtml: string }[]> {
  const rows = await db
    .selectFrom('published_documents')
    .select(['document_id', 'title', 'content_json'])
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'live')
    .orderBy('published_on', 'desc')
    .orderBy('document_id')
    .execute();
  return rows.map((row) => ({ documentId: row.document_id, title: row.title, bodyHtml: (JSON.parse(row.content_json) as { bodyHtml?: string }).bodyHtml ?? '' }));
}
