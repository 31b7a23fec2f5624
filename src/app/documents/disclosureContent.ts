import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.ts';
import { documentPath } from '../../domain/documents/internalLinks.ts';
import { groupByLevel1 } from '../../domain/catalog/summary.ts';
import { isOrganizationItem } from '../../domain/catalog/organizationItems.ts';
import { filedNameKey, type ItemNames } from '../../domain/catalog/itemKeys.ts';
import { newestDocumentsByItemName, publicationsByItem, type ItemDocumentLine } from '../../storage/repositories/publishedDocument.repository.ts';
import { formerNamesOfItems } from '../catalog/findPublishedItem.ts';
import { getPublishedCatalog } from '../catalog/readCatalog.ts';

/** How many of an item's newest documents the 法定主动公开内容 page lists before «全部N件». */
export const NEWEST_PER_ITEM = 5;

export interface ContentDocument {
  url: string;
  title: string;
  publishedOn: string;
  documentNumber: string | null;
}

export interface ContentItem {
  key: string;
  level2: string | null;
  name: string;
  /** The catalog's 公开内容 of the item: what it promises to publish. */
  content: string | null;
  count: number;
  lastPublishedOn: string | null;
  newest: ContentDocument[];
}

export interface ContentGroup {
  level1: string;
  items: ContentItem[];
}


/**
 * 法定主动公开内容 (条例第二十条, 国办公开办函〔2019〕61号): the published catalog as a tree, each item with the
 * number of its documents and its newest ones — under its name or a name it had in an earlier version (issue 12).
 * Public reads only: published records, no staff data. Null when the agency has no published catalog.
 */
export async function disclosureContent(db: Kysely<Database>, agencyId: string): Promise<ContentGroup[] | null> {
  const catalog = await getPublishedCatalog(db, agencyId);
  if (!catalog) return null;
  const [stats, newest, formerNames] = await Promise.all([
    publicationsByItem(db, agencyId),
    newestDocumentsByItemName(db, agencyId, NEWEST_PER_ITEM),
    formerNamesOfItems(db, catalog),
  ]);
  const statsByName = new Map(stats.map((s) => [filedNameKey(s), s]));
  const newestByName = new Map<string, ItemDocumentLine[]>();
  for (const line of newest) newestByName.set(filedNameKey(line), [...(newestByName.get(filedNameKey(line)) ?? []), line]);
  return groupByLevel1(catalog.items).map((group) => ({
    level1: group.level1,
    items: group.items.map((item) => {
      const names: ItemNames[] = [item, ...(formerNames.get(item.itemKey) ?? [])];
      const filed = names.map((name) => statsByName.get(filedNameKey(name)));
      const documents = names.flatMap((name) => newestByName.get(filedNameKey(name)) ?? []);
      return {
        key: item.itemKey,
        level2: item.level2,
        name: item.level2 ?? item.content ?? item.level1,
        content: item.content,
        count: filed.reduce((n, s) => n + (s?.count ?? 0), 0),
        lastPublishedOn: filed.reduce<string | null>((last, s) => (s && (!last || s.lastPublishedOn > last) ? s.lastPublishedOn : last), null),
        newest: newestFirst(documents).slice(0, NEWEST_PER_ITEM),
      };
    }),
  }));
}

function newestFirst(lines: ItemDocumentLine[]): ContentDocument[] {
  const unique = new Map(lines.map((line) => [line.documentId, line]));
  return [...unique.values()]
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
    .map((line) => ({ url: documentPath(line.documentId), title: line.title, publishedOn: line.publishedOn, documentNumber: line.documentNumber }));
}

/**
 * 机构信息 (条例第二十条第一项): the items of the published catalog about the agency itself (domain/catalog/
 * organizationItems.ts), each with its newest documents. Null when there is no published catalog.
 */
export async function organizationContent(db: Kysely<Database>, agencyId: string): Promise<ContentItem[] | null> {
  const groups = await disclosureContent(db, agencyId);
  if (!groups) return null;
  return groups.flatMap((group) => group.items.filter((item) => isOrganizationItem({ level1: group.level1, level2: item.level2, content: item.content })));
}
