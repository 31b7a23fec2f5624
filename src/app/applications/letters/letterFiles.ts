import { buildLetterModel, LETTER_PERMISSIONS, type LetterModel } from '../../../domain/applications/letters/index.ts';
import { exportLetter, isLetterFormat, LETTER_MEDIA_TYPES, type LetterFormat } from '../../../exporters/letters/index.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';
import type { StoredLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { appConfig } from '../../../config/config.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { letterFor, letterLabel } from './letterAccess.ts';
import { effectiveLetterSettings } from './letterAccess.ts';

/** The printable letter: its text with 文号, the date of 审签 and the agency's name, and the attached information listed. */
export function letterModelOf(letter: StoredLetter, agencyName: string): LetterModel {
  return buildLetterModel({
    title: letter.title,
    addressee: letter.addressee,
    body: letter.body,
    number: letter.number,
    date: letter.approvedOn,
    agencyName,
    attachments: letter.attachments.map((attachment) => attachment.name),
  });
}

export interface LetterFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The letter as bytes, named by its number (or 草稿) and kind. */
export async function renderLetterFile(ctx: Pick<AppContext, 'db'>, letter: StoredLetter, format: LetterFormat): Promise<LetterFile> {
  const settings = await effectiveLetterSettings(ctx, letter.agencyId);
  const bytes = await exportLetter(letterModelOf(letter, settings.agencyName), format, { cjkFontFile: appConfig().cjkFont });
  const base = `${letter.title}${letter.number ? `（${letter.number}）` : '（草稿）'}`;
  return { fileName: `${base}.${format}`, mediaType: LETTER_MEDIA_TYPES[format], bytes };
}

/**
 * Staff download a letter in Word or PDF at any stage (a draft prints 「文号在审签时编定」). The
 * letter names the applicant, so every download is audited like a view of the application.
 */
export async function downloadApplicationLetter(ctx: AppContext, input: { applicationId: string; letterId: string; format: string }): Promise<LetterFile> {
  if (!isLetterFormat(input.format)) throw new ValidationError('只能下载 Word（docx）或 PDF 格式');
  const format = input.format;
  return inTransaction(ctx, async (tx) => {
    const { application, letter } = await letterFor(tx, input.applicationId, input.letterId, LETTER_PERMISSIONS.view);
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.downloaded',
      entityType: 'application_letter',
      entityId: letter.id,
      agencyId: letter.agencyId,
      summary: `下载${letterLabel(letter, application)}（${format.toUpperCase()}）`,
    });
    return renderLetterFile(tx, letter, format);
  });
}
