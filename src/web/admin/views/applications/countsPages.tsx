import type { FC } from 'hono/jsx';
import type { AgencyApplicationCounts } from '../../../../app/applications/applicationCounts.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { ApplicationQueue } from '../../../../app/applications/applicationQueue.ts';
import { registerHref } from '../../applications/registerPresenters.ts';

/**
 * Region supervisors' view of 依申请公开: counts per agency, never names or requests
 * (条例第四十五条; the register itself is for each agency's own staff).
 */
export const OverviewPage: FC<{ viewer: Viewer; counts: AgencyApplicationCounts[]; today: string; canOpenRegister: boolean }> = ({ viewer, counts, today, canOpenRegister }) => {
  const sum = (key: 'unconfirmed' | 'open' | 'closed' | 'overdue' | 'total') => counts.reduce((n, c) => n + c[key], 0);
  return (
    <Layout title="依申请公开办理统计" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开办理统计' }]}>
      <h1>依申请公开办理统计</h1>
      <p class="lead">各单位的申请件数（截至 {today}）。这里只有数量：申请人和申请内容只有该单位的工作人员可以查看（条例第四十五条）。</p>
      {canOpenRegister ? <p><a href="/admin/applications">打开依申请公开台账</a></p> : null}
      {counts.length === 0 ? (
        <p class="empty">没有可查看的单位。</p>
      ) : (
        <div class="table-scroll" role="region" aria-label="各单位申请件数" tabindex={0}>
          <table class="data-table counts-table">
            <caption>各单位申请件数</caption>
            <thead>
              <tr><th scope="col">单位</th><th scope="col">待确认收到</th><th scope="col">办理中</th><th scope="col">已办结</th><th scope="col">逾期</th><th scope="col">合计</th></tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr>
                  <th scope="row">{c.agencyName}</th>
                  <td>{c.unconfirmed}</td>
                  <td>{c.open}</td>
                  <td>{c.closed}</td>
                  <td class={c.overdue ? 'due-overdue' : undefined}>{c.overdue}</td>
                  <td>{c.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr><th scope="row">合计</th><td>{sum('unconfirmed')}</td><td>{sum('open')}</td><td>{sum('closed')}</td><td>{sum('overdue')}</td><td>{sum('total')}</td></tr>
            </tfoot>
          </table>
        </div>
      )}
      <p class="hint">逾期：未办结且已过答复期限的，以及答复晚于答复期限的。</p>
    </Layout>
  );
};

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
