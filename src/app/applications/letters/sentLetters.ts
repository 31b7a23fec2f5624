import { LETTER_PERMISSIONS } from '../../../domain/applications/letters/index.ts';
import { NotFoundError } from '../../../domain/shared/errors.ts';
import { findLetter, listLettersOf } from '../../../storage/repositories/applicationLetter.repository.ts';
import type { AppContext } from '../../context.ts';
import { applicationFor } from '../applicationAccess.ts';
import { registerSentLettersSource, type SentLetterLink } from '../getApplicationStatus.ts';
import { renderLetterFile, type LetterFile } from './letterFiles.ts';

/**
 * The applicant's side. The public status page (getApplicationStatus: tracking number + 查询码) lists
 * the letters sent and links to their PDF. A letter names the applicant, so it is given only for the
 * application it belongs to and only once sent; what the list shows carries no personal data.
 */
const NOT_AVAILABLE = '找不到该文书，或文书尚未送达';

/** The sent letters of an application, oldest first (the status page's SentLettersSource). */
export async function listSentLetters(ctx: Pick<AppContext, 'db'>, applicationId: string): Promise<SentLetterLink[]> {
  const letters = await listLettersOf(ctx.db, applicationId);
  return letters.filter((letter) => letter.status === 'sent').map((letter) => ({ id: letter.id, title: letter.title, number: letter.number, sentOn: letter.sentOn }));
}

/** Makes the status page list sent letters; called once when the server starts. */
export function registerSentLetters(): void {
  registerSentLettersSource(listSentLetters);
}

/**
 * A sent letter's PDF given the application and the letter: anything else (another application's
 * letter, a letter not sent yet) is 「找不到」. The caller has established the applicant's access
 * (the status page's tracking number and 查询码, then a signed token per letter: web/public/letterDownloadToken.ts).
 */
export async function sentLetterPdf(ctx: Pick<AppContext, 'db'>, input: { applicationId: string; letterId: string }): Promise<LetterFile> {
  const letter = await findLetter(ctx.db, input.letterId);
  if (!letter || letter.applicationId !== input.applicationId || letter.status !== 'sent') throw new NotFoundError(NOT_AVAILABLE);
  return renderLetterFile(ctx, letter, 'pdf');
}


/**
 * The PDFs of an application's sent letters in the order they were sent, for its 案卷 (条例第四十五条;
 * exportApplicationCaseFile appends their pages). Staff of the agency only.
 */
export async function sentLetterPdfsForCaseFile(ctx: AppContext, applicationId: string): Promise<Uint8Array[]> {
  await applicationFor(ctx, applicationId, LETTER_PERMISSIONS.view);
  const sent = (await listLettersOf(ctx.db, applicationId)).filter((letter) => letter.status === 'sent');
  sent.sort((a, b) => (a.sentOn ?? '').localeCompare(b.sentOn ?? '') || (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  const files: Uint8Array[] = [];
  for (const letter of sent) files.push((await renderLetterFile(ctx, letter, 'pdf')).bytes);
  return files;
}
