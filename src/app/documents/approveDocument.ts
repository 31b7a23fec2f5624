import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import type { CheckFinding } from '../../domain/documents/prePublicationChecks.ts';
import { assertDocumentSignOff, DOCUMENT_PERMISSIONS, nextDocumentStatus } from '../../domain/documents/workflow.ts';
import { updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { findingsFor } from './checkDocument.ts';
import { assertNoBlocking } from './changeDocumentStatus.ts';
import { documentFor } from './documentAccess.ts';
import { publishWorkingCopy } from './publishWorkingCopy.ts';

export interface ApproveInput {
  documentId: string;
  decision: 'approve' | 'return';
  comment?: string;
  /** 定时发布: an instant in the future; absent or past = publish now. */
  publishAt?: string | null;
  /** What changed, for the revision history (edits after publication). */
  changeNote?: string;
}

export interface ApproveResult {
  status: 'published' | 'scheduled' | 'returned';
  indexNumber: string | null;
  revision: number | null;
  warnings: CheckFinding[];
}

/**
 * 审签人 signs off — the document is published (索引号 assigned on first publication) or
 * scheduled — or returns it with a comment. Sign-off needs the recorded 保密审查
 * (条例第十七条) and no blocking pre-publication finding; the 填表人 and 复核人 of the round may not sign.
 */
export async function approveDocument(ctx: AppContext, input: ApproveInput): Promise<ApproveResult> {
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.approve);
    if (doc.status === 'reviewed') assertDocumentSignOff(doc, 'approve', tx.actor.id);
    const now = tx.clock.now();
    const note = input.comment?.trim() || null;
    if (input.decision === 'return') {
      const status = nextDocumentStatus(doc.status, 'approve_return');
      if (!note) throw new ValidationError('退回时请填写意见', [{ path: 'comment', message: '请写明退回原因和修改要求' }]);
      await updateDocumentRow(tx.db, doc.id, { status, review_comment: note, updated_at: now });
      await tx.audit.record(tx.db, tx.actor, {
        action: 'document.returned', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
        summary: `文件「${doc.title}」审签退回：${note}`, before: { status: doc.status }, after: { status, comment: note },
      });
      return { status: 'returned', indexNumber: doc.indexNumber, revision: null, warnings: [] };
    }
    const scheduled = Boolean(input.publishAt && Date.parse(input.publishAt) > Date.parse(now));
    if (input.publishAt && Number.isNaN(Date.parse(input.publishAt))) throw new ValidationError('发布时间格式错误', [{ path: 'publishAt', message: '请填写有效的发布时间' }]);
    nextDocumentStatus(doc.status, scheduled ? 'approve_scheduled' : 'approve_now');
    if (!doc.secrecyReview) throw new ValidationError('审签前须完成保密审查（条例第十七条）', [{ path: 'secrecyReview', message: '请先记录保密审查结论' }]);
    const warnings = assertNoBlocking(await findingsFor(tx, doc));
    await updateDocumentRow(tx.db, doc.id, {
      approved_by: tx.actor.id, approved_at: now, review_comment: note ?? doc.reviewComment,
      ...(scheduled ? { status: 'scheduled', publish_at: new Date(input.publishAt!).toISOString(), updated_at: now } : {}),
    });
    const published = scheduled ? null : await publishWorkingCopy(tx, doc, input.changeNote?.trim() || null);
    await tx.audit.record(tx.db, tx.actor, {
      action: scheduled ? 'document.scheduled' : 'document.published', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: scheduled ? `文件「${doc.title}」审签通过，定时于 ${input.publishAt} 发布` : `文件「${doc.title}」审签发布，索引号 ${published!.indexNumber}（第${published!.revision}版）`,
      before: { status: doc.status }, after: { status: scheduled ? 'scheduled' : 'published', indexNumber: published?.indexNumber ?? null, publishAt: input.publishAt ?? null },
    });
    return { status: scheduled ? 'scheduled' : 'published', indexNumber: published?.indexNumber ?? null, revision: published?.revision ?? null, warnings };
  });
}
