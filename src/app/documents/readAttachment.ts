import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findAttachment } from '../../storage/repositories/attachment.repository.ts';
import { findPublicRecord } from '../../storage/repositories/publishedDocument.repository.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';

/**
 * A public attachment download: only attachments listed by the document's current public
 * revision (and not withdrawn) are served. Returns bytes, media type and the safe display
 * name for Content-Disposition.
 */
export async function readPublicAttachment(
  db: Kysely<Database>,
  input: { documentId: string; attachmentId: string },
  files: AttachmentStore = diskAttachmentStore(),
): Promise<{ bytes: Uint8Array; mediaType: string; displayName: string }> {
  const record = await findPublicRecord(db, input.documentId);
  const listed = record?.state === 'live' ? record.attachments.find((a) => a.id === input.attachmentId) : undefined;
  const attachment = listed && (await findAttachment(db, listed.id));
  const bytes = attachment && (await files.get(attachment.sha256));
  if (!listed || !bytes) throw new NotFoundError('找不到该附件');
  return { bytes, mediaType: listed.mediaType, displayName: listed.displayName };
}
