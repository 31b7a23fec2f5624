import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assignHandler } from '../../../app/applications/assignHandler.ts';
import { confirmReceipt } from '../../../app/applications/confirmReceipt.ts';
import { recordApplicationEvent } from '../../../app/applications/recordApplicationEvent.ts';
import { FEE_METHOD_LABELS, formatYuan } from '../../../domain/applications/fees.ts';
import { feeBreakdownLines } from '../../../domain/applications/feeNotice.ts';
import { EVENT_LABELS } from '../../../domain/applications/vocabulary.ts';
import { isDomainError, ValidationError, NotFoundError } from '../../../domain/shared/errors.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import type { FailedAction, FeePreview } from '../views/applications/actionForm.tsx';
import { availableActions, eventFromForm, feeAssessmentOf, formText, isEventAction, type FormBody } from './eventForms.ts';
import { getAgency } from '../../../app/agencies/getAgency.ts';
import { DUE_SOON_WORKING_DAYS } from '../../../app/applications/applicationQueue.ts';
import { feeCountThisMonth } from '../../../app/applications/feeCountThisMonth.ts';
import { getApplication } from '../../../app/applications/getApplication.ts';
import { loadCalendar } from '../../../app/calendar/loadCalendar.ts';
import { can } from '../../../domain/accounts/roles.ts';
import { STATUS_LABELS } from '../../../domain/applications/status.ts';
import { addWorkingDays } from '../../../domain/calendar/arithmetic.ts';
import { listApplicationHandlers } from '../../../app/applications/listApplicationHandlers.ts';
import { sendPage } from '../../shared/render.ts';
import { CasePage } from '../views/applications/casePage.tsx';
import { dueToneOf } from './registerPresenters.ts';
import { listReviewCases } from '../../../app/reports/listReviewCases.ts';

type CaseParams = { Params: { id: string } };
type Form = { Body: FormBody };
/** Refusals the officer can act on: shown at the form. Anything else (403, 404, 500) goes to the error pages. */
const SHOWN_CODES = new Set(['validation.failed', 'conflict']);

const NOTICES: Record<string, string> = {
  confirm: '已确认收到申请，答复期限已开始计算。',
  handler: '承办人已保存。',
  archived: '已归档。',
  feeNotified: '已记录收费通知。',
  ...Object.fromEntries(Object.entries(EVENT_LABELS).map(([type, label]) => [type, `已记录：${label}。`])),
};

export const caseNotice = (done: string | undefined) => (done && Object.hasOwn(NOTICES, done) ? NOTICES[done]! : null);

function valuesOf(body: FormBody): Record<string, string> {
  return Object.fromEntries(Object.entries(body ?? {}).filter(([key, value]) => key !== '_csrf' && typeof value === 'string').map(([key, value]) => [key, (value as string).slice(0, 2000)]));
}

/** A refusal re-renders the case page with the domain's message at that action's form; anything else is thrown on. */
function showRefusal(request: FastifyRequest<CaseParams & Form>, reply: FastifyReply, action: string, error: unknown) {
  if (!isDomainError(error) || !SHOWN_CODES.has(error.code)) throw error;
  // The ledger rules name the event ("第4项记录（…）："); at the form that is the event being added, so only the reason is shown.
  const reasons = [...new Set(error.issues.map((i) => i.message.replace(/^第\d+项记录（[^）]*）：/, '')))].filter((m) => m !== error.message);
  const failed: FailedAction = { action, message: error.message, issues: reasons, values: valuesOf(request.body) };
  return showCase(request, reply, request.params.id, { failed, status: error.code === 'conflict' ? 409 : 400 });
}

/** Run one action in its use case (one transaction: all or nothing), then back to the case page. */
async function act(request: FastifyRequest<CaseParams & Form>, reply: FastifyReply, action: string, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return showRefusal(request, reply, action, error);
  }
  return reply.redirect(`/admin/applications/${request.params.id}?done=${action}#actions-title`, 303);
}

/** The case page's actions: confirm receipt, assign the handler, ledger events, the 收费通知 with its computed fee. */
export function registerApplicationCaseRoutes(app: FastifyInstance): void {
  app.get<CaseParams & { Querystring: { done?: string } }>('/applications/:id', (request, reply) => showCase(request, reply, request.params.id, { notice: caseNotice(request.query.done) }));

  app.post<CaseParams & Form>('/applications/:id/confirm', (request, reply) =>
    act(request, reply, 'confirm', () => confirmReceipt(contextOf(request), request.params.id, formText(request.body, 'on', 20))));

  app.post<CaseParams & Form>('/applications/:id/handler', (request, reply) =>
    act(request, reply, 'handler', () => assignHandler(contextOf(request), request.params.id, formText(request.body, 'handlerId', 100) || null)));

  app.post<CaseParams & { Params: { action: string } } & Form>('/applications/:id/events/:action', (request, reply) => {
    const action = request.params.action;
    if (!isEventAction(action)) return reply.callNotFound();
    return act(request, reply, action, () => recordApplicationEvent(contextOf(request), request.params.id, eventFromForm(action, request.body)));
  });

  app.post<CaseParams & Form>('/applications/:id/fee', async (request, reply) => {
    if (formText(request.body, 'step') !== 'record') {
      try {
        const fee = feeAssessmentOf(request.body);
        const preview: FeePreview = { methodLabel: FEE_METHOD_LABELS[fee.method], amountYuan: fee.amountYuan, amountText: formatYuan(fee.amountYuan), breakdown: feeBreakdownLines(fee), values: valuesOf(request.body) };
        return await showCase(request, reply, request.params.id, { feePreview: preview });
      } catch (error) {
        return showRefusal(request, reply, 'feeNotified', error);
      }
    }
    return act(request, reply, 'feeNotified', async () => {
      const fee = feeAssessmentOf(request.body);
      if (fee.amountYuan <= 0) throw new ValidationError('本件申请应收信息处理费为0元，无需发出收费通知');
      const note = `${FEE_METHOD_LABELS[fee.method]}，应收${formatYuan(fee.amountYuan)}`;
      await recordApplicationEvent(contextOf(request), request.params.id, { type: 'feeNotified', on: formText(request.body, 'on', 20), amount: fee.amountYuan, note });
    });
  });
}

export interface CaseExtras {
  notice?: string | null;
  failed?: FailedAction | null;
  feePreview?: FeePreview | null;
  status?: number;
}

/** Staff who may be made 承办人: active users of the agency who may handle applications. */
async function handlersOf(request: FastifyRequest, agencyId: string) {
  const staff = await listApplicationHandlers(contextOf(request), agencyId);
  return staff.filter((u) => u.canHandle).map((u) => ({ value: u.id, label: u.name }));
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
  const linked = await listReviewCases(ctx, { agencyId: agency.id, applicationId: a.id });
  const page = (
    <CasePage
      viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} application={a} statusLabel={STATUS_LABELS[a.status]}
      events={detail.events} clock={detail.clock} explanation={detail.explanation} tone={tone} handlerName={detail.handlerName}
      handlers={canHandle ? await handlersOf(request, agency.id) : []} canHandle={canHandle} state={state} today={today}
      fee={{ alreadyThisMonth: feeShown ? await feeCountThisMonth(ctx, a.id) : null, preview: extras.feePreview ?? null }}
      failed={extras.failed ?? null} notice={extras.notice ?? null} reviewCases={{ cases: linked.cases, canRegister: linked.canEdit }}
    />
  );
  return sendPage(reply, page, extras.status ?? 200);
}
