import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { approveCatalogVersion, reviewCatalogVersion, submitCatalogVersion } from '../../app/catalog/changeVersionStatus.ts';
import { updateCatalogItem } from '../../app/catalog/updateCatalogItem.ts';
import { getOnePersonException, getVersionSignOffNotes } from '../../app/catalog/signOffRecord.ts';
import { getVersionChanges } from '../../app/catalog/versionChanges.ts';
import { headerOf } from '../../domain/catalog/catalogHeader.ts';
import { toCatalogDocument } from '../../domain/catalog/toDocument.ts';
import { isEditable, versionSignOffRefusal } from '../../domain/catalog/workflow.ts';
import { isDomainError, ValidationError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { findItem, loadVersion } from './access.ts';
import { presentFindings } from './findings.ts';
import { showItemForm } from './itemForm.tsx';
import { fieldMessages, formValuesFromBody, itemInputFromForm } from './itemFormValues.ts';
import { presentVersionAdmin, presentVersionTable } from './presenters.ts';
import { leadsWithChanges, presentVersionChanges } from './versionChangesPresenter.ts';
import { VersionPage } from './views/versionPage.tsx';

const NOTICES: Record<string, string> = {
  draft_started: '已新建草稿，可以开始修改。',
  draft_open: '该单位已有在办版本，已为您打开。',
  imported: '导入的目录已保存为新草稿，请核对检查结果后提交复核。',
  item_saved: '事项已保存。',
  header_saved: '表头已保存。',
  item_added: '事项已新增。',
  item_removed: '事项已删除。',
  submitted: '已提交复核。',
  review_pass: '已复核通过，等待审签。',
  review_return: '已退回填表人修改。',
  approve: '已审签发布，公开页面已更新为此版本。',
  approve_return: '已退回填表人修改。',
};

type VersionParams = { Params: { versionId: string } };
type ItemParams = { Params: { versionId: string; itemId: string } };
type DecisionBody = { Body: { decision?: string; comment?: string } };

/** The version page; `submitError` is the refusal of a submission with unexplained lint errors (shown with the reason field). */
async function showVersionPage(request: FastifyRequest, reply: FastifyReply, versionId: string, options: { notice: string | null; submitError?: { message: string; reason: string } }) {
  const { view, agency, abilities } = await loadVersion(request, versionId);
  const version = presentVersionAdmin(view.version, agency.name);
  const editable = abilities.edit && isEditable(view.version.status);
  const table = presentVersionTable(view);
  const findings = presentFindings(toCatalogDocument(view, agency.name), { itemHref: (index) => `#item-${view.items[index]?.id ?? ''}` });
  const db = request.server.gongkai.engine.db;
  const onePerson = (await getOnePersonException(db, agency.id)) !== null;
  const signOffRefusal = versionSignOffRefusal(view.version, request.actor.id, { allowOnePerson: onePerson });
  const notes = await getVersionSignOffNotes(db, agency.id, versionId);
  const changes = await getVersionChanges(db, view);
  const header = headerOf(view.version);
  const presentedChanges = changes && presentVersionChanges(view.version.id, header, changes);
  const foldTable = presentedChanges !== null && leadsWithChanges(view.version.status, abilities);
  const page = (
    <VersionPage viewer={staffViewerOf(request, reply)} version={version} header={header} table={table} findings={findings} abilities={abilities} editable={editable}
      notice={options.notice} signOffRefusal={signOffRefusal} notes={notes} submitError={options.submitError ?? null} changes={presentedChanges} foldTable={foldTable} />
  );
  return sendPage(reply, page, options.submitError ? 400 : 200);
}

function decisionOf<P extends string>(value: unknown, pass: P): P | 'return' {
  if (value === pass || value === 'return') return value as P | 'return';
  throw new ValidationError('请选择办理决定', [{ path: 'decision', message: '请选择通过或退回' }]);
}

/** Version pages, the item form, and the 提交 → 复核 → 审签 steps. */
export function registerCatalogRoutes(app: FastifyInstance): void {
  app.get<VersionParams & { Querystring: { done?: string } }>('/versions/:versionId', async (request, reply) =>
    showVersionPage(request, reply, request.params.versionId, { notice: NOTICES[request.query.done ?? ''] ?? null }),
  );

  app.get<ItemParams>('/versions/:versionId/items/:itemId/edit', async (request, reply) =>
    showItemForm(request, reply, { versionId: request.params.versionId, itemId: request.params.itemId, values: null, errors: {}, status: 200 }),
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
        return showItemForm(request, reply, { versionId, itemId, values, errors: fieldMessages(error.issues), status: 400 });
      }
      throw error;
    }
    return reply.redirect(`/admin/versions/${versionId}?done=item_saved#item-${itemId}`, 303);
  });

  app.post<VersionParams & { Body: { lintReason?: string } }>('/versions/:versionId/submit', async (request, reply) => {
    const lintReason = typeof request.body?.lintReason === 'string' ? request.body.lintReason : '';
    try {
      await submitCatalogVersion(contextOf(request), { versionId: request.params.versionId, lintReason });
    } catch (error) {
      if (isDomainError(error) && error.issues.some((issue) => issue.path === 'lintReason')) {
        return showVersionPage(request, reply, request.params.versionId, { notice: null, submitError: { message: error.message, reason: lintReason } });
      }
      throw error;
    }
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
