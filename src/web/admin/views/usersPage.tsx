import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { MIN_PASSWORD_LENGTH } from '../../../app/accounts/passwords.ts';
import type { AssignableChoices, UserRow } from '../userPresenters.ts';
import { TextInput } from './formFields.tsx';
import { CsrfField, PasswordField, RoleCheckboxes, SelectField } from './userFields.tsx';

export interface NewUserValues {
  username: string;
  displayName: string;
  email: string;
  roles: string[];
  agencyId: string;
  regionId: string;
}

export interface UsersPageProps {
  viewer: Viewer;
  title: string;
  users: UserRow[];
  choices: AssignableChoices;
  values: NewUserValues;
  errors: Record<string, string>;
  notice: string | null;
}

const UsersTable: FC<{ users: UserRow[] }> = ({ users }) => (
  <div class="table-scroll" role="region" aria-label="用户列表" tabindex={0}>
    <table class="data-table users-table">
      <caption>用户列表（共 {users.length} 人）</caption>
      <thead>
        <tr>
          <th scope="col">用户名</th>
          <th scope="col">姓名</th>
          <th scope="col">单位</th>
          <th scope="col">角色</th>
          <th scope="col">状态</th>
          <th scope="col">最近登录</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr>
            <th scope="row"><a href={`/admin/users/${user.id}`}>{user.username}</a></th>
            <td>{user.displayName}</td>
            <td>{user.agencyName}</td>
            <td>{user.roleLabels}</td>
            <td><span class={user.disabled ? 'status status-disabled' : 'status'}>{user.statusLabel}</span></td>
            <td class="nowrap">{user.lastLogin}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

/** 新建用户: the initial password is set by the admin and passed on to the user in person. */
const NewUserForm: FC<Omit<UsersPageProps, 'title' | 'users' | 'notice'>> = ({ viewer, choices, values, errors }) => (
  <form method="post" action="/admin/users" class="actions-panel" novalidate>
    <h2 id="new-user">新建用户</h2>
    {errors.form ? <p class="alert alert-error" role="alert">{errors.form}</p> : null}
    <CsrfField token={viewer.csrfToken} />
    <TextInput name="username" label="用户名" value={values.username} error={errors.username} hint="3–64位字母、数字或 _ . @ -，用于登录" required />
    <TextInput name="displayName" label="姓名" value={values.displayName} error={errors.displayName} />
    <TextInput name="email" label="电子邮件地址（选填）" value={values.email} error={errors.email} hint="每周待办汇总发到这个地址；不填则不发送" />
    <RoleCheckboxes options={choices.roles} checked={values.roles} error={errors.roles} />
    <SelectField name="agencyId" label="单位" options={choices.agencies} value={values.agencyId} empty={choices.regions.length ? '（不属于任何单位）' : undefined} error={errors.agencyId} />
    {choices.regions.length ? (
      <SelectField name="regionId" label="监督地区" options={choices.regions} value={values.regionId} empty="（无）" error={errors.regionId} hint="仅区域监督员需要" />
    ) : null}
    <PasswordField name="password" label="初始密码" autocomplete="new-password" error={errors.password} hint={`至少${MIN_PASSWORD_LENGTH}个字符，请当面告知本人并提醒其登录后修改`} />
    <div class="form-actions">
      <button type="submit" class="button button-primary">新建用户</button>
    </div>
  </form>
);

/** 用户管理: every account this admin manages, and the form to add one. */
export const UsersPage: FC<UsersPageProps> = (props) => (
  <Layout title={props.title} viewer={props.viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: props.title }]} mainClass="wide">
    <h1>{props.title}</h1>
    {props.notice ? <p class="alert alert-success" role="status">{props.notice}</p> : null}
    <p class="hint"><a href="#new-user">新建用户</a> · <a href="/admin/account/password">修改本人密码</a></p>
    <UsersTable users={props.users} />
    <NewUserForm viewer={props.viewer} choices={props.choices} values={props.values} errors={props.errors} />
  </Layout>
);
