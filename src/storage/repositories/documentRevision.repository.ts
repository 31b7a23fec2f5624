import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { DocumentRevision } from '../../domain/documents/document.ts';

/** Every publication of a document is kept as a revision (版本历史, visible to staff). */
export async function insertRevision(db: Kysely<Database>, documentId: string, revision: DocumentRevision): Promise<void> {
  await db
    .insertInto('document_revisions')
    .values({
      id: randomUUID(),
      document_id: documentId,
      number: revision.number,
      published_at: revision.publishedAt,
      published_by: revision.publishedBy,
      change_note: revision.changeNote,
      content_json: JSON.stringify(revision.content),
      attachments_json: JSON.stringify(revision.attachments),
    })
    .execute();
}

/** Revisions newest first. */
export async function listRevisions(db: Kysely<Database>, documentId: string): Promise<DocumentRevision[]> {
  const rows = await db.selectFrom('document_revisions').selectAll().where('document_id', '=', documentId).orderBy('number', 'desc').execute();
  return rows.map((row) => ({
    number: Number(row.number),
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    changeNote: row.change_note,
    content: JSON.parse(row.content_json),
    attachments: JSON.parse(row.attachments_json),
  }));
}
