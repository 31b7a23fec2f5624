import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { agenciesPermitted } from '../../../app/agencies/agenciesPermitted.ts';
import { checkReportFile } from '../../../app/reports/checkReportFile.ts';
import { importAnnualReport } from '../../../app/reports/importAnnualReport.ts';
import { isDomainError } from '../../../domain/shared/errors.ts';
import { MAX_FILE_BYTES } from '../../../importers/limits.ts';
import { stopPdfWorker } from '../../../importers/pdf/index.ts';
import { sendPage } from '../../shared/render.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import { keepFile, uploadedFile, type UploadedFile } from '../importRoutes.tsx';
import { ReportCheckPage, type ReportCheckPageProps } from '../views/reports/reportCheckPage.tsx';

const TOO_LARGE = `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，无法读取：请上传报告的网页、Word、PDF 或文本文件`;
/** Refusals of an import that leave the form on the page (nothing was saved); anything else is the error page's. */
const IMPORT_REFUSALS: Record<string, number> = { 'validation.failed': 400, conflict: 409 };

type Fields = Record<string, unknown> | undefined;
const field = (body: unknown, name: string) => {
  const value = (body as Fields)?.[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The one file of a field: null when none was chosen, a Chinese problem when it was cut at the size limit. */
function fileOf(body: unknown, name: string): UploadedFile | null | string {
  const file = uploadedFile(body, name);
  if (!file || (!file.fileName && file.bytes.length === 0)) return null;
  return file.truncated ? TOO_LARGE : file;
}

const yearProblem = (year: string) => (year && !/^\d{4}$/.test(year) ? '年度应为四位数的年份，如 2025' : null);

function page(request: FastifyRequest, reply: FastifyReply, props: Omit<ReportCheckPageProps, 'viewer'>, status = 200) {
  return sendPage(reply, <ReportCheckPage viewer={staffViewerOf(request, reply)} {...props} />, status);
}

/** The import form for the agencies whose report the actor may edit (填表人); null for everyone else. */
async function importFormFor(request: FastifyRequest, values: { agencyId?: string; year: string; publishedOn?: string; error?: string | null }) {
  const agencies = await agenciesPermitted(contextOf(request), 'report.edit');
  if (agencies.length === 0) return null;
  const agencyId = agencies.some((a) => a.id === values.agencyId) ? values.agencyId! : request.actor.agencyId ?? agencies[0]!.id;
  return { agencies, agencyId, year: values.year, publishedOn: values.publishedOn ?? '', error: values.error ?? null };
}

/**
 * 年度报告检查 (issue 10, deliverable 4): any staff member uploads a published report (and last year's) and sees
 * what was read and found; a 填表人 imports it as the agency's past report (importAnnualReport). Multipart is
 * registered here only: at most two files of 50 MB each.
 */
export async function registerReportCheckRoutes(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    onFile: keepFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_FILE_BYTES, files: 2, fields: 8 },
  });
  app.addHook('onClose', async () => stopPdfWorker());

  app.get('/report-check', async (request, reply) => page(request, reply, { form: { year: '', error: null }, result: null, importForm: null, imported: null }));

  app.post('/report-check', async (request, reply) => {
    const year = field(request.body, 'year');
    const file = fileOf(request.body, 'file');
    const previous = fileOf(request.body, 'previous');
    const problem = file === null ? '请选择要检查的年度报告文件' : typeof file === 'string' ? file : typeof previous === 'string' ? `上一年度报告：${previous}` : yearProblem(year);
    if (problem || typeof file !== 'object' || typeof previous === 'string') return page(request, reply, { form: { year, error: problem }, result: null, importForm: null, imported: null }, 400);
    const check = await checkReportFile({
      bytes: new Uint8Array(file!.bytes),
      ...(previous ? { previousBytes: new Uint8Array(previous.bytes) } : {}),
      ...(year ? { expectedYear: Number(year) } : {}),
    });
    const importForm = check.tables ? await importFormFor(request, { year: String(check.year ?? year) }) : null;
    return page(request, reply, { form: { year, error: null }, result: { fileName: file!.fileName, previousName: previous?.fileName ?? null, check }, importForm, imported: null });
  });

  app.post('/report-check/import', async (request, reply) => {
    const values = { agencyId: field(request.body, 'agencyId'), year: field(request.body, 'year'), publishedOn: field(request.body, 'publishedOn') };
    const file = fileOf(request.body, 'file');
    const problem = file === null ? '请选择要导入的年度报告文件' : typeof file === 'string' ? file : (yearProblem(values.year) ?? (values.year ? null : '请填写报告所属年度'));
    const refuse = async (error: string, status: number, check: ReportCheckPageProps['result']) =>
      page(request, reply, { form: { year: values.year, error: null }, result: check, importForm: await importFormFor(request, { ...values, error }), imported: null }, status);
    if (problem || file === null || typeof file === 'string') return refuse(problem ?? '', 400, null);
    const bytes = new Uint8Array(file.bytes);
    try {
      const done = await importAnnualReport(contextOf(request), { agencyId: values.agencyId, year: Number(values.year), bytes, fileName: file.fileName, publishedOn: values.publishedOn || null });
      const agencyName = (await agenciesPermitted(contextOf(request), 'report.edit')).find((a) => a.id === values.agencyId)?.name ?? '';
      const imported = { reportId: done.reportId, revision: done.revision, replaced: done.replaced, title: `${agencyName}${values.year}年度政府信息公开工作年度报告` };
      return page(request, reply, { form: { year: '', error: null }, result: { fileName: file.fileName, previousName: null, check: done.check }, importForm: null, imported });
    } catch (error) {
      if (!isDomainError(error) || !Object.hasOwn(IMPORT_REFUSALS, error.code)) throw error;
      const check = await checkReportFile({ bytes, ...(/^\d{4}$/.test(values.year) ? { expectedYear: Number(values.year) } : {}) });
      return refuse(`未导入：${error.message}`, IMPORT_REFUSALS[error.code]!, { fileName: file.fileName, previousName: null, check });
    }
  });
}
