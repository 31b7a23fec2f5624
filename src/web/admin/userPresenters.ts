/** Users page presenters: rows in Chinese, and the agencies, regions and roles this admin may assign. */
import type { RegionNode } from '../../app/agencies/listRegionTree.ts';
import type { UserSummary } from '../../app/accounts/listUsers.ts';
import { can, ROLE_LABELS, ROLES, type Actor, type Role } from '../../domain/accounts/roles.ts';
import { AGENCY_STAFF_ROLES } from '../../domain/accounts/userManagement.ts';
import { chinaTime } from './presenters.ts';

export interface Option {
  value: string;
  label: string;
}

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  agencyName: string;
  roleLabels: string;
  statusLabel: string;
  disabled: boolean;
  lastLogin: string;
  /** The account's address for the weekly summary, '' when none. */
  email: string;
}

export interface AssignableChoices {
  roles: Option[];
  agencies: Option[];
  regions: Option[];
}

/** Every agency and region in the tree, labelled with the regions above it (宁夏回族自治区 · 中卫市 · 某局). */
function flatten(roots: readonly RegionNode[]) {
  const agencies: (Option & { regionPath: string[] })[] = [];
  const regions: Option[] = [];
  const walk = (nodes: readonly RegionNode[], ids: string[], names: string[]) => {
    for (const node of nodes) {
      const path = [...ids, node.id];
      const labels = [...names, node.name];
      regions.push({ value: node.id, label: labels.join(' · ') });
      for (const agency of node.agencies) agencies.push({ value: agency.id, label: agency.name, regionPath: path });
      walk(node.children, path, labels);
    }
  };
  walk(roots, [], []);
  return { agencies, regions };
}

/** What this admin may assign: a system admin every role, agency and region; an agency admin their own agency's staff roles. */
export function assignableChoices(actor: Actor, roots: readonly RegionNode[]): AssignableChoices {
  const { agencies, regions } = flatten(roots);
  const systemAdmin = actor.roles.includes('system_admin');
  const grantable: readonly Role[] = systemAdmin ? ROLES : AGENCY_STAFF_ROLES;
  return {
    roles: grantable.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
    agencies: agencies
      .filter((agency) => can(actor, 'users.manage', { agencyId: agency.value, regionPath: agency.regionPath }))
      .map(({ value, label }) => ({ value, label })),
    regions: systemAdmin ? regions : [],
  };
}

/** Names of every agency, for the users table. */
export function agencyNames(roots: readonly RegionNode[]): Map<string, string> {
  return new Map(flatten(roots).agencies.map((agency) => [agency.value, agency.label]));
}

export function presentUserRow(user: UserSummary, names: Map<string, string>): UserRow {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyName: user.agencyId ? (names.get(user.agencyId) ?? '（单位已删除）') : '—',
    roleLabels: user.roles.map((role) => ROLE_LABELS[role]).join('、'),
    statusLabel: user.disabled ? '已停用' : '正常',
    disabled: user.disabled,
    lastLogin: chinaTime(user.lastLoginAt) ?? '从未登录',
    email: user.email ?? '',
  };
}

/** Notices after a redirect (?done=…). */
export const USER_NOTICES: Record<string, string> = {
  created: '已新建用户。',
  access: '已保存角色和单位。',
  disabled: '已停用该用户，其所有登录已退出。',
  enabled: '已启用该用户。',
  password: '已重置密码，该用户的所有登录已退出。',
  email: '已保存电子邮件地址。',
  own_password: '密码已修改，您在其他设备上的登录已退出。',
};
