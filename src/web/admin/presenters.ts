/** Back-office presenters: version headers and dashboard rows, with dates in China time (audit events: auditPresenter.ts). */
import type { CatalogDocument } from '../../domain/catalog/catalog.ts';
import { chinaMinuteOf } from '../../domain/shared/clock.ts';
import type { CatalogView, StoredCatalogItem, VersionMeta } from '../../domain/catalog/version.ts';
import { VERSION_STATUS_LABELS, type VersionStatus } from '../../domain/catalog/workflow.ts';
import { groupByLevel1 } from '../../domain/catalog/summary.ts';
import { tableColumns } from '../../domain/catalog/tableColumns.ts';
import { presentItemPublic, type PublicCatalog } from '../public/presenters.ts';
import { presentSummaryLines } from '../public/summaryLines.ts';

/** An instant as China time, `2025-03-01 14:05`; none stays none. */
export function chinaTime(instant: string | null): string | null {
  return instant ? chinaMinuteOf(instant) : null;
}

export interface AdminVersion {
  id: string;
  agencyId: string;
  agencyName: string;
  number: number;
  status: VersionStatus;
  statusLabel: string;
  /** The title as written; null where the catalog has none (never invented). */
  title: string | null;
  preparer: string | null;
  reviewer: string | null;
  approver: string | null;
  preparedOn: string | null;
  createdAt: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  approvedAt: string | null;
  reviewComment: string | null;
}

export function presentVersionAdmin(version: VersionMeta, agencyName: string): AdminVersion {
  return {
    id: version.id,
    agencyId: version.agencyId,
    agencyName,
    number: version.number,
    status: version.status,
    statusLabel: VERSION_STATUS_LABELS[version.status],
    title: version.title,
    preparer: version.preparer,
    reviewer: version.reviewer,
    approver: version.approver,
    preparedOn: version.preparedOn,
    createdAt: chinaTime(version.createdAt),
    submittedAt: chinaTime(version.submittedAt),
    reviewedAt: chinaTime(version.reviewedAt),
    approvedAt: chinaTime(version.approvedAt),
    reviewComment: version.reviewComment,
  };
}

export type AdminTable = Pick<PublicCatalog, 'title' | 'columns' | 'groups' | 'summary' | 'headerLines'>;

/** What a version or a parsed file says about its own layout (null throughout: the national form). */
type Layout = Pick<CatalogDocument, 'title' | 'declared'> & { columns?: CatalogDocument['columns']; declaredText?: string | null; headerLines?: string[] | null };

/** Items of a version, or rows of a file not saved yet (these have no permanent key), in the catalog's own columns. */
function presentItemsTable(layout: Layout, items: readonly (Omit<StoredCatalogItem, 'itemKey'> & { itemKey?: string })[]): AdminTable {
  return {
    title: layout.title,
    headerLines: layout.columns?.length || layout.headerLines ? (layout.headerLines ?? []) : null,
    summary: presentSummaryLines({ declared: layout.declared, declaredText: layout.declaredText ?? null }, items),
    columns: tableColumns(layout.columns, items),
    groups: groupByLevel1(items).map((group) => ({ level1: group.level1, items: group.items.map(presentItemPublic) })),
  };
}

/** The items of any version (draft or not) in the table's shape, for review before sign-off. */
export function presentVersionTable(view: CatalogView): AdminTable {
  return presentItemsTable(view.version, view.items);
}

/** Anchor id of a previewed (not yet saved) item's row: its index in the file. */
export const previewItemId = (index: number) => `p${index + 1}`;

/** A parsed file (import preview) in the table's shape; rows are numbered as read. */
export function presentDocumentTable(doc: CatalogDocument): AdminTable {
  const items = doc.items.map((item, index) => ({ ...item, id: previewItemId(index), position: index }));
  return presentItemsTable(doc, items);
}
