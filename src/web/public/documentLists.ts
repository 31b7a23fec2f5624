import type { AppDatabase } from '../../app/context.ts';
import type { RegionNode } from '../../app/agencies/listRegionTree.ts';
import { listPublicDocuments } from '../../app/documents/listDocuments.ts';
import { listPublishedAnnualReports } from '../../app/reports/listPublishedAnnualReports.ts';
import type { StoredCatalogItem } from '../../domain/catalog/version.ts';
import type { ItemNames } from '../../domain/catalog/itemKeys.ts';
import type { ColumnItem } from './columnPresenters.ts';
import { pageInfo, PAGE_SIZE, presentDocumentLine, type PublicDocumentLine } from './documentPresenters.ts';
import type { RegionListing } from './views/documents/regionPage.tsx';
import type { ItemDocumentsData } from './views/documents/itemDocuments.tsx';

/**
 * One page of the documents filed under a catalog item, for the item page: under its name or under a name it had in
 * an earlier version (issue 12: a renamed item keeps its documents; app/catalog/findPublishedItem.ts).
 */
export async function itemDocumentsData(
  db: AppDatabase, agencyId: string, item: Pick<StoredCatalogItem, 'itemKey' | 'level1' | 'level2'>, formerNames: readonly ItemNames[], page: number,
): Promise<ItemDocumentsData> {
  const query = { item: { agencyId, level1: item.level1, level2: item.level2, formerNames }, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = await listPublicDocuments(db, query);
  return { documents: list.documents.map(presentDocumentLine), info: pageInfo(page, list.total), path: `/agencies/${agencyId}/items/${item.itemKey}` };
}

/** The documents of several items (a column such as 制度 or 年报), newest first, at most 100. */
export async function columnDocuments(db: AppDatabase, agencyId: string, items: ColumnItem[]): Promise<PublicDocumentLine[]> {
  const seen = new Map<string, PublicDocumentLine>();
  for (const item of items) {
    const list = await listPublicDocuments(db, { item: { agencyId, level1: item.level1, level2: item.level2 }, limit: 100 });
    for (const doc of list.documents) seen.set(doc.id, presentDocumentLine(doc));
  }
  return [...seen.values()].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).slice(0, 100);
}

/**
 * The 年报 column: the agency's published annual reports (filed under a catalog item or not) and the
 * documents of its 年报 items, once each, newest first.
 */
export async function reportColumnDocuments(db: AppDatabase, agencyId: string, items: ColumnItem[]): Promise<PublicDocumentLine[]> {
  const reports = (await listPublishedAnnualReports(db, agencyId)).map(presentDocumentLine);
  const filed = await columnDocuments(db, agencyId, items);
  const lines = [...reports, ...filed.filter((line) => !reports.some((report) => report.id === line.id))];
  return lines.sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
}

/** A region of the tree with every agency below it; null when there is no such region. */
export function regionListing(roots: readonly RegionNode[], regionId: string): RegionListing | null {
  const find = (nodes: readonly RegionNode[], parents: RegionNode[]): { node: RegionNode; parents: RegionNode[] } | null => {
    for (const node of nodes) {
      if (node.id === regionId) return { node, parents };
      const below = find(node.children, [...parents, node]);
      if (below) return below;
    }
    return null;
  };
  const found = find(roots, []);
  if (!found) return null;
  const agencies: RegionListing['agencies'] = [];
  const walk = (node: RegionNode) => {
    for (const agency of node.agencies) agencies.push({ id: agency.id, name: agency.name, regionName: node.name });
    node.children.forEach(walk);
  };
  walk(found.node);
  return {
    id: found.node.id, name: found.node.name, agencies,
    children: found.node.children.map((c) => ({ id: c.id, name: c.name })),
    parents: found.parents.map((p) => ({ id: p.id, name: p.name })),
  };
}
