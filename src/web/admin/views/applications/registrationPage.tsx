import type { FC } from 'hono/jsx';
import { APPLICANT_TYPE_LABELS, APPLICANT_TYPES, DELIVERY_WAY_LABELS, DELIVERY_WAYS, ID_TYPE_LABELS, ID_TYPES, MEDIA, MEDIUM_LABELS } from '../../../../domain/applications/vocabulary.ts';
import { INPUT_LIMITS } from '../../../../domain/applications/applicationInput.ts';
import { Layout, type Viewer } from '../../../shared/layout.tsx';
import type { AgencyChoice } from '../../applications/applicationAgencies.ts';
import { RECEIPT_KINDS, type RegistrationValues } from '../../applications/registerPresenters.ts';
import { describedBy, Field, TextArea, TextInput } from '../formFields.tsx';
import { CsrfField, SelectField } from '../userFields.tsx';

export interface RegistrationPageProps {
  viewer: Viewer;
  agencies: AgencyChoice[];
  values: RegistrationValues;
  errors: Record<string, string>;
  today: string;
}

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((value) => ({ value, label: labels[value] }));

/** 收到申请的方式 and the date that counts for it, each choice with its rule of 条例第三十一条. */
const ReceiptChoice: FC<{ values: RegistrationValues; errors: Record<string, string>; today: string }> = ({ values, errors, today }) => (
  <fieldset class={errors.receiptKind ? 'radio-group has-error' : 'radio-group'} aria-describedby={errors.receiptKind ? 'receiptKind-error' : undefined}>
    <legend>收到申请的方式（条例第三十一条）</legend>
    {errors.receiptKind ? <p id="receiptKind-error" class="field-error">{errors.receiptKind}</p> : null}
    {Object.entries(RECEIPT_KINDS).map(([kind, { label, hint }]) => (
      <div class="checkbox radio-choice">
        <input type="radio" id={`receipt-${kind}`} name="receiptKind" value={kind} checked={values.receiptKind === kind} aria-describedby={`receipt-${kind}-hint`} />
        <label for={`receipt-${kind}`}>{label}</label>
        <span id={`receipt-${kind}-hint`} class="hint block">{hint}</span>
      </div>
    ))}
    <TextInput name="receiptNote" label="其他方式的说明" value={values.receiptNote} error={errors.receiptNote} />
    <Field name="receivedOn" label="收到申请日期" error={errors.receivedOn} hint="按上面所选方式的规则填写；不能晚于今天">
      <input id="receivedOn" name="receivedOn" type="date" value={values.receivedOn} max={today} required aria-invalid={errors.receivedOn ? 'true' : undefined} aria-describedby={describedBy('receivedOn', errors.receivedOn, 'hint')} />
    </Field>
    <TextInput name="ref" label="台账编号（选填）" value={values.ref} error={errors.ref} hint="本单位自编的台账编号，例如纸质台账上的序号" />
  </fieldset>
);

