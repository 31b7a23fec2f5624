import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan, type Role } from '../../domain/accounts/roles.ts';
import { normalizeUserEmail, roleAssignmentIssues } from '../../domain/accounts/userManagement.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { findUserByUsername, insertUser } from '../../storage/repositories/user.repository.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { findRegion } from '../../storage/repositories/region.repository.ts';
import { scopeOfAccess } from './managedUser.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  agencyId?: string | null;
  regionId?: string | null;
  /** For the weekly summary of the work queue; blank = none. */
  email?: string | null;
}

/**
 * Create an account. Agency roles need an agency, region supervisors a region.
 * A system admin creates anyone; an agency admin only staff of their own agency.
 */
export async function createUser(ctx: AppContext, input: CreateUserInput): Promise<{ id: string }> {
  const username = input.username.trim();
  const displayName = input.displayName.trim() || username;
  const roles = [...new Set(input.roles)];
  const access = { roles, agencyId: input.agencyId ?? null, regionId: input.regionId ?? null };
  const issues = roleAssignmentIssues(access);
  if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(username)) issues.unshift({ path: 'username', message: '用户名为3–64位字母、数字或 _ . @ -' });
  if (issues.length) throw new ValidationError(issues[0]!.message, issues);
  const email = normalizeUserEmail(input.email);
  checkPasswordStrength(input.password);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    assertCan(tx.actor, 'users.manage', await scopeOfAccess(tx, access));
    if (input.agencyId && !(await findAgency(tx.db, input.agencyId))) throw new ValidationError('单位不存在', [{ path: 'agencyId', message: '单位不存在' }]);
    if (input.regionId && !(await findRegion(tx.db, input.regionId))) throw new ValidationError('地区不存在', [{ path: 'regionId', message: '地区不存在' }]);
    if (await findUserByUsername(tx.db, username)) throw new DomainError('conflict', `用户名「${username}」已被使用`, [{ path: 'username', message: '该用户名已被使用' }]);
    const id = await insertUser(tx.db, {
      username, displayName, passwordHash, roles,
      agencyId: input.agencyId ?? null, regionId: input.regionId ?? null, disabled: false, createdAt: tx.clock.now(), email,
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      agencyId: input.agencyId ?? null,
      summary: `新建用户 ${username}（${displayName}）`,
      after: { username, displayName, roles, agencyId: input.agencyId ?? null, regionId: input.regionId ?? null, email: email !== null },
    });
    return { id };
  });
}
