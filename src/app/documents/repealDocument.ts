import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import type { EndOfLife } from '../../domain/documents/document.ts';
import { isLocalDate } from '../../domain/calendar/localDate.ts';
import { DOCUMENT_PERMISSIONS } from '../../domain/documents/workflow.ts';
import { toJsonText, updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { findPublicRecord } from '../../storage/repositories/publishedDocument.repository.ts';
import { documentFor } from './documentAccess.ts';
import { writePublicRecord } from './publishWorkingCopy.ts';

/**
 * 废止 (or 失效): the document stays published and searchable, its 有效性 becomes 废止/失效
 * with the 废止日期 and reason, and the public page says so. Neither the 索引号 nor the
 * revision changes: this is a change of status, not of content.
 */
export async function repealDocument(ctx: AppContext, input: { documentId: string; reason: string; on: string; validity?: 'repealed' | 'expired' }): Promise<EndOfLife> {
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.approve);
    const reason = input.reason?.trim();
    if (!reason) throw new ValidationError('废止须写明原因', [{ path: 'reason', message: '请填写废止原因或依据' }]);
    if (!isLocalDate(input.on)) throw new ValidationError('废止日期格式错误', [{ path: 'on', message: '日期格式应为 YYYY-MM-DD' }]);
    const record = await findPublicRecord(tx.db, doc.id);
    if (!record) throw new DomainError('workflow.invalid_transition', '只有已发布的文件可以废止');
    const validity = input.validity ?? 'repealed';
    const repeal: EndOfLife = { reason: reason.slice(0, 500), on: input.on, by: tx.actor.name };
    await writePublicRecord(tx, { ...record, content: { ...record.content, validity, repealedOn: input.on }, repeal });
    await updateDocumentRow(tx.db, doc.id, { validity, repealed_on: input.on, repeal_json: toJsonText(repeal), updated_at: tx.clock.now() });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.repealed', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `文件「${doc.title}」（${record.indexNumber}）${validity === 'repealed' ? '废止' : '失效'}于 ${input.on}：${repeal.reason}`,
      before: { validity: doc.validity }, after: { validity, repeal },
    });
    return repeal;
  });
}
