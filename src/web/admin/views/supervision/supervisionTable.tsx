/**
 * The region view's table: one agency per line, each column header a link that sorts the page on the server (works
 * without script; aria-sort on the sorted one); the agency links to its drill-down. On a phone each line becomes a card
 * (the register's layout: every cell labelled by data-label), sorting then by the form's 排序 field.
 */
import type { FC } from 'hono/jsx';
import type { AgencySupervisionRow } from '../../../../domain/supervision/agencySupervision.ts';
import type { LocalDate } from '../../../../domain/shared/clock.ts';
import { catalogVersionLabel } from '../../../../exporters/supervision/supervisionExport.ts';
import { sortHref, SUPERVISION_SORTS, type SupervisionQuery, type SupervisionSort } from '../../supervision/supervisionQuery.ts';

const SortHeader: FC<{ query: SupervisionQuery; sort: SupervisionSort; label?: string }> = ({ query, sort, label }) => {
  const sorted = query.sort === sort;
  const text = label ?? SUPERVISION_SORTS[sort].label;
  return (
    <th scope="col" aria-sort={sorted ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <a href={sortHref(query, sort)}>{text}{sorted ? <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}</a>
    </th>
  );
};

const orNone = (value: number | string | null) => (value === null ? '—' : value);

const ReadinessCell: FC<{ row: AgencySupervisionRow }> = ({ row }) => (
  <td data-label="检查准备">
    <span>
      <strong>{row.readiness.score}</strong> 分 · <span class={row.readiness.verdict === '合格' ? undefined : 'due-overdue'}>{row.readiness.verdict}</span>
      {row.readiness.vetoed ? <span class="due-overdue block">单项否决：{row.readiness.vetoes.join('；')}</span> : null}
    </span>
  </td>
);

const AgencyRow: FC<{ row: AgencySupervisionRow; today: LocalDate }> = ({ row, today }) => (
  <tr class={row.readiness.vetoed ? 'row-overdue' : undefined}>
    <th scope="row" data-label="单位">
      <span>
        <a href={`/admin/supervision/agencies/${row.agencyId}`}>{row.agencyName}</a>
        <span class="muted block">{row.regionNames.join(' · ')}</span>
        {row.asOf < today ? <span class="muted block">{row.asOf} 的数据</span> : null}
      </span>
    </th>
    <td data-label="目录版本"><span>{catalogVersionLabel(row)}{row.catalog.publishedOn ? <span class="muted block">{row.catalog.publishedOn} 发布</span> : null}</span></td>
    <td data-label="检查错误/提示">{row.catalog.lintErrors} / {row.catalog.lintWarnings}</td>
    <td data-label="空白事项" class={row.items.blank ? 'due-overdue' : undefined}>{row.items.blank}</td>
    <td data-label="迟报事项" class={row.items.late ? 'due-soon' : undefined}>{row.items.late}</td>
    <td data-label="久未更新/时限不明确">{row.items.stale} / {row.items.vague}</td>
    <td data-label="近12个月公开数">{row.documents.lastTwelveMonths}</td>
    <td data-label="收到申请">{row.applications.received}</td>
    <td data-label="已办结">{row.applications.answered}</td>
    <td data-label="逾期未办结" class={row.applications.overdue ? 'due-overdue' : undefined}>{row.applications.overdue}</td>
    <td data-label="平均答复用时">{orNone(row.applications.meanAnswerWorkingDays)}</td>
    <td data-label="上年度年报"><span>{row.annualReport.label}{row.annualReport.publishedOn ? <span class="muted block">{row.annualReport.publishedOn}</span> : null}</span></td>
    <ReadinessCell row={row} />
  </tr>
);

export const SupervisionTable: FC<{ rows: readonly AgencySupervisionRow[]; query: SupervisionQuery; today: LocalDate; year: number }> = ({ rows, query, today, year }) => (
  <div class="table-scroll" role="region" aria-label="各单位政务公开情况" tabindex={0}>
    <table class="data-table register-table supervision-table">
      <caption>各单位政务公开情况（{rows.length} 个单位）</caption>
      <thead>
        <tr>
          <SortHeader query={query} sort="agency" />
          <SortHeader query={query} sort="version" />
          <SortHeader query={query} sort="lint" label="检查错误/提示" />
          <SortHeader query={query} sort="blank" label="空白" />
          <SortHeader query={query} sort="late" label="迟报" />
          <SortHeader query={query} sort="stale" label="久未更新/时限不明确" />
          <SortHeader query={query} sort="documents" />
          <SortHeader query={query} sort="received" label={`${year}年收到申请`} />
          <SortHeader query={query} sort="answered" />
          <SortHeader query={query} sort="overdue" />
          <SortHeader query={query} sort="meanDays" label="平均答复用时（工作日）" />
          <th scope="col">上年度年报</th>
          <SortHeader query={query} sort="score" label="检查准备" />
        </tr>
      </thead>
      <tbody>{rows.map((row) => <AgencyRow row={row} today={today} />)}</tbody>
    </table>
  </div>
);
