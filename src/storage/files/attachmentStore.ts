import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/** One stored file: its key and when it was last written (ISO instant). */
export interface StoredFile {
  key: string;
  storedAt: string;
}

/** A stored file opened for streaming: the bytes as a stream and their length. */
export interface OpenedFile {
  stream: Readable;
  size: number;
}

/**
 * Where attachment bytes live, addressed by key (the sha256 of the content, so the same
 * file uploaded twice is stored once and a name can never choose a path). The disk adapter
 * (diskAttachmentStore.ts) is the default; an S3-compatible adapter implements the same calls.
 */
export interface AttachmentStore {
  /** Store the bytes (always rewritten, so `storedAt` is fresh); true when nothing was stored under the key before. */
  put(key: string, bytes: Uint8Array): Promise<boolean>;
  /** The bytes, checked against the key, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** A stream of the bytes for downloads (no whole-file read, no hashing per request), or null when missing. */
  open(key: string): Promise<OpenedFile | null>;
  /** Remove the file; with `storedBefore`, only when it was last written before that instant (a fresh re-upload survives). True when removed. */
  delete(key: string, options?: { storedBefore?: string }): Promise<boolean>;
  /** Every stored file, for sweeping the ones no attachment row references. */
  list(): AsyncIterable<StoredFile>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const STORAGE_KEY = /^[0-9a-f]{64}$/;

/** Keys are lowercase hex sha256 digests; anything else is refused before it reaches an adapter. */
export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new Error(`invalid attachment key: ${JSON.stringify(key)}`);
}
