import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { AdminVersion } from '../presenters.ts';
import type { Reminder } from '../../../app/operations/listReminders.ts';
import { RemindersList } from './remindersList.tsx';
import { ApplicationQueueBlock, type ApplicationsOnDashboard } from './applications/countsPages.tsx';
import type { AgencyReports } from '../../../app/reports/listAnnualReports.ts';
import { ReportDeadlineBlock } from './reports/reportDeadlineBlock.tsx';
import type { WorkQueue } from '../../../app/supervision/workQueue.ts';
import { WorkQueueBlock } from './workQueueBlock.tsx';

export interface DashboardAgency {
  id: string;
  name: string;
  regionNames: string[];
  published: AdminVersion | null;
  open: AdminVersion | null;
  /** The viewer keeps this agency's 政府信息公开工作机构 contact details (the 指南 and 依申请公开 pages show them). */
  canEditContact: boolean;
}

const VersionLink: FC<{ version: AdminVersion | null; empty: string }> = ({ version, empty }) =>
  version ? (
    <a href={`/admin/versions/${version.id}`}>
      第{version.number}版 <span class={`status status-${version.status}`}>{version.statusLabel}</span>
    </a>
  ) : (
    <span class="muted">{empty}</span>
  );

/** 工作台: the agencies this user may work on, their current and in-progress catalog versions. */
export const DashboardPage: FC<{ viewer: Viewer; agencies: DashboardAgency[]; reminders: Reminder[]; roleLabels: string[]; canViewAudit: boolean; canManageCalendar: boolean; canManageUsers: boolean; failedOutbox: number | null; applications: ApplicationsOnDashboard; reportDeadlines: AgencyReports[] | null; workQueue: WorkQueue }> = ({
  viewer,
  agencies,
  reminders,
  roleLabels,
  canViewAudit,
  canManageCalendar,
  canManageUsers,
  failedOutbox,
  applications,
  reportDeadlines,
  workQueue,
}) => (
  <Layout title="工作台" viewer={viewer} breadcrumbs={[{ label: '工作台' }]}>
    <h1>工作台</h1>
    <p class="hint">
      {viewer.displayName}（{roleLabels.join('、') || '无角色'}）
      {canViewAudit ? (
        <>
          {' · '}
          <a href="/admin/audit">操作日志</a>
        </>
      ) : null}
      {canManageCalendar ? (
        <>
          {' · '}
          <a href="/admin/calendar">工作日历</a>
        </>
      ) : null}
      {canManageUsers ? (
        <>
          {' · '}
          <a href="/admin/users">用户管理</a>
        </>
      ) : null}
      {failedOutbox === null ? null : (
        <>
          {' · '}
          <a href="/admin/outbox">发件箱</a>
          {failedOutbox ? <> （<a href="/admin/outbox?status=failed" class="status status-overdue">{failedOutbox} 条发送失败</a>）</> : null}
        </>
      )}
      {applications.queue || applications.overview ? (
        <>
          {' · '}
          <a href={applications.queue ? '/admin/applications' : '/admin/applications/overview'}>依申请公开</a>
        </>
      ) : null}
      {reportDeadlines ? (
        <>
          {' · '}
          <a href="/admin/reports">年度报告</a>
        </>
      ) : null}
      {applications.overview ? (
        <>
          {' · '}
          <a href="/admin/region-reports">各单位年报情况</a>
          {' · '}
          <a href="/admin/supervision">各单位政务公开情况</a>
        </>
      ) : null}
      {' · '}
      <a href="/admin/report-check">年报检查</a>
      {' · '}
      <a href="/admin/account/password">修改本人密码</a>
    </p>
    <WorkQueueBlock queue={workQueue} />
    <RemindersList reminders={reminders} />
    <ApplicationQueueBlock applications={applications} />
    <ReportDeadlineBlock agencies={reportDeadlines ?? []} />
    {agencies.length === 0 ? (
      <p class="empty">您的账号还没有可办理的单位，请联系单位管理员。</p>
    ) : (
      <div class="table-scroll" role="region" aria-label="可办理的单位" tabindex={0}>
        <table class="data-table">
          <caption>可办理的单位</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">现行目录</th>
              <th scope="col">在办版本</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/agencies/${agency.id}`}>{agency.name}</a>
                  <span class="muted block">{agency.regionNames.join(' · ')}</span>
                  <a class="block" href={`/admin/agencies/${agency.id}/documents`}>文件管理<span class="visually-hidden">（{agency.name}）</span></a>
                  <a class="block" href={`/admin/supervision/agencies/${agency.id}`}>检查准备情况<span class="visually-hidden">（{agency.name}）</span></a>
                  {agency.canEditContact ? <a class="block" href={`/admin/agencies/${agency.id}/contact`}>联系方式<span class="visually-hidden">（{agency.name}）</span></a> : null}
                </th>
                <td><VersionLink version={agency.published} empty="未发布" /></td>
                <td><VersionLink version={agency.open} empty="无" /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Layout>
);
