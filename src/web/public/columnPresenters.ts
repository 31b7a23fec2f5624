/**
 * The 政府信息公开 column of an agency (国办公开办函〔2019〕61号, regulations.md §4.2):
 * 指南, 制度, 法定主动公开内容 and 年报, derived from the published catalog only.
 * What the catalog does not state is reported as missing, never invented.
 */
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import { groupByLevel1 } from '../../domain/catalog/summary.ts';
import type { AgencyContact } from '../../app/applications/agencyContact.ts';
import { feedsColumn, type ColumnKind } from '../../domain/catalog/disclosureColumns.ts';

export { COLUMN_TITLES, type ColumnKind } from '../../domain/catalog/disclosureColumns.ts';

export interface ColumnItem {
  id: string;
  level1: string;
  level2: string | null;
}

export function columnItems(catalog: CatalogView | null, kind: ColumnKind): ColumnItem[] {
  return (catalog?.items ?? [])
    .filter((item) => feedsColumn(item, kind))
    .map((item) => ({ id: item.id, level1: item.level1, level2: item.level2 }));
}

/** The disclosure office's contact facts, where the catalog states them (e.g. its preamble). */
export interface OfficeFacts {
  name: string | null;
  address: string | null;
  postcode: string | null;
  hours: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  supervisionPhone: string | null;
  website: string | null;
}

const FACT_KEYS: Record<keyof OfficeFacts, string[]> = {
  name: ['office', 'responsibleBody', 'name'],
  address: ['address'],
  postcode: ['postcode', 'postalCode'],
  hours: ['hours', 'officeHours'],
  phone: ['phone', 'telephone'],
  fax: ['fax'],
  email: ['email'],
  supervisionPhone: ['supervisionPhone'],
  website: ['website'],
};

export function officeFacts(catalog: CatalogView | null): OfficeFacts {
  const preamble = catalog?.version.preamble;
  const record = preamble && typeof preamble === 'object' ? preamble : {};
  const pick = (keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return null;
  };
  return {
    name: pick(FACT_KEYS.name) ?? catalog?.version.responsibleUnit ?? null,
    address: pick(FACT_KEYS.address),
    postcode: pick(FACT_KEYS.postcode),
    hours: pick(FACT_KEYS.hours),
    phone: pick(FACT_KEYS.phone),
    fax: pick(FACT_KEYS.fax),
    email: pick(FACT_KEYS.email),
    supervisionPhone: pick(FACT_KEYS.supervisionPhone),
    website: pick(FACT_KEYS.website),
  };
}

/**
 * The office's contact details as staff keep them in the back office (条例第十二条), each fact
 * falling back to what the catalog's preamble states when staff have not filled it in.
 */
export function withAgencyContact(facts: OfficeFacts, contact: AgencyContact | null): OfficeFacts {
  if (!contact) return facts;
  return {
    name: contact.officeName ?? facts.name,
    address: contact.address ?? facts.address,
    postcode: contact.postcode ?? facts.postcode,
    hours: contact.hours ?? facts.hours,
    phone: contact.phone ?? facts.phone,
    fax: contact.fax ?? facts.fax,
    email: contact.email ?? facts.email,
    supervisionPhone: contact.supervisionPhone ?? facts.supervisionPhone,
    website: facts.website,
  };
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
      items: group.items.map((item) => ({ id: item.id, name: item.level2 ?? item.content ?? item.level1 })),
    })),
    channels: [...counts].sort((a, b) => b[1] - a[1]).map(([channel]) => channel),
    basis,
    catalogTitle: catalog?.version.title ?? null,
    office: officeFacts(catalog),
  };
}
