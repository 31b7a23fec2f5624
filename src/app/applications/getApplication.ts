import { computeAnswerClock, isOverdue } from '../../domain/applications/answerClock.ts';
import { explainAnswerClock } from '../../domain/applications/clockExplanation.ts';
import { listApplicationEvents } from '../../storage/repositories/applicationEvent.repository.ts';
import { listDeadlinesFor } from '../../storage/repositories/deadline.repository.ts';
import { findUserById } from '../../storage/repositories/user.repository.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';
import { clockOptions } from './clockOptions.ts';
import { describeEvent } from './recordApplicationEvent.ts';

/**
 * One application for its agency's staff, with the applicant's details, the ledger, the clock
 * and "为什么是这一天". Every view of an applicant's details is audited (条例第四十五条; 《个人信息保护法》).
 */
export async function getApplication(ctx: AppContext, applicationId: string) {
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, applicationId, 'application.view');
    const events = await listApplicationEvents(tx.db, application.id);
    const calendar = await loadCalendar(tx);
    const clock = application.receivedOn ? computeAnswerClock(calendar, application.receivedOn, events, clockOptions()) : null;
    const handler = application.handlerId ? await findUserById(tx.db, application.handlerId) : undefined;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.viewed',
      entityType: 'application',
      entityId: application.id,
      agencyId: application.agencyId,
      summary: `查看${applicationLabel(application)}的申请人信息`,
    });
    return {
      application,
      events: events.map((e) => ({ ...e, text: describeEvent(e) })),
      clock,
      explanation: clock ? explainAnswerClock(calendar, clock, events) : [],
      overdue: clock ? isOverdue(clock, tx.clock.today()) : false,
      deadlines: await listDeadlinesFor(tx.db, 'application', application.id),
      handlerName: handler?.displayName ?? null,
    };
  });
}
