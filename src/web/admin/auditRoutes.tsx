import type { FastifyInstance } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { listAuditEvents } from '../../app/audit/listAuditEvents.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { presentAuditEvent } from './presenters.ts';
import { AuditPage } from './views/auditPage.tsx';

const PAGE_SIZE = 50;

/** 操作日志: what the actor may see (listAuditEvents enforces it: 403 otherwise). */
export function registerAuditRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { agencyId?: string; page?: string } }>('/audit', async (request, reply) => {
    const agencyId = request.query.agencyId || undefined;
    const agency = agencyId ? await getAgency(app.gongkai.engine.db, agencyId) : null;
    if (agencyId && !agency) throw new NotFoundError('找不到该单位');
    const page = Math.max(1, Number.parseInt(request.query.page ?? '1', 10) || 1);
    const { events, total } = await listAuditEvents(contextOf(request), { agencyId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return sendPage(
      reply,
      <AuditPage
        viewer={staffViewerOf(request, reply)}
        events={events.map(presentAuditEvent)}
        total={total}
        page={page}
        pageSize={PAGE_SIZE}
        agency={agency ? { id: agency.id, name: agency.name } : null}
      />,
    );
  });
}
