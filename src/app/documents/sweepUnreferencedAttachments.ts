import type { AppContext } from '../context.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { referencedShas } from '../../storage/repositories/attachment.repository.ts';
import type { AttachmentStore, StoredFile } from '../../storage/files/attachmentStore.ts';
import { diskAttachmentStore } from '../../storage/files/diskAttachmentStore.ts';

/**
 * How old an unreferenced file must be before it is swept: an upload writes its file before its
 * transaction commits, and every write refreshes the file's time, so an hour leaves in-flight uploads alone.
 */
export const ATTACHMENT_SWEEP_GRACE_MS = 60 * 60 * 1000;
const BATCH = 500;

export interface SweepResult {
  /** Keys of the files deleted. */
  deleted: string[];
  /** Stored files looked at. */
  scanned: number;
}

/** The unreferenced files of one batch that were written before the cutoff. */
async function sweepable(ctx: AppContext, batch: readonly StoredFile[], cutoff: string): Promise<StoredFile[]> {
  const used = await referencedShas(ctx.db, batch.map((f) => f.key));
  return batch.filter((f) => !used.has(f.key) && f.storedAt < cutoff);
}

/**
 * Delete stored attachment files that no attachment row references and that are older than the
 * grace period (files left by refused or crashed uploads, or by rows deleted outside the app).
 * Run by the scheduled job as the system; the disk is shared, so only a system administrator may sweep.
 * The deletion re-checks the file's time, so content re-uploaded meanwhile is kept.
 */
export async function sweepUnreferencedAttachments(
  ctx: AppContext,
  files: AttachmentStore = diskAttachmentStore(),
  graceMs: number = ATTACHMENT_SWEEP_GRACE_MS,
): Promise<SweepResult> {
  if (!ctx.actor.roles.includes('system_admin')) throw new ForbiddenError('只有系统管理员可以清理附件存储');
  const cutoff = new Date(Date.parse(ctx.clock.now()) - graceMs).toISOString();
  const result: SweepResult = { deleted: [], scanned: 0 };
  let batch: StoredFile[] = [];
  const flush = async () => {
    for (const file of await sweepable(ctx, batch, cutoff)) {
      if (await files.delete(file.key, { storedBefore: cutoff })) result.deleted.push(file.key);
    }
    batch = [];
  };
  for await (const file of files.list()) {
    result.scanned += 1;
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (result.deleted.length) {
    await ctx.audit.record(ctx.db, ctx.actor, {
      action: 'attachment.swept', entityType: 'attachment_store', entityId: null,
      summary: `清理未被引用的附件文件 ${result.deleted.length} 个（共检查 ${result.scanned} 个）`, after: { deleted: result.deleted },
    });
  }
  return result;
}
