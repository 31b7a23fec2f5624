import { createHash } from 'node:crypto';

/**
 * Where attachment bytes live, addressed by key (the sha256 of the content, so the same
 * file uploaded twice is stored once and a name can never choose a path). The disk adapter
 * (diskAttachmentStore.ts) is the default; an S3-compatible adapter implements the same three calls.
 */
export interface AttachmentStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keys are lowercase hex sha256 digests; anything else is refused before it reaches an adapter. */
export function assertStorageKey(key: string): void {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`invalid attachment key: ${JSON.stringify(key)}`);
}
