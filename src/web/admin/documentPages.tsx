import type { FastifyReply, FastifyRequest } from 'fastify';
import { getAgency } from '../../app/agencies/getAgency.ts';
import { publishedCatalogNames } from '../../app/catalog/publishedCatalogNames.ts';
import { getDocumentForStaff } from '../../app/documents/getDocument.ts';
import { linkCandidates } from '../../app/documents/linkCandidates.ts';
import { can, type Scope } from '../../domain/accounts/roles.ts';
import { groupByLevel1 } from '../../domain/catalog/summary.ts';
import { documentSignOffRefusal } from '../../domain/documents/workflow.ts';
import { NotFoundError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { contextOf, staffViewerOf } from '../shared/requestContext.ts';
import { requireDocumentAccess } from './documentAccess.ts';
import type { DocumentFormValues } from './documentFormValues.ts';
import { DocumentFormPage } from './views/documents/documentFormPage.tsx';
import { StaffDocumentPage } from './views/documents/staffDocumentPage.tsx';
import type { DocumentAbilities } from './views/documents/workflowForms.tsx';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export function documentAbilities(request: FastifyRequest, scope: Scope): DocumentAbilities {
  return {
    edit: can(request.actor, 'document.edit', scope),
    submit: can(request.actor, 'document.submit', scope),
    review: can(request.actor, 'document.review', scope),
    approve: can(request.actor, 'document.approve', scope),
  };
}

/** The agency's published catalog items, grouped for the item picker, and the names each had before (issue 12). */
export async function itemGroupsOf(request: FastifyRequest, agencyId: string) {
  const named = await publishedCatalogNames(request.server.gongkai.engine.db, agencyId);
  const items = named?.catalog.items ?? [];
  return { items, named, groups: groupByLevel1(items).map((g) => ({ level1: g.level1, items: g.items.map((i) => ({ id: i.id, label: i.level2 ?? i.content ?? i.level1 })) })) };
}

export async function showDocumentForm(
  request: FastifyRequest, reply: FastifyReply,
  input: { agencyId: string; document: { id: string; title: string; status: string } | null; values: DocumentFormValues; errors: Record<string, string>; status: number },
) {
  const agency = await getAgency(request.server.gongkai.engine.db, input.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  const { groups } = await itemGroupsOf(request, agency.id);
  const page = <DocumentFormPage viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} document={input.document} values={input.values} errors={input.errors} itemGroups={groups} />;
  return sendPage(reply, page, input.status);
}

/** The staff page of a document, optionally with the failure of the step just tried. */
export async function showStaffDocument(
  request: FastifyRequest, reply: FastifyReply, documentId: string,
  extra: { notice?: string | null; error?: { message: string; issues: string[] } | null; status?: number } = {},
) {
  const doc = await getDocumentForStaff(contextOf(request), { documentId });
  const { agency, scope } = await requireDocumentAccess(request, doc.agencyId);
  const abilities = documentAbilities(request, scope);
  const page = (
    <StaffDocumentPage
      viewer={staffViewerOf(request, reply)} agency={{ id: agency.id, name: agency.name }} doc={doc} can={abilities}
      linkCandidates={await linkCandidates(contextOf(request), { documentId: doc.id })} notice={extra.notice ?? null} error={extra.error ?? null} maxAttachmentMb={MAX_ATTACHMENT_BYTES / 1024 / 1024}
      signOffRefusal={documentSignOffRefusal(doc, request.actor.id)}
    />
  );
  return sendPage(reply, page, extra.status ?? 200);
}
