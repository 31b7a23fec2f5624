import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { AdminAuditEvent } from '../presenters.ts';

export interface AuditPageProps {
  viewer: Viewer;
  events: AdminAuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  agency: { id: string; name: string } | null;
}

const Change: FC<{ label: string; json: string | null }> = ({ label, json }) =>
  json ? (
    <details>
      <summary>{label}</summary>
      <pre>{json}</pre>
    </details>
  ) : null;

/** 操作日志: who did what, when, with the state before and after. */
export const AuditPage: FC<AuditPageProps> = ({ viewer, events, total, page, pageSize, agency }) => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number) => `/admin/audit?${agency ? `agencyId=${encodeURIComponent(agency.id)}&` : ''}page=${target}`;
  const title = agency ? `${agency.name} 操作日志` : '操作日志';
  return (
    <Layout title={title} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: title }]} mainClass="wide">
      <h1>{title}</h1>
      <p class="hint">共 {total} 条，第 {page} / {pages} 页</p>
      <div class="table-scroll" role="region" aria-label={title} tabindex={0}>
        <table class="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">操作人</th>
              <th scope="col">操作</th>
              <th scope="col">内容</th>
              <th scope="col">变更</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr>
                <td class="nowrap">{event.at}</td>
                <td>{event.actorName}</td>
                <td>{event.actionLabel ?? <code>{event.action}</code>}</td>
                <td>{event.summary}</td>
                <td>
                  <Change label="变更前" json={event.before} />
                  <Change label="变更后" json={event.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="分页">
        {page > 1 ? <a href={link(page - 1)} rel="prev">上一页</a> : null}
        {page < pages ? <a href={link(page + 1)} rel="next">下一页</a> : null}
      </nav>
    </Layout>
  );
};
