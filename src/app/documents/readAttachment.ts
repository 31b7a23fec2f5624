import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import type { AttachmentMeta } from '../../domain/documents/document.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findAttachment } from '../../storage/repositories/attachment.repository.ts';
import { findPublicRecord } from '../../storage/repositories/publishedDocument.repository.ts';
import type { AttachmentStore, OpenedFile } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';

/** An attachment ready to send: what the headers need, and the bytes opened only when they are sent. */
export interface AttachmentDownload {
  /** The content's sha256 (the store key): a strong ETag. */
  sha256: string;
  mediaType: string;
  displayName: string;
  /** The stored bytes as a stream with their length; NotFoundError when the file is missing. */
  open(): Promise<OpenedFile>;
}

export function downloadOf(meta: Pick<AttachmentMeta, 'sha256' | 'mediaType' | 'displayName'>, files: AttachmentStore): AttachmentDownload {
  return {
    sha256: meta.sha256, mediaType: meta.mediaType, displayName: meta.displayName,
    async open() {
      const opened = await files.open(meta.sha256);
      if (!opened) throw new NotFoundError('找不到该附件');
      return opened;
    },
  };
}

/**
 * A public attachment download: only attachments listed by the document's current public
 * revision (and not withdrawn) are served, under the name and type that revision lists.
 */
export async function readPublicAttachment(
  db: Kysely<Database>,
  input: { documentId: string; attachmentId: string },
  files: AttachmentStore = diskAttachmentStore(),
): Promise<AttachmentDownload> {
  const record = await findPublicRecord(db, input.documentId);
  const listed = record?.state === 'live' ? record.attachments.find((a) => a.id === input.attachmentId) : undefined;
  const attachment = listed && (await findAttachment(db, listed.id));
  if (!listed || !attachment) throw new NotFoundError('找不到该附件');
  return downloadOf({ ...listed, sha256: attachment.sha256 }, files);
}
