import { publicationDeadline, type DeadlineState } from '../../domain/annualReport/deadline.ts';
import { findAgencyContact } from '../../storage/repositories/agencyContact.repository.ts';
import { listAgencies } from '../../storage/repositories/agency.repository.ts';
import { listAnnualReports } from '../../storage/repositories/annualReport.repository.ts';
import { outboxHasSubject } from '../../storage/repositories/outbox.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { enqueueMessage } from '../operations/enqueueMessage.ts';

/** Outbox subject type of the R9 reminders; the subject id is `agencyId:year:state`, so each state is sent once. */
export const REPORT_REMINDER = 'annual_report_reminder';
const REMINDED_STATES: readonly DeadlineState[] = ['reminder', 'overdue'];

function reminderText(agencyName: string, year: number, message: string, overdue: boolean) {
  const subject = overdue ? `${year}年度政府信息公开工作年度报告已逾期未发布` : `请于1月31日前发布${year}年度政府信息公开工作年度报告`;
  const body = [`${agencyName}政府信息公开工作机构：`, `${message}。`, '请登录政务公开平台后台“年度报告”编制、审签并发布。本邮件由系统自动发送。'].join('\n');
  return { subject, body };
}

/**
 * R9 (条例第四十九条: 每年1月31日前公布上一年度的年度报告): from 1 January, an agency without a published report
 * of last year gets a reminder in its disclosure office's mailbox (agency_contacts.email) — once while the
 * deadline approaches and once more when it has passed. Agencies without a mailbox see the state on the 工作台
 * and on /admin/reports. Returns how many reminders were queued.
 */
export async function queueReportReminders(ctx: AppContext): Promise<number> {
  const today = ctx.clock.today();
  const year = Number(today.slice(0, 4)) - 1;
  const agencies = await listAgencies(ctx.db);
  const reports = new Map((await listAnnualReports(ctx.db, agencies.map((a) => a.id), year)).map((r) => [r.agencyId, r]));
  let queued = 0;
  for (const agency of agencies) {
    const deadline = publicationDeadline(year, today, reports.get(agency.id)?.publishedOn ?? null);
    if (!REMINDED_STATES.includes(deadline.state)) continue;
    const key = `${agency.id}:${year}:${deadline.state}`;
    const email = (await findAgencyContact(ctx.db, agency.id))?.email;
    if (!email || (await outboxHasSubject(ctx.db, REPORT_REMINDER, key))) continue;
    const { subject, body } = reminderText(agency.name, year, deadline.findings[0]!.message, deadline.state === 'overdue');
    await inTransaction(ctx, (tx) => enqueueMessage(tx, { agencyId: agency.id, about: { type: REPORT_REMINDER, id: key }, channel: 'email', recipient: email, subject, body }));
    queued++;
  }
  return queued;
}
