/**
 * The 政府信息公开 column of an agency (国办公开办函〔2019〕61号, regulations.md §4.2):
 * 指南, 制度, 法定主动公开内容 and 年报, derived from the published catalog only.
 * What the catalog does not state is reported as missing, never invented.
 */
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import { groupByLevel1 } from '../../domain/catalog/summary.ts';
import { officeFacts, type OfficeFacts } from '../../domain/catalog/officeFacts.ts';
import { feedsColumn, type ColumnKind } from '../../domain/catalog/disclosureColumns.ts';

export { COLUMN_TITLES, type ColumnKind } from '../../domain/catalog/disclosureColumns.ts';
export { officeFacts, withAgencyContact, type OfficeFacts } from '../../domain/catalog/officeFacts.ts';

export interface ColumnItem {
  /** The item's permanent key (its public address). */
  id: string;
  level1: string;
  level2: string | null;
}

export function columnItems(catalog: CatalogView | null, kind: ColumnKind): ColumnItem[] {
  return (catalog?.items ?? [])
    .filter((item) => feedsColumn(item, kind))
    .map((item) => ({ id: item.itemKey, level1: item.level1, level2: item.level2 }));
}

export interface GuideFacts {
  /** 编排体系: 一级事项 with their 二级事项. */
  classification: { level1: string; items: { id: string; name: string }[] }[];
  /** Every 公开渠道 ticked in some item, most used first. */
  channels: string[];
  /** The basis the catalog cites for itself (preamble), if any. */
  basis: string[];
  catalogTitle: string | null;
  office: OfficeFacts;
}

export function guideFacts(catalog: CatalogView | null): GuideFacts {
  const items: StoredCatalogItem[] = catalog?.items ?? [];
  const counts = new Map<string, number>();
  for (const item of items) for (const channel of item.channels ?? []) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  const preamble = catalog?.version.preamble;
  const basis = preamble && typeof preamble === 'object' && Array.isArray(preamble.basis) ? preamble.basis.filter((b): b is string => typeof b === 'string') : [];
  return {
    classification: groupByLevel1(items).map((group) => ({
      level1: group.level1,
      items: group.items.map((item) => ({ id: item.itemKey, name: item.level2 ?? item.content ?? item.level1 })),
    })),
    channels: [...counts].sort((a, b) => b[1] - a[1]).map(([channel]) => channel),
    basis,
    catalogTitle: catalog?.version.title ?? null,
    office: officeFacts(catalog),
  };
}
