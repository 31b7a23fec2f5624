import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import type { AttachmentMeta } from '../../domain/documents/document.ts';
import { safeDisplayName } from '../../domain/documents/attachmentName.ts';
import { DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { ATTACHMENT_MEDIA_TYPES, sniffAttachment } from '../../importers/attachmentText/sniffAttachment.ts';
import { extractAttachmentText } from '../../importers/attachmentText/extractText.ts';
import { insertAttachment } from '../../storage/repositories/attachment.repository.ts';
import { updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { sha256Hex, type AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import { documentFor } from './documentAccess.ts';

/**
 * Attach a file (PDF, Word, Excel, PNG/JPEG/GIF — judged by content; macros and zip bombs
 * refused). The bytes are stored under their sha256 in `files` (disk by default,
 * GONGKAI_DATA_DIR/attachments); the text is extracted now for checks and search.
 * Changing the attachments of a published document opens a new draft round, as an edit does.
 */
export async function addAttachment(
  ctx: AppContext,
  input: { documentId: string; fileName: string; bytes: Uint8Array },
  files: AttachmentStore = diskAttachmentStore(),
): Promise<AttachmentMeta & { textProblem: string | null }> {
  await documentFor(ctx, input.documentId, DOCUMENT_PERMISSIONS.edit);
  const type = sniffAttachment(input.bytes);
  const { text, problem } = await extractAttachmentText(type, input.bytes);
  const sha256 = sha256Hex(input.bytes);
  await files.put(sha256, input.bytes);
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.edit);
    const status = nextDocumentStatus(doc.status, 'edit');
    const meta: AttachmentMeta = { id: randomUUID(), displayName: safeDisplayName(input.fileName, type), mediaType: ATTACHMENT_MEDIA_TYPES[type], size: input.bytes.byteLength, sha256 };
    const now = tx.clock.now();
    await insertAttachment(tx.db, { ...meta, documentId: doc.id, text, createdAt: now, createdBy: tx.actor.id });
    await updateDocumentRow(tx.db, doc.id, { status, secrecy_json: null, publish_at: null, updated_at: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.attachment_added', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `文件「${doc.title}」添加附件「${meta.displayName}」（${(meta.size / 1024).toFixed(1)} KB）`, after: meta,
    });
    return { ...meta, textProblem: problem };
  });
}
