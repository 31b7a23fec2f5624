import type { AppContext } from '../context.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { listJobs, type StoredJob } from '../../storage/repositories/job.repository.ts';
import type { JobDefinition } from './job.ts';
import { scheduledJobs } from './jobCatalog.ts';

export type { StoredJob };

/** Every scheduled job with what the shared `jobs` table knows of it (null before its first run); system admins only. */
export async function listScheduledJobs(ctx: AppContext): Promise<{ job: JobDefinition; state: StoredJob | null }[]> {
  if (!ctx.actor.roles.includes('system_admin')) throw new ForbiddenError('只有系统管理员可以查看定时任务');
  const rows = new Map((await listJobs(ctx.db)).map((row) => [row.name, row]));
  return scheduledJobs().map((job) => ({ job, state: rows.get(job.name) ?? null }));
}
