import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { agenciesPermitted } from '../../app/agencies/agenciesPermitted.ts';
import { approveAnnualReport } from '../../app/reports/approveAnnualReport.ts';
import { checkAnnualReport } from '../../app/reports/checkAnnualReport.ts';
import { editReportSections } from '../../app/reports/editReportSections.ts';
import { getAnnualReport } from '../../app/reports/getAnnualReport.ts';
import { listAnnualReports } from '../../app/reports/listAnnualReports.ts';
import { openAnnualReport } from '../../app/reports/openAnnualReport.ts';
import { refreshReportTables } from '../../app/reports/refreshReportTables.ts';
import { returnAnnualReport, reviewAnnualReport, submitAnnualReport } from '../../app/reports/reportSignOff.ts';
import { EDITABLE_SECTIONS, type SectionKey } from '../../domain/annualReport/reportSections.ts';
import { isDomainError, ValidationError } from '../../domain/shared/errors.ts';
import { renderReportTablesHtml } from '../../exporters/annualReport/tablesHtml.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { formText } from './userFormErrors.ts';
import { ReportListPage } from './views/reports/reportListPage.tsx';
import { ReportPage } from './views/reports/reportPage.tsx';
import { presentFindings } from './views/reports/reportPresenters.ts';

type ReportParams = { Params: { reportId: string } };
type Form = { Body: Record<string, unknown> | undefined };
const SHOWN_CODES = new Set(['validation.failed', 'workflow.invalid_transition', 'conflict', 'forbidden']);
const statusOf = (code: string) => (code === 'validation.failed' ? 400 : code === 'forbidden' ? 403 : 409);

const DONE: Record<string, string> = {
  opened: '已打开年度报告。', created: '已根据本单位数据生成年度报告草稿（第1版）。', refreshed: '已重新计算表格，保存为新版本。', edited: '已保存为新版本。',
  checked: '检查完成。', submit: '已提交复核。', review_pass: '复核通过，已送审签。', review_return: '已退回填表人。', approve: '审签完成，已在本单位年报栏目发布。', approve_return: '已退回填表人。',
};

async function showReport(request: FastifyRequest<ReportParams>, reply: FastifyReply, state: { notice?: string | null; error?: string | null; values?: Partial<Record<SectionKey, string>>; status?: number } = {}) {
  const view = await getAnnualReport(contextOf(request), request.params.reportId);
  const page = (
    <ReportPage viewer={staffViewerOf(request, reply)} view={view} tablesHtml={renderReportTablesHtml(view.report.tables, { captions: false })}
      findings={view.report.findings ? presentFindings(view.report.findings) : null} notice={state.notice ?? null} error={state.error ?? null} values={state.values} />
  );
  return sendPage(reply, page, state.status ?? 200);
}

/** Runs one action on the report; a refusal the officer can act on re-renders the page with why, in Chinese. */
async function act(request: FastifyRequest<ReportParams>, reply: FastifyReply, done: string, run: () => Promise<unknown>, values?: Partial<Record<SectionKey, string>>) {
  try {
    await run();
  } catch (error) {
    if (!isDomainError(error) || !SHOWN_CODES.has(error.code)) throw error;
    return showReport(request, reply, { error: error.message, values, status: statusOf(error.code) });
  }
  return reply.redirect(`/admin/reports/${request.params.reportId}?done=${done}`, 303);
}

const field = (request: FastifyRequest<Form>, name: string) => formText(request.body?.[name]);

/** 年度报告 (条例第四十九条、第五十条): thin routes over src/app/reports. Works without JavaScript. */
export function registerReportRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { error?: string } }>('/reports', async (request, reply) => {
    const ctx = contextOf(request);
    const editable = new Set((await agenciesPermitted(ctx, 'report.edit')).map((a) => a.id));
    return sendPage(reply, <ReportListPage viewer={staffViewerOf(request, reply)} agencies={await listAnnualReports(ctx)} editable={editable} error={null} />);
  });

  app.post<Form>('/reports/open', async (request, reply) => {
    const yearText = field(request, 'year').trim();
    try {
      if (!/^\d{4}$/.test(yearText)) throw new ValidationError(`年度“${yearText.slice(0, 20)}”无效：请填写四位数字的年份，例如 2026`);
      const { report, created } = await openAnnualReport(contextOf(request), { agency: field(request, 'agencyId'), year: Number(yearText) });
      return reply.redirect(`/admin/reports/${report.id}?done=${created ? 'created' : 'opened'}`, 303);
    } catch (error) {
      if (!isDomainError(error) || !['validation.failed', 'forbidden', 'not_found'].includes(error.code)) throw error;
      const ctx = contextOf(request);
      const editable = new Set((await agenciesPermitted(ctx, 'report.edit')).map((a) => a.id));
      return sendPage(reply, <ReportListPage viewer={staffViewerOf(request, reply)} agencies={await listAnnualReports(ctx)} editable={editable} error={error.message} />, statusOf(error.code));
    }
  });

  app.get<ReportParams & { Querystring: { done?: string } }>('/reports/:reportId', (request, reply) => showReport(request, reply, { notice: DONE[request.query.done ?? ''] ?? null }));

  app.post<ReportParams>('/reports/:reportId/check', (request, reply) => act(request, reply, 'checked', () => checkAnnualReport(contextOf(request), request.params.reportId)));
  app.post<ReportParams>('/reports/:reportId/refresh', (request, reply) => act(request, reply, 'refreshed', () => refreshReportTables(contextOf(request), request.params.reportId)));
  app.post<ReportParams & Form>('/reports/:reportId/sections', (request, reply) => {
    const sections = Object.fromEntries(EDITABLE_SECTIONS.filter((key) => typeof request.body?.[key] === 'string').map((key) => [key, field(request, key)]));
    return act(request, reply, 'edited', () => editReportSections(contextOf(request), { reportId: request.params.reportId, sections, note: field(request, 'note') }), sections);
  });
  app.post<ReportParams>('/reports/:reportId/submit', (request, reply) => act(request, reply, 'submit', () => submitAnnualReport(contextOf(request), request.params)));
  app.post<ReportParams & Form>('/reports/:reportId/review', (request, reply) => {
    const decision = field(request, 'decision') === 'pass' ? 'pass' : 'return';
    return act(request, reply, `review_${decision}`, () => reviewAnnualReport(contextOf(request), { ...request.params, decision, comment: field(request, 'comment') }));
  });
  app.post<ReportParams & Form>('/reports/:reportId/approve', (request, reply) =>
    field(request, 'decision') === 'approve'
      ? act(request, reply, 'approve', () => approveAnnualReport(contextOf(request), request.params))
      : act(request, reply, 'approve_return', () => returnAnnualReport(contextOf(request), { ...request.params, comment: field(request, 'comment') })),
  );
}
