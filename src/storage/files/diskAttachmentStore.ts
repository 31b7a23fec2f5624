import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { appConfig } from '../../config/config.ts';
import { assertStorageKey, sha256Hex, STORAGE_KEY, type AttachmentStore, type StoredFile } from './attachmentStore.ts';

/** The attachments folder: GONGKAI_DATA_DIR (default ./data) + /attachments. */
export function defaultAttachmentDir(dataDir = appConfig().dataDir): string {
  return resolve(join(dataDir, 'attachments'));
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The entries of a folder, or none when it does not exist (yet). */
async function entriesOf(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch (error) {
    if (missing(error)) return [];
    throw error;
  }
}

/** Every `root/ab/cd/<sha256>` file (temporary files of unfinished writes are not keys and are skipped). */
async function* walkKeys(root: string): AsyncIterable<StoredFile> {
  for (const first of await entriesOf(root)) {
    for (const second of await entriesOf(join(root, first))) {
      for (const name of await entriesOf(join(root, first, second))) {
        if (!STORAGE_KEY.test(name) || name.slice(0, 2) !== first || name.slice(2, 4) !== second) continue;
        const info = await stat(join(root, first, second, name)).catch((error: unknown) => (missing(error) ? null : Promise.reject(error)));
        if (info?.isFile()) yield { key: name, storedAt: info.mtime.toISOString() };
      }
    }
  }
}

/**
 * Attachments on local disk under `root/ab/cd/<sha256>`. Writes go to a temporary file and
 * are renamed into place, so a crash never leaves half a file under a valid key; `get` checks
 * the checksum, so a corrupted file is reported rather than used. Downloads `open` a stream.
 */
export function diskAttachmentStore(root = defaultAttachmentDir()): AttachmentStore {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return join(root, key.slice(0, 2), key.slice(2, 4), key);
  };
  const statOf = (key: string) => stat(pathOf(key)).catch((error: unknown) => (missing(error) ? null : Promise.reject(error)));
  return {
    async put(key, bytes) {
      if (sha256Hex(bytes) !== key) throw new Error('attachment key does not match its content');
      const path = pathOf(key);
      const existed = (await statOf(key)) !== null;
      await mkdir(join(path, '..'), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
      return !existed;
    },
    async get(key) {
      let bytes: Buffer;
      try {
        bytes = await readFile(pathOf(key));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
      if (sha256Hex(bytes) !== key) throw new Error(`attachment ${key} is corrupted on disk (checksum mismatch)`);
      return new Uint8Array(bytes);
    },
    async open(key) {
      let handle;
      try {
        handle = await open(pathOf(key), 'r');
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    async delete(key, options = {}) {
      const info = await statOf(key);
      if (!info || (options.storedBefore && info.mtime.toISOString() >= options.storedBefore)) return false;
      await rm(pathOf(key), { force: true });
      return true;
    },
    list: () => walkKeys(root),
  };
}
