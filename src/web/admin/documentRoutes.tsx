import type { FastifyInstance } from 'fastify';
import { createDocument } from '../../app/documents/createDocument.ts';
import { getDocumentForStaff } from '../../app/documents/getDocument.ts';
import { itemPublicationStatus } from '../../app/documents/itemPublicationStatus.ts';
import { listAgencyDocuments } from '../../app/documents/listDocuments.ts';
import { readStaffAttachment } from '../../app/documents/readStaffAttachment.ts';
import { updateDocument } from '../../app/documents/updateDocument.ts';
import { isDomainError } from '../../domain/shared/errors.ts';
import { pageInfo, pageNumberOf } from '../public/documentPresenters.ts';
import { sendAttachment } from '../shared/attachmentResponse.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { registerDocumentActionRoutes } from './documentActionRoutes.tsx';
import { requireDocumentAccess } from './documentAccess.ts';
import { documentFieldMessages, documentInputFromForm, documentValuesFromBody, documentValuesOf, emptyDocumentValues } from './documentFormValues.ts';
import { documentAbilities, itemGroupsOf, showDocumentForm, showStaffDocument } from './documentPages.tsx';
import { chinaTime } from './presenters.ts';
import { DocumentListPage } from './views/documents/documentListPage.tsx';

type AgencyParams = { Params: { agencyId: string } };
type DocParams = { Params: { documentId: string } };
type FormBody = { Body: Record<string, unknown> };

const LIST_SIZE = 20;
const NOTICES: Record<string, string> = { created: '文件已保存为草稿。', saved: '修改已保存。', reopened: '修改已保存：该文件须重新复核、审签后才会更新公开页面。' };

/** The documents back office: list per agency, create and edit; the workflow steps are in documentActionRoutes. */
export async function registerAdminDocumentRoutes(app: FastifyInstance): Promise<void> {
  app.get<AgencyParams & { Querystring: { page?: string; done?: string } }>('/agencies/:agencyId/documents', async (request, reply) => {
    const { agency, scope } = await requireDocumentAccess(request, request.params.agencyId);
    const page = pageNumberOf(request.query.page);
    const ctx = contextOf(request);
    const list = await listAgencyDocuments(ctx, { agencyId: agency.id, limit: LIST_SIZE, offset: (page - 1) * LIST_SIZE });
    const status = await itemPublicationStatus(ctx, { agencyId: agency.id });
    const documents = list.documents.map((d) => ({ ...d, publishAt: chinaTime(d.publishAt), updatedAt: chinaTime(d.updatedAt) }));
    const items = status.map((s) => ({ name: s.level2 ?? s.level1, timeLimit: s.timeLimit, publishedCount: s.publishedCount, lastPublishedOn: s.lastPublishedOn, late: s.late, overdue: s.overdue }));
    return sendPage(reply, (
      <DocumentListPage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} documents={documents} info={pageInfo(page, list.total, LIST_SIZE)}
        items={items} canCreate={documentAbilities(request, scope).edit} notice={null} />
    ));
  });

  app.get<AgencyParams & { Querystring: { item?: string } }>('/agencies/:agencyId/documents/new', async (request, reply) => {
    const { agency } = await requireDocumentAccess(request, request.params.agencyId);
    // ?item= (from an item's page) ticks that catalog item; an id the form does not list ticks nothing.
    const values = { ...emptyDocumentValues(agency.name), items: request.query.item ? [String(request.query.item)] : [] };
    return showDocumentForm(request, reply, { agencyId: agency.id, document: null, values, errors: {}, status: 200 });
  });

  app.post<AgencyParams & FormBody>('/agencies/:agencyId/documents', async (request, reply) => {
    const { agency } = await requireDocumentAccess(request, request.params.agencyId);
    const values = documentValuesFromBody(request.body ?? {});
    const { items } = await itemGroupsOf(request, agency.id);
    try {
      const { documentId } = await createDocument(contextOf(request), { agencyId: agency.id, ...documentInputFromForm(values, items) });
      return reply.redirect(`/admin/documents/${documentId}?done=created`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'validation.failed') throw error;
      return showDocumentForm(request, reply, { agencyId: agency.id, document: null, values, errors: documentFieldMessages(error.issues), status: 400 });
    }
  });

  app.get<DocParams & { Querystring: { done?: string } }>('/documents/:documentId', async (request, reply) =>
    showStaffDocument(request, reply, request.params.documentId, { notice: NOTICES[request.query.done ?? ''] ?? ACTION_NOTICES[request.query.done ?? ''] ?? null }),
  );

  app.get<DocParams>('/documents/:documentId/edit', async (request, reply) => {
    const doc = await getDocumentForStaff(contextOf(request), { documentId: request.params.documentId });
    const { named } = await itemGroupsOf(request, doc.agencyId);
    return showDocumentForm(request, reply, { agencyId: doc.agencyId, document: { id: doc.id, title: doc.title, status: doc.status }, values: documentValuesOf(doc, named), errors: {}, status: 200 });
  });

  app.post<DocParams & FormBody>('/documents/:documentId', async (request, reply) => {
    const doc = await getDocumentForStaff(contextOf(request), { documentId: request.params.documentId });
    const values = documentValuesFromBody(request.body ?? {});
    const { items } = await itemGroupsOf(request, doc.agencyId);
    try {
      const result = await updateDocument(contextOf(request), { documentId: doc.id, ...documentInputFromForm(values, items) });
      return reply.redirect(`/admin/documents/${doc.id}?done=${result.reopened ? 'reopened' : 'saved'}`, 303);
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'validation.failed') throw error;
      return showDocumentForm(request, reply, { agencyId: doc.agencyId, document: { id: doc.id, title: doc.title, status: doc.status }, values, errors: documentFieldMessages(error.issues), status: 400 });
    }
  });

  // Attachments of working copies, for the staff who may open the draft; never cached, never public.
  app.get<{ Params: { documentId: string; attachmentId: string } }>('/documents/:documentId/attachments/:attachmentId', async (request, reply) =>
    sendAttachment(request, reply, await readStaffAttachment(contextOf(request), request.params), 'private, no-store'),
  );

  await app.register(registerDocumentActionRoutes);
}

export const ACTION_NOTICES: Record<string, string> = {
  submitted: '已提交复核。', review_pass: '已复核通过，等待审签。', review_return: '已退回填表人修改。', secrecy: '已记录保密审查结论。',
  published: '已审签发布。', scheduled: '已审签，将按设定时间发布。', approve_return: '已退回填表人修改。', withdrawn: '已撤回，公开页面显示撤回说明。',
  repealed: '有效性已变更，公开页面显示废止说明。', linked: '已关联。', unlinked: '已取消关联。', attachment_added: '附件已上传。', attachment_removed: '附件已删除。',
};
