import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError, ValidationError } from '../../domain/shared/errors.ts';
import type { EndOfLife } from '../../domain/documents/document.ts';
import { DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { toJsonText, updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { findPublicRecord } from '../../storage/repositories/publishedDocument.repository.ts';
import { documentFor } from './documentAccess.ts';
import { writePublicRecord } from './publishWorkingCopy.ts';

/**
 * 撤回: a published document stops being shown as current, but its record stays: the
 * public page keeps the title, 索引号 and dates and says it was withdrawn and why; it
 * leaves search. The 索引号 is never reused (国办秘函〔2009〕6号).
 */
export async function withdrawDocument(ctx: AppContext, input: { documentId: string; reason: string }): Promise<EndOfLife> {
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.approve);
    const reason = input.reason?.trim();
    if (!reason) throw new ValidationError('撤回须写明原因', [{ path: 'reason', message: '请填写撤回原因，公众页面将显示' }]);
    const record = await findPublicRecord(tx.db, doc.id);
    if (!record || record.state === 'withdrawn') throw new DomainError('workflow.invalid_transition', '只有已发布的文件可以撤回');
    const status = nextDocumentStatus(doc.status, 'withdraw');
    const withdrawal: EndOfLife = { reason: reason.slice(0, 500), on: tx.clock.today(), by: tx.actor.name };
    await writePublicRecord(tx, { ...record, state: 'withdrawn', withdrawal });
    await updateDocumentRow(tx.db, doc.id, { status, withdrawal_json: toJsonText(withdrawal), publish_at: null, updated_at: tx.clock.now() });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.withdrawn', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `撤回文件「${doc.title}」（${record.indexNumber}）：${withdrawal.reason}`, before: { status: doc.status }, after: { status, withdrawal },
    });
    return withdrawal;
  });
}
