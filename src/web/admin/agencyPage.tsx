import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { listCatalogVersions } from '../../app/catalog/readCatalog.ts';
import { getOnePersonException, listVersionSignOffNotes } from '../../app/catalog/signOffRecord.ts';
import { setOnePersonException } from '../../app/catalog/setOnePersonException.ts';
import { can } from '../../domain/accounts/roles.ts';
import { isOpen } from '../../domain/catalog/workflow.ts';
import { isDomainError, NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { abilitiesFor, requireDraftAccess } from './access.ts';
import { presentVersionAdmin } from './presenters.ts';
import { AgencyVersionsPage } from './views/agencyVersionsPage.tsx';

type AgencyParams = { Params: { agencyId: string } };

/** An agency's page: its version history with each version's sign-off notes, and (for its admins) the one-person exception. */
export async function showAgencyPage(request: FastifyRequest, reply: FastifyReply, agencyId: string, exceptionError: { message: string; reason: string } | null = null) {
  const db = request.server.gongkai.engine.db;
  const agency = await getAgency(db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = await requireDraftAccess(request, agency.id);
  const abilities = abilitiesFor(request.actor, scope);
  const versions = (await listCatalogVersions(db, agency.id)).map((version) => presentVersionAdmin(version, agency.name));
  versions.sort((a, b) => b.number - a.number);
  const exception = can(request.actor, 'agency.manage', scope) ? { current: await getOnePersonException(db, agency.id), error: exceptionError } : null;
  const page = (
    <AgencyVersionsPage
      viewer={staffViewerOf(request, reply)}
      agency={{ id: agency.id, name: agency.name }}
      versions={versions}
      canStartDraft={abilities.edit && !versions.some((version) => isOpen(version.status))}
      canImport={abilities.edit}
      canViewAudit={abilities.audit}
      canEditContact={can(request.actor, 'agency.contact', scope)}
      notes={await listVersionSignOffNotes(db, agency.id)}
      exception={exception}
    />
  );
  return sendPage(reply, page, exceptionError ? 400 : 200);
}

/** The switch of the one-person exception (agency and system admins; the use case checks). */
export function registerSignOffExceptionRoutes(app: FastifyInstance): void {
  app.post<AgencyParams & { Body: { enabled?: string; reason?: string } }>('/agencies/:agencyId/sign-off-exception', async (request, reply) => {
    const { agencyId } = request.params;
    const reason = typeof request.body?.reason === 'string' ? request.body.reason : '';
    try {
      await setOnePersonException(contextOf(request), { agencyId, enabled: request.body?.enabled === 'on', reason });
    } catch (error) {
      if (isDomainError(error) && error.code === 'validation.failed') return showAgencyPage(request, reply, agencyId, { message: error.message, reason });
      throw error;
    }
    return reply.redirect(`/admin/agencies/${agencyId}#sign-off-exception-title`, 303);
  });
}
