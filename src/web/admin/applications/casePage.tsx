import type { FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../../app/agencies/getAgency.ts';
import { DUE_SOON_WORKING_DAYS } from '../../../app/applications/applicationQueue.ts';
import { feeCountThisMonth } from '../../../app/applications/feeCountThisMonth.ts';
import { getApplication } from '../../../app/applications/getApplication.ts';
import { loadCalendar } from '../../../app/calendar/loadCalendar.ts';
import { can } from '../../../domain/accounts/roles.ts';
import { STATUS_LABELS } from '../../../domain/applications/status.ts';
import { addWorkingDays } from '../../../domain/calendar/arithmetic.ts';
import { NotFoundError } from '../../../domain/shared/errors.ts';
import { listUserRecords } from '../../../storage/repositories/user.repository.ts';
import { sendPage } from '../../shared/render.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import type { FailedAction } from '../views/applications/actionForm.tsx';
import { CasePage } from '../views/applications/casePage.tsx';
import type { FeePreview } from '../views/applications/feeForm.tsx';
import { availableActions } from './availableActions.ts';
import { dueToneOf } from './registerPresenters.ts';

export interface CaseExtras {
  notice?: string | null;
  failed?: FailedAction | null;
  feePreview?: FeePreview | null;
  status?: number;
}

/** Staff who may be made 承办人: active users of the agency who may handle applications. */
async function handlersOf(request: FastifyRequest, agencyId: string) {
  const users = await listUserRecords(request.server.gongkai.engine.db, agencyId);
  return users.filter((u) => !u.disabled && u.roles.some((r) => r === 'editor' || r === 'agency_admin')).map((u) => ({ value: u.id, label: u.displayName }));
}

/**
 * The case page. getApplication checks that the actor is staff of the application's agency (403
 * otherwise, supervisors included) and audits the view of the applicant's details.
 */
export async function showCase(request: FastifyRequest, reply: FastifyReply, applicationId: string, extras: CaseExtras = {}) {
  const ctx = contextOf(request);
  const detail = await getApplication(ctx, applicationId);
  const a = detail.application;
  const agency = await getAgency(ctx.db, a.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const canHandle = can(request.actor, 'application.handle', { agencyId: agency.id, regionPath: agency.regionPath });
  const state = availableActions(a, detail.clock, detail.events);
  const today = ctx.clock.today();
  const soonBy = addWorkingDays(await loadCalendar(ctx), today, DUE_SOON_WORKING_DAYS);
  const tone = dueToneOf({ overdue: detail.overdue, status: a.status, dueOn: detail.clock?.dueOn ?? null }, soonBy);
  const feeShown = canHandle && state.actions.has('feeNotified');
  const page = (
    <CasePage
      viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} application={a} statusLabel={STATUS_LABELS[a.status]}
      events={detail.events} clock={detail.clock} explanation={detail.explanation} tone={tone} handlerName={detail.handlerName}
      handlers={canHandle ? await handlersOf(request, agency.id) : []} canHandle={canHandle} state={state} today={today}
      fee={{ alreadyThisMonth: feeShown ? await feeCountThisMonth(ctx, a.id) : null, preview: extras.feePreview ?? null }}
      failed={extras.failed ?? null} notice={extras.notice ?? null}
    />
  );
  return sendPage(reply, page, extras.status ?? 200);
}