/** Staff registration of a letter, fax, in-person or oral application (条例第二十九条、第三十一条). */
export const RegistrationPage: FC<RegistrationPageProps> = ({ viewer, agencies, values, errors, today }) => (
  <Layout title="登记依申请公开申请" viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '登记申请' }]}>
    <h1>登记申请</h1>
    <p class="lead">登记以信件、传真、当面或口头方式提出的申请。网上申请由申请人在线提交，在台账中确认收到即可。</p>
    {errors._form ? <p class="alert alert-error" role="alert">{errors._form}{Object.keys(errors).length > 1 ? '：请看标红的栏目。' : ''}</p> : null}
    <form method="post" action="/admin/applications" class="form" novalidate>
      <CsrfField token={viewer.csrfToken} />
      {agencies.length > 1 ? (
        <SelectField name="agencyId" label="受理单位" options={agencies.map((a) => ({ value: a.id, label: a.name }))} value={values.agencyId} error={errors.agencyId} />
      ) : (
        <input type="hidden" name="agencyId" value={values.agencyId} />
      )}
      <ReceiptChoice values={values} errors={errors} today={today} />
      <h2>申请人</h2>
      <SelectField name="applicantType" label="申请人类型" options={options(APPLICANT_TYPES, APPLICANT_TYPE_LABELS)} value={values.applicantType} error={errors.applicantType} />
      <TextInput name="name" label="姓名或组织名称" value={values.name} error={errors.name} />
      <TextInput name="contactName" label="联系人（法人或其他组织填写）" value={values.contactName} error={errors.contactName} />
      <SelectField name="idType" label="证件类型" options={options(ID_TYPES, ID_TYPE_LABELS)} value={values.idType} error={errors.idType} />
      <TextInput name="idNumber" label="证件号码" value={values.idNumber} error={errors.idNumber} hint="居民身份证号、统一社会信用代码会核对校验位" />
      <TextInput name="phone" label="联系电话" value={values.phone} error={errors.phone} />
      <TextInput name="address" label="通信地址" value={values.address} error={errors.address} hint="选择邮寄时必填" />
      <TextInput name="email" label="电子邮箱" value={values.email} error={errors.email} hint="选择以电子邮件获取时必填" />
      <h2>所需信息和获取方式</h2>
      <TextArea name="request" label="所需政府信息的名称、文号或者便于查询的其他特征性描述" value={values.request} error={errors.request} rows={5} hint={`最多${INPUT_LIMITS.request}字`} />
      <SelectField name="medium" label="信息的载体形式" options={options(MEDIA, MEDIUM_LABELS)} value={values.medium} error={errors.medium} />
      <SelectField name="way" label="获取信息的方式" options={options(DELIVERY_WAYS, DELIVERY_WAY_LABELS)} value={values.way} error={errors.way} />
      <div class="form-actions">
        <button type="submit" class="button button-primary">登记并生成受理回执</button>
        <a class="button" href="/admin/applications">取消</a>
      </div>
    </form>
  </Layout>
);

export interface ReceiptSlip {
  applicationId: string;
  agencyName: string;
  trackingNo: string;
  queryCode: string;
  channelLabel: string;
  receivedOn: string;
  receivedBasis: string;
  dueOn: string | null;
  provisional: boolean;
}

/**
 * 受理回执: shown once right after registration, because only the query code's hash is stored.
 * Printable (the header and buttons are left off paper); nothing here but what the applicant needs.
 */
export const ReceiptSlipPage: FC<{ viewer: Viewer; slip: ReceiptSlip }> = ({ viewer, slip }) => (
  <Layout title={`受理回执 ${slip.trackingNo}`} viewer={viewer} breadcrumbs={[{ label: '工作台', href: '/admin' }, { label: '依申请公开', href: '/admin/applications' }, { label: '受理回执' }]}>
    <p class="alert alert-success no-print" role="status">已登记。请把下面的受理编号和查询码交给申请人：查询码只显示这一次，系统不保存明文。</p>
    <section class="receipt-slip" aria-labelledby="slip-title">
      <h1 id="slip-title">政府信息公开申请受理回执</h1>
      <p>{slip.agencyName}已收到您的政府信息公开申请。</p>
      <dl class="slip-fields">
        <div><dt>受理编号</dt><dd class="slip-code">{slip.trackingNo}</dd></div>
        <div><dt>查询码</dt><dd class="slip-code">{slip.queryCode}</dd></div>
        <div><dt>提交方式</dt><dd>{slip.channelLabel}</dd></div>
        <div><dt>收到申请日期</dt><dd>{slip.receivedOn}</dd></div>
        <div><dt>依据</dt><dd>{slip.receivedBasis}</dd></div>
        <div>
          <dt>答复期限</dt>
          <dd>{slip.dueOn ? `${slip.dueOn}${slip.provisional ? '【暂定】' : ''}` : '—'}（收到申请之日起20个工作日内，条例第三十三条；依法延长、补正或征求意见的，另行告知）</dd>
        </div>
      </dl>
      <p>请妥善保管受理编号和查询码，凭此可在本网站「依申请公开」栏目查询办理进度。</p>
    </section>
    <p class="form-actions no-print">
      <a class="button button-primary" href={`/admin/applications/${slip.applicationId}`}>打开该申请</a>
      <a class="button" href="/admin/applications/new">继续登记</a>
      <span class="hint">打印回执：使用浏览器的“打印”功能（页眉和按钮不会打印）。</span>
    </p>
  </Layout>
);
