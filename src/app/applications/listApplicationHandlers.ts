import { assertCan } from '../../domain/accounts/roles.ts';
import { listUserRecords } from '../../storage/repositories/user.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import type { AppContext } from '../context.ts';

export interface ApplicationStaffMember {
  id: string;
  name: string;
  /** Active and allowed to handle applications: may be made 承办人. */
  canHandle: boolean;
}

/** The agency's staff as the register and the case page name them (承办人), for those who may see its applications. */
export async function listApplicationHandlers(ctx: AppContext, agencyId: string): Promise<ApplicationStaffMember[]> {
  assertCan(ctx.actor, 'application.view', await agencyScope(ctx.db, agencyId));
  const users = await listUserRecords(ctx.db, agencyId);
  return users.map((u) => ({ id: u.id, name: u.displayName, canHandle: !u.disabled && u.roles.some((r) => r === 'editor' || r === 'agency_admin') }));
}
