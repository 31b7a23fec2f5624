import type { FC } from 'hono/jsx';
import type { RegionChoice } from '../../../../app/agencies/resolveRegion.ts';
import type { RegionSupervision } from '../../../../app/supervision/regionSupervision.ts';
import type { AgencySupervisionRow } from '../../../../domain/supervision/agencySupervision.ts';
import type { LocalDate } from '../../../../domain/shared/clock.ts';
import { ChartFigure } from '../../../shared/charts/barChart.tsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { chinaTime } from '../../presenters.ts';
import { documentBars, itemTotals, longMonth, monthTotals, onTimeBars, percent } from '../../supervision/supervisionCharts.ts';
import { areaChoices, supervisionHref, type SupervisionQuery } from '../../supervision/supervisionQuery.ts';
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
    {view.pending ? `另有 ${view.pending} 个单位的数据尚未计算，暂未列出，系统将在一小时内陆续计算。` : ''}
  </p>
);

/**
 * The two charts over the agencies shown: documents published per month, and answers given by their due date per month
 * with the share of catalog items without any finding; each with its text alternative (ChartFigure).
 */
const SupervisionCharts: FC<{ rows: readonly AgencySupervisionRow[]; today: LocalDate }> = ({ rows, today }) => {
  const totals = monthTotals(rows, today);
  const period = `${longMonth(totals[0]!.month)}至${longMonth(totals.at(-1)!.month)}`;
  const documents = totals.reduce((sum, t) => sum + t.documents, 0);
  const answered = totals.reduce((sum, t) => sum + t.answered, 0);
  const onTime = totals.reduce((sum, t) => sum + t.answeredOnTime, 0);
  const items = itemTotals(rows);
  const answeredText = answered ? `共答复 ${answered} 件，按期答复 ${onTime} 件（${percent(onTime / answered)}）` : '没有答复的申请';
  const itemsText = items.items
    ? `目录事项共 ${items.items} 项，没有任何问题的 ${items.clean} 项（${percent(items.clean / items.items)}）；有空白的 ${items.blank} 项，有迟报的 ${items.late} 项。`
    : '没有已发布的目录事项。';
  return (
    <section aria-labelledby="charts-title" class="chart-grid">
      <h2 id="charts-title">趋势（所显示的 {rows.length} 个单位合计）</h2>
      <ChartFigure
        id="chart-documents" caption={`每月公开政府信息数（${period}，横轴为月份）`} title="每月公开政府信息数"
        desc={`${period}各月公开的政府信息数，合计 ${documents} 条。`} summary={`${period}共公开 ${documents} 条。`}
        columns={['月份', '公开数']} bars={documentBars(totals)}
      />
      <ChartFigure
        id="chart-on-time" caption={`每月依申请公开按期答复的比例（${period}，横轴为月份，单位：%）`} title="每月按期答复比例"
        desc={`${period}各月答复的申请中在答复期限内答复的比例；${answeredText}。`} summary={`${answeredText}。${itemsText}`}
        columns={['月份', '按期答复比例（按期/答复）']} bars={onTimeBars(totals)} max={100}
      />
    </section>
  );
};

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
      <RefreshForm csrfToken={viewer.csrfToken} regionId={view.region.id} agencies={view.agencies} back={supervisionHref(scoped)} />
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
