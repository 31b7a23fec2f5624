import type { FC } from 'hono/jsx';
import type { RegionChoice } from '../../../../app/reports/reportRegion.ts';
import type { RegionReportOverview } from '../../../../app/reports/regionReportOverview.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import {
  agencyRow, AGENCY_HEADER, regionReportsHref, REGION_SORTS, sortLines, TABLE3_HEADER, table3Rows, TABLE4_HEADER, table4Rows, type RegionSort,
} from '../../reports/regionReportPresenters.ts';
import { SelectField } from '../userFields.tsx';

interface RegionReportsProps {
  viewer: Viewer;
  overview: RegionReportOverview;
  regions: RegionChoice[];
  sort: RegionSort;
}

const SimpleTable: FC<{ caption: string; header: readonly string[]; rows: (string | number | null)[][] }> = ({ caption, header, rows }) => (
  <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
    <table class="data-table">
      <caption>{caption}</caption>
      <thead><tr>{header.map((h) => <th scope="col">{h}</th>)}</tr></thead>
      <tbody>{rows.map(([label, ...cells]) => <tr><th scope="row">{label}</th>{cells.map((c) => <td>{c}</td>)}</tr>)}</tbody>
    </table>
  </div>
);

const Filters: FC<{ overview: RegionReportOverview; regions: RegionChoice[]; sort: RegionSort }> = ({ overview, regions, sort }) => (
  <form class="search-form" method="get" action="/admin/region-reports" aria-label="选择地区和年度">
    <SelectField name="region" label="地区" value={overview.region.id} options={regions.map((r) => ({ value: r.id, label: r.label }))} />
    <div class="field search-filter">
      <label for="f-year">年度</label>
      <input id="f-year" type="number" name="year" min={2008} max={2099} value={String(overview.year)} class="short-number" />
    </div>
    <SelectField name="sort" label="排序" value={sort} options={Object.entries(REGION_SORTS).map(([value, label]) => ({ value, label }))} />
    <div class="form-actions"><button type="submit" class="button button-primary">查看</button></div>
  </form>
);

/** How each sort orders its column, for screen readers (errors and warnings: most first). */
const SORT_DIRECTION: Record<RegionSort, 'ascending' | 'descending' | 'other'> = {
  agency: 'ascending', status: 'other', published: 'ascending', timeliness: 'other', errors: 'descending', warnings: 'descending',
};

/** The agency table: each column header links to the page sorted by it; a report that exists links to its page. */
const AgencyTable: FC<{ overview: RegionReportOverview; sort: RegionSort }> = ({ overview, sort }) => {
  const sortKeys = Object.keys(REGION_SORTS) as RegionSort[];
  const href = (key: RegionSort) => regionReportsHref({ region: overview.region.id, year: overview.year, sort: key });
  return (
    <div class="table-scroll" role="region" aria-label="各单位年报情况" tabindex={0}>
      <table class="data-table">
        <caption>各单位年报情况（{overview.agencies.length} 个单位）</caption>
        <thead>
          <tr>
            {AGENCY_HEADER.map((label, i) => {
              const key = sortKeys[i];
              if (!key) return <th scope="col">{label}</th>;
              return <th scope="col" aria-sort={key === sort ? SORT_DIRECTION[key] : undefined}>{key === sort ? label : <a href={href(key)}>{label}</a>}</th>;
            })}
            <th scope="col">报告</th>
          </tr>
        </thead>
        <tbody>
          {sortLines(overview.agencies, sort).map((line) => {
            const [name, ...cells] = agencyRow(line);
            return (
              <tr>
                <th scope="row">{name}</th>
                {cells.map((c) => <td>{c}</td>)}
                <td>{line.reportId ? <a href={`/admin/reports/${line.reportId}`}>查看报告</a> : <span class="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

/** /admin/region-reports: who below a region published the year's 年报 by 1月31日, its findings, and the summed tables 三 and 四. */
export const RegionReportsPage: FC<RegionReportsProps> = ({ viewer, overview, regions, sort }) => {
  const title = `${overview.region.name}${overview.year}年度政府信息公开工作年度报告`;
  const computed = overview.agencies.filter((a) => a.tablesSource === 'computed').length;
  const download = (format: 'xlsx' | 'csv') => regionReportsHref({ region: overview.region.id, year: overview.year, sort }, `/admin/region-reports/export.${format}`);
  return (
    <Layout title={title} viewer={viewer} mainClass="wide" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '各单位年报情况' }]}>
      <h1>{title}</h1>
      <p class="lead">{overview.region.path.join(' / ')}及以下各单位。截至 {overview.today}；{overview.year}年度报告应于 {overview.agencies[0]?.dueOn ?? `${overview.year + 1}-01-31`} 前发布（条例第四十九条）。</p>
      <Filters overview={overview} regions={regions} sort={sort} />
      <p>下载：<a href={download('xlsx')}>Excel（xlsx）</a> · <a href={download('csv')}>CSV</a></p>
      {overview.agencies.length === 0 ? <p class="empty">该地区没有单位。</p> : <AgencyTable overview={overview} sort={sort} />}
      <p class="hint">错误、警告：报告最近一次检查的结果；“未检查”表示尚无检查结果。点击表头可按该列排序。</p>
      <h2>表三、表四合计</h2>
      <p class="hint">
        合计 {overview.sums.reports} 个单位：已存报告的按报告中的表格，其余 {computed} 个单位按系统中的申请和案件数据计算。
        {overview.sums.blankCells > 0 ? `已存报告中有 ${overview.sums.blankCells} 个空白单元格，未计入合计。` : ''}
        2019年试行格式报告的“（六）其他处理”计入“3.其他”。
      </p>
      <SimpleTable caption="收到和处理政府信息公开申请情况（各单位合计）" header={TABLE3_HEADER} rows={table3Rows(overview)} />
      <SimpleTable caption="政府信息公开行政复议、行政诉讼情况（各单位合计）" header={TABLE4_HEADER} rows={table4Rows(overview)} />
    </Layout>
  );
};
