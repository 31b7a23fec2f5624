import type { ApplicationEvent } from '../../domain/applications/application.ts';
import { closingIssues, ledgerIssues } from '../../domain/applications/ledgerRules.ts';
import { EVENT_LABELS, OUTCOMES, type OutcomeKey } from '../../domain/applications/vocabulary.ts';
import { isLocalDate } from '../../domain/calendar/localDate.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { appendApplicationEvent, listApplicationEvents } from '../../storage/repositories/applicationEvent.repository.ts';
import { findApplication } from '../../storage/repositories/application.repository.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';
import { clockOptions } from './clockOptions.ts';
import { refreshClock } from './refreshClock.ts';

/**
 * Add one event to an application's ledger (补正, consultation, extension, 第三十五条 delay, fee,
 * answer, withdrawal): checked against the whole ledger by the rules of 条例第三十条、第三十三条
 * (ledgerIssues), then the clock, the stored deadlines and the audit log follow in one transaction.
 */
export async function recordApplicationEvent(ctx: AppContext, applicationId: string, event: ApplicationEvent) {
  if (!isLocalDate(event.on)) throw new ValidationError('日期无效', [{ path: 'on', message: '请填写有效日期（YYYY-MM-DD）' }]);
  if (event.on > ctx.clock.today()) throw new ValidationError('日期不能晚于今天', [{ path: 'on', message: '记录的是已经发生的事，日期不能晚于今天' }]);
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, applicationId, 'application.handle');
    if (!application.receivedOn) throw new DomainError('conflict', '请先确认收到申请，再办理');
    const existing = await listApplicationEvents(tx.db, application.id);
    const calendar = await loadCalendar(tx);
    const issues = ledgerIssues(calendar, application.receivedOn, [...existing, event], clockOptions());
    if (event.type === 'answered') issues.push(...closingIssues(calendar, existing, event).map((message) => ({ event: null, message })));
    if (issues.length) throw new ValidationError(issues[0]!.message.replace(/^第\d+项记录（[^）]*）：/, ''), issues.map((i) => ({ path: 'on', message: i.message })));
    const stored = await appendApplicationEvent(tx.db, application.id, existing.length + 1, event, tx.actor.name, tx.clock.now());
    const clock = await refreshClock(tx, calendar, application, [...existing, stored]);
    await tx.audit.record(tx.db, tx.actor, {
      action: `application.${event.type}`,
      entityType: 'application',
      entityId: application.id,
      agencyId: application.agencyId,
      summary: `${applicationLabel(application)}：${describeEvent(event)}；答复期限 ${clock?.dueOn ?? '（待补正）'}`,
      after: { event: { ...event, party: event.party ? '（已记录）' : undefined } },
    });
    return { application: (await findApplication(tx.db, application.id))!, clock, event: stored };
  });
}

/** One line of Chinese for the audit log and the history (no personal data). */
export function describeEvent(event: ApplicationEvent): string {
  const label = EVENT_LABELS[event.type];
  if (event.type === 'extended') return `${event.on} ${label}${event.workingDays}个工作日（批准人：${event.approvedBy}）`;
  if (event.type === 'delayed') return `${event.on} ${label}至 ${event.until}`;
  if (event.type === 'answered') return `${event.on} ${label}：${OUTCOMES[event.outcome as OutcomeKey]?.label ?? event.outcome}`;
  if (event.type === 'feeNotified') return `${event.on} ${label}${event.amount !== undefined ? `（${event.amount}元）` : ''}`;
  return `${event.on} ${label}`;
}
