import { STATUS_LABELS, type ApplicationStatus } from '../../domain/applications/status.ts';
import { addWorkingDays } from '../../domain/calendar/arithmetic.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { findAgencyContact } from '../../storage/repositories/agencyContact.repository.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { listApplicationsNeedingAttention } from '../../storage/repositories/applicationList.repository.ts';
import { outboxHasSubject } from '../../storage/repositories/outbox.repository.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { enqueueMessage } from '../operations/enqueueMessage.ts';

/** Staff are warned 3 working days before an answer falls due (条例第三十三条 counts in 工作日). */
export const APPLICATION_REMINDER_WORKING_DAYS = 3;
const DIGEST = 'application_digest';

/**
 * Once a day per agency: an e-mail to the disclosure office's mailbox (agency_contacts.email) listing
 * the applications overdue, due within 3 working days, and online ones waiting for confirmation of
 * receipt — by tracking number only, no applicant's data. Agencies without a mailbox see the same
 * list on the 工作台. Returns how many digests were queued.
 */
export async function queueApplicationReminders(ctx: AppContext): Promise<number> {
  const today = ctx.clock.today();
  const horizon = addWorkingDays(await loadCalendar(ctx), today, APPLICATION_REMINDER_WORKING_DAYS);
  const rows = await listApplicationsNeedingAttention(ctx.db, horizon);
  const byAgency = new Map<string, typeof rows>();
  for (const row of rows) byAgency.set(row.agency_id, [...(byAgency.get(row.agency_id) ?? []), row]);
  let queued = 0;
  for (const [agencyId, list] of byAgency) {
    const key = `${agencyId}:${today}`;
    const email = (await findAgencyContact(ctx.db, agencyId))?.email;
    if (!email || (await outboxHasSubject(ctx.db, DIGEST, key))) continue;
    const agency = await findAgency(ctx.db, agencyId);
    const line = (r: (typeof list)[number]) => {
      const state = STATUS_LABELS[r.status as ApplicationStatus];
      if (r.status === 'unconfirmed') return `· ${r.tracking_no}（${state}，提交于 ${r.submitted_at ? chinaDateOf(r.submitted_at) : ''}）`;
      return `· ${r.tracking_no}（${state}）答复期限 ${r.due_on}${r.due_on! < today ? '，已逾期' : ''}`;
    };
    const overdue = list.filter((r) => r.due_on && r.due_on < today).length;
    const body = [
      `${agency?.name ?? ''}政府信息公开工作机构：`,
      `截至 ${today}，以下依申请公开事项需要办理（逾期 ${overdue} 件；${APPLICATION_REMINDER_WORKING_DAYS}个工作日内到期或待确认的其余各件）：`,
      ...list.map(line),
      '请登录政务公开平台后台“依申请公开”办理。本邮件由系统自动发送。',
    ].join('\n');
    await inTransaction(ctx, (tx) => enqueueMessage(tx, { agencyId, about: { type: DIGEST, id: key }, channel: 'email', recipient: email, subject: `依申请公开待办提醒（${today}）：${list.length} 件`, body }));
    queued++;
  }
  return queued;
}
