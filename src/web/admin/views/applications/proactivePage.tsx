import type { FC } from 'hono/jsx';
import type { ProactiveCandidate } from '../../../../app/applications/proactiveCandidates.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';

export interface ProactiveFormValues {
  applicationIds: string[];
  item: string;
  title: string;
}

export interface ProactivePageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  applications: ProactiveCandidate[];
  items: { value: string; label: string }[];
  values: ProactiveFormValues;
  error: string | null;
}

/** The value of an item option: its stable key (一级事项 + 二级事项), each part URI-encoded. */
export const itemOptionValue = (item: { level1: string; level2: string }) => `${encodeURIComponent(item.level1)}/${encodeURIComponent(item.level2)}`;

/**
 * 转主动公开 (条例第四十四条): pick the applications that asked for the same information and the
 * catalog item it belongs to; the system opens a draft document there.
 */
export const ProactivePage: FC<ProactivePageProps> = ({ viewer, agency, applications, items, values, error }) => {
  const title = `${agency.name} 依申请转主动公开`;
  const action = `/admin/applications/proactive?agencyId=${encodeURIComponent(agency.id)}`;
  return (
    <Layout title={title} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: title }]}>
      <h1>{title}</h1>
      <p class="hint">
        条例第四十四条：多个申请人就相同政府信息提出公开申请，且该信息可以公开的，可以纳入主动公开范围。选择这些申请和所属目录事项后，系统在该事项下新建一份草稿文件，内部备注只记受理编号，不记申请人姓名；草稿须按正常流程审核、保密审查和审签后才会发布。
      </p>
      {error ? <p class="field-error" role="alert">{error}</p> : null}
      {applications.length === 0 ? (
        <p>目前没有可转主动公开的申请（须已答复“予以公开”或“部分公开”，且尚未转过）。</p>
      ) : (
        <form method="post" action={action}>
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <fieldset>
            <legend>申请（可多选）</legend>
            {applications.map((a) => (
              <div class="checkbox">
                <input type="checkbox" id={`app-${a.id}`} name="applicationIds" value={a.id} checked={values.applicationIds.includes(a.id)} />
                <label for={`app-${a.id}`}>
                  {a.trackingNo}（{a.outcomeLabel}，{a.closedOn ?? ''}）：{a.request}
                </label>
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for="item">目录事项</label>
            <select id="item" name="item" required>
              <option value="">请选择本单位目录中的事项</option>
              {items.map((i) => (
                <option value={i.value} selected={values.item === i.value}>{i.label}</option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="title">草稿标题</label>
            <p id="title-hint" class="hint">留空则取所选第一件申请内容的第一行；请勿写入申请人的个人信息。</p>
            <input id="title" name="title" type="text" maxlength={100} value={values.title} aria-describedby="title-hint" />
          </div>
          <button type="submit">新建主动公开草稿</button>
        </form>
      )}
    </Layout>
  );
};
