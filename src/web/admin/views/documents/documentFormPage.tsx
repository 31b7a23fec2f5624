import type { FC } from 'hono/jsx';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import { BODY_POLICY } from '../../../../domain/documents/sanitizeBody.ts';
import { LEGAL_FORM_LABELS } from '../../../../domain/annualReport/table2.ts';
import { DISCLOSURE_MODE_LABELS, DOCUMENT_KIND_LABELS, VALIDITY_LABELS } from '../../../../domain/documents/document.ts';
import type { DocumentFormValues } from '../../documentFormValues.ts';
import { describedBy, Field, TextArea, TextInput } from '../formFields.tsx';

export interface DocumentFormPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  /** null: a new document. */
  document: { id: string; title: string; status: string } | null;
  values: DocumentFormValues;
  errors: Record<string, string>;
  /** The agency's published catalog, grouped by 一级事项. */
  itemGroups: { level1: string; items: { id: string; label: string }[] }[];
}

const Select: FC<{ name: string; label: string; value: string; options: Record<string, string>; error?: string; hint?: string }> = ({ name, label, value, options, error, hint }) => (
  <Field name={name} label={label} error={error} hint={hint}>
    <select id={name} name={name} aria-describedby={describedBy(name, error, hint)}>
      {Object.entries(options).map(([key, text]) => <option value={key} selected={key === value}>{text}</option>)}
    </select>
  </Field>
);

const ItemPicker: FC<{ groups: DocumentFormPageProps['itemGroups']; chosen: string[]; error?: string }> = ({ groups, chosen, error }) => (
  <fieldset class={error ? 'checkbox-group item-picker has-error' : 'checkbox-group item-picker'} aria-describedby={error ? 'items-error' : undefined}>
    <legend>所属目录事项（本单位已发布目录）</legend>
    {error ? <p id="items-error" class="field-error">{error}</p> : null}
    {groups.length === 0 ? <p class="empty">本单位的目录尚未发布，暂无可选事项。</p> : null}
    {groups.map((group, g) => (
      <div class="item-group">
        <p class="item-group-name">{group.level1}</p>
        {group.items.map((item, i) => (
          <div class="checkbox">
            <input type="checkbox" id={`items-${g}-${i}`} name="items" value={item.id} checked={chosen.includes(item.id)} />
            <label for={`items-${g}-${i}`}>{item.label}</label>
          </div>
        ))}
      </div>
    ))}
  </fieldset>
);

/** 文件类型 for table 二 of the 年报; '' keeps a document out of it. */
const LEGAL_FORM_OPTIONS: Record<string, string> = { '': '其他（不计入年报表二）', ...LEGAL_FORM_LABELS };

const TAGS_HINT = `正文为 HTML，保存时按白名单清理：允许 ${BODY_POLICY.allowedTags.join(' ')}；链接仅限 http(s)、mailto、tel 和站内路径，脚本、样式和事件属性一律删除。`;

/** 新建/修改文件: every metadata field of §5.3, the body, the catalog items and an internal note. */
export const DocumentFormPage: FC<DocumentFormPageProps> = ({ viewer, agency, document, values, errors, itemGroups }) => {
  const action = document ? `/admin/documents/${document.id}` : `/admin/agencies/${agency.id}/documents`;
  const title = document ? `修改文件：${document.title}` : '新建文件';
  return (
    <Layout
      title={title}
      viewer={viewer}
      breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: `${agency.name}文件`, href: `/admin/agencies/${agency.id}/documents` }, { label: document ? '修改' : '新建' }]}
    >
      <h1>{title}</h1>
      {document?.status === 'published' ? <p class="alert alert-warning">该文件已发布：保存修改后须重新复核、审签，公众在此之前仍看到上一版。</p> : null}
      {errors[''] ? <div class="alert alert-error" role="alert"><p>{errors['']}</p></div> : null}
      {Object.keys(errors).length ? <p class="alert alert-error" role="alert">保存失败，请按提示修改标红的项目。</p> : null}
      <form method="post" action={action} class="form document-form" novalidate>
        <input type="hidden" name="_csrf" value={viewer.csrfToken} />
        <Select name="kind" label="类别" value={values.kind} options={DOCUMENT_KIND_LABELS} error={errors.kind} />
        <TextInput name="title" label="标题（名称）" value={values.title} error={errors.title} required />
        <TextInput name="publisher" label="发布机构" value={values.publisher} error={errors.publisher} />
        <TextInput name="formedOn" label="成文日期" value={values.formedOn} error={errors.formedOn} hint="格式 YYYY-MM-DD，如 2026-03-02" />
        <TextInput name="documentNumber" label="文号" value={values.documentNumber} error={errors.documentNumber} />
        <TextInput name="subjectCategory" label="主题分类" value={values.subjectCategory} error={errors.subjectCategory} />
        <TextInput name="genre" label="体裁（组配）分类" value={values.genre} error={errors.genre} />
        <TextInput name="keywords" label="关键词" value={values.keywords} error={errors.keywords} hint="多个关键词用逗号或顿号分隔" />
        <TextArea name="summary" label="内容概述" value={values.summary} error={errors.summary} rows={3} />
        <Select name="validity" label="有效性" value={values.validity} options={VALIDITY_LABELS} error={errors.validity} />
        <TextInput name="repealedOn" label="废止（失效）日期" value={values.repealedOn} error={errors.repealedOn} hint="仅失效或废止的文件填写" />
        <Select name="legalForm" label="文件类型" value={values.legalForm} options={LEGAL_FORM_OPTIONS} error={errors.legalForm} hint="规章和行政规范性文件计入年度报告表二（制发、废止、现行有效件数）" />
        <Select name="disclosureMode" label="公开方式" value={values.disclosureMode} options={DISCLOSURE_MODE_LABELS} error={errors.disclosureMode} />
        <TextInput name="source" label="信息来源" value={values.source} error={errors.source} />
        <ItemPicker groups={itemGroups} chosen={values.items} error={errors.items} />
        <TextArea name="bodyHtml" label="正文" value={values.bodyHtml} error={errors.bodyHtml} hint={TAGS_HINT} rows={14} />
        <TextArea name="internalNote" label="内部备注（不公开）" value={values.internalNote} error={errors.internalNote} rows={2} />
        <div class="form-actions">
          <button type="submit" class="button button-primary">保存</button>
          <a class="button" href={document ? `/admin/documents/${document.id}` : `/admin/agencies/${agency.id}/documents`}>取消</a>
        </div>
      </form>
    </Layout>
  );
};
