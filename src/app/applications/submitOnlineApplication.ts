import { randomUUID } from 'node:crypto';
import { validateApplicationInput } from '../../domain/applications/applicationInput.ts';
import { DomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { findRecentDuplicate } from '../../storage/repositories/application.repository.ts';
import { countSubmissionsSince, recordSubmission } from '../../storage/repositories/applicationSubmission.repository.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { applicationLabel } from './applicationAccess.ts';
import { storeApplication } from './storeApplication.ts';
import { dedupeKey } from './trackingCodes.ts';

/** Flood protection of the public form: submissions per source (a hash of the address). */
export const SUBMISSION_LIMITS = { perHour: 5, perDay: 20 } as const;
/** The same applicant sending the same request again within this window is told, not registered twice. */
const DUPLICATE_WINDOW_MS = 24 * 3600 * 1000;

export interface OnlineSubmission {
  agencyId: string;
  /** The form fields (条例第二十九条). */
  fields: Record<string, unknown>;
  /** An opaque key of where the request came from (the web layer hashes the address). */
  sourceKey: string;
}

/**
 * 网上申请 (条例第二十九条): the application waits for staff to confirm receipt, which fixes the
 * date it counts as received (条例第三十一条第（三）项). Returns the 受理编号 and the 查询码,
 * shown once. Refuses floods from one source and an identical request within a day.
 */
export async function submitOnlineApplication(ctx: AppContext, input: OnlineSubmission) {
  const agency = await findAgency(ctx.db, input.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const value = validateApplicationInput(input.fields);
  const nowMs = Date.parse(ctx.clock.now());
  return inTransaction(ctx, async (tx) => {
    const hourAgo = new Date(nowMs - 3600 * 1000).toISOString();
    const dayAgo = new Date(nowMs - 24 * 3600 * 1000).toISOString();
    if ((await countSubmissionsSince(tx.db, input.sourceKey, hourAgo)) >= SUBMISSION_LIMITS.perHour || (await countSubmissionsSince(tx.db, input.sourceKey, dayAgo)) >= SUBMISSION_LIMITS.perDay) {
      throw new DomainError('auth.throttled', '提交过于频繁，请稍后再试；如有急需，请致电或到受理机构当面提交');
    }
    const key = dedupeKey(agency.id, value.applicant.idNumber, value.applicant.name, value.request);
    const duplicate = await findRecentDuplicate(tx.db, key, new Date(nowMs - DUPLICATE_WINDOW_MS).toISOString());
    if (duplicate) {
      throw new DomainError('conflict', '您已提交过内容相同的申请，请勿重复提交；可凭当时获得的受理编号和查询码查询办理进度');
    }
    await recordSubmission(tx.db, randomUUID(), input.sourceKey, tx.clock.now());
    const stored = await storeApplication(tx, {
      agencyId: agency.id,
      ref: null,
      source: 'online',
      channel: 'online',
      applicantType: value.applicantType,
      applicant: value.applicant,
      request: value.request,
      deliveryForm: value.deliveryForm,
      delivery: { medium: value.medium, way: value.way },
      submittedAt: tx.clock.now(),
      receivedOn: null,
      receivedBasis: null,
      dedupeKey: key,
    });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'application.submitted',
      entityType: 'application',
      entityId: stored.application.id,
      agencyId: agency.id,
      summary: `收到网上${applicationLabel(stored.application)}，待确认收到`,
    });
    return { trackingNo: stored.application.trackingNo, queryCode: stored.queryCode, agencyName: agency.name, applicationId: stored.application.id };
  });
}
