import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';
import type { AttachmentStore } from '../../storage/files/attachmentStore.ts';

export type { AttachmentStore };

/**
 * This installation's attachment store: files under GONGKAI_DATA_DIR/attachments, keyed by their sha256
 * (storage/files/). The use cases that keep files default to it; `gongkai backup` and `restore` pass it explicitly.
 */
export function configuredAttachmentStore(): AttachmentStore {
  return diskAttachmentStore();
}
