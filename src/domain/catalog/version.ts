import type { CatalogItem, DeclaredSummary, SourceColumn } from './catalog.ts';
import type { VersionStatus } from './workflow.ts';

/** A catalog version's header and sign-off record. */
export interface VersionMeta {
  id: string;
  agencyId: string;
  number: number;
  status: VersionStatus;
  title: string | null;
  /** 责任单位 */
  responsibleUnit: string | null;
  preparer: string | null;
  reviewer: string | null;
  approver: string | null;
  preparedOn: string | null;
  /** The summary line as the source document stated it (for lint); the page shows the computed one. */
  declared: DeclaredSummary | null;
  preamble: string | Record<string, unknown> | null;
  notes: string[] | string | null;
  /** The source table's columns as written (null: the national form's columns); kept by every copy of the version. */
  columns: SourceColumn[] | null;
  /** The summary line as written, shown beside the computed one; null where the source has none. */
  declaredText: string | null;
  /** Lines above the table other than the title, as written; null where none. */
  headerLines: string[] | null;
  source: string | null;
  basedOnId: string | null;
  createdBy: string | null;
  createdAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  reviewComment: string | null;
}

/** `id` names the row of one version; `itemKey` names the item across versions (domain/catalog/itemKeys.ts). */
export type StoredCatalogItem = CatalogItem & { id: string; itemKey: string; position: number };

export interface CatalogView {
  version: VersionMeta;
  items: StoredCatalogItem[];
}
