import type { AppContext } from '../context.ts';
import { can } from '../../domain/accounts/roles.ts';
import { auditPeriod } from '../../domain/audit/auditPeriod.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors.ts';
import { queryAuditEvents, type AuditEventFilter, type AuditEventRecord } from '../../storage/repositories/audit.repository.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { allAgencyScopes } from '../agencies/agencyScopes.ts';

export type { AuditEventRecord };

/** What the audit page and its CSV filter by: 单位, 操作人, 操作 and China dates from–to (inclusive). */
export interface AuditLogFilter {
  agencyId?: string;
  actorName?: string;
  action?: string;
  from?: LocalDate;
  to?: LocalDate;
}

/**
 * The agencies whose events the actor may see: undefined for a system admin (everything, with the
 * system's own events); an agency admin their agency; a region supervisor the agencies below their region.
 */
export async function visibleAuditAgencies(ctx: AppContext, agencyId?: string): Promise<string[] | undefined> {
  if (agencyId) {
    if (!(await findAgency(ctx.db, agencyId))) throw new NotFoundError('找不到该单位');
    if (!can(ctx.actor, 'audit.view', await agencyScope(ctx.db, agencyId))) throw new ForbiddenError();
    return [agencyId];
  }
  if (ctx.actor.roles.includes('system_admin')) return undefined;
  const scopes = await allAgencyScopes(ctx.db);
  const agencyIds = scopes.filter((scope) => can(ctx.actor, 'audit.view', scope)).map((scope) => scope.agencyId!);
  if (agencyIds.length === 0) throw new ForbiddenError('您没有查看操作日志的权限');
  return agencyIds;
}

/** The storage filter of what the actor asked for, within what they may see; bad dates are a Chinese validation error. */
export async function auditEventFilter(ctx: AppContext, input: AuditLogFilter): Promise<AuditEventFilter> {
  return {
    agencyIds: await visibleAuditAgencies(ctx, input.agencyId),
    action: input.action || undefined,
    actorName: input.actorName || undefined,
    ...auditPeriod(input.from || undefined, input.to || undefined),
  };
}

/** The audit log as the actor may see it, filtered, newest first. */
export async function listAuditEvents(
  ctx: AppContext,
  input: AuditLogFilter & { limit?: number; offset?: number },
): Promise<{ events: AuditEventRecord[]; total: number }> {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  const offset = Math.max(input.offset ?? 0, 0);
  return queryAuditEvents(ctx.db, { ...(await auditEventFilter(ctx, input)), limit, offset });
}
