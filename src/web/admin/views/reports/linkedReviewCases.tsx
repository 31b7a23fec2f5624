import type { FC } from 'hono/jsx';
import type { ReviewCaseView } from '../../../../app/reports/reviewCaseInput.ts';

/** On an application's case page: the 行政复议/诉讼 cases that arose from it (年报表四) and a link to register one. */
export const LinkedReviewCases: FC<{ agencyId: string; trackingNo: string; cases: ReviewCaseView[]; canRegister: boolean }> = ({ agencyId, trackingNo, cases, canRegister }) => (
  <section aria-labelledby="review-cases-title" class="review-cases-section">
    <h2 id="review-cases-title">行政复议、行政诉讼</h2>
    {cases.length === 0 ? <p class="empty">本件申请没有登记行政复议或行政诉讼案件。</p> : (
      <ul>
        {cases.map((c) => <li><a href={`/admin/review-cases/${c.id}`}>{c.kindLabel} {c.caseNumber ?? '（无案号）'}</a>：{c.filedOn} 申请（起诉），{c.resultLabel}{c.decidedOn ? `（${c.decidedOn}）` : ''}</li>)}
      </ul>
    )}
    {canRegister ? <p><a href={`/admin/review-cases/new?agency=${encodeURIComponent(agencyId)}&application=${encodeURIComponent(trackingNo)}`}>登记行政复议/诉讼</a></p> : null}
  </section>
);
