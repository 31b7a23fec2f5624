/**
 * What the supervisor asked of /admin/supervision: the region, the sort (column and direction) and the filters, read
 * from the query string, applied to the rows, and written back into links (headers, export, recompute) so they persist.
 * Unknown values fall back to the defaults: a hand-edited link never fails.
 */
import type { AgencySupervisionRow } from '../../../domain/supervision/agencySupervision.ts';

/** Sortable columns: the page's header label and the value compared (null sorts last either way). */
export const SUPERVISION_SORTS = {
  agency: { label: '单位', value: (r: AgencySupervisionRow) => r.agencyName },
  version: { label: '目录版本', value: (r: AgencySupervisionRow) => r.catalog.versionNumber },
  lint: { label: '检查错误', value: (r: AgencySupervisionRow) => r.catalog.lintErrors },
  blank: { label: '空白事项', value: (r: AgencySupervisionRow) => r.items.blank },
  late: { label: '迟报事项', value: (r: AgencySupervisionRow) => r.items.late },
  stale: { label: '久未更新事项', value: (r: AgencySupervisionRow) => r.items.stale },
  documents: { label: '近12个月公开数', value: (r: AgencySupervisionRow) => r.documents.lastTwelveMonths },
  received: { label: '收到申请', value: (r: AgencySupervisionRow) => r.applications.received },
  answered: { label: '已办结', value: (r: AgencySupervisionRow) => r.applications.answered },
  overdue: { label: '逾期未办结', value: (r: AgencySupervisionRow) => r.applications.overdue },
  meanDays: { label: '平均答复用时', value: (r: AgencySupervisionRow) => r.applications.meanAnswerWorkingDays },
  score: { label: '检查准备得分', value: (r: AgencySupervisionRow) => r.readiness.score },
} as const;
export type SupervisionSort = keyof typeof SUPERVISION_SORTS;
export type SortDirection = 'asc' | 'desc';

export interface SupervisionQuery {
  region: string | null;
  sort: SupervisionSort;
  dir: SortDirection;
  /** A region name below the chosen one (下级地区); '' for all. */
  area: string;
  /** Name contains. */
  q: string;
  veto: boolean;
  gaps: boolean;
  reportLate: boolean;
}

type RawQuery = Partial<Record<keyof SupervisionQuery, string>>;
const flag = (value: string | undefined) => value === '1';

export function parseSupervisionQuery(raw: RawQuery): SupervisionQuery {
  const sort = raw.sort && Object.hasOwn(SUPERVISION_SORTS, raw.sort) ? (raw.sort as SupervisionSort) : 'agency';
  return {
    region: raw.region?.trim() || null,
    sort,
    dir: raw.dir === 'desc' ? 'desc' : raw.dir === 'asc' ? 'asc' : defaultDirection(sort),
    area: raw.area?.trim().slice(0, 50) ?? '',
    q: raw.q?.trim().slice(0, 50) ?? '',
    veto: flag(raw.veto),
    gaps: flag(raw.gaps),
    reportLate: flag(raw.reportLate),
  };
}

/** Names A→Z; every count most first, except the score, whose lowest (most in need) comes first. */
export function defaultDirection(sort: SupervisionSort): SortDirection {
  return sort === 'agency' || sort === 'score' ? 'asc' : 'desc';
}

/** 年报 not published by 1月31日 (条例第四十九条): overdue, late, or published with no date known. */
const reportNotOnTime = (row: AgencySupervisionRow) => row.annualReport.timeliness !== 'onTime' && row.annualReport.timeliness !== 'notDue';

export function filterRows(rows: readonly AgencySupervisionRow[], query: SupervisionQuery): AgencySupervisionRow[] {
  return rows.filter((row) =>
    (!query.area || row.regionNames.includes(query.area))
    && (!query.q || row.agencyName.includes(query.q))
    && (!query.veto || row.readiness.vetoed)
    && (!query.gaps || row.items.blank + row.items.late > 0)
    && (!query.reportLate || reportNotOnTime(row)));
}

function compareValues(a: string | number | null, b: string | number | null, dir: SortDirection): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = typeof a === 'string' ? a.localeCompare(String(b), 'zh-CN') : a - Number(b);
  return dir === 'asc' ? order : -order;
}

/** Rows by the chosen column; ties by agency name. */
export function sortRows(rows: readonly AgencySupervisionRow[], query: Pick<SupervisionQuery, 'sort' | 'dir'>): AgencySupervisionRow[] {
  const value = SUPERVISION_SORTS[query.sort].value;
  return [...rows].sort((a, b) => compareValues(value(a), value(b), query.dir) || a.agencyName.localeCompare(b.agencyName, 'zh-CN'));
}

/** The query as URL parameters, defaults left out, with `changes` applied. */
export function supervisionHref(query: SupervisionQuery, changes: Partial<SupervisionQuery> = {}, path = '/admin/supervision'): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.region) params.set('region', next.region);
  if (next.sort !== 'agency') params.set('sort', next.sort);
  if (next.dir !== defaultDirection(next.sort)) params.set('dir', next.dir);
  if (next.area) params.set('area', next.area);
  if (next.q) params.set('q', next.q);
  for (const key of ['veto', 'gaps', 'reportLate'] as const) if (next[key]) params.set(key, '1');
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The link of a column header: the column in its default direction, or the other direction when already sorted by it. */
export function sortHref(query: SupervisionQuery, sort: SupervisionSort): string {
  const dir = query.sort === sort ? (query.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
  return supervisionHref(query, { sort, dir });
}

/** The region names below `depth` (the chosen region's own level) among the rows, for the 下级地区 filter. */
export function areaChoices(rows: readonly AgencySupervisionRow[], depth: number): string[] {
  const names = new Set(rows.flatMap((row) => row.regionNames.slice(depth)));
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
