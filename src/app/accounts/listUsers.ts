import type { AppContext } from '../context.ts';
import { assertCan, type Role } from '../../domain/accounts/roles.ts';
import { lastLoginTimes, listUserRecords } from '../../storage/repositories/user.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  regionId: string | null;
  disabled: boolean;
  createdAt: string;
  /** Where the weekly summary of the work queue goes; null = none (migration 0012). */
  email: string | null;
  /** Latest successful sign-in (ISO instant), when the audit log has one. */
  lastLoginAt: string | null;
}

/** Accounts without password hashes: all for a system admin, an agency's own for its admin. */
export async function listUsers(ctx: AppContext, input: { agencyId?: string } = {}): Promise<UserSummary[]> {
  assertCan(ctx.actor, 'users.manage', input.agencyId ? await agencyScope(ctx.db, input.agencyId) : { agencyId: null, regionPath: [] });
  const [users, lastLogins] = await Promise.all([listUserRecords(ctx.db, input.agencyId), lastLoginTimes(ctx.db)]);
  return users.map(({ passwordHash: _hash, ...user }) => ({ ...user, lastLoginAt: lastLogins.get(user.id) ?? null }));
}
