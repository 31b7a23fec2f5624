import { ANSWER_DEADLINE, CORRECTION_NOTICE_DEADLINE } from '../../domain/applications/answerDeadline.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { updateApplicationDue, updateCorrectionNoticeDue } from '../../storage/repositories/application.repository.ts';
import type { StoredDeadline } from '../../storage/repositories/deadline.repository.ts';
import type { AppContext } from '../context.ts';

/**
 * Subjects that keep a copy of their due date for lists and filters (an application's
 * `due_on`, its 补正 notice date) get the recomputed date in the same transaction.
 */
export async function syncSubjectDue(tx: AppContext, deadline: StoredDeadline, result: { due: LocalDate | null; provisional: boolean }): Promise<void> {
  if (deadline.subjectType === ANSWER_DEADLINE.subjectType) {
    await updateApplicationDue(tx.db, deadline.subjectId, result.due, result.provisional);
  } else if (deadline.subjectType === CORRECTION_NOTICE_DEADLINE.subjectType) {
    await updateCorrectionNoticeDue(tx.db, deadline.subjectId, result.due);
  }
}
