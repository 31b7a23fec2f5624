import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { listDueScheduled } from '../../storage/repositories/document.repository.ts';
import { findingsFor } from './checkDocument.ts';
import { assertNoBlocking } from './changeDocumentStatus.ts';
import { documentFor } from './documentAccess.ts';
import { publishWorkingCopy } from './publishWorkingCopy.ts';

export interface DuePublication {
  published: { documentId: string; indexNumber: string }[];
  /** Scheduled documents that now fail a blocking check (a link target was withdrawn …); they stay scheduled. */
  held: { documentId: string; reason: string }[];
}

/**
 * Publish scheduled documents whose 发布时间 has come; the server calls this periodically
 * with the system actor. Each document is published in its own transaction, and the checks
 * run again, because the site may have changed since sign-off.
 */
export async function publishDueDocuments(ctx: AppContext): Promise<DuePublication> {
  const result: DuePublication = { published: [], held: [] };
  for (const documentId of await listDueScheduled(ctx.db, ctx.clock.now())) {
    try {
      await inTransaction(ctx, async (tx) => {
        const doc = await documentFor(tx, documentId, DOCUMENT_PERMISSIONS.approve);
        nextDocumentStatus(doc.status, 'publish_due');
        assertNoBlocking(await findingsFor(tx, doc));
        const { indexNumber, revision } = await publishWorkingCopy(tx, doc, null);
        await tx.audit.record(tx.db, tx.actor, {
          action: 'document.published', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
          summary: `文件「${doc.title}」定时发布，索引号 ${indexNumber}（第${revision}版）`, before: { status: doc.status }, after: { status: 'published', indexNumber },
        });
        result.published.push({ documentId, indexNumber });
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      result.held.push({ documentId, reason: [error.message, ...error.issues.map((i) => i.message)].join('；') });
    }
  }
  return result;
}
