import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgencyContact, updateAgencyContact, type AgencyContact } from '../../app/applications/agencyContact.ts';
import { agencyScope, getAgency, type AgencyView } from '../../app/agencies/getAgency.ts';
import { getPublishedCatalog } from '../../app/catalog/readCatalog.ts';
import { can } from '../../domain/accounts/roles.ts';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors.ts';
import { CONTACT_FIELDS } from '../../app/applications/agencyContact.ts';
import { officeFacts } from '../public/columnPresenters.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { fieldErrorsOf, formText, isUserFormError } from './userFormErrors.ts';
import { ContactPage, type ContactValues } from './views/contactPage.tsx';

type ContactParams = { Params: { agencyId: string } };
type Form = { Body: Record<string, unknown> | undefined };

/** The agency, after checking the actor may edit its contact details (its agency admins and editors). */
async function contactAgency(request: FastifyRequest<ContactParams>): Promise<AgencyView> {
  const db = request.server.gongkai.engine.db;
  const agency = await getAgency(db, request.params.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  if (!can(request.actor, 'agency.contact', await agencyScope(db, agency.id))) throw new ForbiddenError('您无权修改该单位的联系方式');
  return agency;
}

/** What the form starts with: the saved details, or else what the catalog's preamble states, marked as such. */
async function initialValues(request: FastifyRequest, agency: AgencyView): Promise<{ values: ContactValues; fromCatalog: boolean }> {
  const saved = await getAgencyContact(contextOf(request), agency.id);
  const values = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, saved?.[field] ?? ''])) as ContactValues;
  if (saved) return { values, fromCatalog: false };
  const facts = officeFacts(await getPublishedCatalog(request.server.gongkai.engine.db, agency.id));
  const fallback: Partial<Record<keyof AgencyContact, string | null>> = {
    officeName: facts.name, address: facts.address, postcode: facts.postcode, hours: facts.hours,
    phone: facts.phone, fax: facts.fax, email: facts.email, supervisionPhone: facts.supervisionPhone, website: facts.website,
  };
  for (const field of CONTACT_FIELDS) values[field] = fallback[field] ?? '';
  return { values, fromCatalog: CONTACT_FIELDS.some((field) => values[field]) };
}

function show(request: FastifyRequest, reply: FastifyReply, agency: AgencyView, state: { values: ContactValues; fromCatalog?: boolean; errors?: Record<string, string>; saved?: boolean }, status = 200) {
  const page = <ContactPage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} values={state.values} errors={state.errors ?? {}} fromCatalog={state.fromCatalog ?? false} saved={state.saved ?? false} />;
  return sendPage(reply, page, status);
}

/** 政府信息公开工作机构联系方式 (条例第十二条): shown on the 依申请公开 page and in the 指南. */
export function registerContactRoutes(app: FastifyInstance): void {
  app.get<ContactParams & { Querystring: { done?: string } }>('/agencies/:agencyId/contact', async (request, reply) => {
    const agency = await contactAgency(request);
    return show(request, reply, agency, { ...(await initialValues(request, agency)), saved: request.query.done === 'saved' });
  });

  app.post<ContactParams & Form>('/agencies/:agencyId/contact', async (request, reply) => {
    const agency = await contactAgency(request);
    const values = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, formText(request.body?.[field]).slice(0, 400)])) as ContactValues;
    try {
      await updateAgencyContact(contextOf(request), agency.id, values);
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return show(request, reply, agency, { values, errors: fieldErrorsOf(error, CONTACT_FIELDS, 'form') }, 400);
    }
    return reply.redirect(`/admin/agencies/${agency.id}/contact?done=saved`, 303);
  });
}
