import { DomainError } from '../shared/errors.ts';
import type { Action } from '../accounts/roles.ts';
import type { VersionMeta } from './version.ts';
import { assertSeparateSignOff, signOffRefusal, type SignOffPolicy, type SignOffStep } from './workflowSignOff.ts';

/**
 * A catalog version's life: 填表人 drafts and submits, 复核人 passes or returns,
 * 审签人 signs off (it becomes the published version; the previous published
 * one is kept as superseded) or returns. 条例第十二条 requires the 目录 to be
 * kept up to date, so every approved change is a new, viewable version.
 */
export const VERSION_STATUSES = ['draft', 'submitted', 'reviewed', 'returned', 'published', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  draft: '草稿',
  submitted: '待复核',
  reviewed: '待审签',
  returned: '已退回',
  published: '已发布',
  superseded: '已被替代',
};

export type VersionEvent = 'submit' | 'review_pass' | 'review_return' | 'approve' | 'approve_return' | 'supersede';

interface Transition {
  from: readonly VersionStatus[];
  to: VersionStatus;
  action: Action;
}

const TRANSITIONS: Record<VersionEvent, Transition> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', action: 'catalog.submit' },
  review_pass: { from: ['submitted'], to: 'reviewed', action: 'catalog.review' },
  review_return: { from: ['submitted'], to: 'returned', action: 'catalog.review' },
  approve: { from: ['reviewed'], to: 'published', action: 'catalog.approve' },
  approve_return: { from: ['reviewed'], to: 'returned', action: 'catalog.approve' },
  supersede: { from: ['published'], to: 'superseded', action: 'catalog.approve' },
};

/** The status after `event`, or a DomainError naming why the step is not possible now. */
export function nextStatus(current: VersionStatus, event: VersionEvent): VersionStatus {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(current)) {
    throw new DomainError(
      'workflow.invalid_transition',
      `目录版本当前状态为「${VERSION_STATUS_LABELS[current]}」，不能执行此操作`,
    );
  }
  return transition.to;
}

/** The permission needed for an event (checked by the use case against the agency scope). */
export function actionFor(event: VersionEvent): Action {
  return TRANSITIONS[event].action;
}

/** Only drafts and returned versions can be edited. */
export function isEditable(status: VersionStatus): boolean {
  return status === 'draft' || status === 'returned';
}

export function isOpen(status: VersionStatus): boolean {
  return status === 'draft' || status === 'returned' || status === 'submitted' || status === 'reviewed';
}

/** The sign-off step an event is (submitting is the 填表人's own signature; see workflowSignOff.ts). */
function signOffStepOf(event: VersionEvent): SignOffStep | null {
  if (event === 'review_pass' || event === 'review_return') return 'review';
  if (event === 'approve' || event === 'approve_return') return 'approve';
  return null;
}

const roundOf = (version: Pick<VersionMeta, 'submittedBy' | 'reviewedBy'>) => ({ preparerId: version.submittedBy, reviewerId: version.reviewedBy });

/** 填表人, 复核人 and 审签人 of one version must be three different people (条例第十七条; workflowSignOff.ts). */
export function assertVersionSignOff(version: Pick<VersionMeta, 'submittedBy' | 'reviewedBy'>, event: VersionEvent, actorId: string | null, policy?: SignOffPolicy): void {
  const step = signOffStepOf(event);
  if (step) assertSeparateSignOff(roundOf(version), step, actorId, '版本', policy);
}

/** Why this actor may not take the version's next sign-off step, for the page; null when they may. */
export function versionSignOffRefusal(version: Pick<VersionMeta, 'status' | 'submittedBy' | 'reviewedBy'>, actorId: string | null, policy?: SignOffPolicy): string | null {
  const step = version.status === 'submitted' ? 'review' : version.status === 'reviewed' ? 'approve' : null;
  return step ? signOffRefusal(roundOf(version), step, actorId, '版本', policy) : null;
}
