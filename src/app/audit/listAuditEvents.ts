import type { AppContext } from '../context.ts';
import { can } from '../../domain/accounts/roles.ts';
import { ForbiddenError } from '../../domain/shared/errors.ts';
import { queryAuditEvents, type AuditEventRecord } from '../../storage/repositories/audit.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { allAgencyScopes } from '../agencies/agencyScopes.ts';

export type { AuditEventRecord };

/**
 * The audit log as the actor may see it: a system admin everything; an agency
 * admin their agency; a region supervisor the agencies below their region.
 */
export async function listAuditEvents(
  ctx: AppContext,
  input: { agencyId?: string; action?: string; limit?: number; offset?: number },
): Promise<{ events: AuditEventRecord[]; total: number }> {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  const offset = Math.max(input.offset ?? 0, 0);
  const everything = ctx.actor.roles.includes('system_admin');
  let agencyIds: string[] | undefined;
  if (input.agencyId) {
    if (!can(ctx.actor, 'audit.view', await agencyScope(ctx.db, input.agencyId))) throw new ForbiddenError();
    agencyIds = [input.agencyId];
  } else if (!everything) {
    const scopes = await allAgencyScopes(ctx.db);
    agencyIds = scopes.filter((scope) => can(ctx.actor, 'audit.view', scope)).map((scope) => scope.agencyId!);
    if (agencyIds.length === 0) throw new ForbiddenError('您没有查看操作日志的权限');
  }
  return queryAuditEvents(ctx.db, { agencyIds, action: input.action, limit, offset });
}
