import type { FieldIssue } from '../shared/errors.ts';
import { ForbiddenError, ValidationError } from '../shared/errors.ts';
import { isEmailAddress } from '../outbox/outboxMessage.ts';
import { ROLES, type Actor, type Role } from './roles.ts';

/** Roles held inside one agency; an agency admin may grant only these, and only in their own agency. */
export const AGENCY_STAFF_ROLES: readonly Role[] = ['editor', 'reviewer', 'approver', 'agency_admin'];

/** Audit actions of account management, with the labels the audit page shows. */
export const ACCOUNT_AUDIT_LABELS: Record<string, string> = {
  'user.created': '新建用户',
  'user.roles_changed': '修改角色或单位',
  'user.disabled': '停用用户',
  'user.enabled': '启用用户',
  'user.password_reset': '重置密码',
  'user.email_changed': '修改电子邮件地址',
  'user.password_changed': '修改本人密码',
  'auth.login': '登录成功',
  'auth.login_failed': '登录失败',
};

export interface UserAccess {
  roles: readonly Role[];
  agencyId: string | null;
  regionId: string | null;
}

/** Field problems of a role assignment: agency roles need an agency, region supervisors a region. */
export function roleAssignmentIssues(access: UserAccess): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { roles } = access;
  if (roles.length === 0 || roles.some((r) => !ROLES.includes(r))) issues.push({ path: 'roles', message: '请至少选择一个有效角色' });
  if (roles.some((r) => AGENCY_STAFF_ROLES.includes(r)) && !access.agencyId) {
    issues.push({ path: 'agencyId', message: '填表人、复核人、审签人和单位管理员须属于某个单位' });
  }
  if (roles.includes('region_supervisor') && !access.regionId) issues.push({ path: 'regionId', message: '区域监督员须指定监督的地区' });
  return issues;
}

/** Whether only a system admin may hold this assignment: roles beyond one agency, or none in an agency. */
export function needsSystemAdmin(access: UserAccess): boolean {
  return !access.agencyId || access.roles.some((r) => !AGENCY_STAFF_ROLES.includes(r));
}

/**
 * Nobody changes their own roles, agency or status through the users page: an agency admin could
 * otherwise raise themselves, and a system admin could lock the last administrator out.
 */
export function assertNotSelf(actor: Actor, targetId: string): void {
  if (actor.id === targetId) throw new ForbiddenError('不能修改自己的角色、单位或状态，请联系其他管理员');
}

/**
 * A staff account's e-mail address as typed: blank means none (null); anything else must be an address the
 * outbox can send the weekly summary of the work queue to, or a Chinese ValidationError on the `email` field.
 */
export function normalizeUserEmail(raw: string | null | undefined): string | null {
  const email = (raw ?? '').trim();
  if (!email) return null;
  if (!isEmailAddress(email)) throw new ValidationError(`电子邮件地址「${email.slice(0, 80)}」格式不正确`, [{ path: 'email', message: '电子邮件地址格式不正确' }]);
  return email;
}
