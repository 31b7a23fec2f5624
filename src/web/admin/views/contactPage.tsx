import type { FC } from 'hono/jsx';
import { CONTACT_LABELS, type AgencyContact } from '../../../app/applications/agencyContact.ts';
import { CONTACT_FIELDS } from '../../../app/applications/agencyContact.ts';
import { Layout, type Viewer } from '../../shared/layout.tsx';
import { describedBy, Field } from './formFields.tsx';
import { CsrfField } from './userFields.tsx';

export type ContactValues = Record<keyof AgencyContact, string>;

/** How each field is typed and filled in by the browser (autocomplete tokens, phone keypads). */
const INPUTS: Record<keyof AgencyContact, { type?: string; autocomplete?: string; inputmode?: 'numeric' | 'tel' | 'email' | 'url'; hint?: string }> = {
  officeName: { autocomplete: 'organization', hint: '例如：中卫市医疗保障局办公室（政府信息公开工作机构）' },
  address: { autocomplete: 'street-address', hint: '申请人寄送或当面递交书面申请的地址' },
  postcode: { autocomplete: 'postal-code', inputmode: 'numeric', hint: '6位数字' },
  hours: { hint: '例如：工作日 上午8:30—12:00，下午14:30—18:00' },
  phone: { type: 'tel', autocomplete: 'tel', inputmode: 'tel', hint: '多个号码用顿号分隔' },
  fax: { type: 'tel', inputmode: 'tel' },
  email: { type: 'email', autocomplete: 'email', inputmode: 'email' },
  supervisionPhone: { type: 'tel', inputmode: 'tel', hint: '指南中列出的监督电话' },
  website: { type: 'url', inputmode: 'url', hint: '本单位网站或政府信息公开专栏的地址，以 http:// 或 https:// 开头' },
};

export interface ContactPageProps {
  viewer: Viewer;
  agency: { id: string; name: string };
  values: ContactValues;
  errors: Record<string, string>;
  /** Nothing saved yet: the values shown come from the catalog's preamble. */
  fromCatalog: boolean;
  saved: boolean;
}

/** The back-office form for the disclosure office's contact details (条例第十二条), CSRF-protected, field errors in Chinese. */
export const ContactPage: FC<ContactPageProps> = ({ viewer, agency, values, errors, fromCatalog, saved }) => (
  <Layout title={`${agency.name} 联系方式`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: agency.name, href: `/admin/agencies/${agency.id}` }, { label: '政府信息公开联系方式' }]}>
    <h1>政府信息公开工作机构联系方式</h1>
    <p class="hint">
      这些信息显示在本单位的<a href={`/agencies/${agency.id}/apply`}>依申请公开页面</a>和<a href={`/agencies/${agency.id}/guide`}>政府信息公开指南</a>中，申请人据此寄送、递交申请或咨询。留空的项目按已发布目录的说明显示。
    </p>
    {saved ? <p class="alert alert-success" role="status">联系方式已保存，公开页面已更新。</p> : null}
    {fromCatalog ? <p class="alert alert-warning">尚未保存过联系方式：下面预先填入的是已发布目录中载明的信息，请核对后保存。</p> : null}
    {errors.form ? <p class="alert alert-error" role="alert">{errors.form}</p> : null}
    <form method="post" action={`/admin/agencies/${agency.id}/contact`} class="form" novalidate>
      <CsrfField token={viewer.csrfToken} />
      {CONTACT_FIELDS.map((field) => {
        const input = INPUTS[field];
        return (
          <Field name={field} label={CONTACT_LABELS[field]} error={errors[field]} hint={input.hint}>
            <input
              id={field}
              name={field}
              type={input.type ?? 'text'}
              value={values[field]}
              maxlength={200}
              autocomplete={input.autocomplete}
              inputmode={input.inputmode}
              aria-invalid={errors[field] ? 'true' : undefined}
              aria-describedby={describedBy(field, errors[field], input.hint)}
            />
          </Field>
        );
      })}
      <div class="form-actions">
        <button type="submit" class="button button-primary">保存联系方式</button>
        <a class="button" href={`/admin/agencies/${agency.id}`}>返回</a>
      </div>
    </form>
  </Layout>
);
