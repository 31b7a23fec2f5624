import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { buildAnnualReport } from '../../app/reports/buildAnnualReport.ts';
import { getReportFigures, type ReportFigures } from '../../app/reports/getReportFigures.ts';
import { setReportFigures } from '../../app/reports/setReportFigures.ts';
import { sourceField } from '../../domain/annualReport/reportFigures.ts';
import { REPORT_COUNT_KEYS } from '../../domain/annualReport/table2.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { fieldErrorsOf, formText, isUserFormError } from './userFormErrors.ts';
import { FiguresPage } from './views/reports/figuresPage.tsx';

type FigureParams = { Params: { agencyId: string; year: string } };
type Form = { Body: Record<string, unknown> | undefined };

const FIELDS = REPORT_COUNT_KEYS.flatMap((key) => [key, sourceField(key)]);

/** The year in the path; anything but four digits is no such page. */
function yearOf(request: FastifyRequest<FigureParams>): number {
  if (!/^\d{4}$/.test(request.params.year)) throw new NotFoundError('没有这个年度的页面');
  return Number(request.params.year);
}

/** The form as stored: each figure and its source. */
function storedValues(data: ReportFigures): Record<string, string> {
  return Object.fromEntries(REPORT_COUNT_KEYS.flatMap((key) => [[key, data.figures[key] ? String(data.figures[key].value) : ''], [sourceField(key), data.figures[key]?.source ?? '']]));
}

async function show(request: FastifyRequest<FigureParams>, reply: FastifyReply, state: { values?: Record<string, string>; errors?: Record<string, string>; saved?: boolean }, status = 200) {
  const ctx = contextOf(request);
  const data = await getReportFigures(ctx, request.params.agencyId, yearOf(request));
  const { table2 } = await buildAnnualReport(ctx, data.agency.id, data.year);
  const page = <FiguresPage viewer={staffViewerOf(request, reply)} data={data} table2={table2} values={state.values ?? storedValues(data)} errors={state.errors ?? {}} saved={state.saved ?? false} />;
  return sendPage(reply, page, status);
}

/** 年报表二数据 (/admin/report-figures/:agencyId/:year): report.view to see, report.edit to change (in the use cases). */
export function registerReportFigureRoutes(app: FastifyInstance): void {
  app.get('/report-figures', async (request, reply) => {
    const agencyId = request.actor.agencyId;
    if (!agencyId) throw new NotFoundError('请从单位页面进入年报数据');
    return reply.redirect(`/admin/report-figures/${agencyId}/${Number(contextOf(request).clock.today().slice(0, 4)) - 1}`, 303);
  });

  app.get<FigureParams & { Querystring: { done?: string } }>('/report-figures/:agencyId/:year', (request, reply) => show(request, reply, { saved: request.query.done === 'saved' }));

  app.post<FigureParams & Form>('/report-figures/:agencyId/:year', async (request, reply) => {
    const year = yearOf(request);
    const values = Object.fromEntries(FIELDS.map((field) => [field, formText(request.body?.[field]).slice(0, 200)]));
    try {
      await setReportFigures(contextOf(request), { agencyId: request.params.agencyId, year, figures: values });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return show(request, reply, { values, errors: fieldErrorsOf(error, FIELDS, 'form') }, 400);
    }
    return reply.redirect(`/admin/report-figures/${encodeURIComponent(request.params.agencyId)}/${year}?done=saved`, 303);
  });
}
