import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** One live published document as filed under one catalog item (by its ItemKey), for the obligations check. */
export interface FiledPublication {
  level1: string;
  level2: string;
  documentId: string;
  title: string;
  formedOn: string | null;
  publishedOn: string;
  /** When the public record was last written: a new revision counts as a review of the item. */
  updatedAt: string;
}

/**
 * Every live published document of an agency with the items it is filed under, in one query
 * (index published_document_items_item leads with agency_id), so a catalog of 50 items costs one
 * round trip, not one per item. Withdrawn records (撤回) do not count as published.
 */
export async function filedPublications(db: Kysely<Database>, agencyId: string): Promise<FiledPublication[]> {
  const rows = await db
    .selectFrom('published_document_items as i')
    .innerJoin('published_documents as p', 'p.document_id', 'i.document_id')
    .select(['i.level1', 'i.level2', 'i.document_id', 'p.title', 'p.formed_on', 'p.published_on', 'p.updated_at'])
    .where('i.agency_id', '=', agencyId)
    .where('p.state', '=', 'live')
    .execute();
  return rows.map((r) => ({
    level1: r.level1, level2: r.level2, documentId: r.document_id, title: r.title, formedOn: r.formed_on, publishedOn: r.published_on, updatedAt: r.updated_at,
  }));
}
