import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { SecrecyReview } from '../../domain/documents/document.ts';
import { canRecordSecrecyReview, DOCUMENT_PERMISSIONS, DOCUMENT_STATUS_LABELS } from '../../domain/documents/workflow.ts';
import { toJsonText, updateDocumentRow } from '../../storage/repositories/document.repository.ts';
import { documentFor } from './documentAccess.ts';

/**
 * Record the 保密审查 (条例第十七条: information is reviewed for secrets before release)
 * while the document is in 复核 or awaiting 审签; sign-off requires it. The record is
 * internal: it never reaches the public presenter.
 */
export async function confirmSecrecyReview(ctx: AppContext, input: { documentId: string; note?: string }): Promise<SecrecyReview> {
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.review).catch(async (error) => {
      if ((error as DomainError).code !== 'forbidden') throw error;
      return documentFor(tx, input.documentId, DOCUMENT_PERMISSIONS.approve);
    });
    if (!canRecordSecrecyReview(doc.status)) {
      throw new DomainError('workflow.invalid_transition', `文件状态为「${DOCUMENT_STATUS_LABELS[doc.status]}」，保密审查须在复核或审签阶段记录`);
    }
    const review: SecrecyReview = { reviewerId: tx.actor.id, reviewerName: tx.actor.name, at: tx.clock.now(), note: input.note?.trim() || null };
    await updateDocumentRow(tx.db, doc.id, { secrecy_json: toJsonText(review), updated_at: review.at });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'document.secrecy_confirmed', entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `文件「${doc.title}」保密审查确认不涉密${review.note ? `：${review.note}` : ''}`, after: review,
    });
    return review;
  });
}
