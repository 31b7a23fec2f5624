import type { FC } from 'hono/jsx';
import type { ApplicationQueue } from '../../../../app/applications/applicationQueue.ts';
import { registerHref } from '../../applications/registerPresenters.ts';

export interface ApplicationsOnDashboard {
  /** The counts of the agencies whose register the user may open; null when there are none. */
  queue: ApplicationQueue | null;
  /** Region supervisors (and admins) see the per-agency counts page. */
  overview: boolean;
}

const Count: FC<{ n: number; href: string; label: string; tone?: string }> = ({ n, href, label, tone }) => (
  <a class={n > 0 && tone ? `queue-count ${tone}` : 'queue-count'} href={href}>
    <strong>{n}</strong> {label}
  </a>
);

/** 工作台's 依申请公开 block: what waits for confirmation, what falls due within 3 working days, what is overdue. */
export const ApplicationQueueBlock: FC<{ applications: ApplicationsOnDashboard }> = ({ applications: { queue, overview } }) => {
  if (!queue && !overview) return null;
  const agencies = queue?.agencies ?? [];
  const shown = agencies.length > 1 ? agencies.filter((a) => a.unconfirmed + a.dueSoon + a.overdue > 0) : agencies;
  return (
    <section class="queue-block" aria-labelledby="queue-title">
      <h2 id="queue-title">依申请公开</h2>
      {queue ? <p class="hint">截至 {queue.today}；“即将到期”指 {queue.dueSoonBy} 前（3个工作日内）到期。</p> : null}
      {shown.map((a) => (
        <div class="queue-agency">
          {agencies.length > 1 ? <h3>{a.agencyName}</h3> : null}
          <p class="queue-counts">
            <Count n={a.unconfirmed} href={registerHref({ agency: a.agencyId, status: 'unconfirmed' })} label="件待确认收到" tone="due-soon" />
            <Count n={a.dueSoon} href={registerHref({ agency: a.agencyId, dueWithin: '3' })} label="件即将到期" tone="due-soon" />
            <Count n={a.overdue} href={registerHref({ agency: a.agencyId, status: 'open', overdue: '1' })} label="件已逾期" tone="due-overdue" />
          </p>
        </div>
      ))}
      {queue && shown.length === 0 ? <p>各单位暂无待确认、即将到期或逾期的申请。</p> : null}
      <p>
        {queue ? <a href="/admin/applications">打开依申请公开台账</a> : null}
        {queue && overview ? ' · ' : null}
        {overview ? <a href="/admin/applications/overview">各单位办理统计</a> : null}
      </p>
    </section>
  );
};
