import { randomUUID } from 'node:crypto';
import { isLetterEditable, LETTER_PERMISSIONS } from '../../../domain/applications/letters/index.ts';
import { safeDisplayName } from '../../../domain/documents/attachmentName.ts';
import { DomainError, NotFoundError, ValidationError } from '../../../domain/shared/errors.ts';
import { ATTACHMENT_MEDIA_TYPES, MAX_ATTACHMENT_BYTES, sniffAttachment } from '../../../importers/attachmentText/sniffAttachment.ts';
import { deleteLetterAttachment, insertLetterAttachment, type LetterAttachment } from '../../../storage/repositories/applicationLetter.repository.ts';
import { countAttachmentsWithSha } from '../../../storage/repositories/attachment.repository.ts';
import { sha256Hex, type AttachmentStore } from '../../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../../storage/files/diskAttachmentStore.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { letterFor, letterLabel } from './letterAccess.ts';

async function editableLetter(tx: AppContext, applicationId: string, letterId: string) {
  const found = await letterFor(tx, applicationId, letterId, LETTER_PERMISSIONS.prepare);
  if (!isLetterEditable(found.letter.status)) throw new DomainError('workflow.invalid_transition', '文书已提交复核或已审签，不能再更改所附信息');
  return found;
}

/**
 * Attach the information provided (条例第三十六条第（二）项) to a draft letter: the type is judged by
 * content (PDF, Word, Excel, images; macros and zip bombs refused), the bytes go to the AttachmentStore
 * under their sha256 — the same store as document attachments, swept and backed up with them — and a
 * file written for a refused attachment is removed again unless something else uses it.
 */
export async function attachLetterFile(
  ctx: AppContext,
  input: { applicationId: string; letterId: string; fileName: string; bytes: Uint8Array },
  files: AttachmentStore = diskAttachmentStore(),
): Promise<LetterAttachment> {
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new ValidationError('附件不能超过50 MB');
  await editableLetter(ctx, input.applicationId, input.letterId);
  const type = sniffAttachment(input.bytes);
  const sha256 = sha256Hex(input.bytes);
  const created = await files.put(sha256, input.bytes);
  try {
    return await inTransaction(ctx, async (tx) => {
      const { application, letter } = await editableLetter(tx, input.applicationId, input.letterId);
      const attachment: LetterAttachment = { id: randomUUID(), sha256, name: safeDisplayName(input.fileName, type), mediaType: ATTACHMENT_MEDIA_TYPES[type], size: input.bytes.byteLength };
      await insertLetterAttachment(tx.db, letter.id, attachment, tx.clock.now(), tx.actor.id);
      await tx.audit.record(tx.db, tx.actor, {
        action: 'application_letter.attachment_added', entityType: 'application_letter', entityId: letter.id, agencyId: letter.agencyId,
        summary: `${letterLabel(letter, application)}附上「${attachment.name}」（${(attachment.size / 1024).toFixed(1)} KB）`, after: attachment,
      });
      return attachment;
    });
  } catch (error) {
    if (created && (await countAttachmentsWithSha(ctx.db, sha256).catch(() => 1)) === 0) await files.delete(sha256);
    throw error;
  }
}

/** Remove an attached file from a draft letter; the bytes go when nothing else uses them. */
export async function removeLetterFile(
  ctx: AppContext,
  input: { applicationId: string; letterId: string; attachmentId: string },
  files: AttachmentStore = diskAttachmentStore(),
): Promise<void> {
  const orphan = await inTransaction(ctx, async (tx) => {
    const { application, letter } = await editableLetter(tx, input.applicationId, input.letterId);
    const attachment = letter.attachments.find((a) => a.id === input.attachmentId);
    if (!attachment || !(await deleteLetterAttachment(tx.db, letter.id, attachment.id))) throw new NotFoundError('找不到该附件');
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.attachment_removed', entityType: 'application_letter', entityId: letter.id, agencyId: letter.agencyId,
      summary: `${letterLabel(letter, application)}删除所附「${attachment.name}」`, before: attachment,
    });
    return (await countAttachmentsWithSha(tx.db, attachment.sha256)) === 0 ? attachment.sha256 : null;
  });
  if (orphan) await files.delete(orphan);
}

/** The bytes of an attached file, for staff. */
export async function readLetterFile(ctx: AppContext, input: { applicationId: string; letterId: string; attachmentId: string }, files: AttachmentStore = diskAttachmentStore()) {
  const { letter } = await letterFor(ctx, input.applicationId, input.letterId, LETTER_PERMISSIONS.view);
  const attachment = letter.attachments.find((a) => a.id === input.attachmentId);
  const bytes = attachment ? await files.get(attachment.sha256) : null;
  if (!attachment || !bytes) throw new NotFoundError('找不到该附件');
  return { name: attachment.name, mediaType: attachment.mediaType, bytes };
}
