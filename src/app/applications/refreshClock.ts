import { computeAnswerClock, type AnswerClock } from '../../domain/applications/answerClock.ts';
import { ANSWER_DEADLINE, answerClockRule, CORRECTION_NOTICE_DEADLINE } from '../../domain/applications/answerDeadline.ts';
import type { ApplicationEvent } from '../../domain/applications/application.ts';
import { statusOf } from '../../domain/applications/status.ts';
import type { StoredApplication } from '../../domain/applications/stored.ts';
import { STATUTORY_RULES } from '../../domain/calendar/rules.ts';
import type { TimeLimitRule } from '../../domain/catalog/catalog.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';
import { updateApplicationClock } from '../../storage/repositories/application.repository.ts';
import { findDeadlineOf, insertDeadline, replaceDeadline } from '../../storage/repositories/deadline.repository.ts';
import type { AppContext } from '../context.ts';
import { clockOptions } from './clockOptions.ts';

/**
 * After the ledger changed: compute the answer clock, write the application's derived
 * columns, and store its deadlines (answer period with its ledger, 补正 notice) in `deadlines`
 * so that calendar edits recompute them. A closed application's deadlines are settled.
 */
export async function refreshClock(tx: AppContext, calendar: WorkingCalendar, application: StoredApplication, events: readonly ApplicationEvent[]): Promise<AnswerClock | null> {
  const receivedOn = application.receivedOn;
  if (!receivedOn) return null;
  const options = clockOptions();
  const clock = computeAnswerClock(calendar, receivedOn, events, options);
  const now = tx.clock.now();
  await updateApplicationClock(tx.db, application.id, {
    receivedOn,
    receivedBasis: application.receivedBasis,
    status: statusOf(clock),
    dueOn: clock.dueOn,
    provisional: clock.provisional,
    correctionNoticeDue: clock.correctionNoticeDue,
    closedOn: clock.closedOn,
    outcome: clock.outcome,
  }, now);
  const settledAt = clock.closedOn ? now : null;
  const answer = { rule: answerClockRule(events, options), due: clock.dueOn, provisional: clock.provisional };
  await storeDeadline(tx, application, ANSWER_DEADLINE, receivedOn, answer, settledAt);
  const notice = { rule: STATUTORY_RULES.correctionNotice as TimeLimitRule, due: clock.correctionNoticeDue, provisional: clock.correctionNoticeProvisional };
  // The 补正 notice period ends once a notice went out or the application closed.
  const noticeSettled = events.some((e) => e.type === 'correctionRequested') || clock.closedOn ? now : null;
  await storeDeadline(tx, application, CORRECTION_NOTICE_DEADLINE, receivedOn, notice, noticeSettled);
  return clock;
}

async function storeDeadline(
  tx: AppContext,
  application: StoredApplication,
  kind: { subjectType: string; label: string },
  start: LocalDate,
  result: { rule: TimeLimitRule; due: LocalDate | null; provisional: boolean },
  settledAt: string | null,
): Promise<void> {
  const now = tx.clock.now();
  const existing = await findDeadlineOf(tx.db, kind.subjectType, application.id);
  const values = { rule: result.rule, startDate: start, dueDate: result.due, provisional: result.provisional, computedAt: now };
  if (existing) {
    await replaceDeadline(tx.db, existing.id, values, settledAt);
    return;
  }
  const stored = await insertDeadline(tx.db, { ...values, subjectType: kind.subjectType, subjectId: application.id, label: kind.label, agencyId: application.agencyId });
  if (settledAt) await replaceDeadline(tx.db, stored.id, values, settledAt);
}
