import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { ChannelSetup } from '../../../app/operations/senders/configuredSenders.ts';
import { CHANNEL_LABELS, MAX_ATTEMPTS } from '../../../domain/outbox/outboxMessage.ts';
import { STATUS_OPTIONS, type AdminOutboxMessage } from '../outboxPresenters.ts';

export interface OutboxPageProps {
  viewer: Viewer;
  messages: AdminOutboxMessage[];
  setup: ChannelSetup[];
  status: string;
  total: number;
  page: number;
  pageSize: number;
  notice: string | null;
}

const ChannelStatus: FC<{ setup: ChannelSetup[] }> = ({ setup }) => (
  <ul>
    {setup.map((s) =>
      s.sender ? (
        <li>{CHANNEL_LABELS[s.channel]}：{s.sender}</li>
      ) : (
        <li><p class="alert alert-warning">{CHANNEL_LABELS[s.channel]}：{s.reason}</p></li>
      ),
    )}
  </ul>
);

const Progress: FC<{ message: AdminOutboxMessage; csrfToken: string }> = ({ message, csrfToken }) => (
  <>
    {message.lastError ? <p class="field-error">最后一次错误：{message.lastError}</p> : null}
    {message.waitingReason ? <p class="muted">等待原因：{message.waitingReason}</p> : null}
    {message.nextAttemptAt && !message.waitingReason ? <p class="muted">下次发送：{message.nextAttemptAt}</p> : null}
    {message.sentAt ? <p class="muted">发送时间：{message.sentAt}</p> : null}
    {message.canResend ? (
      <form method="post" action={`/admin/outbox/${message.id}/resend`} class="inline-form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <button type="submit" class="button">重新发送</button>
      </form>
    ) : null}
  </>
);

/** 发件箱: notices to applicants and reminders to staff, their sending state, and 重新发送 for failed ones. */
export const OutboxPage: FC<OutboxPageProps> = ({ viewer, messages, setup, status, total, page, pageSize, notice }) => {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number) => `/admin/outbox?${status ? `status=${status}&` : ''}page=${target}`;
  return (
    <Layout title="发件箱" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '发件箱' }]} mainClass="wide">
      <h1>发件箱</h1>
      {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
      <p class="hint">发给申请人的告知和发给工作人员的提醒先存入发件箱，由后台每半分钟发送一次；发送失败的按 1分钟、5分钟、30分钟、2小时、6小时 的间隔重试，共 {MAX_ATTEMPTS} 次，仍失败的标记为“发送失败”，可重新发送。</p>
      <ChannelStatus setup={setup} />
      <form method="get" action="/admin/outbox" class="search-filter">
        <label for="status">状态</label>{' '}
        <select id="status" name="status">
          {STATUS_OPTIONS.map((o) => <option value={o.value} selected={o.value === status}>{o.label}</option>)}
        </select>{' '}
        <button type="submit" class="button">筛选</button>
      </form>
      <p class="hint">共 {total} 条，第 {page} / {pages} 页</p>
      {messages.length === 0 ? <p class="empty">没有符合条件的消息。</p> : (
        <div class="table-scroll" role="region" aria-label="发件箱" tabindex={0}>
          <table class="data-table">
            <thead>
              <tr><th scope="col">创建时间</th><th scope="col">单位</th><th scope="col">方式</th><th scope="col">收件人</th><th scope="col">主题</th><th scope="col">状态</th><th scope="col">尝试次数</th><th scope="col">发送情况</th></tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <td class="nowrap">{m.createdAt}</td>
                  <td>{m.agencyName}</td>
                  <td>{m.channelLabel}</td>
                  <td>{m.recipient}</td>
                  <td>{m.title}{m.attachmentNames.length ? <span class="muted block">附件：{m.attachmentNames.join('、')}</span> : null}</td>
                  <td><span class={`status ${m.statusClass}`}>{m.statusLabel}</span></td>
                  <td>{m.attempts}</td>
                  <td><Progress message={m} csrfToken={viewer.csrfToken} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pager" aria-label="分页">
        {page > 1 ? <a href={link(page - 1)} rel="prev">上一页</a> : null}
        {page < pages ? <a href={link(page + 1)} rel="next">下一页</a> : null}
      </nav>
    </Layout>
  );
};
