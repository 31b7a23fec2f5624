import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { MIN_PASSWORD_LENGTH } from '../../../app/accounts/passwords.ts';
import { CsrfField, PasswordField } from './userFields.tsx';

/** 修改本人密码: the current password, then the new one twice. */
export const OwnPasswordPage: FC<{ viewer: Viewer; errors: Record<string, string>; notice: string | null }> = ({ viewer, errors, notice }) => (
  <Layout title="修改本人密码" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '修改本人密码' }]}>
    <h1>修改本人密码</h1>
    {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
    <form method="post" action="/admin/account/password" novalidate>
      <CsrfField token={viewer.csrfToken} />
      <PasswordField name="currentPassword" label="当前密码" autocomplete="current-password" error={errors.currentPassword} />
      <PasswordField name="newPassword" label="新密码" autocomplete="new-password" error={errors.newPassword} hint={`至少${MIN_PASSWORD_LENGTH}个字符；修改后，您在其他设备上的登录会退出`} />
      <PasswordField name="newPasswordAgain" label="再次输入新密码" autocomplete="new-password" error={errors.newPasswordAgain} />
      <div class="form-actions"><button type="submit" class="button button-primary">修改密码</button></div>
    </form>
  </Layout>
);
