import type { FC } from 'hono/jsx';
import type { ReviewCaseView } from '../../../../app/reports/reviewCaseInput.ts';
import { REVIEW_CASE_KIND_LABELS, REVIEW_RESULT_LABELS } from '../../../../domain/annualReport/table4.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';

export interface ReviewCasesPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  agencies: { id: string; name: string }[];
  filter: { year: string; kind: string; result: string };
  cases: ReviewCaseView[];
  canEdit: boolean;
  notice: string | null;
}

const Choice: FC<{ name: string; label: string; value: string; options: Record<string, string>; any?: boolean }> = ({ name, label, value, options, any = true }) => (
  <div class="field search-filter">
    <label for={`f-${name}`}>{label}</label>
    <select id={`f-${name}`} name={name}>
      {any ? <option value="">全部</option> : null}
      {Object.entries(options).map(([key, text]) => <option value={key} selected={key === value}>{text}</option>)}
    </select>
  </div>
);

/** GET filters: a plain form, so a filtered list can be bookmarked and works without JavaScript. */
const Filters: FC<Pick<ReviewCasesPageProps, 'agency' | 'agencies' | 'filter'>> = ({ agency, agencies, filter }) => (
  <form class="search-form" method="get" action="/admin/review-cases" role="search" aria-label="筛选案件">
    {agencies.length > 1 ? (
      <Choice name="agency" label="单位" value={agency.id} options={Object.fromEntries(agencies.map((a) => [a.id, a.name]))} any={false} />
    ) : <input type="hidden" name="agency" value={agency.id} />}
    <div class="field search-filter">
      <label for="f-year">申请（起诉）年度</label>
      <input id="f-year" name="year" type="text" inputmode="numeric" maxlength={4} class="short-number" value={filter.year} placeholder="如 2025" />
    </div>
    <Choice name="kind" label="类型" value={filter.kind} options={REVIEW_CASE_KIND_LABELS} />
    <Choice name="result" label="结果" value={filter.result} options={REVIEW_RESULT_LABELS} />
    <div class="form-actions">
      <button type="submit" class="button button-primary">筛选</button>
      <a class="button" href={`/admin/review-cases?agency=${encodeURIComponent(agency.id)}`}>清除条件</a>
    </div>
  </form>
);

const CaseTable: FC<{ cases: ReviewCaseView[] }> = ({ cases }) => (
  <div class="table-scroll" role="region" aria-label="行政复议、行政诉讼案件" tabindex={0}>
    <table class="data-table">
      <thead><tr><th scope="col">类型</th><th scope="col">案号</th><th scope="col">申请（起诉）日期</th><th scope="col">结果</th><th scope="col">决定（判决）日期</th><th scope="col">复议机关或法院</th><th scope="col">涉及申请</th></tr></thead>
      <tbody>
        {cases.map((c) => (
          <tr>
            <td>{c.kindLabel}</td>
            <td><a href={`/admin/review-cases/${c.id}`}>{c.caseNumber ?? '（无案号）'}</a></td>
            <td>{c.filedOn}</td>
            <td>{c.resultLabel}</td>
            <td>{c.decidedOn ?? '—'}</td>
            <td>{c.body ?? '—'}</td>
            <td>{c.applicationId ? <a href={`/admin/applications/${c.applicationId}`}>{c.applicationTrackingNo}</a> : c.full ? '—' : '（不显示）'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** 行政复议、行政诉讼登记 (table 四 of the 年报): one agency's cases, filtered by year, kind and result. */
export const ReviewCasesPage: FC<ReviewCasesPageProps> = ({ viewer, agency, agencies, filter, cases, canEdit, notice }) => (
  <Layout title={`${agency.name} 行政复议、行政诉讼登记`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '行政复议、行政诉讼登记' }]}>
    <h1>行政复议、行政诉讼登记</h1>
    <p class="muted">{agency.name} · 因政府信息公开工作被申请行政复议、提起行政诉讼的案件，按申请（起诉）年度计入年报表四，结果以当年12月31日的状态为准。</p>
    {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
    {canEdit ? <p><a class="button button-primary" href={`/admin/review-cases/new?agency=${encodeURIComponent(agency.id)}`}>登记案件</a></p> : null}
    <Filters agency={agency} agencies={agencies} filter={filter} />
    {cases.length === 0 ? <p class="empty">没有符合条件的案件。</p> : <CaseTable cases={cases} />}
    {filter.year ? <p><a href={`/admin/report-figures/${agency.id}/${filter.year}`}>查看{filter.year}年度年报表二数据</a></p> : null}
  </Layout>
);
