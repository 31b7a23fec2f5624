import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { updateCatalogHeader } from '../../app/catalog/updateCatalogHeader.ts';
import { headerOf, HEADER_FIELDS } from '../../domain/catalog/catalogHeader.ts';
import { isEditable, VERSION_STATUS_LABELS } from '../../domain/catalog/workflow.ts';
import { DomainError, ForbiddenError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { loadVersion } from './access.ts';
import { presentVersionAdmin } from './presenters.ts';
import { fieldErrorsOf, formText, isUserFormError } from './userFormErrors.ts';
import { headerValuesOf, VersionHeaderPage, type HeaderValues } from './views/versionHeaderPage.tsx';

type VersionParams = { Params: { versionId: string } };

/** The version, after checking the viewer edits this agency's catalog and the version is a draft (the use case checks again). */
async function editableHeader(request: FastifyRequest<VersionParams>) {
  const loaded = await loadVersion(request, request.params.versionId);
  if (!loaded.abilities.edit) throw new ForbiddenError('您无权修改该单位的目录');
  const status = loaded.view.version.status;
  if (!isEditable(status)) throw new DomainError('workflow.invalid_transition', `目录版本状态为「${VERSION_STATUS_LABELS[status]}」，不能修改表头；请先新建草稿`);
  return loaded;
}

function show(request: FastifyRequest, reply: FastifyReply, loaded: Awaited<ReturnType<typeof editableHeader>>, values: HeaderValues, errors: Record<string, string> = {}) {
  const version = presentVersionAdmin(loaded.view.version, loaded.agency.name);
  return sendPage(reply, <VersionHeaderPage viewer={staffViewerOf(request, reply)} version={version} values={values} errors={errors} />, Object.keys(errors).length ? 400 : 200);
}

/** 编辑表头 of a draft: 标题, 责任单位, 填表时间 (domain/catalog/catalogHeader.ts). */
export function registerVersionHeaderRoutes(app: FastifyInstance): void {
  app.get<VersionParams>('/versions/:versionId/header', async (request, reply) => {
    const loaded = await editableHeader(request);
    return show(request, reply, loaded, headerValuesOf(headerOf(loaded.view.version)));
  });

  app.post<VersionParams & { Body: Record<string, unknown> | undefined }>('/versions/:versionId/header', async (request, reply) => {
    const loaded = await editableHeader(request);
    const values = Object.fromEntries(HEADER_FIELDS.map((field) => [field, formText(request.body?.[field]).slice(0, 4000)])) as HeaderValues;
    try {
      await updateCatalogHeader(contextOf(request), { versionId: loaded.view.version.id, header: values });
    } catch (error) {
      if (!isUserFormError(error)) throw error;
      return show(request, reply, loaded, values, fieldErrorsOf(error, HEADER_FIELDS, 'form'));
    }
    return reply.redirect(`/admin/versions/${loaded.view.version.id}?done=header_saved#header-title`, 303);
  });
}
