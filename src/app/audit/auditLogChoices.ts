import type { AppContext } from '../context.ts';
import { listAuditActorNames } from '../../storage/repositories/audit.repository.ts';
import { agenciesPermitted, type AgencyChoice } from '../agencies/agenciesPermitted.ts';
import { visibleAuditAgencies } from './listAuditEvents.ts';

export interface AuditLogChoices {
  /** The agencies the actor may pick (one for an agency admin: the page then shows no 单位 choice). */
  agencies: AgencyChoice[];
  /** Names of the people who appear in the events the actor may see. */
  actorNames: string[];
}

/** The audit page's filter choices, within what the actor may see (403 otherwise, as the log itself). */
export async function auditLogChoices(ctx: AppContext): Promise<AuditLogChoices> {
  const agencyIds = await visibleAuditAgencies(ctx);
  const [agencies, actorNames] = await Promise.all([agenciesPermitted(ctx, 'audit.view'), listAuditActorNames(ctx.db, { agencyIds })]);
  return { agencies, actorNames };
}
