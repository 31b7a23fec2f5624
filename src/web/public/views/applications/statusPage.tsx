import type { FC } from 'hono/jsx';
import type { getApplicationStatus } from '../../../../app/applications/getApplicationStatus.ts';
import { PROVISIONAL_NOTE } from '../../../../domain/calendar/warnings.ts';
import { Layout } from '../../../shared/layout.tsx';
import { APPLICATION_STYLES } from '../documents/applyPage.tsx';
import { Input } from './formControls.tsx';

export type ApplicationStatusView = Awaited<ReturnType<typeof getApplicationStatus>>;

export interface StatusPageProps {
  csrfToken: string;
  trackingNo: string;
  /** One message for a wrong code and an unknown number alike (no enumeration). */
  message: string | null;
  status: ApplicationStatusView | null;
  /** Per sent letter, the signed download token (letterDownloadToken.ts); absent without a result. */
  letterTokens?: Record<string, string>;
}

/** 下载 PDF of a sent letter: posts its short-lived token (never the 查询码, never in a URL). */
const LetterDownload: FC<{ letterId: string; title: string; csrfToken: string; token: string }> = (p) => (
  <form method="post" action={`/apply/status/letters/${p.letterId}`} class="inline-form">
    <input type="hidden" name="_csrf" value={p.csrfToken} />
    <input type="hidden" name="token" value={p.token} />
    <button type="submit" class="link-button">下载 PDF<span class="visually-hidden">：{p.title}</span></button>
  </form>
);

const Row: FC<{ label: string; value: string | null; pending: string }> = ({ label, value, pending }) => (
  <div class="field-row">
    <dt>{label}</dt>
    <dd>{value ?? <span class="muted">{pending}</span>}</dd>
  </div>
);

/** What the applicant may see of the application: stage, dates, history and letters sent — no personal data. */
const StatusResult: FC<{ status: ApplicationStatusView; csrfToken: string; tokens: Record<string, string> }> = ({ status, csrfToken, tokens }) => (
  <section class="status-result" aria-labelledby="result-title">
    <h2 id="result-title">受理编号 {status.trackingNo}</h2>
    <p class="status-stage">
      当前状态：<strong>{status.statusLabel}</strong>
      {status.outcomeLabel ? <>（办理结果：{status.outcomeLabel}）</> : null}
    </p>
    <dl class="field-list">
      <Row label="受理机关" value={status.agencyName} pending="—" />
      <Row label="提交日期" value={status.submittedOn} pending="—" />
      <Row label="收到申请日期" value={status.receivedOn} pending="待工作人员确认" />
      <Row label="答复期限" value={status.dueOn ? `${status.dueOn}${status.provisional ? '【暂定】' : ''}` : null} pending={status.receivedOn ? '待补正后重新计算' : '确认收到申请后计算'} />
      <Row label="办结日期" value={status.closedOn} pending="尚未办结" />
    </dl>
    {status.provisional && !status.closedOn ? <p class="hint">【暂定】答复期限{PROVISIONAL_NOTE}。</p> : null}
    <h3>办理过程</h3>
    <ol class="stage-list">
      {status.stages.map((stage) => (
        <li>
          <span class="stage-date">{stage.on}</span> {stage.text}
        </li>
      ))}
    </ol>
    <h3>已发出的文书</h3>
    {status.letters.length ? (
      <ul class="letter-list">
        {status.letters.map((letter) => (
          <li>
            {letter.title}
            {letter.number ? `（${letter.number}）` : ''}
            {letter.sentOn ? <span class="muted">，{letter.sentOn}发出</span> : null}
            {tokens[letter.id] ? <> <LetterDownload letterId={letter.id} title={letter.title} csrfToken={csrfToken} token={tokens[letter.id]!} /></> : null}
          </li>
        ))}
      </ul>
    ) : (
      <p class="muted">暂无。</p>
    )}
    <p>
      如有疑问，请联系受理机关（<a href={`/agencies/${status.agencyId}/apply`}>查看联系方式</a>）。
    </p>
  </section>
);

/** 申请办理进度查询: tracking number + query code by POST, so neither stands in a URL or a log line. */
export const StatusPage: FC<StatusPageProps> = ({ csrfToken, trackingNo, message, status, letterTokens }) => (
  <Layout title="查询申请办理进度" viewer={null} breadcrumbs={[{ label: '首页', href: '/' }, { label: '查询申请办理进度' }]} stylesheets={APPLICATION_STYLES}>
    <article class="column-page" aria-labelledby="status-title">
      <h1 id="status-title">查询政府信息公开申请办理进度</h1>
      {status ? <StatusResult status={status} csrfToken={csrfToken} tokens={letterTokens ?? {}} /> : null}
      <form method="post" action="/apply/status" class="form status-form" novalidate>
        <h2>{status ? '查询其他申请' : '请输入提交申请时得到的号码'}</h2>
        {message ? <p class="alert alert-error" role="alert">{message}</p> : null}
        <input type="hidden" name="_csrf" value={csrfToken} />
        <Input name="trackingNo" label="受理编号" value={trackingNo} required code inputmode="numeric" autocomplete="off" maxlength={40} hint="例如 20260302-123456，可以不输入横线" />
        <Input name="queryCode" label="查询码" value="" required code inputmode="numeric" autocomplete="off" maxlength={20} hint="8位数字" />
        <div class="form-actions">
          <button type="submit" class="button button-primary button-large">查询</button>
        </div>
      </form>
    </article>
  </Layout>
);
