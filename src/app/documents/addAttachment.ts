import { randomUUID } from 'node:crypto';
import { appConfig } from '../../config/config.ts';
import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import type { AttachmentMeta } from '../../domain/documents/document.ts';
import { safeDisplayName } from '../../domain/documents/attachmentName.ts';
import type { DocumentRecord } from '../../domain/documents/record.ts';
import { DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { ATTACHMENT_MEDIA_TYPES, sniffAttachment } from '../../importers/attachmentText/sniffAttachment.ts';
import { extractAttachmentText } from '../../importers/attachmentText/extractText.ts';
import { countAttachmentsWithSha, insertAttachment } from '../../storage/repositories/attachment.repository.ts';
import { updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { sha256Hex, type AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import { assertWithinAttachmentQuota } from './attachmentQuota.ts';
import { documentFor } from './documentAccess.ts';

/** The document if this actor may change its attachments now: permission, editable state and the agency's quota. */
async function documentAcceptingUpload(ctx: AppContext, documentId: string, size: number, quotaBytes: number): Promise<{ doc: DocumentRecord; status: DocumentRecord['status'] }> {
  const doc = await documentFor(ctx, documentId, DOCUMENT_PERMISSIONS.edit);
  const status = nextDocumentStatus(doc.status, 'edit');
  await assertWithinAttachmentQuota(ctx, doc.agencyId, size, quotaBytes);
  return { doc, status };
}

/** After a refused or failed transaction: drop the file this upload wrote, unless a row uses it (same content, content-addressed). */
async function discardUnreferenced(ctx: AppContext, files: AttachmentStore, sha256: string): Promise<void> {
  try {
    if ((await countAttachmentsWithSha(ctx.db, sha256)) === 0) await files.delete(sha256);
  } catch {
    // The database may be what failed; sweepUnreferencedAttachments removes the file later.
  }
}

/**
 * Attach a file (PDF, Word, Excel, PNG/JPEG/GIF — judged by content; macros and zip bombs
 * refused). Permission, state and the agency's quota are checked before a byte is written;
 * the bytes are stored under their sha256 in `files` (disk by default, GONGKAI_DATA_DIR/attachments)
 * and removed again if the transaction fails; the text is extracted now for checks and search.
 * Changing the attachments of a published document opens a new draft round, as an edit does.
 */
export async function addAttachment(
  ctx: AppContext,
  input: { documentId: string; fileName: string; bytes: Uint8Array },
  files: AttachmentStore = diskAttachmentStore(),
  quotaBytes: number = appConfig().agencyAttachmentQuotaBytes,
): Promise<AttachmentMeta & { textProblem: string | null }> {
  const size = input.bytes.byteLength;
  await documentAcceptingUpload(ctx, input.documentId, size, quotaBytes);
  const type = sniffAttachment(input.bytes);
  const { text, problem } = await extractAttachmentText(type, input.bytes);
  const sha256 = sha256Hex(input.bytes);
  const created = await files.put(sha256, input.bytes);
  try {
    return await inTransaction(ctx, async (tx) => {
      const { doc, status } = await documentAcceptingUpload(tx, input.documentId, size, quotaBytes);
      const meta: AttachmentMeta = { id: randomUUID(), displayName: safeDisplayName(input.fileName, type), mediaType: ATTACHMENT_MEDIA_TYPES[type], size, sha256 };
      const now = tx.clock.now();
      await insertAttachment(tx.db, { ...meta, documentId: doc.id, text, createdAt: now, createdBy: tx.actor.id });
      await updateDocumentRow(tx.db, doc.id, { status, secrecy_json: null, publish_at: null, updated_at: now });
      await tx.audit.record(tx.db, tx.actor, {
        action: 'document.attachment_added', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
        summary: `文件「${doc.title}」添加附件「${meta.displayName}」（${(meta.size / 1024).toFixed(1)} KB）`, after: meta,
      });
      return { ...meta, textProblem: problem };
    });
  } catch (error) {
    if (created) await discardUnreferenced(ctx, files, sha256);
    throw error;
  }
}
