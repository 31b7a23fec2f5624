import type { FC } from 'hono/jsx';
import type { AnswerClock } from '../../../../domain/applications/answerClock.ts';
import type { StoredApplication, StoredApplicationEvent } from '../../../../domain/applications/stored.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { ActionState, CaseAction } from '../../applications/eventForms.ts';
import type { DueTone } from '../../applications/registerPresenters.ts';
import type { FailedAction, FeeFormState } from './actionForm.tsx';
import { ApplicantDetails, HandlerForm, ReceiptDetails, RequestDetails, ClockPanel } from './caseDetails.tsx';
import { CaseActions } from './caseActions.tsx';
import { CaseRecords } from './caseRecords.tsx';
import type { ReviewCaseView } from '../../../../app/reports/reviewCaseInput.ts';
import { LinkedReviewCases } from '../reports/linkedReviewCases.tsx';

export interface CasePageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  application: StoredApplication;
  statusLabel: string;
  events: (StoredApplicationEvent & { text: string })[];
  clock: AnswerClock | null;
  explanation: string[];
  tone: DueTone;
  handlerName: string | null;
  handlers: { value: string; label: string }[];
  canHandle: boolean;
  state: ActionState;
  fee: FeeFormState;
  today: string;
  failed: FailedAction | null;
  notice: string | null;
  /** 行政复议/诉讼 cases that arose from this application (年报表四); canRegister: report.edit. */
  reviewCases: { cases: ReviewCaseView[]; canRegister: boolean };
}

const Ledger: FC<{ events: CasePageProps['events'] }> = ({ events }) =>
  events.length === 0 ? (
    <p class="empty">还没有办理记录。</p>
  ) : (
    <div class="table-scroll" role="region" aria-label="办理记录" tabindex={0}>
      <table class="data-table ledger-table">
        <caption>办理记录（按记录顺序）</caption>
        <thead><tr><th scope="col">序号</th><th scope="col">事项</th><th scope="col">说明</th><th scope="col">记录人</th></tr></thead>
        <tbody>
          {events.map((e) => (
            <tr>
              <td>{e.seq}</td>
              <td>{e.text}{e.party && e.type === 'consultationStarted' ? `：${e.party}` : ''}{e.periodWorkingDays ? `（补正期限${e.periodWorkingDays}个工作日）` : ''}</td>
              <td class="cell-note">{e.note ?? ''}</td>
              <td>{e.recordedBy ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

/** One application for its agency's staff: the clock first, then who asked what, the actions, the ledger, the letters. */
export const CasePage: FC<CasePageProps> = (p) => {
  const a = p.application;
  return (
    <Layout title={`申请 ${a.trackingNo}`} viewer={p.viewer} mainClass="case-page"
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: `/admin/applications?agency=${encodeURIComponent(p.agency.id)}` }, { label: a.trackingNo }]}>
      <h1>申请 {a.trackingNo}</h1>
      <p class="case-status">
        <span class={`status status-app-${a.status}`}>{p.statusLabel}</span>
        {p.tone === 'overdue' ? <span class="status status-overdue">已逾期</span> : null}
        <span class="muted"> {p.agency.name}{a.ref ? ` · 台账编号 ${a.ref}` : ''}</span>
      </p>
      <nav class="case-jump" aria-label="本页位置">
        <a href="#applicant-title">申请人</a> · <a href="#ledger-title">办理记录</a>{p.canHandle ? <> · <a href="#actions-title">办理</a></> : null} · <a href="#letters-title">答复文书</a>
      </nav>
      {p.notice ? <p class="alert alert-success" role="status">{p.notice}</p> : null}
      {p.failed ? (
        <p class="alert alert-error" role="alert">
          未能记录：{p.failed.message} <a href={p.failed.action === 'handler' ? '#handler-title' : p.state.actions.has(p.failed.action as CaseAction) ? `#act-${p.failed.action}` : '#actions-title'}>到表单修改</a>
        </p>
      ) : null}
      <ClockPanel clock={p.clock} explanation={p.explanation} tone={p.tone} />
      <ApplicantDetails application={a} />
      <RequestDetails application={a} />
      <ReceiptDetails application={a} />
      <HandlerForm applicationId={a.id} csrf={p.viewer.csrfToken} handlerId={a.handlerId} handlerName={p.handlerName} handlers={p.handlers} canHandle={p.canHandle && !a.closedOn} failed={p.failed} />
      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title">办理记录</h2>
        <Ledger events={p.events} />
      </section>
      {p.canHandle ? (
        <section class="actions-panel" aria-labelledby="actions-title">
          <h2 id="actions-title">办理</h2>
          <CaseActions applicationId={a.id} csrf={p.viewer.csrfToken} today={p.today} state={p.state} failed={p.failed} fee={p.fee} />
        </section>
      ) : null}
      <section aria-labelledby="letters-title" class="letters-section">
        <h2 id="letters-title">答复文书</h2>
        <p>补正告知书、延期答复告知书、征求意见函、收费通知书和答复书：<a href={`/admin/applications/${a.id}/letters`}>文书</a></p>
      </section>
      <CaseRecords application={a} csrf={p.viewer.csrfToken} canHandle={p.canHandle} />
      <LinkedReviewCases agencyId={a.agencyId} trackingNo={a.trackingNo} cases={p.reviewCases.cases} canRegister={p.reviewCases.canRegister} />
    </Layout>
  );
};
