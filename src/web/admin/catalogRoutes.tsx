import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../app/catalog/changeVersionStatus.ts';
import { getCatalogVersion } from '../../app/catalog/readCatalog.ts';
import { updateCatalogItem } from '../../app/catalog/updateCatalogItem.ts';
import type { CatalogView } from '../../domain/catalog/version.ts';
import { isEditable } from '../../domain/catalog/workflow.ts';
import { DomainError, isDomainError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { abilitiesFor, requireDraftAccess } from './access.ts';
import { fieldMessages, formValuesFromBody, formValuesFromItem, itemInputFromForm, type ItemFormValues } from './itemFormValues.ts';
import { presentVersionAdmin, presentVersionTable } from './presenters.ts';
import { ItemEditPage } from './views/itemEditPage.tsx';
import { VersionPage } from './views/versionPage.tsx';

const NOTICES: Record<string, string> = {
  draft_started: '已新建草稿，可以开始修改。',
  draft_open: '该单位已有在办版本，已为您打开。',
  item_saved: '事项已保存。',
  submitted: '已提交复核。',
  review_pass: '已复核通过，等待审签。',
  review_return: '已退回填表人修改。',
  approve: '已审签发布，公开页面已更新为此版本。',
  approve_return: '已退回填表人修改。',
};

type VersionParams = { Params: { versionId: string } };
type ItemParams = { Params: { versionId: string; itemId: string } };
type DecisionBody = { Body: { decision?: string; comment?: string } };

function decisionOf<P extends string>(value: unknown, pass: P): P | 'return' {
  if (value === pass || value === 'return') return value as P | 'return';
  throw new ValidationError('请选择办理决定', [{ path: 'decision', message: '请选择通过或退回' }]);
}

/** A version with its agency, after checking the actor may read this agency's drafts. */
async function loadVersion(request: FastifyRequest, versionId: string) {
  const db = request.server.gongkai.engine.db;
  const view = await getCatalogVersion(db, versionId);
  if (!view) throw new NotFoundError('找不到该目录版本');
  const agency = await getAgency(db, view.version.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const scope = await requireDraftAccess(request, db, agency.id);
  return { view, agency, abilities: abilitiesFor(request.actor, scope) };
}

function findItem(view: CatalogView, itemId: string) {
  const item = view.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new NotFoundError('找不到该事项');
  return item;
}

async function showItemForm(request: FastifyRequest, reply: FastifyReply, versionId: string, itemId: string, values: ItemFormValues | null, errors: Record<string, string>, status: number) {
  const { view, agency, abilities } = await loadVersion(request, versionId);
  const item = findItem(view, itemId);
  if (!abilities.edit) throw new DomainError('forbidden', '只有本单位填表人可以修改目录事项');
  if (!isEditable(view.version.status)) throw new DomainError('workflow.invalid_transition', '该版本已提交或已发布，不能修改；请先新建草稿');
  const version = presentVersionAdmin(view.version, agency.name);
  const page = <ItemEditPage viewer={staffViewerOf(request, reply)} version={version} itemId={item.id} values={values ?? formValuesFromItem(item)} errors={errors} />;
  return sendPage(reply, page, status);
}

/** Version pages, the item form, and the 提交 → 复核 → 审签 steps. */
export function registerCatalogRoutes(app: FastifyInstance): void {
  app.get<VersionParams & { Querystring: { done?: string } }>('/versions/:versionId', async (request, reply) => {
    const { view, agency, abilities } = await loadVersion(request, request.params.versionId);
    const version = presentVersionAdmin(view.version, agency.name);
    const editable = abilities.edit && isEditable(view.version.status);
    const notice = NOTICES[request.query.done ?? ''] ?? null;
    const table = presentVersionTable(view, agency.name);
    return sendPage(reply, <VersionPage viewer={staffViewerOf(request, reply)} version={version} table={table} abilities={abilities} editable={editable} notice={notice} />);
  });

  app.get<ItemParams>('/versions/:versionId/items/:itemId/edit', async (request, reply) =>
    showItemForm(request, reply, request.params.versionId, request.params.itemId, null, {}, 200),
  );

  app.post<ItemParams & { Body: Record<string, unknown> }>('/versions/:versionId/items/:itemId', async (request, reply) => {
    const { versionId, itemId } = request.params;
    const { view } = await loadVersion(request, versionId);
    const original = findItem(view, itemId);
    const values = formValuesFromBody(request.body ?? {});
    try {
      await updateCatalogItem(contextOf(request), { itemId, item: itemInputFromForm(values, original) });
    } catch (error) {
      if (isDomainError(error) && error.code === 'validation.failed') {
        return showItemForm(request, reply, versionId, itemId, values, fieldMessages(error.issues), 400);
      }
      throw error;
    }
    return reply.redirect(`/admin/versions/${versionId}?done=item_saved#item-${itemId}`, 303);
  });

  app.post<VersionParams>('/versions/:versionId/submit', async (request, reply) => {
    await submitCatalogVersion(contextOf(request), { versionId: request.params.versionId });
    return reply.redirect(`/admin/versions/${request.params.versionId}?done=submitted`, 303);
  });

  app.post<VersionParams & DecisionBody>('/versions/:versionId/review', async (request, reply) => {
    const decision = decisionOf(request.body?.decision, 'pass');
    await reviewCatalogVersion(contextOf(request), { versionId: request.params.versionId, decision, comment: request.body?.comment });
    return reply.redirect(`/admin/versions/${request.params.versionId}?done=review_${decision}`, 303);
  });

  app.post<VersionParams & DecisionBody>('/versions/:versionId/approve', async (request, reply) => {
    const decision = decisionOf(request.body?.decision, 'approve');
    await approveCatalogVersion(contextOf(request), { versionId: request.params.versionId, decision, comment: request.body?.comment });
    return reply.redirect(`/admin/versions/${request.params.versionId}?done=${decision === 'approve' ? 'approve' : 'approve_return'}`, 303);
  });
}
