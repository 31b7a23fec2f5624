import type { FC } from 'hono/jsx';
import { PROVISIONAL_NOTE } from '../../../../domain/calendar/warnings.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { PageInfo } from '../../../public/documentPresenters.ts';
import { Pager } from '../../../public/views/documents/pager.tsx';
import type { AgencyChoice } from '../../applications/applicationAgencies.ts';
import { registerHref, type RegisterLine, type RegisterParams } from '../../applications/registerPresenters.ts';
import { RegisterFilters, DueDate } from './registerParts.tsx';

export interface RegisterPageProps {
  viewer: Viewer;
  agency: AgencyChoice;
  agencies: AgencyChoice[];
  params: RegisterParams;
  lines: RegisterLine[];
  info: PageInfo;
  today: string;
  soonBy: string;
  canRegister: boolean;
  canSeeOverview: boolean;
}

const Row: FC<{ line: RegisterLine }> = ({ line }) => (
  <tr class={line.tone ? `row-${line.tone}` : undefined}>
    <th scope="row" data-label="受理编号">
      <span>
        <a href={`/admin/applications/${line.id}`}>{line.trackingNo}</a>
        {line.ref ? <span class="muted block">台账编号 {line.ref}</span> : null}
      </span>
    </th>
    <td data-label="收到日期" class="cell-date">{line.receivedOn ?? <span><span class="status status-app-unconfirmed">待确认</span></span>}</td>
    <td data-label="申请人">{line.applicantName}</td>
    <td data-label="申请内容" class="cell-request">{line.request}</td>
    <td data-label="阶段"><span class={`status status-app-${line.status}`}>{line.statusLabel}</span></td>
    <td data-label="答复期限"><DueDate dueOn={line.dueOn} provisional={line.provisional} tone={line.tone} /></td>
    <td data-label="承办人" class="cell-handler">{line.handlerName ?? <span class="muted">未指定</span>}</td>
    <td data-label="结果">{line.outcomeLabel ?? '—'}</td>
  </tr>
);

/** 依申请公开台账 of one agency (staff of that agency only, 条例第四十五条): filters, search, pages. */
export const RegisterPage: FC<RegisterPageProps> = (p) => (
  <Layout title={`${p.agency.name} 依申请公开台账`} viewer={p.viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开' }]} mainClass="wide">
    <h1>依申请公开台账 · {p.agency.name}</h1>
    <p class="item-actions">
      {p.canRegister ? <a class="button button-primary" href={`/admin/applications/new?agency=${encodeURIComponent(p.agency.id)}`}>登记申请（信件、传真、当面、口头）</a> : null}
      {p.canSeeOverview ? <a class="button" href="/admin/applications/overview">各单位办理统计</a> : null}
    </p>
    <p class="hint">
      下载台账（含申请人信息，仅供本单位使用）：
      <a href={`/admin/applications/export.xlsx?agency=${encodeURIComponent(p.agency.id)}`}>Excel</a> ·{' '}
      <a href={`/admin/applications/export.csv?agency=${encodeURIComponent(p.agency.id)}`}>CSV</a> ·{' '}
      <a href={`/admin/applications/export.json?agency=${encodeURIComponent(p.agency.id)}`}>JSON（交换格式）</a>
    </p>
    <RegisterFilters params={p.params} agencies={p.agencies} agencyId={p.agency.id} />
    <p class="hint">
      今天 {p.today}。答复期限<span class="due-overdue">红色为已逾期</span>，<span class="due-soon">橙色为{p.soonBy}前（3个工作日内）到期</span>；
      标【暂定】的期限：{PROVISIONAL_NOTE}。
    </p>
    {p.lines.length === 0 ? (
      <p class="empty">没有符合条件的申请。</p>
    ) : (
      <div class="table-scroll register-scroll" role="region" aria-label="依申请公开台账" tabindex={0}>
        <table class="data-table register-table">
          <caption>共 {p.info.total} 件（未办结的按答复期限排列在前）</caption>
          <thead>
            <tr>
              <th scope="col">受理编号</th><th scope="col">收到日期</th><th scope="col">申请人</th><th scope="col">申请内容</th>
              <th scope="col">阶段</th><th scope="col">答复期限</th><th scope="col">承办人</th><th scope="col">结果</th>
            </tr>
          </thead>
          <tbody>{p.lines.map((line) => <Row line={line} />)}</tbody>
        </table>
      </div>
    )}
    <Pager info={p.info} href={(page) => registerHref({ ...p.params, agency: p.agency.id }, page)} />
  </Layout>
);
