import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { appConfig } from '../../config/config.ts';
import { assertStorageKey, sha256Hex, type AttachmentStore } from './attachmentStore.ts';

/** The attachments folder: GONGKAI_DATA_DIR (default ./data) + /attachments. */
export function defaultAttachmentDir(dataDir = appConfig().dataDir): string {
  return resolve(join(dataDir, 'attachments'));
}

/**
 * Attachments on local disk under `root/ab/cd/<sha256>`. Writes go to a temporary file and
 * are renamed into place, so a crash never leaves half a file under a valid key; reads check
 * the checksum, so a corrupted file is reported rather than served.
 */
export function diskAttachmentStore(root = defaultAttachmentDir()): AttachmentStore {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  return {
    async put(key, bytes) {
      if (sha256Hex(bytes) !== key) throw new Error('attachment key does not match its content');
      const path = pathOf(key);
      await mkdir(join(path, '..'), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      if (sha256Hex(bytes) !== key) throw new Error(`attachment ${key} is corrupted on disk (checksum mismatch)`);
      return new Uint8Array(bytes);
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
