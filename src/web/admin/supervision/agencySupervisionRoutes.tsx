import type { FastifyInstance } from 'fastify';
import { agencySupervisionPage } from '../../../app/supervision/agencySupervisionPage.ts';
import { sendPage } from '../../shared/render.ts';
import { contextOf, staffViewerOf } from '../../shared/requestContext.ts';
import { AgencySupervisionPage } from '../views/supervision/agencySupervisionPage.tsx';

type AgencyParams = { Params: { agencyId: string } };

/**
 * 检查准备情况 of one agency (issue 11, deliverable 3; the region view's drill-down). The use case decides who may
 * read it (the agency's staff, the region supervisors above it) and answers 403 or 404 in Chinese otherwise.
 */
export function registerAgencySupervisionRoutes(app: FastifyInstance): void {
  app.get<AgencyParams>('/supervision/agencies/:agencyId', async (request, reply) => {
    const page = await agencySupervisionPage(contextOf(request), request.params.agencyId);
    return sendPage(reply, <AgencySupervisionPage viewer={staffViewerOf(request, reply)} page={page} />);
  });
}
