import type { RegisterQuery, RegisterRow } from '../../../app/applications/listApplications.ts';
import { STATUS_LABELS, type ApplicationStatus } from '../../../domain/applications/status.ts';
import { OUTCOMES } from '../../../domain/applications/vocabulary.ts';
import type { LocalDate } from '../../../domain/shared/clock.ts';
import type { ReceiptFacts } from '../../../domain/applications/receipt.ts';
import { type FieldIssue, ValidationError } from '../../../domain/shared/errors.ts';

/** The register's query string, as typed in the filter form (strings; '' = not set). */
export interface RegisterParams {
  agency: string;
  status: string;
  dueWithin: string;
  overdue: string;
  applicantType: string;
  outcome: string;
  q: string;
}

const PARAM_NAMES: readonly (keyof RegisterParams)[] = ['agency', 'status', 'dueWithin', 'overdue', 'applicantType', 'outcome', 'q'];

export function registerParamsOf(query: Record<string, unknown>): RegisterParams {
  const params = {} as RegisterParams;
  for (const name of PARAM_NAMES) params[name] = typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 100) : '';
  return params;
}

/** What listApplications understands; a due-within value that is not a whole number up to 60 is ignored. */
export function registerQueryOf(params: RegisterParams, page: number, pageSize: number): RegisterQuery {
  const due = /^\d{1,2}$/.test(params.dueWithin) ? Number(params.dueWithin) : undefined;
  return {
    status: params.status || undefined,
    dueWithin: due !== undefined && due <= 60 ? due : undefined,
    overdue: params.overdue === '1',
    applicantType: params.applicantType || undefined,
    outcome: params.outcome || undefined,
    q: params.q || undefined,
    page,
    pageSize,
  };
}

/** The register's URL for these filters (empty ones left out), for the pager and the dashboard links. */
export function registerHref(params: Partial<RegisterParams>, page = 1): string {
  const query = new URLSearchParams();
  for (const name of PARAM_NAMES) if (params[name]) query.set(name, params[name]!);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/applications?${text}` : '/admin/applications';
}

/** How urgent a due date looks: red when overdue, amber within 3 working days. */
export type DueTone = 'overdue' | 'soon' | null;

export interface RegisterLine {
  id: string;
  trackingNo: string;
  ref: string | null;
  receivedOn: string | null;
  applicantName: string;
  request: string;
  status: ApplicationStatus;
  statusLabel: string;
  dueOn: string | null;
  provisional: boolean;
  tone: DueTone;
  handlerName: string | null;
  outcomeLabel: string | null;
}

const OPEN = new Set<ApplicationStatus>(['processing', 'awaitingCorrection', 'consulting', 'awaitingPayment']);

/** A request cut to one readable line for the list (the case page has the whole text). */
export function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function dueToneOf(row: Pick<RegisterRow, 'overdue' | 'status' | 'dueOn'>, soonBy: LocalDate): DueTone {
  if (row.overdue) return 'overdue';
  if (OPEN.has(row.status) && row.dueOn && row.dueOn <= soonBy) return 'soon';
  return null;
}

export function presentRegisterRow(row: RegisterRow, soonBy: LocalDate, handlers: ReadonlyMap<string, string>): RegisterLine {
  return {
    id: row.id,
    trackingNo: row.trackingNo,
    ref: row.ref,
    receivedOn: row.receivedOn,
    applicantName: row.applicant.name,
    request: shorten(row.request),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    dueOn: row.dueOn,
    provisional: row.provisional,
    tone: dueToneOf(row, soonBy),
    handlerName: row.handlerId ? (handlers.get(row.handlerId) ?? null) : null,
    outcomeLabel: row.outcome ? OUTCOMES[row.outcome].label : null,
  };
}

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
