/**
 * Public presenters: the ONLY shapes public pages render. They take the
 * published catalog and copy out the fields of the official table; nothing
 * about accounts, drafts, review comments or who clicked what leaves here.
 */
import type { RegionNode } from '../../app/agencies/listRegionTree.ts';
import type { AgencyView } from '../../app/agencies/getAgency.ts';
import type { CatalogView, StoredCatalogItem } from '../../domain/catalog/version.ts';
import { groupByLevel1 } from '../../domain/catalog/summary.ts';
import { tableColumns, type TableColumn } from '../../domain/catalog/tableColumns.ts';
import { AUDIENCES, CHANNELS, FIVE_TYPES, MODES, type Channel } from '../../domain/catalog/vocabulary.ts';
import { presentSummaryLines, type SummaryLines } from './summaryLines.ts';
import { chinaDateOf } from '../../domain/shared/clock.ts';

export interface PublicRegion {
  id: string;
  name: string;
  agencies: { id: string; name: string }[];
  children: PublicRegion[];
}

/** One region of the home page's agency directory: its full path and the agencies directly in it. */
export interface AgencyDirectorySection {
  regionId: string;
  regionPath: string;
  agencies: { id: string; name: string }[];
}

/** The public region tree flattened for the home page: every region holding agencies, none hidden in a fold. */
export function agencyDirectory(regions: readonly PublicRegion[], parents: readonly string[] = []): AgencyDirectorySection[] {
  return regions.flatMap((region) => {
    const path = [...parents, region.name];
    const own = region.agencies.length ? [{ regionId: region.id, regionPath: path.join(' · '), agencies: region.agencies }] : [];
    return [...own, ...agencyDirectory(region.children, path)];
  });
}

/** The region tree without regions that have no agency anywhere below them. */
export function presentRegionTreePublic(nodes: readonly RegionNode[]): PublicRegion[] {
  return nodes
    .map((node) => ({
      id: node.id,
      name: node.name,
      agencies: node.agencies.map((agency) => ({ id: agency.id, name: agency.name })),
      children: presentRegionTreePublic(node.children),
    }))
    .filter((region) => region.agencies.length > 0 || region.children.length > 0);
}

export interface ChannelMark {
  name: Channel;
  /** The box's label as the source writes it (■部门网站), else the standard name. */
  label: string;
  ticked: boolean;
  note: string | null;
}

export interface PublicItem {
  id: string;
  /** The permanent key the public address names (null for an item not saved yet, e.g. an import preview row). */
  itemKey: string | null;
  seq: string | null;
  /** The 序号 as printed on the row ('' where the row prints none). */
  seqText: string;
  level1: string;
  level2: string | null;
  content: string | null;
  basis: string[];
  timeLimit: string | null;
  subject: string | null;
  /** Every channel of the national form, in its printed order, ticked or not. */
  channels: ChannelMark[];
  audience: { name: string; ticked: boolean }[];
  mode: { name: string; ticked: boolean }[];
  fiveTypes: { name: string; ticked: boolean }[] | null;
  column: string | null;
  category: string | null;
  remarks: string | null;
}

export interface PublicCatalog {
  agency: { id: string; name: string; regionNames: string[] };
  /** The title as written; null where the source has none (never invented). */
  title: string | null;
  versionNumber: number;
  publishedOn: string | null;
  responsibleUnit: string;
  preparer: string | null;
  reviewer: string | null;
  approver: string | null;
  preparedOn: string | null;
  /** The lines above the table as written, for a catalog that keeps its source's layout; null: the national form's sign-off block. */
  headerLines: string[] | null;
  summary: SummaryLines;
  /** The source's columns as written, else the national form's (domain/catalog/tableColumns.ts). */
  columns: TableColumn[];
  groups: { level1: string; items: PublicItem[] }[];
}

const marks = <T extends string>(all: readonly T[], ticked: readonly T[]) => all.map((name) => ({ name, ticked: ticked.includes(name) }));

export function presentItemPublic(item: Omit<StoredCatalogItem, 'itemKey'> & { itemKey?: string }): PublicItem {
  return {
    id: item.id,
    itemKey: item.itemKey ?? null,
    seq: item.seq,
    seqText: item.seqLabel ?? item.seq ?? '',
    level1: item.level1,
    level2: item.level2,
    content: item.content,
    basis: [...item.basis],
    timeLimit: item.timeLimit,
    subject: item.subject,
    channels: CHANNELS.map((name) => ({
      name,
      label: item.channelLabels?.[name] ?? name,
      ticked: item.channels.includes(name),
      note: item.channelNotes?.[name] ?? null,
    })),
    audience: marks(AUDIENCES, item.audience),
    mode: marks(MODES, item.mode),
    fiveTypes: item.fiveTypes ? marks(FIVE_TYPES, item.fiveTypes) : null,
    column: item.column,
    category: item.category,
    remarks: item.remarks,
  };
}

/** The published catalog as the official table. Throws if handed anything but a published version. */
export function presentCatalogPublic(agency: AgencyView, view: CatalogView): PublicCatalog {
  if (view.version.status !== 'published') throw new Error('presentCatalogPublic: only a published version may be shown');
  const { version, items } = view;
  return {
    agency: { id: agency.id, name: agency.name, regionNames: [...agency.regionNames] },
    title: version.title,
    versionNumber: version.number,
    publishedOn: version.approvedAt ? chinaDateOf(version.approvedAt) : null,
    responsibleUnit: version.responsibleUnit ?? agency.name,
    preparer: version.preparer,
    reviewer: version.reviewer,
    approver: version.approver,
    preparedOn: version.preparedOn,
    headerLines: version.columns?.length || version.headerLines ? (version.headerLines ?? []) : null,
    summary: presentSummaryLines(version, items),
    columns: tableColumns(version.columns, items),
    groups: groupByLevel1(items).map((group) => ({ level1: group.level1, items: group.items.map(presentItemPublic) })),
  };
}
