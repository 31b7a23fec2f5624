import { assertEditedText, isLetterEditable, LETTER_PERMISSIONS, nextLetterStatus, TEMPLATE_FIELD_LABELS } from '../../../domain/applications/letters/index.ts';
import { DomainError, ValidationError } from '../../../domain/shared/errors.ts';
import { findLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { applyLetterPatch, letterFor, letterLabel } from './letterAccess.ts';

export interface LetterEdit {
  applicationId: string;
  letterId: string;
  title: string;
  addressee: string;
  body: string;
}

const MAX = { title: 60, addressee: 200, body: 20000 } as const;

function checkedText(edit: LetterEdit): { title: string; addressee: string; body: string } {
  const text = { title: edit.title.trim(), addressee: edit.addressee.trim(), body: edit.body.replace(/\r\n?/g, '\n').trim() };
  for (const field of ['title', 'addressee', 'body'] as const) {
    const label = TEMPLATE_FIELD_LABELS[field];
    if (text[field] === '') throw new ValidationError(`${label}不能为空`, [{ path: field, message: `${label}不能为空` }]);
    if (text[field].length > MAX[field]) throw new ValidationError(`${label}不能超过${MAX[field]}个字`, [{ path: field, message: `${label}过长` }]);
    assertEditedText(text[field], label);
  }
  return text;
}

/**
 * The 填表人 edits a draft (or a returned letter, which becomes a draft again). Only {文号} {日期}
 * {机关名称} may stay as placeholders; they are filled at 审签. Audited with the text before and after.
 */
export async function updateLetterDraft(ctx: AppContext, edit: LetterEdit) {
  const text = checkedText(edit);
  return inTransaction(ctx, async (tx) => {
    const { application, letter } = await letterFor(tx, edit.applicationId, edit.letterId, LETTER_PERMISSIONS.prepare);
    if (!isLetterEditable(letter.status)) throw new DomainError('workflow.invalid_transition', '文书已提交复核或已审签，不能再修改；如需修改请由复核人或审签人退回');
    const status = nextLetterStatus(letter.status, 'edit');
    await applyLetterPatch(tx, letter, { ...text, status, updated_at: tx.clock.now() });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.edited',
      entityType: 'application_letter',
      entityId: letter.id,
      agencyId: letter.agencyId,
      summary: `修改${letterLabel(letter, application)}`,
      before: { status: letter.status, length: letter.body.length },
      after: { status, length: text.body.length },
    });
    return (await findLetter(tx.db, letter.id))!;
  });
}
