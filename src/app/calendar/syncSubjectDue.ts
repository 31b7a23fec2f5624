import { ANSWER_DEADLINE, CORRECTION_NOTICE_DEADLINE } from '../../domain/applications/answerDeadline.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { updateApplicationDues, updateCorrectionNoticeDues } from '../../storage/repositories/application.repository.ts';
import type { StoredDeadline } from '../../storage/repositories/deadline.repository.ts';
import type { AppContext } from '../context.ts';

export interface RecomputedDeadline {
  deadline: StoredDeadline;
  result: { due: LocalDate | null; provisional: boolean };
}

/**
 * Subjects that keep a copy of their due date for lists and filters (an application's
 * `due_on`, its 补正 notice date) get the recomputed dates in the same transaction,
 * in batches (a calendar edit can move thousands).
 */
export async function syncSubjectDues(tx: AppContext, changes: readonly RecomputedDeadline[]): Promise<void> {
  const of = (subjectType: string) => changes.filter((c) => c.deadline.subjectType === subjectType);
  await updateApplicationDues(tx.db, of(ANSWER_DEADLINE.subjectType).map((c) => ({ id: c.deadline.subjectId, due: c.result.due, provisional: c.result.provisional })));
  await updateCorrectionNoticeDues(tx.db, of(CORRECTION_NOTICE_DEADLINE.subjectType).map((c) => ({ id: c.deadline.subjectId, due: c.result.due })));
}
