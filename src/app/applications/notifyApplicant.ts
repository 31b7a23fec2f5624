import type { StoredApplication } from '../../domain/applications/stored.ts';
import { PROVISIONAL_NOTE } from '../../domain/calendar/warnings.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage, type EnqueueMessageInput } from '../operations/enqueueMessage.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';

/**
 * A notice to the applicant by e-mail, when they gave an address: queued in the caller's
 * transaction (sent by the deliver-outbox job; never blocks the request). Returns false
 * when there is no address to write to.
 */
export async function notifyApplicant(
  tx: AppContext,
  application: StoredApplication,
  notice: { subject: string; lines: string[]; attachments?: EnqueueMessageInput['attachments'] },
): Promise<boolean> {
  const email = application.applicant.email?.trim();
  if (!email) return false;
  const agency = await findAgency(tx.db, application.agencyId);
  const body = [`${application.applicant.name}：`, ...notice.lines, '', `${agency?.name ?? ''}`, '（本邮件由政务公开平台自动发送，请勿直接回复。）'].join('\n');
  await enqueueMessage(tx, {
    agencyId: application.agencyId,
    about: { type: 'application', id: application.id },
    channel: 'email',
    recipient: email,
    subject: `${notice.subject}（受理编号 ${application.trackingNo}）`,
    body,
    ...(notice.attachments ? { attachments: notice.attachments } : {}),
  });
  return true;
}

/** The lines of the 受理 notice: when it counts as received and when the answer is due. */
export function receiptNoticeLines(a: StoredApplication, dueOn: string | null, provisional: boolean): string[] {
  return [
    `您提交的政府信息公开申请已于 ${a.receivedOn} 收到（${a.receivedBasis ?? '条例第三十一条'}）。`,
    dueOn ? `本机关将于 ${dueOn}${provisional ? `（暂定：${PROVISIONAL_NOTE}）` : ''}前作出答复（《中华人民共和国政府信息公开条例》第三十三条）。` : '',
    `您可凭受理编号和查询码在本机关政府信息公开网站的“依申请公开”栏目查询办理进度。`,
  ].filter(Boolean);
}
