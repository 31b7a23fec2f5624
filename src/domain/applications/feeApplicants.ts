import { isLocalDate } from '../calendar/localDate.ts';
import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import type { ApplicantDetails } from './application.ts';
import { assertFeeCount, MAX_APPLICATIONS_PER_MONTH } from './fees.ts';

/**
 * Who is "the same applicant" and what is "one calendar month" for 按件计收 (办法第四条: 同一申请人
 * 一个自然月内累计申请). Pure: the caller passes the register's applications.
 */

/** Full-width forms folded (NFKC), every space removed, latin upper-cased: "１１０１０５…x" = "110105…X". */
function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Digits of a phone number without a +86/0086 country prefix: "+86 139-0000-0000" = "13900000000". */
export function normalisePhone(phone: string): string {
  const digits = fold(phone).replace(/\D/g, '');
  return digits.replace(/^(?:0086|86)(?=1\d{10}$)/, '');
}

/**
 * The key that recognises a repeat applicant: the document number (居民身份证号, 统一社会信用代码 …)
 * when given, else the name or organisation together with the phone. An applicant with neither cannot
 * be recognised, and a fee must not rest on a guess: that is a validation error.
 */
export function applicantKey(applicant: Pick<ApplicantDetails, 'name' | 'idNumber' | 'phone'>): string {
  const id = fold(applicant.idNumber ?? '');
  if (id) return `id:${id}`;
  const name = fold(applicant.name ?? '');
  const phone = normalisePhone(applicant.phone ?? '');
  if (name && phone) return `name:${name}|tel:${phone}`;
  throw new ValidationError('无法识别申请人：请填写证件号码，或同时填写姓名（名称）和联系电话，以便按件累计计收信息处理费');
}

/** The calendar month (`YYYY-MM`) of a China-time receipt date (条例第三十一条), the unit of 办法第四条. */
export function feeMonthOf(receivedOn: LocalDate): string {
  if (!isLocalDate(receivedOn)) throw new ValidationError(`收到申请日期「${receivedOn}」无效（应为 YYYY-MM-DD）`);
  return receivedOn.slice(0, 7);
}

/** What the month count needs of one application. */
export interface FeeCountedApplication {
  id: string;
  applicantKey: string;
  /** The date the application counts as received (条例第三十一条), China time. */
  receivedOn: LocalDate;
  /** 件 it counts for (办法第四条 "一事一申请" splitting); default 1. */
  units?: number;
}

/**
 * The applications of `target`'s applicant received in `target`'s calendar month, in the order they
 * were received (same-day ones in the order given), `target` included.
 */
export function applicationsInSameFeeMonth<T extends FeeCountedApplication>(all: readonly T[], target: T): T[] {
  const month = feeMonthOf(target.receivedOn);
  return all
    .map((application, index) => ({ application, index }))
    .filter(({ application }) => application.applicantKey === target.applicantKey && feeMonthOf(application.receivedOn) === month)
    .sort((a, b) => (a.application.receivedOn < b.application.receivedOn ? -1 : a.application.receivedOn > b.application.receivedOn ? 1 : a.index - b.index))
    .map(({ application }) => application);
}

/**
 * How many 件 the same applicant filed earlier in the same month: the `alreadyThisMonth` of
 * `perApplicationFee`. `target` must be one of `all` (matched by id).
 */
export function unitsFiledBefore<T extends FeeCountedApplication>(all: readonly T[], target: T): number {
  const month = applicationsInSameFeeMonth(all, target);
  const position = month.findIndex((application) => application.id === target.id);
  if (position < 0) throw new ValidationError('待计费的申请不在该申请人的申请记录中');
  return month.slice(0, position).reduce((sum, application) => sum + assertFeeCount(application.units ?? 1, '申请计收件数', 1, MAX_APPLICATIONS_PER_MONTH), 0);
}
