import type { FC } from 'hono/jsx';
import { Layout } from '../../shared/layout.tsx';

export interface LoginPageProps {
  csrfToken: string;
  username: string;
  next: string | null;
  /** A message about the whole attempt (wrong password, too many attempts). */
  error: string | null;
  fieldErrors: { username?: string; password?: string };
}

/** 工作人员登录: a plain form that works without JavaScript. */
export const LoginPage: FC<LoginPageProps> = ({ csrfToken, username, next, error, fieldErrors }) => (
  <Layout title="工作人员登录" viewer={null} breadcrumbs={[{ label: '首页', href: '/' }, { label: '工作人员登录' }]}>
    <section class="narrow" aria-labelledby="login-title">
      <h1 id="login-title">工作人员登录</h1>
      <p class="hint">本入口供各单位填表人、复核人、审签人及管理人员使用。公众查阅政务公开目录无需登录。</p>
      {error ? (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/login" class="form" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <div class={fieldErrors.username ? 'field has-error' : 'field'}>
          <label for="username">用户名</label>
          <input
            id="username"
            name="username"
            type="text"
            autocomplete="username"
            required
            value={username}
            aria-invalid={fieldErrors.username ? 'true' : undefined}
            aria-describedby={fieldErrors.username ? 'username-error' : undefined}
          />
          {fieldErrors.username ? <p id="username-error" class="field-error">{fieldErrors.username}</p> : null}
        </div>
        <div class={fieldErrors.password ? 'field has-error' : 'field'}>
          <label for="password">密码</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={fieldErrors.password ? 'true' : undefined}
            aria-describedby={fieldErrors.password ? 'password-error' : undefined}
          />
          {fieldErrors.password ? <p id="password-error" class="field-error">{fieldErrors.password}</p> : null}
        </div>
        <div class="form-actions">
          <button type="submit" class="button button-primary">登录</button>
        </div>
      </form>
    </section>
  </Layout>
);
