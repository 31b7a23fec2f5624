import type { AppContext } from '../context.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { agencyAttachmentBytes } from '../../storage/repositories/attachment.repository.ts';

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(bytes % 1024 ** 3 ? 1 : 0)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Refuses, in Chinese, an upload that would take the agency's attachments over its quota. */
export async function assertWithinAttachmentQuota(ctx: AppContext, agencyId: string, adding: number, quotaBytes: number): Promise<void> {
  const used = await agencyAttachmentBytes(ctx.db, agencyId);
  if (used + adding <= quotaBytes) return;
  throw new ValidationError(`本单位附件总量已达上限（已用 ${formatBytes(used)}，上限 ${formatBytes(quotaBytes)}），无法再上传 ${formatBytes(adding)} 的文件`, [
    { path: 'file', message: '请删除不再需要的附件，或联系系统管理员调整附件额度' },
  ]);
}
