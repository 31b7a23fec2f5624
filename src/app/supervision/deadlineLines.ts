import { publicationDeadline } from '../../domain/annualReport/deadline.ts';
import type { WorkQueueLine } from '../../domain/supervision/workQueue.ts';
import { listReportPublications } from '../../storage/repositories/annualReport.repository.ts';
import { applicationQueue, DUE_SOON_WORKING_DAYS } from '../applications/applicationQueue.ts';
import type { AppContext } from '../context.ts';
import { agenciesWhere, type QueueAgency } from './queueAgencies.ts';

const registerHref = (agencyId: string, filter: Record<string, string>) => `/admin/applications?${new URLSearchParams({ agency: agencyId, ...filter }).toString()}`;

/**
 * 依申请公开 (条例第三十三条: 20 working days): per agency whose register the actor may open, the counts of
 * applicationQueue — overdue, due within 3 working days, online ones awaiting confirmation of receipt
 * (第三十一条) — each linked to the register filtered to them. Counts only: no applicant's data.
 */
export async function applicationLines(ctx: AppContext): Promise<WorkQueueLine[]> {
  const queue = await applicationQueue(ctx);
  return queue.agencies.flatMap((agency): WorkQueueLine[] => {
    const base = { kind: 'application' as const, agencyId: agency.agencyId, agencyName: agency.agencyName, since: null };
    const lines: WorkQueueLine[] = [];
    if (agency.overdue) lines.push({ ...base, title: `${agency.overdue} 件申请已超过答复期限`, dueOn: null, tone: 'overdue', href: registerHref(agency.agencyId, { overdue: '1' }) });
    if (agency.dueSoon) lines.push({ ...base, title: `${agency.dueSoon} 件申请将在${DUE_SOON_WORKING_DAYS}个工作日内到期`, dueOn: queue.dueSoonBy, tone: 'due', href: registerHref(agency.agencyId, { dueWithin: String(DUE_SOON_WORKING_DAYS) }) });
    if (agency.unconfirmed) lines.push({ ...base, title: `${agency.unconfirmed} 件网上申请待确认收到`, dueOn: null, tone: 'due', href: registerHref(agency.agencyId, { status: 'unconfirmed' }) });
    return lines;
  });
}

const byName = new Intl.Collator('zh-CN').compare;

/**
 * 年报 (条例第四十九条: published by 31 January): from 1 January until last year's report is published (R9
 * reminder/overdue of domain/annualReport/deadline.ts, as on the 年报 list), a line for those who prepare, review or
 * sign it in the agency. Reads only last year's reports' ids and publication dates: over a thousand agencies the
 * reports' tables are not loaded.
 */
export async function annualReportLines(ctx: AppContext, agencies: readonly QueueAgency[]): Promise<WorkQueueLine[]> {
  const mine = agenciesWhere(ctx, agencies, 'report.edit', 'report.review', 'report.approve').sort((a, b) => byName(a.name, b.name));
  if (!mine.length) return [];
  const today = ctx.clock.today();
  const dueYear = Number(today.slice(0, 4)) - 1;
  const reports = new Map((await listReportPublications(ctx.db, mine.map((a) => a.id), dueYear)).map((r) => [r.agencyId, r]));
  const lines: WorkQueueLine[] = [];
  for (const agency of mine) {
    const report = reports.get(agency.id);
    const { state, dueOn } = publicationDeadline(dueYear, today, report?.publishedOn ?? null);
    if (state !== 'reminder' && state !== 'overdue') continue;
    const title = state === 'overdue' ? `${dueYear}年度政府信息公开工作年度报告已逾期未发布` : `${dueYear}年度政府信息公开工作年度报告尚未发布`;
    lines.push({
      kind: 'annualReport', agencyId: agency.id, agencyName: agency.name, title, dueOn, since: null,
      tone: state === 'overdue' ? 'overdue' : 'due', href: report ? `/admin/reports/${report.id}` : '/admin/reports',
    });
  }
  return lines;
}
