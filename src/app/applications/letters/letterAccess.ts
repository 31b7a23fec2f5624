import { assertCan, type Action } from '../../../domain/accounts/roles.ts';
import { LETTER_KIND_INFO } from '../../../domain/applications/letters/index.ts';
import type { StoredApplication } from '../../../domain/applications/stored.ts';
import { DomainError, NotFoundError } from '../../../domain/shared/errors.ts';
import { findLetter, updateLetter, type LetterPatch, type StoredLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { agencyScope } from '../../agencies/getAgency.ts';
import type { AppContext } from '../../context.ts';
import { applicationFor, applicationLabel } from '../applicationAccess.ts';

/** The letter and its application, checked to belong together and to be open to the actor for `action`. */
export async function letterFor(tx: AppContext, applicationId: string, letterId: string, action: Action): Promise<{ application: StoredApplication; letter: StoredLetter }> {
  const letter = await findLetter(tx.db, letterId);
  if (!letter || letter.applicationId !== applicationId) throw new NotFoundError('找不到该文书');
  const application = await applicationFor(tx, applicationId, 'application.view');
  assertCan(tx.actor, action, await agencyScope(tx.db, application.agencyId));
  return { application, letter };
}

/** 「补正告知书（申请 20260305-123456）」 for audit summaries: never the applicant's name. */
export function letterLabel(letter: Pick<StoredLetter, 'kind' | 'number'>, application: Pick<StoredApplication, 'trackingNo'>): string {
  const number = letter.number ? ` ${letter.number}` : '';
  return `${LETTER_KIND_INFO[letter.kind].label}${number}（${applicationLabel(application)}）`;
}

/** Writes a step; when another user changed the letter's status meanwhile, nothing is written and the actor is told. */
export async function applyLetterPatch(tx: AppContext, letter: StoredLetter, patch: LetterPatch): Promise<void> {
  const applied = await updateLetter(tx.db, letter.id, letter.status, patch);
  if (!applied) throw new DomainError('conflict', '该文书刚被其他人处理过，请刷新页面后重试');
}
