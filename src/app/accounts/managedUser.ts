import type { AppContext } from '../context.ts';
import { assertCan, type Scope } from '../../domain/accounts/roles.ts';
import { needsSystemAdmin, type UserAccess } from '../../domain/accounts/userManagement.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { findUserById, type UserRecord } from '../../storage/repositories/user.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';

const EVERYWHERE: Scope = { agencyId: null, regionPath: [] };

/** The scope that managing an account with this access needs: its agency, or everywhere (system admins only). */
export async function scopeOfAccess(ctx: Pick<AppContext, 'db'>, access: UserAccess): Promise<Scope> {
  return needsSystemAdmin(access) || !access.agencyId ? EVERYWHERE : agencyScope(ctx.db, access.agencyId);
}

/**
 * An account the actor may manage: a system admin any, an agency admin only the agency staff of their own
 * agency (never a system admin or a supervisor). Others get 403, unknown ids 404.
 */
export async function loadManagedUser(ctx: AppContext, userId: string): Promise<UserRecord> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new NotFoundError('找不到该用户');
  assertCan(ctx.actor, 'users.manage', await scopeOfAccess(ctx, user));
  return user;
}

export type ManagedUser = Omit<UserRecord, 'passwordHash'>;

/** One account for the edit page, without its password hash. */
export async function getManagedUser(ctx: AppContext, userId: string): Promise<ManagedUser> {
  const { passwordHash: _hash, ...user } = await loadManagedUser(ctx, userId);
  return user;
}
