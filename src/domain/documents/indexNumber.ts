import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';

/**
 * 索引号 (国办秘函〔2009〕6号《政府信息公开目录系统实施指引（试行）》; regulations.md §5):
 * "前段码/后段码", 前段码 the publishing unit's code, 后段码 year + "-" + 5-digit serial.
 * It is assigned once, at first publication, is unique, and never changes afterwards —
 * not when the document is edited, withdrawn or repealed, nor when the agency changes.
 *
 * A template names the parts: {code} (9-character organisation code), {credit}
 * (18-character 统一社会信用代码), {yyyy} or {yyyymm}, and {serial} (5 digits, per agency
 * and per period). Real sites use all three forms of §5.2.
 */
export const DEFAULT_INDEX_TEMPLATE = '{code}/{yyyy}-{serial}';
export const INDEX_TEMPLATES = {
  organisation: '{code}/{yyyy}-{serial}',
  creditCode: '{credit}/{yyyy}-{serial}',
  creditCodeMonthly: '{credit}/{yyyymm}-{serial}',
} as const;

export interface IndexNumberParts {
  /** 9-character organisation code (a hyphen before the check character is allowed). */
  code: string | null;
  /** 18-character unified social credit code. */
  credit: string | null;
  /** The publication date, China time. */
  publishedOn: LocalDate;
  serial: number;
}

const ORG_CODE = /^[0-9A-Z]{8}-?[0-9A-Z]$/;
const CREDIT_CODE = /^[0-9A-Z]{18}$/;
const TOKEN = /\{(code|credit|yyyy|yyyymm|serial)\}/g;

/** The template is usable: one unit code, one period, the serial, and only "/" or "-" between them. */
export function validateIndexTemplate(template: string): void {
  const tokens = [...template.matchAll(TOKEN)].map((m) => m[1]);
  const literal = template.replace(TOKEN, '');
  const count = (names: string[]) => tokens.filter((t) => names.includes(t!)).length;
  if (count(['code', 'credit']) !== 1 || count(['yyyy', 'yyyymm']) !== 1 || count(['serial']) !== 1 || /[^/-]/.test(literal)) {
    throw new ValidationError('索引号模板无效：须含 {code} 或 {credit}、{yyyy} 或 {yyyymm}、{serial} 各一次，只用 / 和 - 连接', [
      { path: 'indexTemplate', message: '例如 {code}/{yyyy}-{serial}' },
    ]);
  }
}

/** The counter period of a template for a date: '2026' for {yyyy}, '202605' for {yyyymm}. */
export function indexPeriod(template: string, publishedOn: LocalDate): string {
  return template.includes('{yyyymm}') ? publishedOn.slice(0, 4) + publishedOn.slice(5, 7) : publishedOn.slice(0, 4);
}

/** Fill a template; throws when the unit code it needs is missing or malformed. */
export function formatIndexNumber(template: string, parts: IndexNumberParts): string {
  validateIndexTemplate(template);
  if (template.includes('{code}') && !(parts.code && ORG_CODE.test(parts.code))) {
    throw new ValidationError(`单位代码「${parts.code ?? '未设置'}」不是9位机构代码，无法生成索引号`, [{ path: 'code', message: '请设置9位机构代码' }]);
  }
  if (template.includes('{credit}') && !(parts.credit && CREDIT_CODE.test(parts.credit))) {
    throw new ValidationError(`统一社会信用代码「${parts.credit ?? '未设置'}」无效，无法生成索引号`, [{ path: 'creditCode', message: '请设置18位统一社会信用代码' }]);
  }
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > 99_999) {
    throw new ValidationError(`索引号流水号 ${parts.serial} 超出 1–99999`);
  }
  const values: Record<string, string> = {
    code: parts.code ?? '',
    credit: parts.credit ?? '',
    yyyy: parts.publishedOn.slice(0, 4),
    yyyymm: parts.publishedOn.slice(0, 4) + parts.publishedOn.slice(5, 7),
    serial: String(parts.serial).padStart(5, '0'),
  };
  return template.replace(TOKEN, (_all, name: string) => values[name]!);
}

/** Whether a string has one of the 索引号 forms seen on real sites (regulations.md §5.2). */
export function isIndexNumber(value: string): boolean {
  return /^[0-9A-Z]{8}-?[0-9A-Z]\/\d{4}-\d{5}$/.test(value) || /^[0-9A-Z]{18}\/\d{4}(\d{2})?-\d{5}$/.test(value);
}

/**
 * The code used when an agency has none set: its region's 6-digit 行政区划代码 followed by a
 * 3-digit agency number within the region (640500 + 001 → 640500001), the form of the
 * Ningxia example 640000001/2024-00490. An administrator should replace it by the real code.
 */
export function derivedAgencyCode(regionCode: string | null, agencyNumber: number): string {
  if (!regionCode || !/^\d{6}$/.test(regionCode)) {
    throw new ValidationError('单位未设置机构代码，所属地区也没有6位行政区划代码，无法生成索引号；请先为单位设置代码', [
      { path: 'code', message: '请设置9位机构代码' },
    ]);
  }
  if (!Number.isInteger(agencyNumber) || agencyNumber < 1 || agencyNumber > 999) throw new ValidationError(`单位序号 ${agencyNumber} 超出 1–999`);
  return regionCode + String(agencyNumber).padStart(3, '0');
}
