import type { FC } from 'hono/jsx';
import type { AgencyChoice } from '../../../../app/agencies/agenciesPermitted.ts';
import type { ReportCheck } from '../../../../app/reports/checkReportFile.ts';
import { countSeverities, FORMAT_LABELS, presentCheckFindings, presentReadTables, type ReadTable } from '../../reports/reportCheckPresenters.ts';
import { describedBy, Field } from '../formFields.tsx';
import { SelectField } from '../userFields.tsx';

/** Longer lists of findings start folded (without errors) so the tables stay in reach, as on the import preview. */
const OPEN_UP_TO = 8;
const ACCEPT = '.html,.htm,.docx,.pdf,.txt';
const FILE_HINT = '网页（另存为的 .html）、Word（.docx）、带文字层的 PDF 或文本（.txt），不超过 50 MB。';

/** 上传并检查: the report, optionally last year's report (R7) and the year it should cover. Nothing is saved. */
export const CheckForm: FC<{ csrf: string; year: string; error: string | null }> = ({ csrf, year, error }) => (
  <form method="post" action="/admin/report-check" enctype="multipart/form-data" class="form narrow-form" novalidate>
    <input type="hidden" name="_csrf" value={csrf} />
    <Field name="file" label="年度报告文件" error={error ?? undefined} hint={FILE_HINT}>
      <input id="file" name="file" type="file" required accept={ACCEPT} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('file', error ?? undefined, FILE_HINT)} />
    </Field>
    <Field name="previous" label="上一年度报告（可选，用于跨年度核对）">
      <input id="previous" name="previous" type="file" accept={ACCEPT} />
    </Field>
    <Field name="year" label="报告所属年度（可选）" hint="填写后核对报告写明的年度。">
      <input id="year" name="year" type="number" min={2008} max={2099} value={year} class="short-number" aria-describedby="year-hint" />
    </Field>
    <div class="form-actions"><button type="submit" class="button button-primary">上传并检查</button></div>
  </form>
);

export interface ImportFormState {
  agencies: AgencyChoice[];
  agencyId: string;
  year: string;
  publishedOn: string;
  error: string | null;
}

/** 作为往年报告导入: the same file again (a browser never keeps an uploaded file), the agency, year and date of publication. */
export const ImportForm: FC<{ csrf: string; state: ImportFormState }> = ({ csrf, state }) => (
  <section aria-labelledby="import-title">
    <h2 id="import-title">作为往年报告导入</h2>
    <p class="hint">导入后，系统编制下一年度报告时可与这份报告作跨年度核对（R7）。请再次选择同一文件：浏览器不会保留已上传的文件。</p>
    {state.error ? <div class="alert alert-error" role="alert"><p>{state.error}</p></div> : null}
    <form method="post" action="/admin/report-check/import" enctype="multipart/form-data" class="form narrow-form" novalidate>
      <input type="hidden" name="_csrf" value={csrf} />
      <SelectField name="agencyId" label="单位" value={state.agencyId} options={state.agencies.map((a) => ({ value: a.id, label: a.name }))} />
      <Field name="import-year" label="报告所属年度">
        <input id="import-year" name="year" type="number" min={2008} max={2099} required value={state.year} class="short-number" />
      </Field>
      <Field name="publishedOn" label="发布日期（可选）" hint="报告在网站上发布的日期，用于判断是否在1月31日前发布。">
        <input id="publishedOn" name="publishedOn" type="date" value={state.publishedOn} aria-describedby="publishedOn-hint" />
      </Field>
      <Field name="import-file" label="年度报告文件（同一文件）">
        <input id="import-file" name="file" type="file" required accept={ACCEPT} />
      </Field>
      <div class="form-actions"><button type="submit" class="button button-primary">作为往年报告导入</button></div>
    </form>
  </section>
);

const ReadTableView: FC<{ table: ReadTable }> = ({ table }) => (
  <div class="table-scroll" role="region" aria-label={table.caption} tabindex={0}>
    <table class="data-table">
      <caption>{table.caption}</caption>
      <thead><tr>{table.header.map((h) => <th scope="col">{h}</th>)}</tr></thead>
      <tbody>
        {table.rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell) => <td class={cell.mark ? `cell-${cell.mark} muted` : undefined}>{cell.text}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** What the checker read and found: format, year, problems of reading, findings naming the cell, the tables as read. */
export const CheckResult: FC<{ fileName: string; previousName: string | null; check: ReportCheck }> = ({ fileName, previousName, check }) => {
  const { errors, warnings } = countSeverities(check.findings);
  const findings = presentCheckFindings(check.findings);
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">检查结果：{fileName}</h2>
      <dl class="facts">
        <dt>格式</dt><dd>{check.format ? FORMAT_LABELS[check.format] : '未能识别'}</dd>
        <dt>年度</dt><dd>{check.year === null ? '报告中未找到' : `${check.year}年`}</dd>
        {previousName ? <><dt>上一年度报告</dt><dd>{previousName}</dd></> : null}
        <dt>检查发现</dt><dd>错误 {errors} 条，警告 {warnings} 条，共 {check.findings.length} 条；空白单元格 {check.blanks.length} 个</dd>
      </dl>
      {check.problems.length ? (
        <>
          <h3>未能读取的内容</h3>
          <ul class="problems">{check.problems.map((p) => <li>{p}</li>)}</ul>
        </>
      ) : null}
      <h3>检查发现</h3>
      {findings.length === 0 ? <p>未发现问题。</p> : (
        <details class="finding-details" open={findings.length <= OPEN_UP_TO || errors > 0}>
          <summary>逐条查看（{findings.length} 条）</summary>
          <ol class="finding-list">
            {findings.map((f) => <li class={`finding finding-${f.severity}`}><span class={`severity severity-${f.severity}`}>{f.severityLabel}</span> {f.message}</li>)}
          </ol>
        </details>
      )}
      {check.tables ? <h3>读出的表格</h3> : null}
      {check.tables ? <p class="hint">“空白”：报告中该单元格未填写；“未读到”：报告中没有找到这一行或这张表。二者都没有按 0 计算。</p> : null}
      {presentReadTables(check).map((table) => <ReadTableView table={table} />)}
    </section>
  );
};
