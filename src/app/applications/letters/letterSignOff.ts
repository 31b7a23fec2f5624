import { assertLetterSignOff, letterActionFor, nextLetterStatus } from '../../../domain/applications/letters/index.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';
import { findLetter, type LetterPatch } from '../../../storage/repositories/applicationLetter.repository.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { applyLetterPatch, letterFor, letterLabel } from './letterAccess.ts';

const VERBS: Record<'submit' | 'review_pass' | 'review_return' | 'approve_return', string> = {
  submit: '提交复核',
  review_pass: '复核通过',
  review_return: '复核退回',
  approve_return: '审签退回',
};

export interface LetterStepInput {
  applicationId: string;
  letterId: string;
  comment?: string;
}

/**
 * One sign-off step that gives no number: the 填表人 submits (and so signs as 填表人 of the round),
 * the 复核人 passes or returns, the 审签人 returns. The 复核人 may not be the 填表人 of the round
 * (workflowSignOff.ts); a return needs a comment and starts a new round.
 */
async function step(ctx: AppContext, input: LetterStepInput, event: keyof typeof VERBS) {
  return inTransaction(ctx, async (tx) => {
    const { application, letter } = await letterFor(tx, input.applicationId, input.letterId, letterActionFor(event));
    const status = nextLetterStatus(letter.status, event);
    if (event === 'review_pass' || event === 'review_return') assertLetterSignOff(letter, 'review', tx.actor.id);
    if (event === 'approve_return') assertLetterSignOff(letter, 'approve', tx.actor.id);
    const comment = input.comment?.trim() || null;
    if (event.endsWith('return') && !comment) throw new ValidationError('退回时请填写意见', [{ path: 'comment', message: '请写明退回原因和修改要求' }]);
    const now = tx.clock.now();
    const patch: LetterPatch = { status, updated_at: now };
    if (event === 'submit') Object.assign(patch, { preparer_id: tx.actor.id, prepared_at: now, reviewer_id: null, reviewed_at: null, return_comment: null });
    if (event === 'review_pass') Object.assign(patch, { reviewer_id: tx.actor.id, reviewed_at: now });
    if (event.endsWith('return')) Object.assign(patch, { return_comment: comment });
    await applyLetterPatch(tx, letter, patch);
    await tx.audit.record(tx.db, tx.actor, {
      action: `application_letter.${event}`,
      entityType: 'application_letter',
      entityId: letter.id,
      agencyId: letter.agencyId,
      summary: `${letterLabel(letter, application)}${VERBS[event]}${comment ? `：${comment}` : ''}`,
      before: { status: letter.status },
      after: { status, comment },
    });
    return (await findLetter(tx.db, letter.id))!;
  });
}

/** 填表人 submits the draft for 复核. */
export function submitLetter(ctx: AppContext, input: LetterStepInput) {
  return step(ctx, input, 'submit');
}

/** 复核人 passes or returns (with a comment); the 填表人 of the round may not. */
export function reviewLetter(ctx: AppContext, input: LetterStepInput & { decision: 'pass' | 'return' }) {
  return step(ctx, input, input.decision === 'pass' ? 'review_pass' : 'review_return');
}

/** 审签人 returns the letter instead of signing it (approval is approveLetter.ts). */
export function returnLetterAtApproval(ctx: AppContext, input: LetterStepInput) {
  return step(ctx, input, 'approve_return');
}

