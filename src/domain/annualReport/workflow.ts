/**
 * A computed annual report moves 草稿 → 待复核 → 待审签 → 已审签 → 已发布, signed by 填表人, 复核人 and
 * 审签人 — three different people (条例第十七条 review; domain/catalog/workflowSignOff.ts) — before it is
 * published by 1月31日 (条例第四十九条). A report returned by the 复核人 or 审签人 goes back to the 填表人 with
 * a comment. Imported reports (published elsewhere, read from a file) are kept as they were read.
 */
import type { Action } from '../accounts/roles.ts';
import { assertSeparateSignOff, signOffRefusal, type SignOffRound, type SignOffStep } from '../catalog/workflowSignOff.ts';
import { DomainError } from '../shared/errors.ts';

export const REPORT_STATUSES = ['draft', 'submitted', 'reviewed', 'approved', 'published', 'returned', 'imported'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '待复核',
  reviewed: '待审签',
  approved: '已审签',
  published: '已发布',
  returned: '已退回',
  imported: '已导入',
};

export type ReportEvent = 'edit' | 'refresh' | 'submit' | 'review_pass' | 'review_return' | 'approve' | 'approve_return' | 'publish';

/** Actions of src/domain/accounts/roles.ts per step. */
export const REPORT_PERMISSIONS = { view: 'report.view', prepare: 'report.edit', review: 'report.review', approve: 'report.approve' } as const satisfies Record<string, Action>;

const TRANSITIONS: Record<ReportEvent, { from: readonly ReportStatus[]; to: ReportStatus | null; action: Action }> = {
  edit: { from: ['draft', 'returned'], to: null, action: REPORT_PERMISSIONS.prepare },
  // The tables follow the data until the 审签人 signs: recomputing after that would change a signed report.
  refresh: { from: ['draft', 'returned', 'submitted', 'reviewed'], to: null, action: REPORT_PERMISSIONS.prepare },
  submit: { from: ['draft', 'returned'], to: 'submitted', action: REPORT_PERMISSIONS.prepare },
  review_pass: { from: ['submitted'], to: 'reviewed', action: REPORT_PERMISSIONS.review },
  review_return: { from: ['submitted'], to: 'returned', action: REPORT_PERMISSIONS.review },
  approve: { from: ['reviewed'], to: 'approved', action: REPORT_PERMISSIONS.approve },
  approve_return: { from: ['reviewed'], to: 'returned', action: REPORT_PERMISSIONS.approve },
  publish: { from: ['approved'], to: 'published', action: REPORT_PERMISSIONS.approve },
};

/** The status after `event` (the same status for edit and refresh), or a Chinese refusal naming the current status. */
export function nextReportStatus(current: ReportStatus, event: ReportEvent): ReportStatus {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(current)) {
    throw new DomainError('workflow.invalid_transition', `年度报告当前状态为「${REPORT_STATUS_LABELS[current]}」，不能执行此操作`);
  }
  return transition.to ?? current;
}

export function reportActionFor(event: ReportEvent): Action {
  return TRANSITIONS[event].action;
}

export function isReportEditable(status: ReportStatus): boolean {
  return TRANSITIONS.edit.from.includes(status);
}

export function canRefreshReport(status: ReportStatus): boolean {
  return TRANSITIONS.refresh.from.includes(status);
}

/** The sign-off step an event is; submitting is the 填表人's own signature. */
function stepOf(event: ReportEvent): SignOffStep | null {
  if (event === 'review_pass' || event === 'review_return') return 'review';
  if (event === 'approve' || event === 'approve_return') return 'approve';
  return null;
}

/** Refuses a second signature by the same person in one round (填表人 ≠ 复核人 ≠ 审签人). */
export function assertReportSignOff(round: SignOffRound, event: ReportEvent, actorId: string | null): void {
  const step = stepOf(event);
  if (step) assertSeparateSignOff(round, step, actorId, '年度报告');
}

/** Why this actor may not take the report's next sign-off step (for the page), or null. */
export function reportSignOffRefusal(round: SignOffRound & { status: ReportStatus }, actorId: string | null): string | null {
  const step = round.status === 'submitted' ? 'review' : round.status === 'reviewed' ? 'approve' : null;
  return step ? signOffRefusal(round, step, actorId, '年度报告') : null;
}
