/**
 * The online application form's values as the page shows them (every value typed is kept when the
 * form comes back with a message), the choices it offers with their Chinese labels, and the
 * mapping of the domain's field issues onto the form's fields (条例第二十九条).
 */
import { INPUT_LIMITS } from '../../domain/applications/applicationInput.ts';
import { APPLICANT_TYPE_LABELS, APPLICANT_TYPES, DELIVERY_WAY_LABELS, DELIVERY_WAYS, ID_TYPE_LABELS, ID_TYPES, MEDIA, MEDIUM_LABELS } from '../../domain/applications/vocabulary.ts';
import type { DomainError } from '../../domain/shared/errors.ts';

export const APPLICATION_FIELDS = ['applicantType', 'name', 'contactName', 'idType', 'idNumber', 'phone', 'address', 'email', 'request', 'medium', 'way'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];
export type ApplicationValues = Record<ApplicationField, string>;
export type ApplicationErrors = Partial<Record<ApplicationField | 'form', string>>;

export interface Choice {
  value: string;
  label: string;
}

const choices = (values: readonly string[], labels: Record<string, string>): Choice[] => values.map((value) => ({ value, label: labels[value]! }));

/** 自然人 first; the five kinds of 法人或其他组织 of the annual report's table 三 after it. */
export const PERSON_CHOICE: Choice = { value: 'naturalPerson', label: APPLICANT_TYPE_LABELS.naturalPerson };
export const ORGANISATION_CHOICES = choices(APPLICANT_TYPES.filter((t) => t !== 'naturalPerson'), { ...APPLICANT_TYPE_LABELS, other: '其他' });
export const ID_TYPE_CHOICES = choices(ID_TYPES, ID_TYPE_LABELS);
export const MEDIUM_CHOICES = choices(MEDIA, MEDIUM_LABELS);
export const WAY_CHOICES = choices(DELIVERY_WAYS, DELIVERY_WAY_LABELS);

/** Browser-side limits mirror the domain's, so a pasted novel is cut before it is sent. */
export const FIELD_LIMITS: Partial<Record<ApplicationField, number>> = {
  name: INPUT_LIMITS.name,
  contactName: INPUT_LIMITS.name,
  idNumber: INPUT_LIMITS.idNumber,
  phone: INPUT_LIMITS.phone,
  address: INPUT_LIMITS.address,
  email: INPUT_LIMITS.email,
  request: INPUT_LIMITS.request,
};

/** A new form: 自然人 with a 居民身份证, the most common case; the delivery choices are left to the applicant. */
export const NEW_APPLICATION: ApplicationValues = {
  applicantType: 'naturalPerson', name: '', contactName: '', idType: 'residentId', idNumber: '', phone: '',
  address: '', email: '', request: '', medium: '', way: '',
};

/** The posted values, as text, cut to a sane length so a huge post is not echoed back whole. */
export function applicationValuesOf(body: Record<string, unknown> | undefined): ApplicationValues {
  const values = { ...NEW_APPLICATION };
  for (const field of APPLICATION_FIELDS) {
    const raw = body?.[field];
    values[field] = typeof raw === 'string' ? raw.slice(0, (FIELD_LIMITS[field] ?? 40) * 2) : '';
  }
  return values;
}

/** Each issue next to its field (the first per field); anything else at the top of the form. */
export function applicationErrorsOf(error: DomainError): ApplicationErrors {
  const errors: ApplicationErrors = {};
  for (const issue of error.issues) {
    const field = (APPLICATION_FIELDS as readonly string[]).includes(issue.path) ? (issue.path as ApplicationField) : 'form';
    errors[field] ??= issue.message;
  }
  if (!error.issues.length) errors.form = error.message;
  return errors;
}

/** 受理编号 as typed: full-width digits and spaces folded; 14 digits without the hyphen are accepted too. */
export function normaliseTrackingNo(typed: string): string {
  const folded = typed.normalize('NFKC').replace(/\s/g, '');
  const digits = folded.replace(/[-－—]/g, '');
  return /^\d{14}$/.test(digits) ? `${digits.slice(0, 8)}-${digits.slice(8)}` : folded;
}
