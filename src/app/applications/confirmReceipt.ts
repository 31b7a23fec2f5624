import { chinaDateOf } from '../../domain/shared/clock.ts';
import { receiptOf } from '../../domain/applications/receipt.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import { findApplication, updateApplicationClock } from '../../storage/repositories/application.repository.ts';
import { listApplicationEvents } from '../../storage/repositories/applicationEvent.repository.ts';
import { loadCalendar } from '../calendar/loadCalendar.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationFor, applicationLabel } from './applicationAccess.ts';
import { notifyApplicant, receiptNoticeLines } from './notifyApplicant.ts';
import { refreshClock } from './refreshClock.ts';

/**
 * Staff confirm an online application with the applicant: the confirmation date is the date
 * of receipt (条例第三十一条第（三）项) and starts the answer clock.
 */
export async function confirmReceipt(ctx: AppContext, applicationId: string, confirmedOn: string) {
  return inTransaction(ctx, async (tx) => {
    const application = await applicationFor(tx, applicationId, 'application.handle');
    if (application.status !== 'unconfirmed' || application.receivedOn) throw new DomainError('conflict', '该申请已确认收到');
    const { receivedOn, basis } = receiptOf({ channel: application.channel, on: confirmedOn });
    const submittedOn = application.submittedAt ? chinaDateOf(application.submittedAt) : chinaDateOf(application.createdAt);
    if (receivedOn < submittedOn) throw new ValidationError('确认日期不能早于申请提交日期', [{ path: 'confirmedOn', message: `申请于 ${submittedOn} 提交，确认日期不能更早` }]);
    if (receivedOn > tx.clock.today()) throw new ValidationError('确认日期不能晚于今天', [{ path: 'confirmedOn', message: '确认日期不能晚于今天' }]);
    await updateApplicationClock(tx.db, application.id, { receivedOn, receivedBasis: basis, status: 'processing', dueOn: null, provisional: false, correctionNoticeDue: null, closedOn: null, outcome: null }, tx.clock.now());
    const updated = (await findApplication(tx.db, application.id))!;
    const clock = await refreshClock(tx, await loadCalendar(tx), updated, await listApplicationEvents(tx.db, application.id));
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.receipt_confirmed',
      entityType: 'application',
      entityId: application.id,
      agencyId: application.agencyId,
      summary: `确认收到${applicationLabel(application)}：收到日期 ${receivedOn}，答复期限 ${clock?.dueOn ?? '无'}`,
    });
    const confirmed = (await findApplication(tx.db, application.id))!;
    await notifyApplicant(tx, confirmed, { subject: '政府信息公开申请受理通知', lines: receiptNoticeLines(confirmed, clock?.dueOn ?? null, clock?.provisional ?? false) });
    return { application: confirmed, clock };
  });
}
