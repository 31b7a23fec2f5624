import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { contentColumns, updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { documentFor } from './documentAccess.ts';
import { cleanNote } from './createDocument.ts';
import { parseDocumentInput, type DocumentInput } from './documentInput.ts';

/**
 * Edit a document. A draft or returned document is simply changed. A published (or
 * scheduled) one opens a new round: the working copy becomes a draft again and goes back
 * through 复核 and 审签, while the public keeps seeing the last published revision; on
 * sign-off the change becomes revision n+1 with the same 索引号. The 保密审查 of the
 * previous round no longer covers the changed text, so it is cleared.
 */
export async function updateDocument(ctx: AppContext, input: { documentId: string } & DocumentInput): Promise<{ status: string; reopened: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.edit);
    const status = nextDocumentStatus(doc.status, 'edit');
    const content = await parseDocumentInput(tx, doc.agencyId, input);
    const reopened = doc.status === 'published' || doc.status === 'scheduled';
    await updateDocumentRow(tx.db, doc.id, {
      ...contentColumns(content),
      status,
      internal_note: input.internalNote === undefined ? doc.internalNote : cleanNote(input.internalNote),
      secrecy_json: null,
      publish_at: null,
      updated_at: tx.clock.now(),
    });
    const { bodyHtml: _before, ...beforeMeta } = doc;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.updated', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `修改文件「${content.title}」${reopened ? '（发布后修改，须重新复核、审签）' : ''}`,
      before: { title: beforeMeta.title, status: doc.status, items: doc.items }, after: { title: content.title, status, items: content.items },
    });
    return { status, reopened };
  });
}
