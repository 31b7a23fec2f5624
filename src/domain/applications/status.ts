import type { AnswerClock } from './answerClock.ts';

/** Where an application stands; the citizen's status page shows the label. */
export const APPLICATION_STATUSES = ['unconfirmed', 'processing', 'awaitingCorrection', 'consulting', 'awaitingPayment', 'closed', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  unconfirmed: '已提交，待确认收到',
  processing: '办理中',
  awaitingCorrection: '待申请人补正',
  consulting: '征求意见中',
  awaitingPayment: '待缴纳信息处理费',
  closed: '已办结',
  withdrawn: '已撤回',
};

export const OPEN_STATUSES: readonly ApplicationStatus[] = ['processing', 'awaitingCorrection', 'consulting', 'awaitingPayment'];

/** The status an application's clock puts it in (unconfirmed ones have no clock yet). */
export function statusOf(clock: AnswerClock | null): ApplicationStatus {
  if (!clock) return 'unconfirmed';
  if (clock.withdrawn) return 'withdrawn';
  if (clock.closedOn) return 'closed';
  if (clock.awaitingCorrection) return 'awaitingCorrection';
  if (clock.pauses.some((p) => p.open && p.kind !== 'fee')) return 'consulting';
  if (clock.pauses.some((p) => p.open && p.kind === 'fee')) return 'awaitingPayment';
  return 'processing';
}

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}
