import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { agenciesPermitted } from '../../app/agencies/agenciesPermitted.ts';
import { agencyScope, getAgency } from '../../app/agencies/getAgency.ts';
import { createReviewCase } from '../../app/reports/createReviewCase.ts';
import { getReviewCase } from '../../app/reports/getReviewCase.ts';
import { listReviewCases } from '../../app/reports/listReviewCases.ts';
import type { ReviewCaseView } from '../../app/reports/reviewCaseInput.ts';
import { updateReviewCase } from '../../app/reports/updateReviewCase.ts';
import { can } from '../../domain/accounts/roles.ts';
import { REVIEW_CASE_FIELDS } from '../../domain/annualReport/reviewCase.ts';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { fieldErrorsOf, formText, isUserFormError } from './userFormErrors.ts';
import { ReviewCaseFormPage } from './views/reports/reviewCaseFormPage.tsx';
import { ReviewCasesPage } from './views/reports/reviewCasesPage.tsx';

type ListQuery = { Querystring: { agency?: string; year?: string; kind?: string; result?: string; done?: string } };
type NewQuery = { Querystring: { agency?: string; application?: string } };
type CaseParams = { Params: { id: string } };
type Form = { Body: Record<string, unknown> | undefined };

const NOTICES: Record<string, string> = { created: '案件已登记。', updated: '案件已保存。' };
const FIELDS: readonly string[] = REVIEW_CASE_FIELDS;

/** The agency a page is about: the one asked for, else the actor's own, else the first readable (report.view). */
async function chosenAgency(request: FastifyRequest, asked: string | undefined) {
  const choices = await agenciesPermitted(contextOf(request), 'report.view');
  const chosen = asked ? choices.find((c) => c.id === asked) : (choices.find((c) => c.id === request.actor.agencyId) ?? choices[0]);
  if (!chosen) throw new ForbiddenError('您无权查看该单位的行政复议、行政诉讼登记');
  return { chosen, choices };
}

const formValues = (body: Record<string, unknown> | undefined) => Object.fromEntries(FIELDS.map((field) => [field, formText(body?.[field]).slice(0, 1000)]));

const valuesOf = (c: ReviewCaseView): Record<string, string> => ({
  kind: c.kind, caseNumber: c.caseNumber ?? '', filedOn: c.filedOn, decidedOn: c.decidedOn ?? '', result: c.result, body: c.body ?? '',
  applicationTrackingNo: c.applicationTrackingNo ?? '', summary: c.summary ?? '',
});

interface FormState { caseId: string | null; values: Record<string, string>; errors?: Record<string, string>; notice?: string | null; full?: boolean }

async function showForm(request: FastifyRequest, reply: FastifyReply, agencyId: string, state: FormState, status = 200) {
  const agency = await getAgency(request.server.gongkai.engine.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = await agencyScope(request.server.gongkai.engine.db, agency.id);
  const canEdit = can(request.actor, 'report.edit', scope);
  const full = state.full ?? can(request.actor, 'application.view', scope);
  const page = <ReviewCaseFormPage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} caseId={state.caseId} values={state.values} errors={state.errors ?? {}} canEdit={canEdit} full={full} notice={state.notice ?? null} />;
  return sendPage(reply, page, status);
}

/** 行政复议、行政诉讼登记 (table 四): list with filters, 登记, 修改. The use cases check report.view / report.edit. */
export function registerReviewCaseRoutes(app: FastifyInstance): void {
  app.get<ListQuery>('/review-cases', async (request, reply) => {
    const { chosen, choices } = await chosenAgency(request, request.query.agency);
    const filter = { year: /^\d{4}$/.test(request.query.year ?? '') ? request.query.year! : '', kind: request.query.kind ?? '', result: request.query.result ?? '' };
    const { cases, canEdit } = await listReviewCases(contextOf(request), { agencyId: chosen.id, year: filter.year ? Number(filter.year) : null, kind: filter.kind, result: filter.result });
    const notice = request.query.done && Object.hasOwn(NOTICES, request.query.done) ? NOTICES[request.query.done]! : null;
    return sendPage(reply, <ReviewCasesPage viewer={staffViewerOf(request, reply)} agency={chosen} agencies={choices} filter={filter} cases={cases} canEdit={canEdit} notice={notice} />);
  });

  app.get<NewQuery>('/review-cases/new', async (request, reply) => {
    const { chosen } = await chosenAgency(request, request.query.agency);
    if (!can(request.actor, 'report.edit', await agencyScope(request.server.gongkai.engine.db, chosen.id))) throw new ForbiddenError('登记行政复议、行政诉讼案件须由本单位填表人进行');
    return showForm(request, reply, chosen.id, { caseId: null, values: { applicationTrackingNo: (request.query.application ?? '').slice(0, 40), result: 'pending' } });
  });

  app.post<Form>('/review-cases', async (request, reply) => {
    const agencyId = formText(request.body?.agencyId);
    const values = formValues(request.body);
    try {
      await createReviewCase(contextOf(request), agencyId, values);
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return showForm(request, reply, agencyId, { caseId: null, values, errors: fieldErrorsOf(error, FIELDS, 'form') }, 400);
    }
    return reply.redirect(`/admin/review-cases?agency=${encodeURIComponent(agencyId)}&done=created`, 303);
  });

  app.get<CaseParams & { Querystring: { done?: string } }>('/review-cases/:id', async (request, reply) => {
    const found = await getReviewCase(contextOf(request), request.params.id);
    return showForm(request, reply, found.agencyId, { caseId: found.id, values: valuesOf(found), full: found.full, notice: request.query.done === 'updated' ? NOTICES.updated : null });
  });

  app.post<CaseParams & Form>('/review-cases/:id', async (request, reply) => {
    const found = await getReviewCase(contextOf(request), request.params.id);
    const values = formValues(request.body);
    try {
      await updateReviewCase(contextOf(request), found.id, values);
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return showForm(request, reply, found.agencyId, { caseId: found.id, values, errors: fieldErrorsOf(error, FIELDS, 'form') }, 400);
    }
    return reply.redirect(`/admin/review-cases/${found.id}?done=updated`, 303);
  });
}
