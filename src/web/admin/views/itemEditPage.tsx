import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { AUDIENCES, CHANNELS, CHANNELS_WITH_NOTE, FIVE_TYPES, MODES } from '../../../domain/catalog/vocabulary.ts';
import { channelNoteField, type ItemFormValues } from '../itemFormValues.ts';
import type { AdminVersion } from '../presenters.ts';
import { versionCrumbs } from './versionPage.tsx';
import { CheckboxGroup, TextArea, TextInput } from './formFields.tsx';

export interface ItemEditPageProps {
  viewer: Viewer;
  version: AdminVersion;
  /** null: a new item (新增事项). */
  itemId: string | null;
  values: ItemFormValues;
  errors: Record<string, string>;
}

const ChannelNote: FC<{ channel: string; values: ItemFormValues }> = ({ channel, values }) => {
  if (!CHANNELS_WITH_NOTE.includes(channel as (typeof CHANNELS_WITH_NOTE)[number])) return null;
  const field = channelNoteField(channel);
  return (
    <span class="channel-note">
      <label for={field} class="visually-hidden">{`${channel}（注明）`}</label>
      <input id={field} name={field} type="text" placeholder="注明" value={values.channelNotes[channel] ?? ''} />
    </span>
  );
};

/** Edit every field of one item; rejected fields come back with the message next to them and the text as typed. */
export const ItemEditPage: FC<ItemEditPageProps> = ({ viewer, version, itemId, values, errors }) => {
  const title = itemId === null ? '新增事项' : `编辑事项：${values.level2 || values.level1 || '未命名'}`;
  const action = itemId === null ? `/admin/versions/${version.id}/items` : `/admin/versions/${version.id}/items/${itemId}`;
  const back = itemId === null ? `/admin/versions/${version.id}#items-title` : `/admin/versions/${version.id}#item-${itemId}`;
  const errorCount = Object.keys(errors).length;
  return (
    <Layout title={title} viewer={viewer} breadcrumbs={[...versionCrumbs(version), { label: itemId === null ? '新增事项' : '编辑事项' }]}>
      <h1>{title}</h1>
      <p class="hint">{`${version.agencyName} · 目录第${version.number}版（${version.statusLabel}）`}</p>
      {errorCount > 0 ? (
        <div class="alert alert-error" role="alert">
          <p>有 {errorCount} 处需要修改，请查看标红的字段。</p>
          {errors[''] ? <p>{errors['']}</p> : null}
        </div>
      ) : null}
      <form method="post" action={action} class="form item-form" novalidate>
        <input type="hidden" name="_csrf" value={viewer.csrfToken} />
        <input type="hidden" name="hasFiveTypes" value={values.hasFiveTypes ? '1' : '0'} />
        <TextInput name="seq" label="序号" value={values.seq} error={errors.seq} />
        <TextInput name="level1" label="一级事项" value={values.level1} error={errors.level1} required />
        <TextInput name="level2" label="二级事项" value={values.level2} error={errors.level2} required />
        <TextArea name="content" label="公开内容（要素）" value={values.content} error={errors.content} rows={4} required />
        <TextArea name="basis" label="公开依据" value={values.basis} error={errors.basis} hint="每行填写一项依据（法律、法规、规章或规范性文件）" rows={5} />
        <TextInput name="timeLimit" label="公开时限" value={values.timeLimit} error={errors.timeLimit} hint="如：形成或者变更之日起20个工作日内" />
        <TextInput name="subject" label="公开主体" value={values.subject} error={errors.subject} />
        <CheckboxGroup
          name="channels"
          legend="公开渠道和载体"
          options={CHANNELS}
          checked={values.channels}
          error={errors.channels ?? errors.channelNotes}
          extra={(channel) => (
            <>
              {values.channelLabels?.[channel] ? <span class="hint">{`（原文：${values.channelLabels[channel]}，保持勾选即保留）`}</span> : null}
              <ChannelNote channel={channel} values={values} />
            </>
          )}
        />
        <CheckboxGroup name="audience" legend="公开对象" options={AUDIENCES} checked={values.audience} error={errors.audience} />
        <CheckboxGroup name="mode" legend="公开方式" options={MODES} checked={values.mode} error={errors.mode} />
        <CheckboxGroup name="fiveTypes" legend="所属“五公开”类型" options={FIVE_TYPES} checked={values.fiveTypes} error={errors.fiveTypes} />
        <TextInput name="column" label="网站所属栏目" value={values.column} error={errors.column} />
        <TextInput name="category" label="公开类型" value={values.category} error={errors.category} />
        <TextArea name="remarks" label="备注" value={values.remarks} error={errors.remarks} />
        <div class="form-actions">
          <button type="submit" class="button button-primary">保存</button>
          <a href={back} class="button">取消</a>
        </div>
      </form>
    </Layout>
  );
};
