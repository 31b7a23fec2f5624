import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan, ROLE_LABELS, type Role } from '../../domain/accounts/roles.ts';
import { assertNotSelf, roleAssignmentIssues } from '../../domain/accounts/userManagement.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { updateUserAccess } from '../../storage/repositories/user.repository.ts';
import { loadManagedUser, scopeOfAccess } from './managedUser.ts';

export interface UserAccessInput {
  userId: string;
  roles: Role[];
  agencyId: string | null;
}

/**
 * Change an account's roles and agency (`user.roles_changed`). The actor must be allowed to manage the
 * account both as it is and as it will be, so an agency admin can neither take staff from another agency
 * nor grant 系统管理员 / 区域监督员; nobody changes their own access.
 */
export async function changeUserAccess(ctx: AppContext, input: UserAccessInput): Promise<void> {
  const roles = [...new Set(input.roles)];
  await inTransaction(ctx, async (tx) => {
    const user = await loadManagedUser(tx, input.userId);
    assertNotSelf(tx.actor, user.id);
    const regionId = roles.includes('region_supervisor') ? user.regionId : null;
    const after = { roles, agencyId: input.agencyId, regionId };
    const issues = roleAssignmentIssues(after);
    if (issues.length) throw new ValidationError(issues[0]!.message, issues);
    if (input.agencyId && !(await findAgency(tx.db, input.agencyId))) throw new ValidationError('单位不存在', [{ path: 'agencyId', message: '单位不存在' }]);
    assertCan(tx.actor, 'users.manage', await scopeOfAccess(tx, after));
    await updateUserAccess(tx.db, user.id, after);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'user.roles_changed',
      entityType: 'user',
      entityId: user.id,
      agencyId: input.agencyId ?? user.agencyId,
      summary: `修改用户 ${user.username} 的角色或单位：${roles.map((r) => ROLE_LABELS[r]).join('、')}`,
      before: { roles: user.roles, agencyId: user.agencyId, regionId: user.regionId },
      after,
    });
  });
}
