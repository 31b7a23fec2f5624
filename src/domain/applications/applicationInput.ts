import type { FieldIssue } from '../shared/errors.ts';
import { ValidationError } from '../shared/errors.ts';
import type { ApplicantDetails } from './application.ts';
import { identityNumberProblem } from './identity.ts';
import { deliveryFormOf, DELIVERY_WAYS, ID_TYPES, isApplicantType, MEDIA, type ApplicantType, type DeliveryForm, type DeliveryWay, type IdType, type Medium } from './vocabulary.ts';

/** Field limits: generous for real requests, small enough that nobody stores a novel (or a flood) in one. */
export const INPUT_LIMITS = { name: 100, idNumber: 40, phone: 30, address: 200, email: 254, request: 3000, purpose: 1000 } as const;

/** What the online form and staff registration ask (条例第二十九条). */
export interface ApplicationInput {
  applicantType: ApplicantType;
  applicant: ApplicantDetails & { idType: IdType };
  request: string;
  medium: Medium;
  way: DeliveryWay;
  deliveryForm: DeliveryForm;
}

const text = (raw: Record<string, unknown>, key: string) => (typeof raw[key] === 'string' ? (raw[key] as string).replace(/\r\n/g, '\n').trim() : '');

/**
 * Check an application's fields (条例第二十九条第二款: who applies, with identity proof and
 * contact details; what is sought; in what form and how) and return them normalised, or throw
 * one ValidationError listing every problem next to its field, in Chinese.
 */
export function validateApplicationInput(raw: Record<string, unknown>): ApplicationInput {
  const issues: FieldIssue[] = [];
  const need = (path: string, value: string, label: string, max: number) => {
    if (!value) issues.push({ path, message: `请填写${label}` });
    else if (value.length > max) issues.push({ path, message: `${label}过长（最多${max}字，现有${value.length}字）` });
    return value.slice(0, max);
  };
  const applicantType = raw.applicantType;
  if (!isApplicantType(applicantType)) issues.push({ path: 'applicantType', message: '请选择申请人类型' });
  const organisation = isApplicantType(applicantType) && applicantType !== 'naturalPerson';
  const name = need('name', text(raw, 'name'), organisation ? '组织名称' : '姓名', INPUT_LIMITS.name);
  const idType = text(raw, 'idType') as IdType;
  if (!(ID_TYPES as readonly string[]).includes(idType)) issues.push({ path: 'idType', message: '请选择证件类型' });
  const idNumber = need('idNumber', text(raw, 'idNumber').replace(/\s/g, '').toUpperCase(), '证件号码', INPUT_LIMITS.idNumber);
  const idProblem = idNumber && (ID_TYPES as readonly string[]).includes(idType) ? identityNumberProblem(idType, idNumber) : null;
  if (idProblem) issues.push({ path: 'idNumber', message: idProblem });
  const phone = need('phone', text(raw, 'phone'), '联系电话', INPUT_LIMITS.phone);
  if (phone && !/^[0-9+\-() ]{5,30}$/.test(phone)) issues.push({ path: 'phone', message: '联系电话只能包含数字、空格和 + - ( )' });
  const address = text(raw, 'address');
  if (address.length > INPUT_LIMITS.address) issues.push({ path: 'address', message: `通信地址过长（最多${INPUT_LIMITS.address}字）` });
  const email = text(raw, 'email');
  if (email && (email.length > INPUT_LIMITS.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) issues.push({ path: 'email', message: '电子邮箱格式不正确' });
  const contactName = text(raw, 'contactName');
  if (organisation && !contactName) issues.push({ path: 'contactName', message: '请填写联系人姓名' });
  if (contactName.length > INPUT_LIMITS.name) issues.push({ path: 'contactName', message: '联系人姓名过长' });
  const request = need('request', text(raw, 'request'), '所需政府信息的名称、文号或者特征性描述', INPUT_LIMITS.request);
  if (request && request.length < 4) issues.push({ path: 'request', message: '请具体描述所需的政府信息（名称、文号或者便于查询的其他特征）' });
  const medium = text(raw, 'medium') as Medium;
  if (!(MEDIA as readonly string[]).includes(medium)) issues.push({ path: 'medium', message: '请选择信息的载体形式（纸质或电子）' });
  const way = text(raw, 'way') as DeliveryWay;
  if (!(DELIVERY_WAYS as readonly string[]).includes(way)) issues.push({ path: 'way', message: '请选择获取信息的方式' });
  if (way === 'email' && !email) issues.push({ path: 'email', message: '选择以电子邮件获取时，请填写电子邮箱' });
  if (way === 'post' && !address) issues.push({ path: 'address', message: '选择邮寄时，请填写通信地址' });
  if (issues.length) throw new ValidationError('申请表有需要修改的地方', issues);
  const applicant: ApplicationInput['applicant'] = { name, idType, idNumber, phone, ...(address ? { address } : {}), ...(email ? { email } : {}), ...(contactName ? { contactName } : {}) };
  return { applicantType: applicantType as ApplicantType, applicant, request, medium, way, deliveryForm: deliveryFormOf(medium, way) };
}
