import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { applicationFor } from '../../app/applications/applicationAccess.ts';
import { archiveApplication } from '../../app/applications/archiveApplication.ts';
import { exportApplicationCaseFile } from '../../app/applications/exportApplicationCaseFile.ts';
import { sentLetterPdfsForCaseFile } from '../../app/applications/letters/sentLetters.ts';
import { proactiveCandidates } from '../../app/applications/proactiveCandidates.ts';
import { suggestProactiveDisclosure } from '../../app/applications/suggestProactiveDisclosure.ts';
import { appConfig } from '../../config/config.ts';
import { isDomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { contentDisposition } from '../shared/attachmentResponse.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { itemOptionValue, ProactivePage, type ProactiveFormValues } from './views/applications/proactivePage.tsx';

type IdParams = { Params: { applicationId: string } };
type FormBody = { Body: Record<string, unknown> | undefined };
type AgencyQuery = { Querystring: { agencyId?: string } };

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => [value ?? []].flat().filter((v): v is string => typeof v === 'string' && v !== '');

function valuesFrom(body: Record<string, unknown> | undefined): ProactiveFormValues {
  return { applicationIds: list(body?.applicationIds), item: text(body?.item), title: text(body?.title).trim().slice(0, 100) };
}

/** The item option value back to its stable key; null when it is not one. */
function itemOf(value: string): { level1: string; level2: string } | null {
  const match = /^([^/]+)\/([^/]*)$/.exec(value);
  if (!match) return null;
  try {
    return { level1: decodeURIComponent(match[1]!), level2: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

async function showProactive(request: FastifyRequest, reply: FastifyReply, agencyId: string, values: ProactiveFormValues, error: string | null, status = 200) {
  const agency = await getAgency(request.server.gongkai.engine.db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const { applications, items } = await proactiveCandidates(contextOf(request), agency.id);
  const options = items.map((i) => ({ value: itemOptionValue(i), label: [i.level1, i.level2].filter(Boolean).join(' / ') }));
  const page = <ProactivePage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} applications={applications} items={options} values={values} error={error} />;
  return sendPage(reply, page, status);
}

/** Make the draft, then open it; a refused form comes back with its message and what was chosen. */
async function submitProactive(request: FastifyRequest, reply: FastifyReply, agencyId: string, values: ProactiveFormValues) {
  const item = itemOf(values.item);
  if (!item) return showProactive(request, reply, agencyId, values, '请选择目录事项', 400);
  try {
    const { documentId } = await suggestProactiveDisclosure(contextOf(request), { applicationIds: values.applicationIds, item, title: values.title || null });
    return reply.redirect(`/admin/documents/${encodeURIComponent(documentId)}?done=created`, 303);
  } catch (error) {
    if (!isDomainError(error) || !['validation.failed', 'conflict'].includes(error.code)) throw error;
    return showProactive(request, reply, agencyId, values, error.message, error.code === 'conflict' ? 409 : 400);
  }
}

const agencyOf = (request: FastifyRequest<AgencyQuery>) => {
  const agencyId = request.query.agencyId || request.actor.agencyId;
  if (!agencyId) throw new NotFoundError('请从单位页面进入，或在地址中指定单位');
  return agencyId;
};

/**
 * 归档, 案卷 and 转主动公开 in the back office (条例第四十四条、第四十五条). The use cases check that
 * the actor is staff of the application's agency (403 otherwise) and audit every step; the
 * 案卷 carries the applicant's details, so it is never cached.
 */
export function registerApplicationRecordRoutes(app: FastifyInstance): void {
  app.get<IdParams>('/applications/:applicationId/casefile.pdf', async (request, reply) => {
    // The sent letters (migration 0008_letters) follow the drawn pages, in the order they were sent.
    const letters = await sentLetterPdfsForCaseFile(contextOf(request), request.params.applicationId);
    const { bytes, fileName } = await exportApplicationCaseFile(contextOf(request), request.params.applicationId, { letters, cjkFontFile: appConfig().cjkFont });
    return reply.type('application/pdf').header('content-disposition', contentDisposition(fileName)).header('cache-control', 'no-store').send(Buffer.from(bytes));
  });

  app.post<IdParams>('/applications/:applicationId/archive', async (request, reply) => {
    const archived = await archiveApplication(contextOf(request), request.params.applicationId);
    return reply.redirect(`/admin/applications/${encodeURIComponent(archived.id)}?done=archived`, 303);
  });

  app.get<AgencyQuery>('/applications/proactive', async (request, reply) =>
    showProactive(request, reply, agencyOf(request), { applicationIds: [], item: '', title: '' }, null));

  app.post<AgencyQuery & FormBody>('/applications/proactive', async (request, reply) =>
    submitProactive(request, reply, agencyOf(request), valuesFrom(request.body)));

  /** From the case page: this one application, the item and an optional title. */
  app.post<IdParams & FormBody>('/applications/:applicationId/proactive', async (request, reply) => {
    const values = { ...valuesFrom(request.body), applicationIds: [request.params.applicationId] };
    const application = await applicationFor(contextOf(request), request.params.applicationId, 'application.handle');
    return submitProactive(request, reply, application.agencyId, values);
  });
}
