import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { AttachmentTable } from '../tables/documents.ts';
import type { AttachmentMeta } from '../../domain/documents/document.ts';

export interface StoredAttachment extends AttachmentMeta {
  documentId: string;
  /** Text extracted at upload (for checks and search). */
  text: string;
  position: number;
  createdAt: string;
  removedAt: string | null;
}

function toAttachment(row: Selectable<AttachmentTable>): StoredAttachment {
  return {
    id: row.id, documentId: row.document_id, sha256: row.sha256, displayName: row.display_name, mediaType: row.media_type,
    size: Number(row.size), text: row.text, position: Number(row.position), createdAt: row.created_at, removedAt: row.removed_at,
  };
}

export async function insertAttachment(db: Kysely<Database>, attachment: Omit<StoredAttachment, 'position' | 'removedAt'> & { createdBy: string | null }): Promise<void> {
  const last = await db.selectFrom('attachments').select((eb) => eb.fn.max('position').as('p')).where('document_id', '=', attachment.documentId).executeTakeFirst();
  await db
    .insertInto('attachments')
    .values({
      id: attachment.id, document_id: attachment.documentId, sha256: attachment.sha256, display_name: attachment.displayName,
      media_type: attachment.mediaType, size: attachment.size, text: attachment.text,
      position: last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1,
      created_by: attachment.createdBy, created_at: attachment.createdAt, removed_at: null,
    })
    .execute();
}

export async function findAttachment(db: Kysely<Database>, id: string): Promise<StoredAttachment | undefined> {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAttachment(row);
}

/** The current (not removed) attachments of a document, in order. */
export async function listAttachments(db: Kysely<Database>, documentId: string): Promise<StoredAttachment[]> {
  const rows = await db.selectFrom('attachments').selectAll().where('document_id', '=', documentId).where('removed_at', 'is', null).orderBy('position').execute();
  return rows.map(toAttachment);
}

/** Removed attachments stay as rows: published revisions may still list them. */
export async function markAttachmentRemoved(db: Kysely<Database>, id: string, at: string): Promise<void> {
  await db.updateTable('attachments').set({ removed_at: at }).where('id', '=', id).execute();
}

export async function deleteAttachmentRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

/** How many attachment rows still use a stored file (content-addressed by sha256). */
export async function countAttachmentsWithSha(db: Kysely<Database>, sha256: string): Promise<number> {
  const row = await db.selectFrom('attachments').select((eb) => eb.fn.countAll<string | number>().as('n')).where('sha256', '=', sha256).executeTakeFirst();
  const letters = await db.selectFrom('application_letter_attachments').select((eb) => eb.fn.countAll<string | number>().as('n')).where('sha256', '=', sha256).executeTakeFirst();
  return Number(row?.n ?? 0) + Number(letters?.n ?? 0);
}

/** Which of these stored keys some attachment row still uses (removed rows too: published revisions list them). */
export async function referencedShas(db: Kysely<Database>, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('attachments').select('sha256').distinct().where('sha256', 'in', [...keys]).execute();
  // Letters of 依申请公开 keep the information provided in the same store (migration 0008).
  const letterRows = await db.selectFrom('application_letter_attachments').select('sha256').distinct().where('sha256', 'in', [...keys]).execute();
  return new Set([...rows, ...letterRows].map((r) => r.sha256));
}

/** The bytes of all an agency's attachment rows (removed rows too: their files are kept for the revision history). */
export async function agencyAttachmentBytes(db: Kysely<Database>, agencyId: string): Promise<number> {
  const row = await db
    .selectFrom('attachments as a')
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .select((eb) => eb.fn.sum<string | number | null>('a.size').as('bytes'))
    .where('d.agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(row?.bytes ?? 0);
}

/** Which of these attachment ids belong to a live public document (for the site-link check). */
export async function publicAttachmentIds(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('attachments as a')
    .innerJoin('published_documents as p', 'p.document_id', 'a.document_id')
    .select('a.id')
    .where('a.id', 'in', [...ids])
    .where('p.state', '=', 'live')
    .execute();
  return new Set(rows.map((r) => r.id));
}
