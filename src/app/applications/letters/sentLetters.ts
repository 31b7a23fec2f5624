import { NotFoundError } from '../../../domain/shared/errors.ts';
import { findLetter, listLettersOf, queryCodeHashOf, type StoredLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import type { AppContext } from '../../context.ts';
import { queryCodeMatches } from '../trackingCodes.ts';
import { renderLetterFile, type LetterFile } from './letterFiles.ts';

/**
 * The applicant's side: the public status page of an application lists its sent letters and serves
 * their PDF. A letter names the applicant, so it is only given for the application it belongs to,
 * once sent, and to whoever holds the application's 查询码 (checked here in constant time, so the web
 * layer needs no check of its own). What the list shows carries no personal data.
 */
export interface SentLetterLink {
  id: string;
  title: string;
  number: string | null;
  sentOn: string | null;
}

const NOT_AVAILABLE = '找不到该文书，或文书尚未送达';

async function assertApplicantAccess(ctx: Pick<AppContext, 'db'>, applicationId: string, queryCode: string): Promise<void> {
  const hash = await queryCodeHashOf(ctx.db, applicationId);
  if (!hash || !queryCodeMatches(queryCode, hash)) throw new NotFoundError(NOT_AVAILABLE);
}

/** The sent letters of an application, oldest first, as links for the status page. */
export async function listSentLetters(ctx: Pick<AppContext, 'db'>, input: { applicationId: string; queryCode: string }): Promise<SentLetterLink[]> {
  await assertApplicantAccess(ctx, input.applicationId, input.queryCode);
  const letters = await listLettersOf(ctx.db, input.applicationId);
  return letters.filter((letter) => letter.status === 'sent').map((letter) => ({ id: letter.id, title: letter.title, number: letter.number, sentOn: letter.sentOn }));
}

/** A sent letter's PDF for its applicant; anything else (other application, not sent, wrong code) is 「找不到」. */
export async function sentLetterPdf(ctx: Pick<AppContext, 'db'>, input: { applicationId: string; letterId: string; queryCode: string }): Promise<LetterFile> {
  await assertApplicantAccess(ctx, input.applicationId, input.queryCode);
  const letter: StoredLetter | null = await findLetter(ctx.db, input.letterId);
  if (!letter || letter.applicationId !== input.applicationId || letter.status !== 'sent') throw new NotFoundError(NOT_AVAILABLE);
  return renderLetterFile(ctx, letter, 'pdf');
}
