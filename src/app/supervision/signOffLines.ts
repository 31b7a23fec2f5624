import { can, type Action } from '../../domain/accounts/roles.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { signOffTaskFor, type SignOffTask, type WorkQueueLine } from '../../domain/supervision/workQueue.ts';
import { listSignOffWaiting, type SignOffRow, type SignOffWorkflow } from '../../storage/repositories/signOffQueue.repository.ts';
import type { AppContext } from '../context.ts';
import { agenciesWhere, type QueueAgency } from './queueAgencies.ts';

/** Who may take each step of each workflow (the permissions each workflow's use cases check). */
const STEP_ACTIONS: Record<SignOffWorkflow, { prepare: Action; review: Action; approve: Action }> = {
  catalogVersion: { prepare: 'catalog.submit', review: 'catalog.review', approve: 'catalog.approve' },
  document: { prepare: 'document.submit', review: 'document.review', approve: 'document.approve' },
  letter: { prepare: 'application.handle', review: 'application.letter.review', approve: 'application.letter.approve' },
  annualReport: { prepare: 'report.edit', review: 'report.review', approve: 'report.approve' },
};

const TASK_VERBS: Record<SignOffTask, string> = { review: '复核', approve: '审签', revise: '修改退回的' };

function subjectOf(row: SignOffRow): string {
  if (row.workflow === 'catalogVersion') return `政府信息公开目录第${row.label}版`;
  if (row.workflow === 'document') return `文件《${row.title ?? ''}》`;
  if (row.workflow === 'letter') return `${row.title ?? '文书'}（受理编号 ${row.label}）`;
  return `${row.label}年度政府信息公开工作年度报告`;
}

function hrefOf(row: SignOffRow): string {
  if (row.workflow === 'catalogVersion') return `/admin/versions/${row.id}`;
  if (row.workflow === 'document') return `/admin/documents/${row.id}`;
  if (row.workflow === 'letter') return `/admin/applications/${row.parentId}/letters/${row.id}`;
  return `/admin/reports/${row.id}`;
}

/** When the item reached the step now waiting: submitted for 复核, reviewed for 审签, returned at its last change. */
function sinceOf(row: SignOffRow, task: SignOffTask): string | null {
  const instant = task === 'review' ? row.submittedAt : task === 'approve' ? row.reviewedAt : (row.updatedAt ?? row.reviewedAt ?? row.submittedAt);
  return instant ? chinaDateOf(instant) : null;
}

/**
 * Catalog versions, documents, letters and 年报 waiting for THIS person: 复核 for those who may review and did
 * not prepare it, 审签 for those who may approve and signed neither step, returned ones for their 填表人.
 */
export async function signOffLines(ctx: AppContext, agencies: readonly QueueAgency[]): Promise<WorkQueueLine[]> {
  const all = Object.values(STEP_ACTIONS).flatMap((a) => [a.prepare, a.review, a.approve]);
  const mine = new Map(agenciesWhere(ctx, agencies, ...all).map((agency) => [agency.id, agency]));
  const lines: WorkQueueLine[] = [];
  for (const row of await listSignOffWaiting(ctx.db, [...mine.keys()])) {
    const agency = mine.get(row.agencyId)!;
    const actions = STEP_ACTIONS[row.workflow];
    const may = (action: Action) => can(ctx.actor, action, agency.scope);
    const task = signOffTaskFor(row, ctx.actor.id, { review: may(actions.review), approve: may(actions.approve) });
    if (!task || (task === 'revise' && !may(actions.prepare))) continue;
    lines.push({
      kind: 'signOff', agencyId: agency.id, agencyName: agency.name, title: `${TASK_VERBS[task]}${subjectOf(row)}`,
      dueOn: null, since: sinceOf(row, task), tone: 'due', href: hrefOf(row),
    });
  }
  return lines;
}
