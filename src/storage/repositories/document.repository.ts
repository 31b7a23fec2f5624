import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { DocumentTable } from '../tables/documents.ts';
import './deadline.repository.ts';
import type { DocumentContent } from '../../domain/documents/document.ts';
import type { DocumentRecord } from '../../domain/documents/record.ts';
import type { DocumentStatus } from '../../domain/documents/workflow.ts';

const parse = <T>(text: string | null, fallback: T): T => (text === null ? fallback : (JSON.parse(text) as T));
const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export function toDocumentRecord(row: Selectable<DocumentTable>): DocumentRecord {
  return {
    id: row.id,
    agencyId: row.agency_id,
    status: row.status as DocumentStatus,
    kind: row.kind as DocumentRecord['kind'],
    title: row.title,
    publisher: row.publisher,
    formedOn: row.formed_on,
    documentNumber: row.document_number,
    subjectCategory: row.subject_category,
    genre: row.genre,
    keywords: parse(row.keywords_json, []),
    summary: row.summary,
    validity: row.validity as DocumentRecord['validity'],
    repealedOn: row.repealed_on,
    legalForm: row.legal_form as DocumentRecord['legalForm'],
    disclosureMode: row.disclosure_mode as DocumentRecord['disclosureMode'],
    source: row.source,
    bodyHtml: row.body_html,
    items: parse(row.items_json, []),
    indexNumber: row.index_number,
    revision: Number(row.revision),
    publishAt: row.publish_at,
    firstPublishedAt: row.first_published_at,
    internalNote: row.internal_note,
    reviewComment: row.review_comment,
    secrecyReview: parse(row.secrecy_json, null),
    withdrawal: parse(row.withdrawal_json, null),
    repeal: parse(row.repeal_json, null),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
  };
}

/** The content columns of a document (metadata, body, items). */
export function contentColumns(content: DocumentContent) {
  return {
    kind: content.kind,
    title: content.title,
    publisher: content.publisher,
    formed_on: content.formedOn,
    document_number: content.documentNumber,
    subject_category: content.subjectCategory,
    genre: content.genre,
    keywords_json: JSON.stringify(content.keywords),
    summary: content.summary,
    validity: content.validity,
    repealed_on: content.repealedOn,
    legal_form: content.legalForm,
    disclosure_mode: content.disclosureMode,
    source: content.source,
    body_html: content.bodyHtml,
    items_json: JSON.stringify(content.items),
  };
}

export interface NewDocument {
  id: string;
  agencyId: string;
  content: DocumentContent;
  internalNote: string | null;
  createdBy: string | null;
  createdAt: string;
}

export async function insertDocument(db: Kysely<Database>, doc: NewDocument): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: doc.id, agency_id: doc.agencyId, status: 'draft', ...contentColumns(doc.content),
      publish_at: null, internal_note: doc.internalNote, review_comment: null, secrecy_json: null, index_number: null, revision: 0,
      first_published_at: null, withdrawal_json: null, repeal_json: null, created_by: doc.createdBy, created_at: doc.createdAt, updated_at: doc.createdAt,
      submitted_by: null, submitted_at: null, reviewed_by: null, reviewed_at: null, approved_by: null, approved_at: null,
    })
    .execute();
}

export type DocumentPatch = Partial<Omit<DocumentTable, 'id' | 'agency_id' | 'created_at' | 'created_by'>>;

export async function updateDocumentRow(db: Kysely<Database>, id: string, patch: DocumentPatch): Promise<void> {
  await db.updateTable('documents').set(patch).where('id', '=', id).execute();
}

/** JSON text for a *_json column; null stays null. */
export const toJsonText = json;

export async function findDocument(db: Kysely<Database>, id: string): Promise<DocumentRecord | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDocumentRecord(row);
}

export interface DocumentListQuery {
  agencyId: string;
  statuses?: readonly DocumentStatus[];
  limit: number;
  offset: number;
}

/** Staff list of an agency's documents, most recently changed first. */
export async function listDocumentRows(db: Kysely<Database>, query: DocumentListQuery): Promise<{ documents: DocumentRecord[]; total: number }> {
  let base = db.selectFrom('documents').where('agency_id', '=', query.agencyId);
  if (query.statuses?.length) base = base.where('status', 'in', [...query.statuses]);
  const rows = await base.selectAll().orderBy('updated_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute();
  const count = await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return { documents: rows.map(toDocumentRecord), total: Number(count?.n ?? 0) };
}

/** Scheduled documents whose 发布时间 has come. */
export async function listDueScheduled(db: Kysely<Database>, now: string, limit = 100): Promise<string[]> {
  const rows = await db.selectFrom('documents').select('id').where('status', '=', 'scheduled').where('publish_at', '<=', now).orderBy('publish_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** The latest recorded publication due date of each document of an agency (deadlines of src/app/calendar). */
export async function documentDueDates(db: Kysely<Database>, agencyId: string): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('deadlines')
    .select(['subject_id', 'due_date', 'created_at'])
    .where('subject_type', '=', 'document')
    .where('agency_id', '=', agencyId)
    .orderBy('created_at')
    .execute();
  return new Map(rows.map((r) => [r.subject_id, r.due_date]));
}
