import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { countAttachmentsWithSha, deleteAttachmentRow, findAttachment, markAttachmentRemoved } from '../../storage/repositories/attachment.repository.ts';
import { updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { listRevisions } from '../../storage/repositories/documentRevision.repository.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import { documentFor } from './documentAccess.ts';

/**
 * Remove an attachment. One that was never published is deleted (and its file, when no
 * other attachment shares it); one a published revision lists is kept as a removed row, so
 * the revision history still resolves.
 */
export async function removeAttachment(ctx: AppContext, input: { attachmentId: string }, files: AttachmentStore = diskAttachmentStore()): Promise<void> {
  const orphan = await inTransaction(ctx, async (tx) => {
    const attachment = await findAttachment(tx.db, input.attachmentId);
    if (!attachment || attachment.removedAt) throw new NotFoundError('找不到该附件');
    const doc = await documentFor(tx, attachment.documentId, DOCUMENT_PERMISSIONS.edit);
    const status = nextDocumentStatus(doc.status, 'edit');
    const now = tx.clock.now();
    const everPublished = (await listRevisions(tx.db, doc.id)).some((r) => r.attachments.some((a) => a.id === attachment.id));
    if (everPublished) await markAttachmentRemoved(tx.db, attachment.id, now);
    else await deleteAttachmentRow(tx.db, attachment.id);
    await updateDocumentRow(tx.db, doc.id, { status, secrecy_json: null, publish_at: null, updated_at: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.attachment_removed', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `文件「${doc.title}」删除附件「${attachment.displayName}」`, before: { id: attachment.id, displayName: attachment.displayName, sha256: attachment.sha256 },
    });
    return !everPublished && (await countAttachmentsWithSha(tx.db, attachment.sha256)) === 0 ? attachment.sha256 : null;
  });
  if (orphan) await files.delete(orphan);
}
