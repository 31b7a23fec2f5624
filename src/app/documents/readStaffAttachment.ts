import type { AppContext } from '../context.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findAttachment } from '../../storage/repositories/attachment.repository.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import { documentFor } from './documentAccess.ts';
import { downloadOf, type AttachmentDownload } from './readAttachment.ts';

/**
 * An attachment of a working copy (draft, in review, or removed but listed by an old revision),
 * for the staff who may view the document's drafts — the same check as opening the draft, so
 * 复核人 and 审签人 can read what they sign. Never public: the web sends it `private, no-store`.
 */
export async function readStaffAttachment(
  ctx: AppContext,
  input: { documentId: string; attachmentId: string },
  files: AttachmentStore = diskAttachmentStore(),
): Promise<AttachmentDownload> {
  const doc = await documentFor(ctx, input.documentId, DOCUMENT_PERMISSIONS.view);
  const attachment = await findAttachment(ctx.db, input.attachmentId);
  if (!attachment || attachment.documentId !== doc.id) throw new NotFoundError('找不到该附件');
  return downloadOf(attachment, files);
}
