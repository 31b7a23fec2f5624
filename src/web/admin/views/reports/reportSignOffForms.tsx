import type { FC } from 'hono/jsx';
import type { AnnualReportView } from '../../../../app/reports/getAnnualReport.ts';
import { canRefreshReport, isReportEditable, type ReportStatus } from '../../../../domain/annualReport/workflow.ts';
import { SIGN_OFF_RULE } from '../../../../domain/catalog/workflowSignOff.ts';
import { CsrfField } from '../userFields.tsx';

/** A decision with 退回: the comment is required to return (the use case says so when it is missing). */
const Decision: FC<{ action: string; pass: { value: string; label: string }; csrfToken: string }> = ({ action, pass, csrfToken }) => (
  <div class="decision">
    <form method="post" action={action} class="inline-form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="decision" value={pass.value} />
      <button type="submit" class="button button-primary">{pass.label}</button>
    </form>
    <form method="post" action={action} class="form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="decision" value="return" />
      <label for={`comment-${pass.value}`}>退回意见</label>
      <textarea id={`comment-${pass.value}`} name="comment" rows={2} maxlength={1000}></textarea>
      <button type="submit" class="button">退回填表人</button>
    </form>
  </div>
);

const Post: FC<{ action: string; label: string; csrfToken: string; primary?: boolean }> = ({ action, label, csrfToken, primary }) => (
  <form method="post" action={action} class="inline-form">
    <CsrfField token={csrfToken} />
    <button type="submit" class={primary ? 'button button-primary' : 'button'}>{label}</button>
  </form>
);

/** The actions of the report's current step that this actor may take (填表人 → 复核人 → 审签人, three different people). */
export const ReportActions: FC<{ view: AnnualReportView; csrfToken: string }> = ({ view, csrfToken }) => {
  const { report, abilities, signOffRefusal } = view;
  const status = report.status as ReportStatus;
  const base = `/admin/reports/${report.id}`;
  const computed = report.origin === 'computed';
  return (
    <section class="report-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">办理</h2>
      <p class="hint">{SIGN_OFF_RULE}。提交复核和审签前系统自动检查，存在错误时不能提交。</p>
      <div class="form-actions">
        <Post action={`${base}/check`} label="检查" csrfToken={csrfToken} />
        {computed && abilities.edit && canRefreshReport(status) ? <Post action={`${base}/refresh`} label="重新计算" csrfToken={csrfToken} /> : null}
        {computed && abilities.edit && isReportEditable(status) ? <Post action={`${base}/submit`} label="提交复核" csrfToken={csrfToken} primary /> : null}
      </div>
      {signOffRefusal ? <p class="alert alert-warning">{signOffRefusal}</p> : null}
      {!signOffRefusal && abilities.review && status === 'submitted' ? <Decision action={`${base}/review`} pass={{ value: 'pass', label: '复核通过' }} csrfToken={csrfToken} /> : null}
      {!signOffRefusal && abilities.approve && status === 'reviewed' ? <Decision action={`${base}/approve`} pass={{ value: 'approve', label: '审签' }} csrfToken={csrfToken} /> : null}
    </section>
  );
};
