import type { CatalogDocument, CatalogItem } from './catalog.ts';
import type { CatalogView } from './version.ts';

/** A stored version back in the project's JSON form (shared/golden/SCHEMA.md), for dump and export. */
export function toCatalogDocument(view: CatalogView, agencyName: string): CatalogDocument {
  const { version } = view;
  return {
    source: version.source,
    title: version.title,
    agency: version.responsibleUnit ?? agencyName,
    preparer: version.preparer,
    reviewer: version.reviewer,
    approver: version.approver,
    preparedOn: version.preparedOn,
    declared: version.declared,
    preamble: version.preamble,
    items: view.items.map(({ id: _id, position: _position, ...item }): CatalogItem => item),
    notes: version.notes,
    columns: version.columns,
    declaredText: version.declaredText,
    headerLines: version.headerLines,
  };
}
