import type { AppContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { actionFor, assertVersionSignOff, nextStatus, type VersionEvent, type VersionStatus } from '../../domain/catalog/workflow.ts';
import { signOffConflict, STRICT_SIGN_OFF, type SignOffPolicy } from '../../domain/catalog/workflowSignOff.ts';
import { submissionReasonFor, type OnePersonException } from '../../domain/catalog/signOffNotes.ts';
import { lintCatalog } from '../../domain/catalog/lint.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import type { VersionMeta } from '../../domain/catalog/version.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { findVersion, findVersionByStatus, listItems, updateVersion, type VersionPatch } from '../../storage/repositories/catalog.repository.ts';
import { getOnePersonException } from './signOffRecord.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';

const AUDIT: Record<VersionEvent, { action: string; verb: string }> = {
  submit: { action: 'catalog.submitted', verb: '提交复核' },
  review_pass: { action: 'catalog.review_passed', verb: '复核通过' },
  review_return: { action: 'catalog.returned', verb: '复核退回' },
  approve: { action: 'catalog.published', verb: '审签发布' },
  approve_return: { action: 'catalog.returned', verb: '审签退回' },
  supersede: { action: 'catalog.superseded', verb: '被新版本替代' },
};

/** Lint errors of the version as stored (lint does not read the agency's name). */
async function lintErrorCount(db: Kysely<Database>, version: VersionMeta): Promise<number> {
  const doc = toCatalogDocument({ version, items: await listItems(db, version.id) }, '');
  return lintCatalog(doc).filter((finding) => finding.severity === 'error').length;
}

/** The agency's one-person exception, when this step needs it (the strict rule would refuse it); null otherwise. */
async function exceptionUsed(db: Kysely<Database>, version: VersionMeta, event: VersionEvent, actorId: string | null): Promise<OnePersonException | null> {
  const step = event.startsWith('review') ? 'review' : event.startsWith('approve') ? 'approve' : null;
  const round = { preparerId: version.submittedBy, reviewerId: version.reviewedBy };
  if (!step || !signOffConflict(round, step, actorId, STRICT_SIGN_OFF)) return null;
  return getOnePersonException(db, version.agencyId);
}

/** On sign-off, the previously published version becomes superseded. */
async function supersedePublished(tx: AppContext, version: VersionMeta): Promise<void> {
  const previous = await findVersionByStatus(tx.db, version.agencyId, ['published']);
  if (!previous) return;
  await updateVersion(tx.db, previous.id, { status: nextStatus(previous.status, 'supersede') });
  await tx.audit.record(tx.db, tx.actor, {
    action: AUDIT.supersede.action, entityType: 'catalog_version', entityId: previous.id, agencyId: version.agencyId,
    summary: `目录第${previous.number}版${AUDIT.supersede.verb}（第${version.number}版）`,
    before: { status: previous.status }, after: { status: 'superseded' },
  });
}

interface StepRecord {
  status: VersionStatus;
  note: string | null;
  lintErrors: number;
  reason: string | null;
  onePersonException: OnePersonException | null;
}

/** The step's audit event; its after JSON also carries the submission reason and the exception used (signOffRecord.ts reads them back). */
async function recordStep(tx: AppContext, version: VersionMeta, event: VersionEvent, step: StepRecord): Promise<void> {
  const { status, note, lintErrors, reason, onePersonException } = step;
  await tx.audit.record(tx.db, tx.actor, {
    action: AUDIT[event].action,
    entityType: 'catalog_version',
    entityId: version.id,
    agencyId: version.agencyId,
    summary: `目录第${version.number}版${AUDIT[event].verb}${note ? `：${note}` : ''}${reason ? `（带${lintErrors}处检查错误，理由：${reason}）` : ''}${onePersonException ? '（按单人单位例外签批）' : ''}`,
    before: { status: version.status },
    after: { status, comment: note, ...(reason ? { lintErrors, lintReason: reason } : {}), ...(onePersonException ? { onePersonException } : {}) },
  });
}

/**
 * Move a version one step along 填表人 → 复核人 → 审签人 (workflow.ts), recording
 * who did it; on sign-off the previous published version becomes superseded.
 * The sign-off names on the official table are the people who signed, three different
 * people (assertVersionSignOff; 条例第十七条), system administrators included, unless the agency has
 * switched on the audited one-person exception, which the step's audit event then records. A version
 * with lint errors is submitted only with a written reason, kept in the submission's audit event.
 */
async function changeVersionStatus(ctx: AppContext, versionId: string, event: VersionEvent, comment?: string, lintReason?: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const version = await findVersion(tx.db, versionId);
    if (!version) throw new NotFoundError('找不到该目录版本');
    assertCan(tx.actor, actionFor(event), await agencyScope(tx.db, version.agencyId));
    const status = nextStatus(version.status, event);
    const onePersonException = await exceptionUsed(tx.db, version, event, tx.actor.id);
    const policy: SignOffPolicy = onePersonException ? { allowOnePerson: true } : STRICT_SIGN_OFF;
    assertVersionSignOff(version, event, tx.actor.id, policy);
    const lintErrors = event === 'submit' ? await lintErrorCount(tx.db, version) : 0;
    const reason = submissionReasonFor(lintErrors, lintReason);
    const returning = event === 'review_return' || event === 'approve_return';
    const note = comment?.trim() || null;
    if (returning && !note) throw new ValidationError('退回时请填写意见', [{ path: 'comment', message: '请写明退回原因和修改要求' }]);
    const now = tx.clock.now();
    const patch: VersionPatch = { status, review_comment: note ?? (event === 'submit' ? null : version.reviewComment) };
    if (event === 'submit') Object.assign(patch, { submitted_by: tx.actor.id, submitted_at: now, preparer: tx.actor.name, prepared_on: version.preparedOn ?? chinaDateOf(now) });
    if (event === 'review_pass') Object.assign(patch, { reviewed_by: tx.actor.id, reviewed_at: now, reviewer: tx.actor.name });
    if (event === 'approve') Object.assign(patch, { approved_by: tx.actor.id, approved_at: now, approver: tx.actor.name });
    if (event === 'approve') await supersedePublished(tx, version);
    await updateVersion(tx.db, version.id, patch);
    await recordStep(tx, version, event, { status, note, lintErrors, reason, onePersonException });
  });
}

/** Submit for review; `lintReason` is required (at least 10 characters) while lint finds errors. */
export function submitCatalogVersion(ctx: AppContext, input: { versionId: string; lintReason?: string }): Promise<void> {
  return changeVersionStatus(ctx, input.versionId, 'submit', undefined, input.lintReason);
}

export function reviewCatalogVersion(ctx: AppContext, input: { versionId: string; decision: 'pass' | 'return'; comment?: string }): Promise<void> {
  return changeVersionStatus(ctx, input.versionId, input.decision === 'pass' ? 'review_pass' : 'review_return', input.comment);
}

export function approveCatalogVersion(ctx: AppContext, input: { versionId: string; decision: 'approve' | 'return'; comment?: string }): Promise<void> {
  return changeVersionStatus(ctx, input.versionId, input.decision === 'approve' ? 'approve' : 'approve_return', input.comment);
}
