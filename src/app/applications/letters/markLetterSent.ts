import { LETTER_PERMISSIONS, nextLetterStatus } from '../../../domain/applications/letters/index.ts';
import { isLocalDate } from '../../../domain/calendar/localDate.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';
import { findLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { applyLetterPatch, letterFor, letterLabel } from './letterAccess.ts';

/**
 * Record that an approved letter was sent (送达) on a date: not before its 审签 and not in the future.
 * From then on the applicant's status page links to it (sentLetters.ts). The ledger event the letter
 * goes with (answered, extended …) is recorded by the application workflow, not here.
 */
export async function markLetterSent(ctx: AppContext, input: { applicationId: string; letterId: string; sentOn: string }) {
  if (!isLocalDate(input.sentOn)) throw new ValidationError('送达日期无效', [{ path: 'sentOn', message: '请填写有效日期（YYYY-MM-DD）' }]);
  if (input.sentOn > ctx.clock.today()) throw new ValidationError('送达日期不能晚于今天', [{ path: 'sentOn', message: '送达日期不能晚于今天' }]);
  return inTransaction(ctx, async (tx) => {
    const { application, letter } = await letterFor(tx, input.applicationId, input.letterId, LETTER_PERMISSIONS.prepare);
    const status = nextLetterStatus(letter.status, 'send');
    if (letter.approvedOn && input.sentOn < letter.approvedOn) {
      throw new ValidationError('送达日期不能早于审签日期', [{ path: 'sentOn', message: `文书于 ${letter.approvedOn} 审签，送达日期不能更早` }]);
    }
    const now = tx.clock.now();
    await applyLetterPatch(tx, letter, { status, sent_on: input.sentOn, sent_at: now, updated_at: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.sent',
      entityType: 'application_letter',
      entityId: letter.id,
      agencyId: letter.agencyId,
      summary: `${letterLabel(letter, application)}于 ${input.sentOn} 送达`,
      before: { status: letter.status },
      after: { status, sentOn: input.sentOn },
    });
    return (await findLetter(tx.db, letter.id))!;
  });
}
