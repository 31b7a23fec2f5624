import { assertLetterSignOff, formatLetterNumber, letterActionFor, nextLetterStatus } from '../../../domain/applications/letters/index.ts';
import { findLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { takeLetterSerial } from '../../../storage/repositories/letterSettings.repository.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { applyLetterPatch, letterFor, letterLabel } from './letterAccess.ts';
import { letterModelOf } from './letterFiles.ts';
import { effectiveLetterSettings } from './letterAccess.ts';

/**
 * 审签: a third person (neither the 填表人 nor the 复核人 of the round) signs the letter. The number
 * is taken now from the agency's series for the current year by one atomic upsert, in the same
 * transaction as the status change: a refused or failed approval rolls the serial back with it,
 * and a number given once is never given again (unique per agency). The date printed is today.
 */
export async function approveLetter(ctx: AppContext, input: { applicationId: string; letterId: string }) {
  return inTransaction(ctx, async (tx) => {
    const { application, letter } = await letterFor(tx, input.applicationId, input.letterId, letterActionFor('approve'));
    const status = nextLetterStatus(letter.status, 'approve');
    assertLetterSignOff(letter, 'approve', tx.actor.id);
    const settings = await effectiveLetterSettings(tx, letter.agencyId);
    const today = tx.clock.today();
    const year = Number(today.slice(0, 4));
    const number = formatLetterNumber(settings.prefix, year, await takeLetterSerial(tx.db, letter.agencyId, year));
    // The text must print: every placeholder but 文号/日期/机关名称 was filled when drafting or editing.
    letterModelOf({ ...letter, number, approvedOn: today }, settings.agencyName);
    const now = tx.clock.now();
    await applyLetterPatch(tx, letter, { status, number, approver_id: tx.actor.id, approved_at: now, approved_on: today, updated_at: now });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.approved',
      entityType: 'application_letter',
      entityId: letter.id,
      agencyId: letter.agencyId,
      summary: `审签${letterLabel({ ...letter, number }, application)}`,
      before: { status: letter.status },
      after: { status, number, approvedOn: today },
    });
    return (await findLetter(tx.db, letter.id))!;
  });
}
