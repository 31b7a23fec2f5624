import type { FastifyRequest } from 'fastify';
import { agencyScope, getAgency, type AgencyView } from '../../app/agencies/getAgency.ts';
import { can, type Scope } from '../../domain/accounts/roles.ts';
import { ForbiddenError, NotFoundError } from '../../domain/shared/errors.ts';

/** The agency, after checking the actor may see its documents (drafts included); 403 otherwise. */
export async function requireDocumentAccess(request: FastifyRequest, agencyId: string): Promise<{ agency: AgencyView; scope: Scope }> {
  const db = request.server.gongkai.engine.db;
  const agency = await getAgency(db, agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = await agencyScope(db, agency.id);
  if (!can(request.actor, 'document.view_drafts', scope)) throw new ForbiddenError('您无权查看该单位的文件');
  return { agency, scope };
}
