import { DomainError } from '../shared/errors.ts';
import type { Action } from '../accounts/roles.ts';
import { assertSeparateSignOff, signOffRefusal, type SignOffPolicy, type SignOffStep } from '../catalog/workflowSignOff.ts';
import type { DocumentRecord } from './record.ts';

/**
 * The working copy of a document moves 填表人 → 复核人 → 审签人 (条例第四条: the disclosure
 * office organises pre-publication review; 条例第十七条: 保密审查 before release). On
 * sign-off it is published, or scheduled when 发布时间 lies in the future. Editing a
 * published document opens a new draft round; the public keeps seeing the last published
 * revision until the amendment is signed off. 撤回 ends public display but keeps the record.
 */
export const DOCUMENT_STATUSES = ['draft', 'submitted', 'reviewed', 'returned', 'scheduled', 'published', 'withdrawn'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: '草稿',
  submitted: '待复核',
  reviewed: '待审签',
  returned: '已退回',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

export type DocumentEvent =
  | 'edit'
  | 'submit'
  | 'review_pass'
  | 'review_return'
  | 'approve_now'
  | 'approve_scheduled'
  | 'approve_return'
  | 'publish_due'
  | 'withdraw';

/**
 * Permissions reuse the catalog actions of src/domain/accounts/roles.ts (same roles:
 * 填表人/复核人/审签人). Dedicated `document.*` actions belong in roles.ts; this table is
 * the one place to switch them.
 */
export const DOCUMENT_PERMISSIONS = {
  view: 'document.view_drafts',
  edit: 'document.edit',
  submit: 'document.submit',
  review: 'document.review',
  approve: 'document.approve',
} as const satisfies Record<string, Action>;

interface Transition {
  from: readonly DocumentStatus[];
  to: DocumentStatus;
  action: Action;
}

const TRANSITIONS: Record<DocumentEvent, Transition> = {
  edit: { from: ['draft', 'returned', 'published', 'scheduled'], to: 'draft', action: DOCUMENT_PERMISSIONS.edit },
  submit: { from: ['draft', 'returned'], to: 'submitted', action: DOCUMENT_PERMISSIONS.submit },
  review_pass: { from: ['submitted'], to: 'reviewed', action: DOCUMENT_PERMISSIONS.review },
  review_return: { from: ['submitted'], to: 'returned', action: DOCUMENT_PERMISSIONS.review },
  approve_now: { from: ['reviewed'], to: 'published', action: DOCUMENT_PERMISSIONS.approve },
  approve_scheduled: { from: ['reviewed'], to: 'scheduled', action: DOCUMENT_PERMISSIONS.approve },
  approve_return: { from: ['reviewed'], to: 'returned', action: DOCUMENT_PERMISSIONS.approve },
  publish_due: { from: ['scheduled'], to: 'published', action: DOCUMENT_PERMISSIONS.approve },
  withdraw: { from: ['published', 'draft', 'returned', 'submitted', 'reviewed', 'scheduled'], to: 'withdrawn', action: DOCUMENT_PERMISSIONS.approve },
};

/** The status after `event`, or a DomainError saying why the step is not possible now. */
export function nextDocumentStatus(current: DocumentStatus, event: DocumentEvent): DocumentStatus {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(current)) {
    throw new DomainError('workflow.invalid_transition', `文件当前状态为「${DOCUMENT_STATUS_LABELS[current]}」，不能执行此操作`);
  }
  return transition.to;
}

export function documentActionFor(event: DocumentEvent): Action {
  return TRANSITIONS[event].action;
}

/** Whether the working copy (text or attachments) may be changed now: not while it is in review or withdrawn. */
export function isDocumentEditable(status: DocumentStatus): boolean {
  return TRANSITIONS.edit.from.includes(status);
}

/** The 保密审查 can be recorded while the document is in review, before 审签 (条例第十七条). */
export function canRecordSecrecyReview(status: DocumentStatus): boolean {
  return status === 'submitted' || status === 'reviewed';
}

type SignedDocument = Pick<DocumentRecord, 'submittedBy' | 'reviewedBy'>;
const roundOf = (doc: SignedDocument) => ({ preparerId: doc.submittedBy, reviewerId: doc.reviewedBy });

/**
 * 填表人, 复核人 and 审签人 of one round of a document must be three different people
 * (条例第十七条 review system; the rule and its reasons are in domain/catalog/workflowSignOff.ts).
 * Each round's submit and review overwrite the ids, so a stale signer of an earlier round never counts.
 */
export function assertDocumentSignOff(doc: SignedDocument, step: SignOffStep, actorId: string | null, policy?: SignOffPolicy): void {
  assertSeparateSignOff(roundOf(doc), step, actorId, '文件', policy);
}

/** Why this actor may not take the document's next sign-off step, for the page; null when they may. */
export function documentSignOffRefusal(doc: SignedDocument & { status: DocumentStatus }, actorId: string | null, policy?: SignOffPolicy): string | null {
  const step = doc.status === 'submitted' ? 'review' : doc.status === 'reviewed' ? 'approve' : null;
  return step ? signOffRefusal(roundOf(doc), step, actorId, '文件', policy) : null;
}
