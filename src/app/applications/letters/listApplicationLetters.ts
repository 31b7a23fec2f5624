import { LETTER_KIND_INFO, LETTER_PERMISSIONS, LETTER_STATUS_LABELS, letterSignOffRefusal } from '../../../domain/applications/letters/index.ts';
import { listLettersOf } from '../../../storage/repositories/applicationLetter.repository.ts';
import type { AppContext } from '../../context.ts';
import { applicationFor } from '../applicationAccess.ts';
import { effectiveLetterSettings } from './letterAccess.ts';

/**
 * The letters of an application for its staff, each with its Chinese kind and status and, for the
 * actor looking, why they may not sign the next step (「您已是本文书的填表人，不能再复核」) or null.
 */
export async function listApplicationLetters(ctx: AppContext, applicationId: string) {
  const application = await applicationFor(ctx, applicationId, LETTER_PERMISSIONS.view);
  const settings = await effectiveLetterSettings(ctx, application.agencyId);
  const letters = await listLettersOf(ctx.db, application.id);
  return {
    application,
    agencyName: settings.agencyName,
    letters: letters.map((letter) => ({
      ...letter,
      kindLabel: LETTER_KIND_INFO[letter.kind].label,
      statusLabel: LETTER_STATUS_LABELS[letter.status],
      signOffRefusal: letterSignOffRefusal(letter, ctx.actor.id),
    })),
  };
}
