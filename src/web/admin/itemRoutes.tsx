import type { FastifyInstance } from 'fastify';
import { loadCalendar } from '../../app/calendar/loadCalendar.ts';
import { addCatalogItem } from '../../app/catalog/addCatalogItem.ts';
import { removeCatalogItem } from '../../app/catalog/removeCatalogItem.ts';
import { can } from '../../domain/accounts/roles.ts';
import { isEditable } from '../../domain/catalog/workflow.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { presentDeadline } from '../public/deadline.ts';
import { presentItemPublic } from '../public/presenters.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { findItem, loadVersion } from './access.ts';
import { loadEditableVersion, showItemForm } from './itemForm.tsx';
import { fieldMessages, formValuesFromBody, itemInputFromForm } from './itemFormValues.ts';
import { presentVersionAdmin } from './presenters.ts';
import { AdminItemPage } from './views/adminItemPage.tsx';
import { RemoveItemPage } from './views/removeItemPage.tsx';

type VersionParams = { Params: { versionId: string } };
type ItemParams = { Params: { versionId: string; itemId: string } };

/** One item in the back office (with its deadline), 新增事项 and 删除事项 (with a confirmation page) in a draft. */
export function registerItemRoutes(app: FastifyInstance): void {
  app.get<VersionParams>('/versions/:versionId/items/new', async (request, reply) =>
    showItemForm(request, reply, { versionId: request.params.versionId, itemId: null, values: null, errors: {}, status: 200 }),
  );

  app.post<VersionParams & { Body: Record<string, unknown> }>('/versions/:versionId/items', async (request, reply) => {
    const { versionId } = request.params;
    const values = formValuesFromBody(request.body ?? {});
    try {
      const { itemId } = await addCatalogItem(contextOf(request), { versionId, item: itemInputFromForm(values, null) });
      return reply.redirect(`/admin/versions/${versionId}?done=item_added#item-${itemId}`, 303);
    } catch (error) {
      if (isDomainError(error) && error.code === 'validation.failed') {
        return showItemForm(request, reply, { versionId, itemId: null, values, errors: fieldMessages(error.issues), status: 400 });
      }
      throw error;
    }
  });

  app.get<ItemParams>('/versions/:versionId/items/:itemId', async (request, reply) => {
    const { view, agency, abilities } = await loadVersion(request, request.params.versionId);
    const item = findItem(view, request.params.itemId);
    const deadline = presentDeadline(await loadCalendar({ db: app.gongkai.engine.db }), item, app.gongkai.clock.today());
    const version = presentVersionAdmin(view.version, agency.name);
    const editable = abilities.edit && isEditable(view.version.status);
    // A blank or late item of the published catalog is fixed by publishing a document under it (work queue, issue 11).
    const mayFile = view.version.status === 'published' && can(request.actor, 'document.edit', { agencyId: agency.id, regionPath: agency.regionPath });
    const newDocumentHref = mayFile ? `/admin/agencies/${agency.id}/documents/new?item=${encodeURIComponent(item.id)}` : null;
    return sendPage(reply, <AdminItemPage viewer={staffViewerOf(request, reply)} version={version} item={presentItemPublic(item)} deadline={deadline} editable={editable} newDocumentHref={newDocumentHref} />);
  });

  app.get<ItemParams>('/versions/:versionId/items/:itemId/remove', async (request, reply) => {
    const { view, agency } = await loadEditableVersion(request, request.params.versionId);
    const item = findItem(view, request.params.itemId);
    return sendPage(reply, <RemoveItemPage viewer={staffViewerOf(request, reply)} version={presentVersionAdmin(view.version, agency.name)} item={presentItemPublic(item)} />);
  });

  app.post<ItemParams>('/versions/:versionId/items/:itemId/remove', async (request, reply) => {
    const { view } = await loadVersion(request, request.params.versionId);
    findItem(view, request.params.itemId);
    await removeCatalogItem(contextOf(request), { itemId: request.params.itemId });
    return reply.redirect(`/admin/versions/${request.params.versionId}?done=item_removed`, 303);
  });
}
