import type { FC } from 'hono/jsx';
import type { ReportFigures } from '../../../../app/reports/getReportFigures.ts';
import { TABLE2_2021 } from '../../../../domain/annualReport/format2021.ts';
import { sourceField } from '../../../../domain/annualReport/reportFigures.ts';
import { LEGAL_FORM_LABELS, REPORT_COUNT_KEYS, REPORT_COUNT_LABELS } from '../../../../domain/annualReport/table2.ts';
import type { Table2Cells } from '../../../../domain/annualReport/tables.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { describedBy, Field } from '../formFields.tsx';
import { CsrfField } from '../userFields.tsx';

export interface FiguresPageProps {
  viewer: Viewer;
  data: ReportFigures;
  /** Table 二 as buildAnnualReport computes it now. */
  table2: Table2Cells;
  /** The form as typed (or as stored). */
  values: Record<string, string>;
  errors: Record<string, string>;
  saved: boolean;
}

const cellText = (value: number | null | undefined) => (value === null || value === undefined ? '（未填写）' : String(value));

/** Table 二 in the format's blocks (第二十条第（一）（五）（六）（八）项), with blanks marked. */
const Table2Preview: FC<{ table2: Table2Cells; year: number }> = ({ table2, year }) => (
  <div class="table-scroll" role="region" aria-label="表二预览" tabindex={0}>
    <table class="data-table">
      <caption>{year}年度 表二 主动公开政府信息情况（按现有数据计算）</caption>
      <thead><tr><th scope="col">条目</th><th scope="col">信息内容</th><th scope="col">项目</th><th scope="col">数值</th></tr></thead>
      <tbody>
        {TABLE2_2021.flatMap((block) => block.rows.flatMap((row) => row.columns.map((column) => (
          <tr>
            <td>{block.header}</td>
            <th scope="row">{row.label}</th>
            <td>{column.label}</td>
            <td class="number">{cellText(table2[row.key]?.[column.key])}</td>
          </tr>
        ))))}
      </tbody>
    </table>
  </div>
);

const FigureInputs: FC<{ values: Record<string, string>; errors: Record<string, string> }> = ({ values, errors }) => (
  <div class="case-actions">
    {REPORT_COUNT_KEYS.map((key) => {
      const source = sourceField(key);
      const hint = key === 'fees' ? '单位：万元，最多4位小数；留空表示未填写' : '件数，整数；留空表示未填写';
      return (
        <fieldset class="figure-row">
          <legend>{REPORT_COUNT_LABELS[key]}</legend>
          <Field name={key} label="数值" error={errors[key]} hint={hint}>
            <input id={key} name={key} type="text" inputmode="decimal" value={values[key] ?? ''} aria-invalid={errors[key] ? 'true' : undefined} aria-describedby={describedBy(key, errors[key], hint)} />
          </Field>
          <Field name={source} label="来源" error={errors[source]}>
            <input id={source} name={source} type="text" maxlength={100} value={values[source] ?? ''} placeholder="如：政务服务平台统计" aria-invalid={errors[source] ? 'true' : undefined} aria-describedby={describedBy(source, errors[source])} />
          </Field>
        </fieldset>
      );
    })}
  </div>
);

/** The documents table 二 counts, so the officer sees where 制发/废止/现行有效 come from. */
const SourceDocuments: FC<{ documents: ReportFigures['documents'] }> = ({ documents }) =>
  documents.length === 0 ? (
    <p class="empty">没有计入本年度的规章或行政规范性文件。文件的“文件类型”在文件编辑页选择，发布后计入。</p>
  ) : (
    <div class="table-scroll" role="region" aria-label="计入表二的文件" tabindex={0}>
      <table class="data-table">
        <thead><tr><th scope="col">文件类型</th><th scope="col">标题</th><th scope="col">索引号</th><th scope="col">成文日期</th><th scope="col">废止日期</th></tr></thead>
        <tbody>
          {documents.map((d) => (
            <tr>
              <td>{LEGAL_FORM_LABELS[d.legalForm]}</td>
              <td><a href={`/admin/documents/${d.documentId}`}>{d.title}</a></td>
              <td>{d.indexNumber}</td>
              <td>{d.formedOn ?? `（无，按发布日期 ${d.publishedOn}）`}</td>
              <td>{d.repealedOn ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

/** 年报表二数据: the figures Gongkai cannot count, entered with their source, next to the computed table. */
export const FiguresPage: FC<FiguresPageProps> = ({ viewer, data, table2, values, errors, saved }) => {
  const base = `/admin/report-figures/${data.agency.id}`;
  return (
    <Layout title={`${data.agency.name} ${data.year}年度年报表二数据`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: `${data.year}年度年报表二数据` }]}>
      <h1>{data.year}年度年报表二数据</h1>
      <p class="muted">{data.agency.name} · <a href={`${base}/${data.year - 1}`}>上一年度</a> · <a href={`${base}/${data.year + 1}`}>下一年度</a> · <a href={`/admin/review-cases?agency=${encodeURIComponent(data.agency.id)}&year=${data.year}`}>行政复议、行政诉讼登记（表四）</a></p>
      <p class="hint">规章和行政规范性文件的件数由已发布文件自动计算；行政许可、行政处罚、行政强制的处理决定数量和行政事业性收费金额须按统计来源填写（国办公开办函〔2021〕30号）。留空的项目在年报中显示为空白并提示核对。</p>
      {saved ? <p class="alert alert-success" role="status">已保存，下方表二已按新数据计算。</p> : null}
      {Object.keys(errors).length ? <p class="alert alert-error" role="alert">{errors.form ?? '保存失败，未保存任何数据，请按提示修改标红的项目。'}</p> : null}
      {data.canEdit ? (
        <form method="post" action={`${base}/${data.year}`} class="form figures-form" novalidate>
          <CsrfField token={viewer.csrfToken} />
          <FigureInputs values={values} errors={errors} />
          <div class="form-actions"><button type="submit" class="button button-primary">保存</button></div>
        </form>
      ) : (
        <p class="muted">您可以查看本页数据；填写须由本单位填表人进行。</p>
      )}
      <h2>表二预览</h2>
      <Table2Preview table2={table2} year={data.year} />
      <h2>计入表二的规章和行政规范性文件</h2>
      <SourceDocuments documents={data.documents} />
    </Layout>
  );
};
