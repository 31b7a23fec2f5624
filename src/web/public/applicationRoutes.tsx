import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgencyContact } from '../../app/applications/agencyContact.ts';
import { getApplicationStatus } from '../../app/applications/getApplicationStatus.ts';
import { submitOnlineApplication } from '../../app/applications/submitOnlineApplication.ts';
import { getAgency, type AgencyView } from '../../app/agencies/getAgency.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';
import { isDomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { sentLetterPdf } from '../../app/applications/letters/sentLetters.ts';
import { contentDisposition } from '../shared/attachmentResponse.ts';
import { csrfTokenFor } from '../shared/csrf.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, viewerOf } from '../shared/requestContext.ts';
import { APPLICATION_FIELDS, applicationErrorsOf, applicationValuesOf, NEW_APPLICATION, normaliseTrackingNo, type ApplicationErrors, type ApplicationValues } from './applicationForm.ts';
import { applicationGuard, FORM_TIMING_MESSAGES, HONEYPOT_FIELD, ISSUED_FIELD, RECEIPT_PATH } from './applicationSecurity.ts';
import { officeFacts, withAgencyContact } from './columnPresenters.ts';
import { letterTokens } from './letterDownloadToken.ts';
import { ReceiptGonePage, ReceiptPage } from './views/applications/receiptPage.tsx';
import { StatusPage } from './views/applications/statusPage.tsx';
import { ApplyPage } from './views/documents/applyPage.tsx';

type AgencyParams = { Params: { agencyId: string } };
type Form = { Body: Record<string, unknown> | undefined };

/** A legitimate application is at most ~35 KB url-encoded (3,000 characters of Chinese in the description). */
export const APPLY_BODY_LIMIT = 64 * 1024;
const TOO_LARGE = '提交的内容太多（超过64KB），未能提交。“所需政府信息的描述”最多3000字：请点浏览器的“返回”回到刚才填写的内容，删减后再提交；内容很多时可分成几份申请。';
/** Outer guards per client address, on top of the use case's per-source flood limit (5 an hour, 20 a day). */
export const APPLY_RATE_LIMIT = { max: 30, timeWindow: 10 * 60_000 };
export const STATUS_RATE_LIMIT = { max: 20, timeWindow: 15 * 60_000 };

/** The contact facts staff keep, falling back to the catalog's preamble (and the agency's name). */
export async function officeOf(request: FastifyRequest, agency: AgencyView) {
  const facts = withAgencyContact(officeFacts(await getPublishedCatalog(request.server.gongkai.engine.db, agency.id)), await getAgencyContact(contextOf(request), agency.id));
  return { ...facts, name: facts.name ?? agency.name };
}

/** The citizen side of 依申请公开 (条例第二十七条至第三十三条): the form, the one-time receipt, the status page. */
export function registerApplicationRoutes(app: FastifyInstance, secret: string): void {
  const guard = applicationGuard(secret);
  const downloads = letterTokens(secret);
  const now = () => app.gongkai.clock.now();
  const agencyOf = async (request: FastifyRequest<AgencyParams>): Promise<AgencyView> => {
    const agency = await getAgency(app.gongkai.engine.db, request.params.agencyId);
    if (!agency) throw new NotFoundError('找不到该单位');
    return agency;
  };

  async function showForm(request: FastifyRequest, reply: FastifyReply, agency: AgencyView, values: ApplicationValues, errors: ApplicationErrors, status = 200) {
    const form = { csrfToken: csrfTokenFor(request, reply), issuedToken: guard.issueFormToken(agency.id, now()), values, errors };
    const page = <ApplyPage agency={{ id: agency.id, name: agency.name }} office={await officeOf(request, agency)} viewer={viewerOf(request, reply)} form={form} />;
    return sendPage(reply, page, status);
  }

  app.get<AgencyParams>('/agencies/:agencyId/apply', async (request, reply) => showForm(request, reply, await agencyOf(request), NEW_APPLICATION, {}));

  app.post<AgencyParams & Form>(
    '/agencies/:agencyId/apply',
    {
      bodyLimit: APPLY_BODY_LIMIT,
      config: { rateLimit: APPLY_RATE_LIMIT },
      // The body was not read, so nothing can be kept: say clearly why, on the form itself (not a bare 413).
      errorHandler: async (error: FastifyError, request, reply) => {
        const agency = error.statusCode === 413 ? await getAgency(app.gongkai.engine.db, (request.params as { agencyId: string }).agencyId) : null;
        if (!agency) return app.errorHandler(error, request, reply);
        return showForm(request, reply, agency, NEW_APPLICATION, { form: TOO_LARGE }, 413);
      },
    },
    async (request, reply) => {
      const agency = await agencyOf(request);
      const body = request.body ?? {};
      const values = applicationValuesOf(body);
      if (typeof body[HONEYPOT_FIELD] === 'string' && body[HONEYPOT_FIELD] !== '') {
        return showForm(request, reply, agency, values, { form: '申请未能提交，请核对填写的内容后再点一次“提交申请”。' }, 400);
      }
      const timing = guard.checkFormToken(agency.id, body[ISSUED_FIELD], now());
      if (timing) return showForm(request, reply, agency, values, { form: FORM_TIMING_MESSAGES[timing] }, 400);
      const fields = Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, typeof body[field] === 'string' ? body[field] : '']));
      try {
        const sent = await submitOnlineApplication(contextOf(request), { agencyId: agency.id, fields, sourceKey: guard.sourceKeyOf(request.ip) });
        guard.setReceipt(request, reply, { trackingNo: sent.trackingNo, queryCode: sent.queryCode, agencyId: agency.id, agencyName: sent.agencyName, submittedOn: chinaDateOf(now()) }, now());
        return reply.redirect(RECEIPT_PATH, 303);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const status = { 'validation.failed': 400, 'auth.throttled': 429, conflict: 409 }[error.code as string];
        if (!status) throw error;
        return showForm(request, reply, agency, values, applicationErrorsOf(error), status);
      }
    },
  );

  app.get(RECEIPT_PATH, async (request, reply) => {
    const receipt = guard.takeReceipt(request, reply, now());
    return receipt ? sendPage(reply, <ReceiptPage receipt={receipt} />) : sendPage(reply, <ReceiptGonePage />, 404);
  });

  app.get('/apply/status', async (request, reply) => sendPage(reply, <StatusPage csrfToken={csrfTokenFor(request, reply)} trackingNo="" message={null} status={null} />));

  app.post<Form>('/apply/status', { config: { rateLimit: STATUS_RATE_LIMIT } }, async (request, reply) => {
    const typed = typeof request.body?.trackingNo === 'string' ? request.body.trackingNo.slice(0, 40) : '';
    const code = typeof request.body?.queryCode === 'string' ? request.body.queryCode.normalize('NFKC') : '';
    const trackingNo = normaliseTrackingNo(typed);
    const page = (message: string | null, status: Awaited<ReturnType<typeof getApplicationStatus>> | null, httpStatus = 200, tokens: Record<string, string> = {}) =>
      sendPage(reply, <StatusPage csrfToken={csrfTokenFor(request, reply)} trackingNo={status ? '' : trackingNo} message={message} status={status} letterTokens={tokens} />, httpStatus);
    try {
      const status = await getApplicationStatus(contextOf(request), trackingNo, code);
      const nowMs = Date.parse(now());
      const tokens = Object.fromEntries(status.letters.map((letter) => [letter.id, downloads.issue(status.applicationId, letter.id, nowMs)]));
      return await page(null, status, 200, tokens);
    } catch (error) {
      if (!isDomainError(error) || (error.code !== 'not_found' && error.code !== 'validation.failed')) throw error;
      return page(error.message, null, error.code === 'not_found' ? 404 : 400);
    }
  });

  // A sent letter's PDF for whoever just opened the status page: its token names the application (letterDownloadToken.ts).
  app.post<Form & { Params: { letterId: string } }>('/apply/status/letters/:letterId', { config: { rateLimit: STATUS_RATE_LIMIT } }, async (request, reply) => {
    const token = typeof request.body?.token === 'string' ? request.body.token : '';
    const applicationId = downloads.verify(token, request.params.letterId, Date.parse(now()));
    try {
      if (!applicationId) throw new NotFoundError('下载链接已失效，请重新查询办理进度后再下载');
      const file = await sentLetterPdf(contextOf(request), { applicationId, letterId: request.params.letterId });
      return reply.type(file.mediaType).header('content-disposition', contentDisposition(file.fileName)).header('cache-control', 'private, no-store').send(Buffer.from(file.bytes));
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'not_found') throw error;
      return sendPage(reply, <StatusPage csrfToken={csrfTokenFor(request, reply)} trackingNo="" message={error.message} status={null} />, 404);
    }
  });
}
