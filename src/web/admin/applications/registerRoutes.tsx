import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { applicationCounts } from '../../../app/applications/applicationCounts.ts';
import { DUE_SOON_WORKING_DAYS } from '../../../app/applications/applicationQueue.ts';
import { listApplications } from '../../../app/applications/listApplications.ts';
import { registerApplication } from '../../../app/applications/registerApplication.ts';
import { loadCalendar } from '../../../app/calendar/loadCalendar.ts';
import { validateApplicationInput } from '../../../domain/applications/applicationInput.ts';
import { CHANNEL_LABELS } from '../../../domain/applications/vocabulary.ts';
import { addWorkingDays } from '../../../domain/calendar/arithmetic.ts';
import { ForbiddenError, isDomainError, ValidationError, type FieldIssue } from '../../../domain/shared/errors.ts';
import { listApplicationHandlers } from '../../../app/applications/listApplicationHandlers.ts';
import { pageInfo, pageNumberOf } from '../../public/documentPresenters.ts';
import { sendPage } from '../../shared/render.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import { OverviewPage } from '../views/applications/countsPages.tsx';
import { ReceiptSlipPage, RegistrationPage } from '../views/applications/registrationPage.tsx';
import { RegisterPage } from '../views/applications/registerPage.tsx';
import { registerApplicationCaseRoutes } from './caseRoutes.tsx';
import { agenciesFor, chosenAgency, seesApplicationCounts } from './applicationAgencies.ts';
import { presentRegisterRow, registerParamsOf, registerQueryOf, emptyRegistration, fieldErrorsOf, receiptFactsOf, registrationValuesOf, type RegistrationValues } from './registerPresenters.ts';

const PAGE_SIZE = 30;
type Query = { Querystring: Record<string, string | undefined> };

async function showRegistration(request: FastifyRequest, reply: FastifyReply, values: RegistrationValues, errors: Record<string, string>, status: number) {
  const agencies = await agenciesFor(request, 'application.handle');
  if (!agencies.length) throw new ForbiddenError('您无权登记依申请公开申请');
  const page = <RegistrationPage viewer={staffViewerOf(request, reply)} agencies={agencies} values={values} errors={errors} today={contextOf(request).clock.today()} />;
  return sendPage(reply, page, status);
}

/** The register (台账) of one agency, the supervisors' counts, and staff registration with its 受理回执. */
export function registerApplicationRegisterRoutes(app: FastifyInstance): void {
  app.get<Query>('/applications', async (request, reply) => {
    const agencies = await agenciesFor(request, 'application.view');
    const params = registerParamsOf(request.query);
    if (!agencies.length && !params.agency && (await seesApplicationCounts(request))) return reply.redirect('/admin/applications/overview', 303);
    const agency = chosenAgency(agencies, params.agency || undefined, request.actor.agencyId);
    const ctx = contextOf(request);
    const page = pageNumberOf(request.query.page);
    const list = await listApplications(ctx, agency.id, registerQueryOf(params, page, PAGE_SIZE));
    const soonBy = addWorkingDays(await loadCalendar(ctx), list.today, DUE_SOON_WORKING_DAYS);
    const handlers = new Map((await listApplicationHandlers(ctx, agency.id)).map((u) => [u.id, u.name]));
    const canRegister = (await agenciesFor(request, 'application.handle')).some((a) => a.id === agency.id);
    return sendPage(reply, (
      <RegisterPage viewer={staffViewerOf(request, reply)} agency={agency} agencies={agencies} params={params} today={list.today} soonBy={soonBy}
        lines={list.rows.map((row) => presentRegisterRow(row, soonBy, handlers))} info={pageInfo(page, list.total, PAGE_SIZE)}
        canRegister={canRegister} canSeeOverview={await seesApplicationCounts(request)} />
    ));
  });

  app.get('/applications/overview', async (request, reply) => {
    const ctx = contextOf(request);
    const counts = await applicationCounts(ctx);
    if (!counts.length) throw new ForbiddenError('您无权查看依申请公开统计');
    const canOpenRegister = (await agenciesFor(request, 'application.view')).length > 0;
    return sendPage(reply, <OverviewPage viewer={staffViewerOf(request, reply)} counts={counts} today={ctx.clock.today()} canOpenRegister={canOpenRegister} />);
  });

  app.get<Query>('/applications/new', async (request, reply) => {
    const agencies = await agenciesFor(request, 'application.handle');
    const own = agencies.find((a) => a.id === request.query.agency) ?? agencies.find((a) => a.id === request.actor.agencyId) ?? agencies[0];
    return showRegistration(request, reply, emptyRegistration(own?.id ?? '', contextOf(request).clock.today()), {}, 200);
  });

  app.post<{ Body: Record<string, unknown> | undefined }>('/applications', async (request, reply) => {
    const ctx = contextOf(request);
    const values = registrationValuesOf(request.body ?? {}, ctx.clock.today());
    try {
      const issues: FieldIssue[] = [];
      const collect = <T,>(run: () => T): T | null => {
        try {
          return run();
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          issues.push(...error.issues);
          return null;
        }
      };
      if (!values.agencyId) issues.push({ path: 'agencyId', message: '请选择受理单位' });
      const receipt = collect(() => receiptFactsOf(values));
      collect(() => validateApplicationInput(values));
      if (issues.length || !receipt) throw new ValidationError('登记表有需要修改的地方', issues);
      const stored = await registerApplication(ctx, { agencyId: values.agencyId, fields: values, receipt, ref: values.ref });
      const agency = (await agenciesFor(request, 'application.handle')).find((a) => a.id === values.agencyId);
      const a = stored.application;
      const slip = {
        applicationId: a.id, agencyName: agency?.name ?? '', trackingNo: a.trackingNo, queryCode: stored.queryCode, channelLabel: CHANNEL_LABELS[a.channel],
        receivedOn: a.receivedOn ?? '', receivedBasis: a.receivedBasis ?? '', dueOn: a.dueOn, provisional: a.provisional,
      };
      return sendPage(reply, <ReceiptSlipPage viewer={staffViewerOf(request, reply)} slip={slip} />);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'validation.failed') throw error;
      return showRegistration(request, reply, values, { _form: error.message, ...fieldErrorsOf(error.issues) }, 400);
    }
  });
}

/**
 * 依申请公开 in the back office: the register (台账) and the supervisors' counts, staff
 * registration, and the case page with the answer clock's ledger. Letters live under
 * /admin/applications/:id/letters (registered by the letters module).
 */
export function registerApplicationRoutes(app: FastifyInstance): void {
  registerApplicationRegisterRoutes(app);
  registerApplicationCaseRoutes(app);
}
