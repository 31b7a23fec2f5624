import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { blocking, type CheckFinding } from '../../domain/documents/prePublicationChecks.ts';
import { assertDocumentSignOff, documentActionFor, nextDocumentStatus, type DocumentEvent } from '../../domain/documents/workflow.ts';
import { updateDocumentRow, type DocumentPatch } from '../../storage/repositories/document.repository.ts';
import { findingsFor } from './checkDocument.ts';
import { documentFor } from './documentAccess.ts';
import { ensureDocumentDeadline } from './documentDeadline.ts';

/** Blocking findings stop the step, listed field by field; warnings are returned for the page. */
export function assertNoBlocking(findings: readonly CheckFinding[]): CheckFinding[] {
  const blocked = blocking(findings);
  if (blocked.length) throw new ValidationError(`发布前检查未通过（${blocked.length}项）`, blocked.map((f) => ({ path: f.field, message: f.message })));
  return findings.filter((f) => f.severity === 'warn');
}

const VERBS: Partial<Record<DocumentEvent, { action: string; verb: string }>> = {
  submit: { action: 'document.submitted', verb: '提交复核' },
  review_pass: { action: 'document.review_passed', verb: '复核通过' },
  review_return: { action: 'document.returned', verb: '复核退回' },
};

async function step(ctx: AppContext, documentId: string, event: 'submit' | 'review_pass' | 'review_return', comment?: string) {
  return inTransaction(ctx, async (tx) => {
    const doc = await documentFor(tx, documentId, documentActionFor(event));
    const status = nextDocumentStatus(doc.status, event);
    if (event !== 'submit') assertDocumentSignOff(doc, 'review', tx.actor.id);
    const note = comment?.trim() || null;
    if (event === 'review_return' && !note) throw new ValidationError('退回时请填写意见', [{ path: 'comment', message: '请写明退回原因和修改要求' }]);
    const warnings = event === 'review_return' ? [] : assertNoBlocking(await findingsFor(tx, doc));
    const now = tx.clock.now();
    const patch: DocumentPatch = { status, updated_at: now, review_comment: event === 'submit' ? null : (note ?? doc.reviewComment) };
    if (event === 'submit') Object.assign(patch, { submitted_by: tx.actor.id, submitted_at: now });
    if (event === 'review_pass') Object.assign(patch, { reviewed_by: tx.actor.id, reviewed_at: now });
    await updateDocumentRow(tx.db, doc.id, patch);
    if (event === 'submit') await ensureDocumentDeadline(tx, doc);
    await tx.audit.record(tx.db, tx.actor, {
      action: VERBS[event]!.action, entityType: 'document', entityId: doc.id, agencyId: doc.agencyId,
      summary: `文件「${doc.title}」${VERBS[event]!.verb}${note ? `：${note}` : ''}`, before: { status: doc.status }, after: { status, comment: note },
    });
    return { status, warnings };
  });
}

/** 填表人 submits a draft for 复核; blocking check findings stop it. */
export function submitDocument(ctx: AppContext, input: { documentId: string }) {
  return step(ctx, input.documentId, 'submit');
}

/** 复核人 passes (checks must still pass) or returns with a comment; the 填表人 of the round may not. */
export function reviewDocument(ctx: AppContext, input: { documentId: string; decision: 'pass' | 'return'; comment?: string }) {
  return step(ctx, input.documentId, input.decision === 'pass' ? 'review_pass' : 'review_return', input.comment);
}
