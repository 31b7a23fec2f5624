/**
 * Bulk published documents for the supervision bench: the rows of one document published through the use cases
 * (documentPlan.ts) — documents, document_revisions, published_documents, published_document_items — are read
 * back and copied for each planned document of another agency with its own id, agency, title, dates, item and
 * 索引号, 500 rows per INSERT, one transaction per agency. Left out (read by no supervision query): the search
 * index entry, the document's publication deadline row, the 索引号 counter and the audit events.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';
import type { Engine } from '../../src/storage/database.ts';
import type { PlannedDocument } from './documentPlan.ts';

const BATCH = 500;

export interface DocumentTemplate {
  document: Selectable<Database['documents']>;
  revision: Selectable<Database['document_revisions']>;
  published: Selectable<Database['published_documents']>;
}

/** The rows the use cases wrote for one published document. */
export async function readTemplate(db: Kysely<Database>, documentId: string): Promise<DocumentTemplate> {
  const document = await db.selectFrom('documents').selectAll().where('id', '=', documentId).executeTakeFirstOrThrow();
  const revision = await db.selectFrom('document_revisions').selectAll().where('document_id', '=', documentId).executeTakeFirstOrThrow();
  const published = await db.selectFrom('published_documents').selectAll().where('document_id', '=', documentId).executeTakeFirstOrThrow();
  return { document, revision, published };
}

interface Copy {
  id: string;
  indexNumber: string;
  plan: PlannedDocument;
}

/** The template's content with this document's own fields (what contentOf in publishWorkingCopy.ts stores). */
function contentJson(template: string, agencyId: string, agencyName: string, plan: PlannedDocument): string {
  const content = JSON.parse(template) as Record<string, unknown>;
  return JSON.stringify({ ...content, title: plan.title, publisher: agencyName, formedOn: plan.formedOn, items: [{ agencyId, ...plan.item }] });
}

function rowsOf(t: DocumentTemplate, agencyId: string, agencyName: string, copy: Copy) {
  const { id, indexNumber, plan } = copy;
  const at = `${plan.publishedOn}T02:00:00.000Z`;
  const content = contentJson(t.published.content_json, agencyId, agencyName, plan);
  const items = JSON.stringify([{ agencyId, ...plan.item }]);
  const document: Insertable<Database['documents']> = {
    ...t.document, id, agency_id: agencyId, title: plan.title, publisher: agencyName, formed_on: plan.formedOn, items_json: items, index_number: indexNumber,
    created_at: at, updated_at: at, submitted_at: at, reviewed_at: at, approved_at: at, first_published_at: at,
  };
  const revision: Insertable<Database['document_revisions']> = { ...t.revision, id: randomUUID(), document_id: id, published_at: at, content_json: content };
  const published: Insertable<Database['published_documents']> = {
    ...t.published, document_id: id, agency_id: agencyId, index_number: indexNumber, title: plan.title, published_on: plan.publishedOn, published_at: at,
    formed_on: plan.formedOn, year: Number(plan.publishedOn.slice(0, 4)), content_json: content, updated_at: at,
  };
  const item: Insertable<Database['published_document_items']> = { document_id: id, agency_id: agencyId, ...plan.item, published_on: plan.publishedOn };
  return { document, revision, published, item };
}

/** Writes one agency's planned documents as copies of the template, in one transaction. */
export async function insertDocumentCopies(engine: Engine, template: DocumentTemplate, agency: { id: string; name: string; code: string }, plans: readonly PlannedDocument[]): Promise<void> {
  const rows = plans.map((plan, n) => rowsOf(template, agency.id, agency.name, { id: randomUUID(), indexNumber: `${agency.code}/${plan.publishedOn.slice(0, 4)}-${String(n + 1).padStart(5, '0')}`, plan }));
  await engine.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const part = rows.slice(i, i + BATCH);
      await tx.insertInto('documents').values(part.map((r) => r.document)).execute();
      await tx.insertInto('document_revisions').values(part.map((r) => r.revision)).execute();
      await tx.insertInto('published_documents').values(part.map((r) => r.published)).execute();
      await tx.insertInto('published_document_items').values(part.map((r) => r.item)).execute();
    }
  });
}
