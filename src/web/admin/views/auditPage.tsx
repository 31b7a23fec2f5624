import type { FC } from 'hono/jsx';
import type { AuditLogChoices } from '../../../app/audit/auditLogChoices.ts';
import type { AuditLogFilter } from '../../../app/audit/listAuditEvents.ts';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { AdminAuditEvent } from '../auditPresenter.ts';
import { AuditFilters, auditQuery } from './auditFilters.tsx';

export interface AuditPageProps {
  viewer: Viewer;
  events: AdminAuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  filter: AuditLogFilter;
  choices: AuditLogChoices;
}

/** The changed fields: 字段 / 修改前 / 修改后. */
const Changes: FC<{ event: AdminAuditEvent }> = ({ event }) =>
  event.changeRows.length ? (
    <table class="audit-changes">
      <thead>
        <tr>
          <th scope="col">字段</th>
          <th scope="col">修改前</th>
          <th scope="col">修改后</th>
        </tr>
      </thead>
      <tbody>
        {event.changeRows.map((change) => (
          <tr>
            <th scope="row">{change.label}</th>
            <td>{change.before}</td>
            <td>{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ) : (
    <span class="muted">—</span>
  );

/** 操作日志: who did what, when, in which agency, and what changed; filtered, paged, downloadable. */
export const AuditPage: FC<AuditPageProps> = ({ viewer, events, total, page, pageSize, filter, choices }) => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const agencyName = filter.agencyId ? choices.agencies.find((agency) => agency.id === filter.agencyId)?.name : undefined;
  const title = agencyName ? `${agencyName} 操作日志` : '操作日志';
  return (
    <Layout title={title} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: title }]} mainClass="wide">
      <h1>{title}</h1>
      <AuditFilters filter={filter} choices={choices} />
      <p class="hint">共 {total} 条，第 {page} / {pages} 页</p>
      <div class="table-scroll" role="region" aria-label={title} tabindex={0}>
        <table class="data-table register-table audit-table">
          <thead>
            <tr>
              <th scope="col">时间（北京时间）</th>
              <th scope="col">操作人</th>
              <th scope="col">操作</th>
              <th scope="col">单位</th>
              <th scope="col">内容</th>
              <th scope="col">变更</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr>
                <td data-label="时间" class="cell-date">{event.at}</td>
                <td data-label="操作人" class="cell-nowrap">{event.actorName}</td>
                <td data-label="操作" class="cell-nowrap">{event.actionLabel}</td>
                <td data-label="单位">{event.agencyName}</td>
                <td data-label="内容">{event.summary}</td>
                <td data-label="变更" class="cell-changes"><Changes event={event} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav class="pager" aria-label="分页">
        {page > 1 ? <a href={`/admin/audit${auditQuery(filter, page - 1)}`} rel="prev">上一页</a> : null}
        {page < pages ? <a href={`/admin/audit${auditQuery(filter, page + 1)}`} rel="next">下一页</a> : null}
      </nav>
    </Layout>
  );
};
