import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from './layout.tsx';

export interface ErrorPageProps {
  status: number;
  title: string;
  message: string;
  viewer: Viewer | null;
  /** A more useful way back than the home page (e.g. the agency page a download came from). */
  back?: { href: string; label: string };
  /** Shown on internal errors so the user can quote it to the administrator (the log lines carry it). */
  requestId?: string;
}

/** The friendly page shown for every failure: what happened, in plain words, and where to go next. No stack trace. */
export const ErrorPage: FC<ErrorPageProps> = ({ status, title, message, viewer, back, requestId }) => (
  <Layout title={title} viewer={viewer} breadcrumbs={[{ label: '首页', href: '/' }, { label: title }]}>
    <section class="error-page" aria-labelledby="error-title">
      <p class="error-status">错误代码 {status}</p>
      <h1 id="error-title">{title}</h1>
      <p>{message}</p>
      {requestId ? (
        <p class="error-reference">
          请求编号：<code>{requestId}</code>（联系网站管理员时请提供此编号）
        </p>
      ) : null}
      <ul class="error-links">
        {back ? (
          <li>
            <a href={back.href}>{back.label}</a>
          </li>
        ) : null}
        <li>
          <a href="/">返回首页</a>
        </li>
        {viewer?.isStaff ? (
          <li>
            <a href="/admin">返回工作台</a>
          </li>
        ) : null}
      </ul>
    </section>
  </Layout>
);
