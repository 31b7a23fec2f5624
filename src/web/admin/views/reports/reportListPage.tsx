import type { FC } from 'hono/jsx';
import type { AgencyReports } from '../../../../app/reports/listAnnualReports.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { CsrfField } from '../userFields.tsx';
import { deadlineText, statusLabel } from './reportPresenters.ts';

export interface ReportListProps {
  viewer: Viewer;
  agencies: AgencyReports[];
  /** Agencies whose reports the actor may open or create (填表人). */
  editable: ReadonlySet<string>;
  error: string | null;
}

const AgencyBlock: FC<{ agency: AgencyReports; canOpen: boolean; csrfToken: string }> = ({ agency, canOpen, csrfToken }) => (
  <section class="report-agency" aria-labelledby={`agency-${agency.agencyId}`}>
    <h2 id={`agency-${agency.agencyId}`}>{agency.agencyName}</h2>
    <p class={`deadline-${agency.deadline.state}`}>{deadlineText(agency.dueYear, agency.deadline)}</p>
    {agency.reports.length === 0 ? <p class="empty">还没有年度报告。</p> : (
      <table class="data-table">
        <caption class="visually-hidden">{agency.agencyName}的年度报告</caption>
        <thead><tr><th scope="col">年度</th><th scope="col">状态</th><th scope="col">来源</th><th scope="col">发布日期</th></tr></thead>
        <tbody>
          {agency.reports.map((report) => (
            <tr>
              <th scope="row"><a href={`/admin/reports/${report.id}`}>{report.year}年度</a></th>
              <td><span class={`status status-${report.status}`}>{statusLabel(report.status)}</span></td>
              <td>{report.origin === 'imported' ? `导入（${report.sourceName ?? ''}）` : '本平台编制'}</td>
              <td>{report.publishedOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {canOpen ? (
      <form method="post" action="/admin/reports/open" class="inline-form">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="agencyId" value={agency.agencyId} />
        <label for={`year-${agency.agencyId}`}>年度</label>{' '}
        <input id={`year-${agency.agencyId}`} name="year" type="number" inputmode="numeric" min={2008} max={2099} value={String(agency.dueYear)} required />{' '}
        <button type="submit" class="button">打开或编制年度报告</button>
      </form>
    ) : null}
  </section>
);

/** /admin/reports: per agency the years with their status and the R9 state of last year's report (条例第四十九条). */
export const ReportListPage: FC<ReportListProps> = ({ viewer, agencies, editable, error }) => (
  <Layout title="年度报告" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '年度报告' }]} stylesheets={['/assets/reports.css']}>
    <h1>政府信息公开工作年度报告</h1>
    <p class="hint">条例第四十九条：每年1月31日前公布本机关上一年度政府信息公开工作年度报告。表格由本平台根据已发布文件、依申请公开台账、<a href="/admin/review-cases">行政复议和行政诉讼案件</a>计算。</p>
    {error ? <p class="alert alert-error" role="alert">{error}</p> : null}
    {agencies.length === 0 ? <p class="empty">您的账号没有可查看年度报告的单位。</p> : agencies.map((agency) => <AgencyBlock agency={agency} canOpen={editable.has(agency.agencyId)} csrfToken={viewer.csrfToken} />)}
  </Layout>
);
