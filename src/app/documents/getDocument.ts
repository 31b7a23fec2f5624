import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Database } from '../../storage/schema.ts';
import { judgeTimeliness } from '../../domain/documents/timeliness.ts';
import { documentPath } from '../../domain/documents/internalLinks.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { listAttachments } from '../../storage/repositories/attachment.repository.ts';
import { findDocument } from '../../storage/repositories/document.repository.ts';
import { linkedDocumentIds } from '../../storage/repositories/documentLink.repository.ts';
import { listRevisions } from '../../storage/repositories/documentRevision.repository.ts';
import { findPublicHeadlines, findPublicPage, findPublicRecord } from '../../storage/repositories/publishedDocument.repository.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { findingsFor } from './checkDocument.ts';
import { documentFor } from './documentAccess.ts';
import { currentDeadline } from './documentDeadline.ts';
import { presentAdminDocument, presentPublicDocument, type AdminDocumentView, type DocumentRef, type PublicDocumentView } from './presentDocument.ts';

/** Linked documents the public may see (live public records only). */
async function publicRefs(db: Kysely<Database>, ids: string[]): Promise<DocumentRef[]> {
  const headlines = await findPublicHeadlines(db, ids);
  return ids.flatMap((id) => {
    const h = headlines.get(id);
    return h && h.state === 'live' ? [{ id, title: h.title, indexNumber: h.indexNumber, url: documentPath(id) }] : [];
  });
}

/** The public page of a document, or null when it was never published (drafts do not exist publicly). */
export async function getPublicDocument(db: Kysely<Database>, documentId: string): Promise<PublicDocumentView | null> {
  const [record, links] = await Promise.all([findPublicPage(db, documentId), linkedDocumentIds(db, documentId)]);
  if (!record) return null;
  return presentPublicDocument(record, { policies: await publicRefs(db, links.policies), interpretations: await publicRefs(db, links.interpretations) });
}

/** The staff page of a document: working copy, attachments, revision history, links, timeliness and current check findings. */
export async function getDocumentForStaff(ctx: AppContext, input: { documentId: string }): Promise<AdminDocumentView> {
  const doc = await documentFor(ctx, input.documentId, DOCUMENT_PERMISSIONS.view);
  const links = await linkedDocumentIds(ctx.db, doc.id);
  const staffRefs = async (ids: string[]) => {
    const refs: DocumentRef[] = [];
    for (const id of ids) {
      const other = await findDocument(ctx.db, id);
      if (other) refs.push({ id, title: other.title, indexNumber: other.indexNumber, url: documentPath(id) });
    }
    return refs;
  };
  const deadline = await currentDeadline(ctx, doc.id);
  const publicRecord = await findPublicRecord(ctx.db, doc.id);
  const timeliness = deadline ? judgeTimeliness(await loadCalendar(ctx), deadline.dueDate, publicRecord?.publishedOn ?? null, ctx.clock.today()) : null;
  return presentAdminDocument(doc, {
    attachments: await listAttachments(ctx.db, doc.id),
    revisions: await listRevisions(ctx.db, doc.id),
    policies: await staffRefs(links.policies),
    interpretations: await staffRefs(links.interpretations),
    timeliness,
    findings: doc.status === 'published' || doc.status === 'withdrawn' ? [] : await findingsFor(ctx, doc),
  });
}
