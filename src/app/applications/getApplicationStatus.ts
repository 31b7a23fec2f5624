import { OUTCOMES } from '../../domain/applications/vocabulary.ts';
import { STATUS_LABELS } from '../../domain/applications/status.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { findApplicationByTrackingNo } from '../../storage/repositories/application.repository.ts';
import { listApplicationEvents } from '../../storage/repositories/applicationEvent.repository.ts';
import { findAgency } from '../../storage/repositories/agency.repository.ts';
import type { AppContext } from '../context.ts';
import { publicStageOf } from './publicStages.ts';
import { queryCodeMatches } from './trackingCodes.ts';

/** One answer for "no such number" and "wrong code", so numbers cannot be probed (no enumeration). */
const NOT_FOUND = '未查到该申请：请核对受理编号和查询码';

export interface SentLetterLink {
  id: string;
  title: string;
  number: string | null;
  sentOn: string | null;
}

/** Letters already sent to the applicant, supplied by the letters module (registered at start). */
export type SentLettersSource = (ctx: AppContext, applicationId: string) => Promise<SentLetterLink[]>;
let sentLetters: SentLettersSource = async () => [];
export function registerSentLettersSource(source: SentLettersSource): void {
  sentLetters = source;
}

/**
 * The public status page (tracking number + query code): the stage, the dates and the letters
 * sent — nothing personal: no name, no contact details, no request text, no consulted party.
 */
export async function getApplicationStatus(ctx: AppContext, trackingNo: string, queryCode: string) {
  const number = trackingNo.trim();
  const code = queryCode.replace(/\s/g, '');
  if (!number || !code) throw new ValidationError('请填写受理编号和查询码', [{ path: 'trackingNo', message: '请填写受理编号和查询码' }]);
  if (number.length > 40 || code.length > 20) throw new NotFoundError(NOT_FOUND);
  const found = await findApplicationByTrackingNo(ctx.db, number);
  if (!found || !queryCodeMatches(code, found.queryCodeHash)) throw new NotFoundError(NOT_FOUND);
  const a = found.application;
  const agency = await findAgency(ctx.db, a.agencyId);
  const events = await listApplicationEvents(ctx.db, a.id);
  return {
    /** Opaque; the web layer signs letter-download tokens with it. Never rendered. */
    applicationId: a.id,
    trackingNo: a.trackingNo,
    agencyName: agency?.name ?? '',
    agencyId: a.agencyId,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    submittedOn: a.submittedAt ? chinaDateOf(a.submittedAt) : null,
    receivedOn: a.receivedOn,
    dueOn: a.dueOn,
    provisional: a.provisional,
    closedOn: a.closedOn,
    outcomeLabel: a.outcome ? OUTCOMES[a.outcome].label : null,
    stages: publicStageOf(a, events),
    letters: await sentLetters(ctx, a.id),
  };
}
