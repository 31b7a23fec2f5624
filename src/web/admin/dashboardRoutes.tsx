import type { FastifyInstance } from 'fastify';
import { listRegionTree } from '../../app/agencies/listRegionTree.ts';
import { listCatalogVersions } from '../../app/catalog/readCatalog.ts';
import { startDraft } from '../../app/catalog/startDraft.ts';
import { listReminders } from '../../app/operations/listReminders.ts';
import { listAnnualReports } from '../../app/reports/listAnnualReports.ts';
import { countFailedOutbox } from '../../app/operations/listOutbox.ts';
import { workQueue } from '../../app/supervision/workQueue.ts';
import { applicationsOnDashboard } from './applications/applicationAgencies.ts';
import { can, ROLE_LABELS, type Actor } from '../../domain/accounts/roles.ts';
import { isOpen } from '../../domain/catalog/workflow.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { abilitiesFor, reachableAgencies } from './access.ts';
import { presentVersionAdmin } from './presenters.ts';
import { DashboardPage } from './views/dashboardPage.tsx';
import { showAgencyPage } from './agencyPage.tsx';

/** 用户管理 is for system admins and the admins of an agency (for its own staff). */
const canManageUsers = (actor: Actor) => can(actor, 'users.manage', { agencyId: actor.agencyId, regionPath: [] });

/** 工作台, an agency's version list, and 新建草稿. */
export function registerDashboardRoutes(app: FastifyInstance): void {
  const db = () => app.gongkai.engine.db;

  app.get('/', async (request, reply) => {
    const actor = request.actor;
    const reachable = reachableAgencies(actor, await listRegionTree(db()));
    const agencies = [];
    for (const agency of reachable) {
      const versions = (await listCatalogVersions(db(), agency.id)).map((version) => presentVersionAdmin(version, agency.name));
      agencies.push({
        id: agency.id,
        name: agency.name,
        regionNames: agency.regionNames,
        published: versions.find((version) => version.status === 'published') ?? null,
        open: versions.find((version) => isOpen(version.status)) ?? null,
        canEditContact: can(actor, 'agency.contact', agency.scope),
      });
    }
    const canViewAudit = reachable.some((agency) => abilitiesFor(actor, agency.scope).audit) || actor.roles.includes('system_admin');
    const roleLabels = actor.roles.map((role) => ROLE_LABELS[role]);
    const reminders = await listReminders({ db: db() }, reachable.map((agency) => agency.id));
    const failedOutbox = await countFailedOutbox({ actor, db: db() });
    // R9 reminders of the actor's own agency (条例第四十九条); supervisors see every agency on /admin/reports instead.
    const reports = await listAnnualReports(contextOf(request));
    const reportDeadlines = reports.length ? reports.filter((agency) => agency.agencyId === actor.agencyId) : null;
    return sendPage(reply, <DashboardPage viewer={staffViewerOf(request, reply)} agencies={agencies} reminders={reminders} roleLabels={roleLabels} canViewAudit={canViewAudit} canManageCalendar={can(actor, 'calendar.edit', { agencyId: null, regionPath: [] })} canManageUsers={canManageUsers(actor)} failedOutbox={failedOutbox} applications={await applicationsOnDashboard(request)} reportDeadlines={reportDeadlines} workQueue={await workQueue(contextOf(request))} />);
  });

  app.get<{ Params: { agencyId: string } }>('/agencies/:agencyId', async (request, reply) => showAgencyPage(request, reply, request.params.agencyId));

  app.post<{ Params: { agencyId: string } }>('/agencies/:agencyId/drafts', async (request, reply) => {
    const { versionId, created } = await startDraft(contextOf(request), request.params.agencyId);
    return reply.redirect(`/admin/versions/${versionId}?done=${created ? 'draft_started' : 'draft_open'}`, 303);
  });
}
