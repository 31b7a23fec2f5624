import { LETTER_KIND_INFO, LETTER_PERMISSIONS, nextLetterStatus } from '../../../domain/applications/letters/index.ts';
import { isLocalDate } from '../../../domain/calendar/localDate.ts';
import { INLINE_ATTACHMENT_LIMIT_BYTES, type OutboxAttachment } from '../../../domain/outbox/outboxMessage.ts';
import type { StoredApplication } from '../../../domain/applications/stored.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';
import { findLetter, type StoredLetter } from '../../../storage/repositories/applicationLetter.repository.ts';
import { inTransaction, type AppContext } from '../../context.ts';
import { notifyApplicant } from '../notifyApplicant.ts';
import { applyLetterPatch, letterFor, letterLabel } from './letterAccess.ts';
import { renderLetterFile, type LetterFile } from './letterFiles.ts';

/** The letter's PDF inline (when small enough for the outbox row) and the information provided, by store key. */
function mailAttachments(letter: StoredLetter, pdf: LetterFile): OutboxAttachment[] {
  const files: OutboxAttachment[] = letter.attachments.map((a) => ({ name: a.name, contentType: a.mediaType, storageKey: a.sha256 }));
  if (pdf.bytes.byteLength > INLINE_ATTACHMENT_LIMIT_BYTES) return files;
  return [{ name: pdf.fileName, contentType: pdf.mediaType, base64: Buffer.from(pdf.bytes).toString('base64') }, ...files];
}

/** The e-mail to the applicant, when the letter is theirs and they gave an address; false otherwise. */
async function emailApplicant(tx: AppContext, application: StoredApplication, letter: StoredLetter, pdf: LetterFile): Promise<boolean> {
  if (LETTER_KIND_INFO[letter.kind].recipient !== 'applicant') return false;
  const attachments = mailAttachments(letter, pdf);
  const inline = attachments.some((a) => 'base64' in a);
  return notifyApplicant(tx, application, {
    subject: `${letter.title}（${letter.number}）`,
    lines: [
      `本机关已就您的政府信息公开申请作出${LETTER_KIND_INFO[letter.kind].label}（${letter.number}）${inline ? '，见附件' : ''}。`,
      ...(letter.attachments.length ? [`随文提供：${letter.attachments.map((a) => a.name).join('、')}。`] : []),
      '您也可凭受理编号和查询码在本机关政府信息公开网站的“依申请公开”栏目查看和下载。',
    ],
    attachments,
  });
}

/**
 * Record that an approved letter was sent (送达) on a date: not before its 审签 and not in the future.
 * From then on the applicant's status page links to it (sentLetters.ts), and a letter to an applicant
 * who gave an e-mail address is queued in the outbox in the same transaction, with its PDF and the
 * information provided attached. The ledger event the letter goes with is recorded by the application workflow.
 */
export async function markLetterSent(ctx: AppContext, input: { applicationId: string; letterId: string; sentOn: string }) {
  if (!isLocalDate(input.sentOn)) throw new ValidationError('送达日期无效', [{ path: 'sentOn', message: '请填写有效日期（YYYY-MM-DD）' }]);
  if (input.sentOn > ctx.clock.today()) throw new ValidationError('送达日期不能晚于今天', [{ path: 'sentOn', message: '送达日期不能晚于今天' }]);
  // An approved letter no longer changes, so its PDF is rendered before the transaction (no lock held meanwhile).
  const before = await letterFor(ctx, input.applicationId, input.letterId, LETTER_PERMISSIONS.prepare);
  const pdf = before.letter.status === 'approved' ? await renderLetterFile(ctx, before.letter, 'pdf') : null;
  return inTransaction(ctx, async (tx) => {
    const { application, letter } = await letterFor(tx, input.applicationId, input.letterId, LETTER_PERMISSIONS.prepare);
    const status = nextLetterStatus(letter.status, 'send');
    if (letter.approvedOn && input.sentOn < letter.approvedOn) {
      throw new ValidationError('送达日期不能早于审签日期', [{ path: 'sentOn', message: `文书于 ${letter.approvedOn} 审签，送达日期不能更早` }]);
    }
    const now = tx.clock.now();
    await applyLetterPatch(tx, letter, { status, sent_on: input.sentOn, sent_at: now, updated_at: now });
    const emailed = pdf ? await emailApplicant(tx, application, letter, pdf) : false;
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application_letter.sent',
      entityType: 'application_letter',
      entityId: letter.id,
      agencyId: letter.agencyId,
      summary: `${letterLabel(letter, application)}于 ${input.sentOn} 送达${emailed ? '，已通过电子邮件发送申请人' : ''}`,
      before: { status: letter.status },
      after: { status, sentOn: input.sentOn, emailed },
    });
    return { ...(await findLetter(tx.db, letter.id))!, emailed };
  });
}
