import type { FC } from 'hono/jsx';
import type { LetterTemplate, PlaceholderName, TemplateKey } from '../../../../domain/applications/letters/index.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { Post } from './letterForms.tsx';

export interface TemplateView extends LetterTemplate {
  key: TemplateKey;
  label: string;
  article: string;
  required: readonly PlaceholderName[];
  custom: boolean;
}

export interface LetterTemplatesPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  settings: { prefix: string; prefixIsDefault: boolean; reconsiderationBody: string; court: string };
  templates: TemplateView[];
  placeholders: Record<string, string>;
  canManage: boolean;
  notice: string | null;
  errors: { form: string; messages: string[] } | null;
}

const Text: FC<{ id: string; name: string; label: string; value: string; disabled: boolean; hint?: string }> = ({ id, name, label, value, disabled, hint }) => (
  <div class="field">
    <label for={id}>{label}</label>
    {hint ? <p class="hint">{hint}</p> : null}
    <input id={id} name={name} type="text" value={value} disabled={disabled} />
  </div>
);

/** 依申请公开文书模板: the letter prefix and remedy bodies, and one form per template with its placeholders. */
export const LetterTemplatesPage: FC<LetterTemplatesPageProps> = ({ viewer, agency, settings, templates, placeholders, canManage, notice, errors }) => {
  const query = `?agency=${encodeURIComponent(agency.id)}`;
  const refused = (form: string) => (errors?.form === form ? <div class="alert alert-error" role="alert"><ul>{errors.messages.map((m) => <li>{m}</li>)}</ul></div> : null);
  return (
    <Layout title="依申请公开文书模板" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开文书模板' }]}>
      <h1>{agency.name}依申请公开文书模板</h1>
      {notice ? <p class="alert alert-success" role="status">{notice}</p> : null}
      {!canManage ? <p class="hint">只有单位管理员可以修改模板和文号前缀。</p> : null}
      <Post action={`/admin/letter-settings${query}`} csrf={viewer.csrfToken} class="form">
        <h2>文号与救济途径</h2>
        {refused('settings')}
        <Text id="prefix" name="prefix" label="文号前缀" value={settings.prefix} disabled={!canManage} hint={`文号形如「${settings.prefix}〔2026〕3号」，审签时按年度顺序编号，不重复使用。${settings.prefixIsDefault ? '（当前为按单位名称建议的前缀，尚未保存）' : ''}`} />
        <Text id="reconsiderationBody" name="reconsiderationBody" label="行政复议机关" value={settings.reconsiderationBody} disabled={!canManage} hint="答复书告知：自收到答复之日起六十日内申请行政复议（《行政复议法》第二十条）；留空时写「本级人民政府」" />
        <Text id="court" name="court" label="管辖法院" value={settings.court} disabled={!canManage} hint="答复书告知：六个月内提起行政诉讼（《行政诉讼法》第四十六条）；留空时写「有管辖权的人民法院」" />
        {canManage ? <button type="submit" class="button button-primary">保存</button> : null}
      </Post>
      <section aria-labelledby="placeholders-title">
        <h2 id="placeholders-title">可用的占位符</h2>
        <dl class="meta-list">{Object.entries(placeholders).map(([name, description]) => <div><dt>{`{${name}}`}</dt><dd>{description}</dd></div>)}</dl>
      </section>
      {templates.map((t) => (
        <Post action={`/admin/letter-templates/${t.key}${query}`} csrf={viewer.csrfToken} class="form">
          <h2 id={`template-${t.key}`}>{t.label}<span class="muted">（{t.article}；{t.custom ? '本单位模板' : '默认模板'}）</span></h2>
          {refused(t.key)}
          <p class="hint">须保留：{t.required.map((name) => `{${name}}`).join('、')}</p>
          <Text id={`${t.key}-title`} name="title" label="标题" value={t.title} disabled={!canManage} />
          <Text id={`${t.key}-addressee`} name="addressee" label="称谓" value={t.addressee} disabled={!canManage} />
          <div class="field">
            <label for={`${t.key}-body`}>正文（每行一段）</label>
            <textarea id={`${t.key}-body`} name="body" rows={10} disabled={!canManage}>{t.body}</textarea>
          </div>
          {canManage ? (
            <p>
              <button type="submit" class="button">保存模板</button>{' '}
              {t.custom ? <button type="submit" name="reset" value="1" class="link-button">恢复默认</button> : null}
            </p>
          ) : null}
        </Post>
      ))}
    </Layout>
  );
};
