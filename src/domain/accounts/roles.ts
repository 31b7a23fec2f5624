import { ForbiddenError } from '../shared/errors.ts';

/** Roles: 填表人, 复核人, 审签人, 单位管理员, 区域监督员, 系统管理员. */
export const ROLES = ['editor', 'reviewer', 'approver', 'agency_admin', 'region_supervisor', 'system_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  editor: '填表人',
  reviewer: '复核人',
  approver: '审签人',
  agency_admin: '单位管理员',
  region_supervisor: '区域监督员',
  system_admin: '系统管理员',
};

/** Who is acting: a signed-in user, the CLI operator, or the system itself. */
export interface Actor {
  id: string | null;
  name: string;
  roles: readonly Role[];
  agencyId: string | null;
  regionId: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: '系统', roles: ['system_admin'], agencyId: null, regionId: null };

/** What an action is done to: an agency, with the ids of its region and every region above it. */
export interface Scope {
  agencyId: string | null;
  regionPath: readonly string[];
}

export type Action =
  | 'catalog.view_drafts'
  | 'catalog.edit'
  | 'catalog.submit'
  | 'catalog.review'
  | 'catalog.approve'
  | 'document.view_drafts'
  | 'document.edit'
  | 'document.submit'
  | 'document.review'
  | 'document.approve'
  | 'agency.manage'
  | 'users.manage'
  | 'audit.view'
  | 'calendar.edit'
  | 'application.view'
  | 'application.handle'
  | 'application.counts'
  | 'application.letter.review'
  | 'application.letter.approve'
  | 'application.letter.templates'
  | 'agency.contact'
  | 'report.view'
  | 'report.edit'
  | 'report.review'
  | 'report.approve'
  | 'supervision.view';

/** Roles that may take each action inside their own agency. */
const AGENCY_ROLES: Record<Action, readonly Role[]> = {
  'catalog.view_drafts': ['editor', 'reviewer', 'approver', 'agency_admin'],
  'catalog.edit': ['editor'],
  'catalog.submit': ['editor'],
  'catalog.review': ['reviewer'],
  'catalog.approve': ['approver'],
  // Documents (政府信息) follow the same 填表人 → 复核人 → 审签人 chain as the catalog.
  'document.view_drafts': ['editor', 'reviewer', 'approver', 'agency_admin'],
  'document.edit': ['editor'],
  'document.submit': ['editor'],
  'document.review': ['reviewer'],
  'document.approve': ['approver'],
  'agency.manage': ['agency_admin'],
  'users.manage': ['agency_admin'],
  'audit.view': ['agency_admin'],
  'calendar.edit': [],
  // 依申请公开: the register and applicants' details are open to the agency's staff only (条例第四十五条).
  'application.view': ['editor', 'reviewer', 'approver', 'agency_admin'],
  'application.handle': ['editor', 'agency_admin'],
  'application.counts': ['editor', 'reviewer', 'approver', 'agency_admin'],
  'agency.contact': ['agency_admin', 'editor'],
  // Letters of 依申请公开 are drafted by whoever handles applications and signed like documents.
  'application.letter.review': ['reviewer'],
  'application.letter.approve': ['approver'],
  'application.letter.templates': ['agency_admin'],
  // 年报 (条例第四十九条、第五十条): prepared by the disclosure officer (with the figures and cases it needs), signed like documents.
  'report.view': ['editor', 'reviewer', 'approver', 'agency_admin'],
  'report.edit': ['editor'],
  'report.review': ['reviewer'],
  'report.approve': ['approver'],
  /** 监督: the agency's work queue, readiness and obligations (issue 11); supervisors see every agency below their region. */
  'supervision.view': ['editor', 'reviewer', 'approver', 'agency_admin'],
};

/** Read-only actions a region supervisor may take for every agency below their region. */
/** Applications: counts only, never people (application.counts, not application.view). */
const SUPERVISOR_ACTIONS: readonly Action[] = ['catalog.view_drafts', 'document.view_drafts', 'audit.view', 'application.counts', 'report.view', 'supervision.view'];

export function can(actor: Actor, action: Action, scope: Scope): boolean {
  if (actor.roles.includes('system_admin')) return true;
  if (scope.agencyId && actor.agencyId === scope.agencyId) {
    if (AGENCY_ROLES[action].some((role) => actor.roles.includes(role))) return true;
  }
  if (actor.roles.includes('region_supervisor') && actor.regionId && SUPERVISOR_ACTIONS.includes(action)) {
    return scope.regionPath.includes(actor.regionId);
  }
  return false;
}

export function assertCan(actor: Actor, action: Action, scope: Scope): void {
  if (!can(actor, action, scope)) throw new ForbiddenError();
}

/** Whether the actor may open the admin area at all. */
export function isStaff(actor: Actor): boolean {
  return actor.roles.length > 0;
}
