import type { FC } from 'hono/jsx';
import type { AgencyApplicationCounts } from '../../../../app/applications/applicationCounts.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';

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
