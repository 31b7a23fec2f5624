import type { ReceiptFacts } from '../../../domain/applications/receipt.ts';
import type { FieldIssue } from '../../../domain/shared/errors.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';

/**
 * How the application reached the office, as staff pick it on the form; each maps to the channel
 * and the facts that fix the date of receipt (条例第三十一条; 第二十九条 for oral applications).
 */
export const RECEIPT_KINDS = {
  inPerson: { label: '当面提交书面申请', hint: '收到日期填申请人当面提交之日（第三十一条第（一）项）', facts: { channel: 'inPerson' } },
  oral: { label: '口头提出，由工作人员代为填写', hint: '申请人书写有困难的，可以口头提出，由工作人员代为填写（第二十九条）；收到日期填当面提出之日', facts: { channel: 'inPerson', oral: true } },
  postSigned: { label: '邮寄：挂号信、EMS 等需要签收的邮件', hint: '收到日期填本机关签收之日（第三十一条第（二）项）', facts: { channel: 'post', signedFor: true } },
  postOrdinary: { label: '邮寄：平常信函', hint: '收到日期填政府信息公开工作机构与申请人确认之日（第三十一条第（二）项）', facts: { channel: 'post', signedFor: false } },
  fax: { label: '传真', hint: '收到日期填双方确认之日（第三十一条第（三）项）', facts: { channel: 'fax' } },
  other: { label: '其他方式', hint: '请在下面说明方式；收到日期填工作人员与申请人确认之日', facts: { channel: 'other' } },
} as const satisfies Record<string, { label: string; hint: string; facts: Omit<ReceiptFacts, 'on'> }>;
export type ReceiptKind = keyof typeof RECEIPT_KINDS;

/** The applicant and request fields, named as validateApplicationInput reads them. */
export const APPLICANT_FIELDS = ['applicantType', 'name', 'contactName', 'idType', 'idNumber', 'phone', 'address', 'email', 'request', 'medium', 'way'] as const;
export const REGISTRATION_FIELDS = ['agencyId', 'receiptKind', 'receivedOn', 'receiptNote', 'ref', ...APPLICANT_FIELDS] as const;
export type RegistrationValues = Record<(typeof REGISTRATION_FIELDS)[number], string>;

export function registrationValuesOf(body: Record<string, unknown>, today: string): RegistrationValues {
  const values = {} as RegistrationValues;
  for (const name of REGISTRATION_FIELDS) values[name] = typeof body[name] === 'string' ? (body[name] as string) : '';
  values.receivedOn ||= today;
  return values;
}

export function emptyRegistration(agencyId: string, today: string): RegistrationValues {
  return { ...registrationValuesOf({}, today), agencyId, applicantType: 'naturalPerson', idType: 'residentId', medium: 'paper', way: 'pickup' };
}

/** The receipt facts of the form; an unknown choice or a missing note for 其他方式 is a field error. */
export function receiptFactsOf(values: RegistrationValues): ReceiptFacts {
  const kind = RECEIPT_KINDS[values.receiptKind as ReceiptKind];
  const issues: FieldIssue[] = [];
  if (!Object.hasOwn(RECEIPT_KINDS, values.receiptKind) || !kind) issues.push({ path: 'receiptKind', message: '请选择收到申请的方式' });
  if (values.receiptKind === 'other' && !values.receiptNote.trim()) issues.push({ path: 'receiptNote', message: '请说明收到申请的方式' });
  if (values.receiptNote.length > 200) issues.push({ path: 'receiptNote', message: '方式说明过长（最多200字）' });
  if (values.ref.length > 60) issues.push({ path: 'ref', message: '台账编号过长（最多60字）' });
  if (issues.length) throw new ValidationError('登记表有需要修改的地方', issues);
  return { ...kind.facts, on: values.receivedOn.trim(), ...(values.receiptKind === 'other' ? { note: values.receiptNote.trim() } : {}) };
}

/** Field errors by field name (first message per field) from a validation error's issues. */
export function fieldErrorsOf(issues: readonly FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) if (issue.path && !errors[issue.path]) errors[issue.path] = issue.message;
  return errors;
}
