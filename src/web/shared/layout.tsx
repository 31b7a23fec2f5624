import type { Child, FC } from 'hono/jsx';
import { displayPrefs, displaySwitchHref } from './displayMode.ts';

export interface Crumb {
  label: string;
  href?: string;
}

/** Who is looking at the page, as the header needs it: a name and a token for the 退出 form, or nobody. */
export interface Viewer {
  displayName: string;
  csrfToken: string;
  isStaff: boolean;
}

export interface LayoutProps {
  title: string;
  viewer: Viewer | null;
  breadcrumbs?: Crumb[];
  /** Extra class on <main>, e.g. "wide" for the catalog table. */
  mainClass?: string;
  /** Extra stylesheets under /assets/ for one part of the site (e.g. the application form). */
  stylesheets?: string[];
  children?: Child;
}

const Breadcrumbs: FC<{ crumbs: Crumb[] }> = ({ crumbs }) => (
  <nav class="breadcrumbs" aria-label="当前位置">
    <ol>
      {crumbs.map((crumb, index) => (
        <li>
          {crumb.href && index < crumbs.length - 1 ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
        </li>
      ))}
    </ol>
  </nav>
);

const AccountNav: FC<{ viewer: Viewer | null }> = ({ viewer }) =>
  viewer ? (
    <div class="account">
      <span class="account-name">{viewer.displayName}</span>
      {viewer.isStaff ? <a href="/admin">工作台</a> : null}
      <form method="post" action="/logout" class="inline-form">
        <input type="hidden" name="_csrf" value={viewer.csrfToken} />
        <button type="submit" class="link-button">退出</button>
      </form>
    </div>
  ) : (
    <div class="account">
      <a href="/login">工作人员登录</a>
    </div>
  );

/** Every page: skip link, header with the site name, breadcrumbs, main content and footer. */
export const Layout: FC<LayoutProps> = ({ title, viewer, breadcrumbs, mainClass, stylesheets, children }) => {
  const display = displayPrefs();
  return (
    <html lang="zh-CN" class={display.large ? 'display-large' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} - ${display.siteName}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {(stylesheets ?? []).map((href) => <link rel="stylesheet" href={href} />)}
        <script src="/assets/site.js" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">跳到正文</a>
        <header class="site-header">
          <div class="site-header-inner">
            <a class="site-name" href="/">{display.siteName}</a>
            <form class="site-search" method="get" action="/search" role="search">
              <label for="site-search-q" class="visually-hidden">全站搜索</label>
              <input id="site-search-q" type="search" name="q" placeholder="搜索政府信息" maxlength={100} />
              <button type="submit">搜索</button>
            </form>
            <a class="display-switch" href={displaySwitchHref(display)}>{display.large ? '标准模式' : '大字号·高对比'}</a>
            <AccountNav viewer={viewer} />
          </div>
        </header>
        {breadcrumbs && breadcrumbs.length > 0 ? <Breadcrumbs crumbs={breadcrumbs} /> : null}
        <main id="main" class={mainClass ? `page ${mainClass}` : 'page'} tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{display.siteName} · 依据《中华人民共和国政府信息公开条例》公开政府信息</p>
          <p>如需获取未主动公开的政府信息，请向相关行政机关提出政府信息公开申请。</p>
        </footer>
      </body>
    </html>
  );
};
