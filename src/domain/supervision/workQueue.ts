/**
 * The officer's work queue (工作台待办, issue 11): what waits for one person, grouped by kind, each line with
 * a Chinese title, a due date or the date it started waiting, and the admin page where it is fixed.
 * Pure: the use case (app/supervision/workQueue.ts) gathers the facts and the clock.
 */
import { addMonths } from '../calendar/arithmetic.ts';
import { signOffConflict, type SignOffRound } from '../catalog/workflowSignOff.ts';
import type { LocalDate } from '../shared/clock.ts';

/** Kinds in the order the queue shows them: deadlines first, then sign-offs, then the catalog's health. */
export const WORK_QUEUE_KINDS = ['application', 'catalogItem', 'signOff', 'annualReport', 'lint', 'staleness'] as const;
export type WorkQueueKind = (typeof WORK_QUEUE_KINDS)[number];

export const WORK_QUEUE_KIND_LABELS: Record<WorkQueueKind, string> = {
  application: '依申请公开答复期限',
  catalogItem: '目录事项未公开或逾期',
  signOff: '待我复核、审签或修改',
  annualReport: '政府信息公开工作年度报告',
  lint: '目录检查错误',
  staleness: '指南和目录更新',
};

/** overdue: past its deadline; due: a deadline is near or the person's step is waiting; notice: to look at. */
export type WorkQueueTone = 'overdue' | 'due' | 'notice';

export interface WorkQueueLine {
  kind: WorkQueueKind;
  agencyId: string;
  agencyName: string;
  /** What to do, in Chinese (「复核文件《…》」). Never an applicant's personal data. */
  title: string;
  /** The deadline, when the line has one. */
  dueOn: LocalDate | null;
  /** Since when it has been waiting (the age), when known and no deadline applies. */
  since: LocalDate | null;
  tone: WorkQueueTone;
  /** The admin page that leads to the fix (`/admin/…`). */
  href: string;
}

export interface WorkQueueGroup {
  kind: WorkQueueKind;
  label: string;
  lines: WorkQueueLine[];
}

/** Lines grouped by kind in WORK_QUEUE_KINDS order; empty groups left out; overdue lines first, then by due date. */
export function groupWorkQueue(lines: readonly WorkQueueLine[]): WorkQueueGroup[] {
  const rank = (line: WorkQueueLine) => (line.tone === 'overdue' ? 0 : line.tone === 'due' ? 1 : 2);
  return WORK_QUEUE_KINDS.map((kind) => ({
    kind,
    label: WORK_QUEUE_KIND_LABELS[kind],
    lines: lines
      .filter((line) => line.kind === kind)
      .sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? a.since ?? '').localeCompare(b.dueOn ?? b.since ?? '') || a.title.localeCompare(b.title, 'zh-CN')),
  })).filter((group) => group.lines.length > 0);
}

/** What a person must do with an item in a 填表人 → 复核人 → 审签人 workflow, or null when nothing waits for them. */
export type SignOffTask = 'review' | 'approve' | 'revise';

export interface SignOffCandidate extends SignOffRound {
  status: string;
}

/**
 * The step this actor should take: 复核 of a submitted item they may review, 审签 of a reviewed one they may
 * approve — never when they already signed this round (条例第十七条, domain/catalog/workflowSignOff.ts: a
 * 填表人 cannot be its 复核人) — and 修改 of a returned one they prepared themselves.
 */
export function signOffTaskFor(item: SignOffCandidate, actorId: string | null, may: { review: boolean; approve: boolean }): SignOffTask | null {
  if (item.status === 'submitted' && may.review && signOffConflict(item, 'review', actorId) === null) return 'review';
  if (item.status === 'reviewed' && may.approve && signOffConflict(item, 'approve', actorId) === null) return 'approve';
  if (item.status === 'returned' && actorId !== null && item.preparerId === actorId) return 'revise';
  return null;
}

/**
 * 条例第五十三条 counts not updating the 指南 or the 目录 in time as a violation; 条例第十二条 has them
 * updated promptly. Gongkai asks for a look at least once a year: true when `updatedOn` is more than
 * 12 months before `today` (《民法典》第二百零二条 month arithmetic).
 */
export function isOlderThanAYear(updatedOn: LocalDate, today: LocalDate): boolean {
  return addMonths(updatedOn, 12) < today;
}
