import type { Action } from '../../accounts/roles.ts';
import { assertSeparateSignOff, signOffRefusal, type SignOffStep } from '../../catalog/workflowSignOff.ts';
import { DomainError } from '../../shared/errors.ts';

/**
 * A letter moves 草稿 → 待复核 → 待审签 → 已审签 → 已送达, signed by 填表人, 复核人 and 审签人 — three
 * different people (条例第十七条 review; domain/catalog/workflowSignOff.ts) — before it leaves the agency.
 * The number is given at 审签; a letter returned by the 复核人 or 审签人 goes back to the 填表人.
 */
export const LETTER_STATUSES = ['draft', 'submitted', 'reviewed', 'approved', 'sent', 'returned'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: '草稿',
  submitted: '待复核',
  reviewed: '待审签',
  approved: '已审签',
  sent: '已送达',
  returned: '已退回',
};

export type LetterEvent = 'edit' | 'submit' | 'review_pass' | 'review_return' | 'approve' | 'approve_return' | 'send';

/** Actions of src/domain/accounts/roles.ts per step. */
export const LETTER_PERMISSIONS = {
  view: 'application.view',
  prepare: 'application.handle',
  review: 'application.letter.review',
  approve: 'application.letter.approve',
} as const satisfies Record<string, Action>;

const TRANSITIONS: Record<LetterEvent, { from: readonly LetterStatus[]; to: LetterStatus; action: Action }> = {
  edit: { from: ['draft', 'returned'], to: 'draft', action: LETTER_PERMISSIONS.prepare },
  submit: { from: ['draft', 'returned'], to: 'submitted', action: LETTER_PERMISSIONS.prepare },
  review_pass: { from: ['submitted'], to: 'reviewed', action: LETTER_PERMISSIONS.review },
  review_return: { from: ['submitted'], to: 'returned', action: LETTER_PERMISSIONS.review },
  approve: { from: ['reviewed'], to: 'approved', action: LETTER_PERMISSIONS.approve },
  approve_return: { from: ['reviewed'], to: 'returned', action: LETTER_PERMISSIONS.approve },
  send: { from: ['approved'], to: 'sent', action: LETTER_PERMISSIONS.prepare },
};

/** The status after `event`, or a Chinese refusal naming the current status. */
export function nextLetterStatus(current: LetterStatus, event: LetterEvent): LetterStatus {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(current)) {
    throw new DomainError('workflow.invalid_transition', `文书当前状态为「${LETTER_STATUS_LABELS[current]}」，不能执行此操作`);
  }
  return transition.to;
}

export function letterActionFor(event: LetterEvent): Action {
  return TRANSITIONS[event].action;
}

export function isLetterEditable(status: LetterStatus): boolean {
  return TRANSITIONS.edit.from.includes(status);
}

interface SignedLetter {
  preparerId: string | null;
  reviewerId: string | null;
}

/** Refuses a second signature by the same person in one round (填表人 ≠ 复核人 ≠ 审签人). */
export function assertLetterSignOff(letter: SignedLetter, step: SignOffStep, actorId: string | null): void {
  assertSeparateSignOff({ preparerId: letter.preparerId, reviewerId: letter.reviewerId }, step, actorId, '文书');
}

/** Why this actor may not take the letter's next sign-off step (for the page), or null. */
export function letterSignOffRefusal(letter: SignedLetter & { status: LetterStatus }, actorId: string | null): string | null {
  const step = letter.status === 'submitted' ? 'review' : letter.status === 'reviewed' ? 'approve' : null;
  return step ? signOffRefusal({ preparerId: letter.preparerId, reviewerId: letter.reviewerId }, step, actorId, '文书') : null;
}
