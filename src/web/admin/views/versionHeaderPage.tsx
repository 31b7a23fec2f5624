import type { FC } from 'hono/jsx';
import { HEADER_LABELS, type CatalogHeader } from '../../../domain/catalog/catalogHeader.ts';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import type { AdminVersion } from '../presenters.ts';
import { describedBy, Field, TextInput } from './formFields.tsx';
import { CsrfField } from './userFields.tsx';
import { versionCrumbs } from './versionPage.tsx';

/** The header form's values as typed. */
export type HeaderValues = Record<keyof CatalogHeader, string>;

export function headerValuesOf(header: CatalogHeader): HeaderValues {
  return { title: header.title ?? '', responsibleUnit: header.responsibleUnit ?? '', preparedOn: header.preparedOn ?? '' };
}

export interface VersionHeaderPageProps {
  viewer: Viewer;
  version: AdminVersion;
  values: HeaderValues;
  errors: Record<string, string>;
}

/** The back-office form for a draft's header (CSRF-protected, field errors in Chinese). */
export const VersionHeaderPage: FC<VersionHeaderPageProps> = ({ viewer, version, values, errors }) => (
  <Layout title={`${version.agencyName} 目录第${version.number}版 表头`} viewer={viewer} breadcrumbs={[...versionCrumbs(version), { label: '编辑表头' }]}>
    <h1>{`编辑目录表头（第${version.number}版）`}</h1>
    <p class="hint">表头随目录一起复核、审签，发布后显示在公开目录的表格上方。来源目录没有标题的，标题可以留空。</p>
    {errors.form ? <p class="alert alert-error" role="alert">{errors.form}</p> : null}
    <form method="post" action={`/admin/versions/${version.id}/header`} class="form" novalidate>
      <CsrfField token={viewer.csrfToken} />
      <TextInput name="title" label={HEADER_LABELS.title} value={values.title} error={errors.title} hint="照来源目录填写；没有标题的留空" />
      <TextInput name="responsibleUnit" label={HEADER_LABELS.responsibleUnit} value={values.responsibleUnit} error={errors.responsibleUnit} />
      <Field name="preparedOn" label={HEADER_LABELS.preparedOn} error={errors.preparedOn} hint="留空则在提交复核时填入当天">
        <input id="preparedOn" name="preparedOn" type="date" value={values.preparedOn} aria-invalid={errors.preparedOn ? 'true' : undefined} aria-describedby={describedBy('preparedOn', errors.preparedOn, '留空则在提交复核时填入当天')} />
      </Field>
      <div class="form-actions">
        <button type="submit" class="button button-primary">保存表头</button>
        <a class="button" href={`/admin/versions/${version.id}`}>返回</a>
      </div>
    </form>
  </Layout>
);
