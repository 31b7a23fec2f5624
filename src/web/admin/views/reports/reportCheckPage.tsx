import type { FC } from 'hono/jsx';
import type { ReportCheck } from '../../../../app/reports/checkReportFile.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { CheckForm, CheckResult, ImportForm, type ImportFormState } from './reportCheckParts.tsx';

export interface ReportCheckPageProps {
  viewer: Viewer;
  /** The year typed into the check form and the file problem shown next to it. */
  form: { year: string; error: string | null };
  result: { fileName: string; previousName: string | null; check: ReportCheck } | null;
  /** The import form, for staff who may edit some agency's report and a reading with tables. */
  importForm: ImportFormState | null;
  imported: { reportId: string; revision: number; replaced: boolean; title: string } | null;
}

/** /admin/report-check: any published 年报 checked against the format and rules R1–R8/R10, and imported as a past report. */
export const ReportCheckPage: FC<ReportCheckPageProps> = ({ viewer, form, result, importForm, imported }) => (
  <Layout title="年度报告检查" viewer={viewer} mainClass="wide" breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '年度报告检查' }]}>
    <h1>政府信息公开工作年度报告检查</h1>
    <p class="lead">上传一份已发布的年度报告，系统读出表二、表三、表四，核对勾稽关系、跨年度结转和正文引用的数字（国办公开办函〔2021〕30号）。检查不保存任何内容。</p>
    {imported ? (
      <div class="alert alert-success" role="status">
        <p>
          已{imported.replaced ? `重新导入（第${imported.revision}版）` : '导入'}：{imported.title}。<a href={`/admin/reports/${imported.reportId}`}>查看报告</a>
        </p>
      </div>
    ) : null}
    {form.error ? <div class="alert alert-error" role="alert"><p>文件未能检查：{form.error}</p></div> : null}
    {result ? <CheckResult {...result} /> : null}
    {importForm ? <ImportForm csrf={viewer.csrfToken} state={importForm} /> : null}
    <h2>{result ? '检查另一份报告' : '上传报告'}</h2>
    <CheckForm csrf={viewer.csrfToken} year={form.year} error={form.error} />
  </Layout>
);
