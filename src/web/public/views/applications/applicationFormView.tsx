import type { FC } from 'hono/jsx';
import { APPLICATION_FIELDS, FIELD_LIMITS, ID_TYPE_CHOICES, MEDIUM_CHOICES, ORGANISATION_CHOICES, PERSON_CHOICE, WAY_CHOICES, type ApplicationErrors, type ApplicationValues } from '../../applicationForm.ts';
import { HONEYPOT_FIELD, ISSUED_FIELD } from '../../applicationSecurity.ts';
import { Input, Radio, RadioGroup, Select, TextBox } from './formControls.tsx';

export interface ApplicationFormProps {
  agencyId: string;
  csrfToken: string;
  /** The signed form-issued-at token (applicationSecurity.ts). */
  issuedToken: string;
  values: ApplicationValues;
  errors: ApplicationErrors;
}

/** Where a message's link jumps to: the input, or the first radio button of a group. */
const ANCHORS: Partial<Record<string, string>> = { applicantType: 'applicantType-naturalPerson', medium: 'medium-paper', way: 'way-post' };

/** Every message at the top, each a link to its field, so nobody has to hunt for the red text on a long page. */
const ErrorSummary: FC<{ errors: ApplicationErrors }> = ({ errors }) => {
  const fields = APPLICATION_FIELDS.filter((field) => errors[field]);
  if (!fields.length) return null;
  return (
    <div class="alert alert-error error-summary" role="alert" aria-labelledby="error-summary-title">
      <p id="error-summary-title"><strong>申请表有{fields.length}处需要修改，请点下面的提示直接跳到该栏：</strong></p>
      <ul>
        {fields.map((field) => (
          <li><a href={`#${ANCHORS[field] ?? field}`}>{errors[field]}</a></li>
        ))}
      </ul>
    </div>
  );
};

/**
 * 政府信息公开申请表 (条例第二十九条第二款): who applies, what is sought, in what form and how.
 * A plain form: it works without JavaScript, one column on a phone, every value kept on a message.
 */
export const ApplicationFormView: FC<ApplicationFormProps> = ({ agencyId, csrfToken, issuedToken, values, errors }) => (
  // The fragment brings the answer to a refused post straight to the messages, past the page's introduction.
  <form method="post" action={`/agencies/${agencyId}/apply#application-form`} id="application-form" class="form application-form" novalidate aria-labelledby="form-title">
    <h2 id="form-title">在线填写申请表</h2>
    <p class="hint">标有“必填”的栏目必须填写。提交后您会得到受理编号和查询码，凭它们查询办理进度。</p>
    {errors.form ? <p class="alert alert-error" role="alert">{errors.form}</p> : null}
    <ErrorSummary errors={errors} />
    <input type="hidden" name="_csrf" value={csrfToken} />
    <input type="hidden" name={ISSUED_FIELD} value={issuedToken} />
    <div class="trap" aria-hidden="true">
      <label for={HONEYPOT_FIELD}>请勿填写此栏</label>
      <input type="text" id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} value="" tabindex={-1} autocomplete="off" />
    </div>

    <fieldset class="form-section">
      <legend>一、申请人信息</legend>
      <RadioGroup name="applicantType" legend="申请人类型" choices={[PERSON_CHOICE]} value={values.applicantType} error={errors.applicantType}>
        <p class="choice-subhead">法人或其他组织：</p>
        {ORGANISATION_CHOICES.map((choice) => (
          <Radio name="applicantType" choice={choice} value={values.applicantType} />
        ))}
      </RadioGroup>
      <Input name="name" label="姓名或组织名称" value={values.name} error={errors.name} required autocomplete="name" maxlength={FIELD_LIMITS.name} hint="自然人填写本人姓名；法人或其他组织填写单位全称" />
      <Input name="contactName" label="联系人" value={values.contactName} error={errors.contactName} autocomplete="name" maxlength={FIELD_LIMITS.contactName} hint="法人或其他组织必须填写联系人姓名" />
      <Select name="idType" label="证件类型" choices={ID_TYPE_CHOICES} value={values.idType} error={errors.idType} hint="法人或其他组织请选择“统一社会信用代码”" />
      <Input name="idNumber" label="证件号码" value={values.idNumber} error={errors.idNumber} required code autocomplete="off" maxlength={FIELD_LIMITS.idNumber} hint="居民身份证为18位，最后一位可能是字母X" />
    </fieldset>

    <fieldset class="form-section">
      <legend>二、联系方式</legend>
      <Input name="phone" label="联系电话" type="tel" inputmode="tel" value={values.phone} error={errors.phone} required autocomplete="tel" maxlength={FIELD_LIMITS.phone} />
      <Input name="address" label="通信地址" value={values.address} error={errors.address} autocomplete="street-address" maxlength={FIELD_LIMITS.address} hint="选择邮寄时必须填写" />
      <Input name="email" label="电子邮箱" type="email" inputmode="email" value={values.email} error={errors.email} code autocomplete="email" maxlength={FIELD_LIMITS.email} hint="选择以电子邮件获取时必须填写" />
    </fieldset>

    <fieldset class="form-section">
      <legend>三、所需政府信息</legend>
      <TextBox name="request" label="所需政府信息的描述" value={values.request} error={errors.request} maxlength={FIELD_LIMITS.request} hint={`名称、文号或者便于查询的其他特征性描述（最多${FIELD_LIMITS.request}字）`} />
    </fieldset>

    <fieldset class="form-section">
      <legend>四、获取信息的方式</legend>
      <RadioGroup name="medium" legend="信息的载体形式" choices={MEDIUM_CHOICES} value={values.medium} error={errors.medium} />
      <RadioGroup name="way" legend="获取信息的方式" choices={WAY_CHOICES} value={values.way} error={errors.way} />
    </fieldset>

    <div class="form-actions">
      <button type="submit" class="button button-primary button-large">提交申请</button>
    </div>
  </form>
);
