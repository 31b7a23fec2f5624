import { raw } from 'hono/html';
import type { FC } from 'hono/jsx';
import type { AnnualReportView } from '../../../../app/reports/getAnnualReport.ts';
import { SECTION_TITLES_2021 } from '../../../../domain/annualReport/format2021.ts';
import { SECTION_KEYS, type SectionKey } from '../../../../domain/annualReport/reportSections.ts';
import { isReportEditable, type ReportStatus } from '../../../../domain/annualReport/workflow.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { CsrfField } from '../userFields.tsx';
import { chinaTime } from '../../presenters.ts';
import { deadlineText, statusLabel, type ShownFinding } from './reportPresenters.ts';
import { ReportActions } from './reportSignOffForms.tsx';

export interface ReportPageProps {
  viewer: Viewer;
  view: AnnualReportView;
  tablesHtml: { table2: string; table3: string; table4: string };
  findings: ShownFinding[] | null;
  notice: string | null;
  error: string | null;
  /** The sections form as typed, when it is shown again after an error. */
  values?: Partial<Record<SectionKey, string>>;
}

const TABLE_OF: Partial<Record<SectionKey, 'table2' | 'table3' | 'table4'>> = { proactive: 'table2', requests: 'table3', reviews: 'table4' };

const Findings: FC<{ findings: ShownFinding[] | null }> = ({ findings }) => (
  <section class="findings" aria-labelledby="findings-title">
    <h2 id="findings-title">检查结果</h2>
    {findings === null ? <p class="hint">尚未检查当前版本，请点击“检查”。</p> : findings.length === 0 ? <p>未发现问题。</p> : (
      <ol class="finding-list">
        {findings.map((f) => (
          <li class={`finding finding-${f.severity}`}>
            <span class={`severity severity-${f.severity}`}>{f.severityLabel}</span> {f.message}
            {f.href ? <> <a href={f.href}>查看</a></> : null}
          </li>
        ))}
      </ol>
    )}
  </section>
);

const SectionsForm: FC<{ view: AnnualReportView; values: Partial<Record<SectionKey, string>>; csrfToken: string }> = ({ view, values, csrfToken }) => (
  <form method="post" action={`/admin/reports/${view.report.id}/sections`} class="form report-section-form">
    <h2>编辑第一、五、六部分</h2>
    <CsrfField token={csrfToken} />
    {(['overview', 'problems', 'other'] as const).map((key) => {
      const title = SECTION_TITLES_2021[SECTION_KEYS.indexOf(key)]!;
      return (
        <div class="field">
          <label for={`edit-${key}`}>{title.number}、{title.title}</label>
          <textarea id={`edit-${key}`} name={key} rows={key === 'overview' ? 10 : 5} maxlength={20000}>{values[key] ?? view.report.sections[key]}</textarea>
        </div>
      );
    })}
    <div class="field">
      <label for="edit-note">修改说明（可选）</label>
      <input id="edit-note" name="note" type="text" maxlength={200} />
    </div>
    <button type="submit" class="button button-primary">保存为新版本</button>
  </form>
);

/** /admin/reports/:id — the report in the format's six sections, its findings, the edit form, the sign-off and the versions. */
export const ReportPage: FC<ReportPageProps> = ({ viewer, view, tablesHtml, findings, notice, error, values }) => {
  const { report } = view;
  const title = `${view.agencyName}${report.year}年度政府信息公开工作年度报告`;
  const editable = report.origin === 'computed' && view.abilities.edit && isReportEditable(report.status as ReportStatus);
  return (
    <Layout title={title} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '年度报告', href: '/admin/reports' }, { label: `${report.year}年度` }]} stylesheets={['/assets/reports.css']}>
      <h1>{title}</h1>
      <p>
        <span class={`status status-${report.status}`}>{statusLabel(report.status)}</span> · 第{report.revision}版 · <span class={`deadline-${view.deadline.state}`}>{deadlineText(report.year, view.deadline)}</span>
      </p>
      {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
      {error ? <p class="alert alert-error" role="alert">{error}</p> : null}
      {report.publishedDocumentId ? <p>已于{report.publishedOn}在本单位年报栏目发布：<a href={`/documents/${report.publishedDocumentId}`}>查看公开页面</a></p> : null}
      {report.status === 'returned' && report.returnComment ? <p class="alert alert-warning">退回意见：{report.returnComment}</p> : null}
      <p class="hint">
        表二中本平台无法统计的数字（行政许可、行政处罚、行政强制、行政事业性收费）在<a href={`/admin/report-figures/${report.agencyId}/${report.year}`}>表二数字填报</a>中填写；表四来自<a href="/admin/review-cases">行政复议和行政诉讼案件登记</a>。填写后点击“重新计算”。
      </p>
      <Findings findings={findings} />
      <ReportActions view={view} csrfToken={viewer.csrfToken} />
      {SECTION_KEYS.map((key, i) => {
        const { number, title: sectionTitle } = SECTION_TITLES_2021[i]!;
        const table = TABLE_OF[key];
        return (
          <section id={`section-${number}`} aria-labelledby={`heading-${number}`}>
            <h2 id={`heading-${number}`}>{number}、{sectionTitle}</h2>
            {report.sections[key] ? <p class="report-section-text" id={key === 'overview' ? 'section-overview' : undefined}>{report.sections[key]}</p> : null}
            {table ? <div id={`report-${table}`} class="table-scroll" role="region" aria-label={sectionTitle} tabindex={0}>{raw(tablesHtml[table])}</div> : null}
          </section>
        );
      })}
      {editable ? <SectionsForm view={view} values={values ?? {}} csrfToken={viewer.csrfToken} /> : null}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">版本记录</h2>
        <table class="data-table">
          <thead><tr><th scope="col">版本</th><th scope="col">说明</th><th scope="col">保存人</th><th scope="col">时间</th></tr></thead>
          <tbody>
            {view.versions.map((v) => <tr><th scope="row">第{v.number}版</th><td>{v.note ?? ''}</td><td>{v.createdByName ?? '系统'}</td><td>{chinaTime(v.createdAt)}</td></tr>)}
          </tbody>
        </table>
      </section>
    </Layout>
  );
};
