import type { FC } from 'hono/jsx';
import type { RegionChoice } from '../../../../app/agencies/resolveRegion.ts';
import type { RegionSupervision } from '../../../../app/supervision/regionSupervision.ts';
import type { AgencySupervisionRow } from '../../../../domain/supervision/agencySupervision.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { chinaTime } from '../../presenters.ts';
import { areaChoices, supervisionHref, type SupervisionQuery } from '../../supervision/supervisionQuery.ts';
import { SupervisionCharts } from './supervisionCharts.tsx';
import { RefreshForm, SupervisionFilters } from './supervisionForms.tsx';
import { SupervisionTable } from './supervisionTable.tsx';

interface RegionSupervisionProps {
  viewer: Viewer;
  view: RegionSupervision;
  /** The rows after the filters, in the chosen order. */
  rows: AgencySupervisionRow[];
  regions: RegionChoice[];
  query: SupervisionQuery;
  refreshed: boolean;
}

/** When the figures were computed, and how many lines are older than today (the job refreshes them hourly). */
const Freshness: FC<{ view: RegionSupervision }> = ({ view }) => (
  <p class="hint">
    数据更新于 {chinaTime(view.oldestComputedAt) ?? '—'}（各单位中最早的一次计算）。
    {view.stale ? `其中 ${view.stale} 个单位的数据是今天（${view.today}）以前计算的，系统每小时自动更新。` : ''}
  </p>
);

/**
 * /admin/supervision (issue 11, deliverable 4): the agencies below a region side by side — catalog and its checks, items
 * blank or late, publication per month, 依申请公开 handling, the last 年报 and inspection readiness — sortable,
 * filterable, downloadable, with charts. Counts only: no applicant reaches this page.
 */
export const RegionSupervisionPage: FC<RegionSupervisionProps> = ({ viewer, view, rows, regions, query, refreshed }) => {
  const title = `${view.region.name}各单位政务公开情况`;
  const scoped = { ...query, region: view.region.id };
  const download = (format: 'xlsx' | 'csv') => supervisionHref(scoped, {}, `/admin/supervision/export.${format}`);
  return (
    <Layout title={title} viewer={viewer} mainClass="wide" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '各单位政务公开情况' }]}>
      <h1>{title}</h1>
      <p class="lead">{view.region.path.join(' / ')}及以下共 {view.rows.length} 个单位，截至 {view.today}。</p>
      {refreshed ? <p class="alert alert-success" role="status">已重新计算该地区各单位的数据。</p> : null}
      <Freshness view={view} />
      <RefreshForm csrfToken={viewer.csrfToken} regionId={view.region.id} agencies={view.rows.length} back={supervisionHref(scoped)} />
      <SupervisionFilters query={query} regionId={view.region.id} regions={regions} areas={areaChoices(view.rows, view.region.path.length)} />
      <p>下载所显示的单位：<a href={download('xlsx')}>Excel（xlsx）</a> · <a href={download('csv')}>CSV</a></p>
      {rows.length === 0 ? (
        <p class="empty">{view.rows.length ? '没有符合筛选条件的单位。' : '该地区没有单位。'}</p>
      ) : (
        <SupervisionTable rows={rows} query={scoped} today={view.today} year={rows[0]!.applications.year} />
      )}
      <p class="hint">
        空白：应公开的期间已过而没有公开；迟报：超过公开时限才公开；检查准备：按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）中系统能判断的指标计分，有单项否决的为不合格。
        依申请公开为本年度至今的数字，逾期未办结为尚未答复且已过答复期限的申请。点击表头可按该列排序，再点一次反向排序。
      </p>
      {rows.length ? <SupervisionCharts rows={rows} today={view.today} /> : null}
    </Layout>
  );
};
