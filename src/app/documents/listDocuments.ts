import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { Database } from '../../storage/schema.ts';
import { assertCan } from '../../domain/accounts/roles.ts';
import { VALIDITY_LABELS } from '../../domain/documents/document.ts';
import { documentPath } from '../../domain/documents/internalLinks.ts';
import type { PublicRecord } from '../../domain/documents/record.ts';
import type { ItemNames } from '../../domain/catalog/itemKeys.ts';
import { DOCUMENT_PERMISSIONS, DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../domain/documents/workflow.ts';
import { listDocumentRows } from '../../storage/repositories/document.repository.ts';
import { listPublicRecords } from '../../storage/repositories/publishedDocument.repository.ts';
import { agencyScope } from '../agencies/getAgency.ts';
import { publishedItemFiledAs } from '../catalog/publishedCatalogNames.ts';

export interface Paging {
  limit?: number;
  offset?: number;
}

const page = (p: Paging) => ({ limit: Math.min(Math.max(Math.trunc(p.limit ?? 20), 1), 100), offset: Math.max(Math.trunc(p.offset ?? 0), 0) });

/** One line of a public list (machine-readable: stable ids, ISO dates). */
export interface PublicDocumentSummary {
  id: string;
  url: string;
  indexNumber: string;
  title: string;
  agencyId: string;
  publisher: string;
  publishedOn: string;
  formedOn: string | null;
  documentNumber: string | null;
  validity: string;
  validityLabel: string;
  state: 'live' | 'withdrawn';
}

/**
 * Public documents newest first: all (recent), one agency's, or one catalog item's (by its
 * stable key, docs/adr/0004: filed under its name or under `formerNames` — when the caller does not give them, every
 * name the published item with that name has or had, issue 12). Withdrawn documents stay listed, marked as such, unless `includeWithdrawn` is false
 * (the home page's 最新公开 lists only live ones, and the database leaves the others out so the list stays full).
 */
export async function listPublicDocuments(
  db: Kysely<Database>,
  query: { agencyId?: string; item?: { agencyId: string; level1: string; level2?: string | null; formerNames?: readonly ItemNames[] }; includeWithdrawn?: boolean } & Paging,
): Promise<{ documents: PublicDocumentSummary[]; total: number; limit: number; offset: number }> {
  const { limit, offset } = page(query);
  const item = query.item && { agencyId: query.item.agencyId, level1: query.item.level1, level2: query.item.level2 ?? '' };
  const otherNames = item && (query.item?.formerNames ?? (await publishedItemFiledAs(db, item.agencyId, item))?.names);
  const formerNames = otherNames?.map((name) => ({ level1: name.level1, level2: name.level2 ?? '' }));
  const { records, total } = await listPublicRecords(db, { agencyId: query.agencyId, item, formerNames, includeWithdrawn: query.includeWithdrawn, limit, offset });
  return { documents: records.map(publicDocumentSummary), total, limit, offset };
}

/** One public record as a line of a public list. */
export function publicDocumentSummary(r: PublicRecord): PublicDocumentSummary {
  return {
    id: r.documentId, url: documentPath(r.documentId), indexNumber: r.indexNumber, title: r.content.title, agencyId: r.agencyId,
    publisher: r.content.publisher, publishedOn: r.publishedOn, formedOn: r.content.formedOn, documentNumber: r.content.documentNumber,
    validity: r.content.validity, validityLabel: VALIDITY_LABELS[r.content.validity], state: r.state,
  };
}

/** The staff list of an agency's documents (all statuses, or the ones asked for), most recently changed first. */
export async function listAgencyDocuments(ctx: AppContext, query: { agencyId: string; statuses?: DocumentStatus[] } & Paging) {
  assertCan(ctx.actor, DOCUMENT_PERMISSIONS.view, await agencyScope(ctx.db, query.agencyId));
  const { limit, offset } = page(query);
  const { documents, total } = await listDocumentRows(ctx.db, { agencyId: query.agencyId, statuses: query.statuses, limit, offset });
  return {
    documents: documents.map((d) => ({
      id: d.id, title: d.title, status: d.status, statusLabel: DOCUMENT_STATUS_LABELS[d.status], indexNumber: d.indexNumber,
      revision: d.revision, formedOn: d.formedOn, publishAt: d.publishAt, updatedAt: d.updatedAt,
    })),
    total, limit, offset,
  };
}
