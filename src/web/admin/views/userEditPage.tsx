import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { MIN_PASSWORD_LENGTH } from '../../../app/accounts/passwords.ts';
import type { AssignableChoices, UserRow } from '../userPresenters.ts';
import { CsrfField, PasswordField, RoleCheckboxes, SelectField } from './userFields.tsx';
import { TextInput } from './formFields.tsx';

export interface UserEditPageProps {
  viewer: Viewer;
  user: UserRow;
  isSelf: boolean;
  choices: AssignableChoices;
  access: { roles: string[]; agencyId: string };
  /** The address in the e-mail form (as typed after an error). */
  email: string;
  errors: Record<string, string>;
  notice: string | null;
}

const AccessForm: FC<UserEditPageProps> = ({ viewer, user, choices, access, errors }) => (
  <form method="post" action={`/admin/users/${user.id}/access`} class="actions-panel" novalidate>
    <h2>角色和单位</h2>
    {errors.access ? <p class="alert alert-error" role="alert">{errors.access}</p> : null}
    <CsrfField token={viewer.csrfToken} />
    <RoleCheckboxes options={choices.roles} checked={access.roles} error={errors.roles} />
    <SelectField name="agencyId" label="单位" options={choices.agencies} value={access.agencyId} empty={choices.regions.length ? '（不属于任何单位）' : undefined} error={errors.agencyId} />
    <div class="form-actions"><button type="submit" class="button button-primary">保存角色和单位</button></div>
  </form>
);

const EmailForm: FC<UserEditPageProps> = ({ viewer, user, email, errors }) => (
  <form method="post" action={`/admin/users/${user.id}/email`} class="actions-panel" novalidate>
    <h2>电子邮件地址</h2>
    <p class="hint">每周一次的待办汇总发到这个地址；留空则不发送。</p>
    <CsrfField token={viewer.csrfToken} />
    <TextInput name="email" label="电子邮件地址" value={email} error={errors.email} />
    <div class="form-actions"><button type="submit" class="button">保存电子邮件地址</button></div>
  </form>
);

const StatusForm: FC<UserEditPageProps> = ({ viewer, user }) => (
  <form method="post" action={`/admin/users/${user.id}/status`} class="actions-panel">
    <h2>账号状态：{user.statusLabel}</h2>
    <p class="hint">{user.disabled ? '启用后，该用户可以重新登录。' : '停用后，该用户不能登录，已有的登录立即退出。'}</p>
    <CsrfField token={viewer.csrfToken} />
    <input type="hidden" name="enabled" value={user.disabled ? '1' : '0'} />
    <div class="form-actions">
      <button type="submit" class={user.disabled ? 'button button-primary' : 'button button-danger'}>{user.disabled ? '启用该用户' : '停用该用户'}</button>
    </div>
  </form>
);

const ResetForm: FC<UserEditPageProps> = ({ viewer, user, errors }) => (
  <form method="post" action={`/admin/users/${user.id}/password`} class="actions-panel" novalidate>
    <h2>重置密码</h2>
    <p class="hint">为该用户设置新密码（至少{MIN_PASSWORD_LENGTH}个字符），该用户已有的登录立即退出。请当面告知本人。</p>
    <CsrfField token={viewer.csrfToken} />
    <PasswordField name="password" label="新密码" autocomplete="new-password" error={errors.password} />
    <PasswordField name="passwordAgain" label="再次输入新密码" autocomplete="new-password" error={errors.passwordAgain} />
    <div class="form-actions"><button type="submit" class="button">重置密码</button></div>
  </form>
);

/** One account: its details, 角色和单位, 停用/启用 and 重置密码. An admin's own account links to 修改本人密码 instead. */
export const UserEditPage: FC<UserEditPageProps> = (props) => {
  const { user } = props;
  const title = `用户 ${user.username}`;
  return (
    <Layout title={title} viewer={props.viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '用户管理', href: '/admin/users' }, { label: title }]}>
      <h1>{title}</h1>
      {props.notice ? <p class="alert alert-success" role="status">{props.notice}</p> : null}
      <dl class="field-list">
        <div class="field-row"><dt>姓名</dt><dd>{user.displayName}</dd></div>
        <div class="field-row"><dt>单位</dt><dd>{user.agencyName}</dd></div>
        <div class="field-row"><dt>角色</dt><dd>{user.roleLabels}</dd></div>
        <div class="field-row"><dt>状态</dt><dd>{user.statusLabel}</dd></div>
        <div class="field-row"><dt>电子邮件</dt><dd>{user.email || '未填写'}</dd></div>
      </dl>
      {props.isSelf ? (
        <p class="alert alert-warning">这是您本人的账号：角色、单位和状态须由其他管理员修改。<a href="/admin/account/password">修改本人密码</a></p>
      ) : (
        <>
          <AccessForm {...props} />
          <EmailForm {...props} />
          <StatusForm {...props} />
          <ResetForm {...props} />
        </>
      )}
    </Layout>
  );
};
