import type { FC } from 'hono/jsx';
import { REVIEW_CASE_KIND_LABELS, REVIEW_RESULT_LABELS } from '../../../../domain/annualReport/table4.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { describedBy, Field, TextArea, TextInput } from '../formFields.tsx';
import { CsrfField } from '../userFields.tsx';

export interface ReviewCaseFormPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  /** null: a new case. */
  caseId: string | null;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** false: shown read-only (report.view without report.edit). */
  canEdit: boolean;
  /** Region supervisors: neither the application nor the summary. */
  full: boolean;
  notice: string | null;
}

const Select: FC<{ name: string; label: string; value: string; options: Record<string, string>; error?: string }> = ({ name, label, value, options, error }) => (
  <Field name={name} label={label} error={error}>
    <select id={name} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(name, error)}>
      <option value="">请选择</option>
      {Object.entries(options).map(([key, text]) => <option value={key} selected={key === value}>{text}</option>)}
    </select>
  </Field>
);

const label = (options: Record<string, string>, key: string | undefined) => (key && Object.hasOwn(options, key) ? options[key] : '—');

/** The case for whoever may read but not change it. */
const CaseDetails: FC<{ values: Record<string, string>; full: boolean }> = ({ values, full }) => (
  <dl class="document-meta-block" aria-label="案件信息">
    <div><dt>案件类型</dt><dd>{label(REVIEW_CASE_KIND_LABELS, values.kind)}</dd></div>
    <div><dt>案号</dt><dd>{values.caseNumber || '—'}</dd></div>
    <div><dt>申请复议（起诉）日期</dt><dd>{values.filedOn || '—'}</dd></div>
    <div><dt>结果</dt><dd>{label(REVIEW_RESULT_LABELS, values.result)}</dd></div>
    <div><dt>决定（判决）日期</dt><dd>{values.decidedOn || '—'}</dd></div>
    <div><dt>复议机关或法院</dt><dd>{values.body || '—'}</dd></div>
    {full ? <div><dt>涉及申请</dt><dd>{values.applicationTrackingNo || '—'}</dd></div> : null}
    {full ? <div class="meta-wide"><dt>案情摘要</dt><dd>{values.summary || '—'}</dd></div> : null}
  </dl>
);

/** 登记/修改 a 行政复议 or 行政诉讼 case; without JavaScript, field errors in Chinese next to each field. */
export const ReviewCaseFormPage: FC<ReviewCaseFormPageProps> = ({ viewer, agency, caseId, values, errors, canEdit, full, notice }) => {
  const title = caseId ? (canEdit ? '修改行政复议、行政诉讼案件' : '行政复议、行政诉讼案件') : '登记行政复议、行政诉讼案件';
  return (
    <Layout title={title} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '行政复议、行政诉讼登记', href: `/admin/review-cases?agency=${encodeURIComponent(agency.id)}` }, { label: caseId ? '案件' : '登记' }]}>
      <h1>{title}</h1>
      <p class="muted">{agency.name}</p>
      {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
      {Object.keys(errors).length ? <p class="alert alert-error" role="alert">{errors.form ?? '保存失败，未保存任何内容，请按提示修改标红的项目。'}</p> : null}
      {canEdit ? null : <CaseDetails values={values} full={full} />}
      {canEdit ? <form method="post" action={caseId ? `/admin/review-cases/${caseId}` : '/admin/review-cases'} class="form review-case-form" novalidate>
        <CsrfField token={viewer.csrfToken} />
        <input type="hidden" name="agencyId" value={agency.id} />
        <Select name="kind" label="案件类型" value={values.kind ?? ''} options={REVIEW_CASE_KIND_LABELS} error={errors.kind} />
        <TextInput name="caseNumber" label="案号" value={values.caseNumber ?? ''} error={errors.caseNumber} hint="如：卫政复〔2026〕3号、（2026）宁0502行初12号" />
        <TextInput name="filedOn" label="申请复议（起诉）日期" value={values.filedOn ?? ''} error={errors.filedOn} hint="格式 YYYY-MM-DD；按此日期的年度计入年报表四" />
        <Select name="result" label="结果" value={values.result ?? ''} options={REVIEW_RESULT_LABELS} error={errors.result} />
        <TextInput name="decidedOn" label="决定（判决）日期" value={values.decidedOn ?? ''} error={errors.decidedOn} hint="尚未审结的案件不填" />
        <TextInput name="body" label="复议机关或法院" value={values.body ?? ''} error={errors.body} />
        {full ? (
          <>
            <TextInput name="applicationTrackingNo" label="涉及申请的受理编号" value={values.applicationTrackingNo ?? ''} error={errors.applicationTrackingNo} hint="本单位依申请公开台账中的受理编号；不涉及某件申请的留空" />
            <TextArea name="summary" label="案情摘要" value={values.summary ?? ''} error={errors.summary} hint="不要填写申请人姓名、证件号码等个人信息" rows={3} />
          </>
        ) : null}
        <div class="form-actions"><button type="submit" class="button button-primary">保存</button></div>
      </form> : null}
    </Layout>
  );
};
