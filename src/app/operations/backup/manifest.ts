import { z } from 'zod';

export const BACKUP_FORMAT = 'gongkai-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** manifest.json: what the archive holds and how to check it before anything is written. */
export const backupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  /** The engine the backup was taken from (restore works into either). */
  sourceEngine: z.enum(['sqlite', 'postgres']),
  /** The schema's migration level; restore requires the same level. */
  migration: z.string(),
  tables: z.array(z.object({ name: z.string(), file: z.string(), rows: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  /** Attachment files; the key is the sha256 of the bytes (content addressing). */
  attachments: z.array(z.object({ key: z.string().regex(/^[0-9a-f]{64}$/), file: z.string(), size: z.number().int().nonnegative() })),
});

export type BackupManifest = z.infer<typeof backupManifest>;

export const tableFile = (table: string) => `tables/${table}.jsonl`;
export const attachmentFile = (key: string) => `attachments/${key}`;
