import { ValidationError } from '../shared/errors.ts';

/**
 * 信息处理费 (条例第四十二条; 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号). Pure arithmetic
 * in whole 元: every rate is an integer number of 元 per unit, so every amount is an exact integer.
 */
export const FEE_MEASURES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

/** 办法第三条: 按件计收 or 按量计收, one of them per application, never both. */
export const FEE_METHODS = ['perApplication', 'perPage'] as const;
export type FeeMethod = (typeof FEE_METHODS)[number];
export const FEE_METHOD_LABELS: Record<FeeMethod, string> = { perApplication: '按件计收', perPage: '按量计收' };

/** One band of the 超额累进 table: units `from`…`to` (inclusive; `to` null = no upper end) at `yuanPerUnit`. */
export interface FeeBand {
  from: number;
  to: number | null;
  yuanPerUnit: number;
}

/** 办法第五条: pages of one application. */
export const PER_PAGE_BANDS: readonly FeeBand[] = [
  { from: 1, to: 30, yuanPerUnit: 0 },
  { from: 31, to: 100, yuanPerUnit: 10 },
  { from: 101, to: 200, yuanPerUnit: 20 },
  { from: 201, to: null, yuanPerUnit: 40 },
];

/**
 * 办法第四条: the band of the n-th application of one applicant in one calendar month. 1–10 free,
 * 11–30 at 100 元/件; from 31 on, bands of 10, each band 100 元/件 more than the one before
 * (31–40: 200, 41–50: 300, …; regulations.md §3 — the reading of "以10件为一档" is UNCONFIRMED).
 */
export function perApplicationBand(n: number): FeeBand {
  if (n <= 10) return { from: 1, to: 10, yuanPerUnit: 0 };
  if (n <= 30) return { from: 11, to: 30, yuanPerUnit: 100 };
  const step = Math.ceil((n - 30) / 10);
  return { from: 21 + step * 10, to: 30 + step * 10, yuanPerUnit: 100 + step * 100 };
}

function perPageBand(n: number): FeeBand {
  return PER_PAGE_BANDS.find((band) => band.to === null || n <= band.to)!;
}

/** One line of a fee's breakdown: `units` units (`from`…`to`) at `yuanPerUnit`. */
export interface FeeLine {
  from: number;
  to: number;
  units: number;
  yuanPerUnit: number;
  yuan: number;
}

export interface FeeAssessment {
  method: FeeMethod;
  /** Units charged: the applications' ordinals in the month (按件) or the pages (按量). */
  firstUnit: number;
  lastUnit: number;
  lines: FeeLine[];
  /** The fee in whole 元. */
  amountYuan: number;
}

/** Upper bounds far beyond any real case, so that no input can make the band walk long. */
export const MAX_APPLICATIONS_PER_MONTH = 100_000;
export const MAX_PAGES = 10_000_000;

/** A count the measures can price: a whole number from `min` to `max`, else a Chinese validation error. */
export function assertFeeCount(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(`${what}应为${min}至${max}之间的整数，收到「${String(value)}」`);
  }
  return value;
}

/** Charge units `first`…`last` band by band (超额累进, 办法第三条). Empty when last < first. */
function chargeRange(method: FeeMethod, first: number, last: number, bandOf: (n: number) => FeeBand): FeeAssessment {
  const lines: FeeLine[] = [];
  for (let n = first; n <= last; ) {
    const band = bandOf(n);
    const to = band.to === null ? last : Math.min(band.to, last);
    const units = to - n + 1;
    lines.push({ from: n, to, units, yuanPerUnit: band.yuanPerUnit, yuan: units * band.yuanPerUnit });
    n = to + 1;
  }
  return { method, firstUnit: first, lastUnit: last, lines, amountYuan: lines.reduce((sum, line) => sum + line.yuan, 0) };
}

/**
 * 按件计收 of one application (办法第四条): the applicant already filed `alreadyThisMonth` applications
 * (counted in 件) in the same calendar month; this one counts `units` 件 (more than one when split
 * under "一事一申请"). Its fee is the marginal fee of those units.
 */
export function perApplicationFee(alreadyThisMonth: number, units = 1): FeeAssessment {
  const before = assertFeeCount(alreadyThisMonth, '本月此前已申请件数', 0, MAX_APPLICATIONS_PER_MONTH - 1);
  const count = assertFeeCount(units, '本件申请计收件数', 1, MAX_APPLICATIONS_PER_MONTH - before);
  return chargeRange('perApplication', before + 1, before + count, perApplicationBand);
}

/** 按件计收 of all `count` applications of one applicant in one month: 45 → 5,500 元. */
export function perApplicationMonthTotal(count: number): FeeAssessment {
  const n = assertFeeCount(count, '本月申请件数', 0, MAX_APPLICATIONS_PER_MONTH);
  return chargeRange('perApplication', 1, n, perApplicationBand);
}

/** 按量计收 of one application of `pages` pages (办法第五条): 250 pages → 4,700 元. */
export function perPageFee(pages: number): FeeAssessment {
  const n = assertFeeCount(pages, '页数', 0, MAX_PAGES);
  return chargeRange('perPage', 1, n, perPageBand);
}

/** What staff choose for one application: exactly one method with its own quantity (办法第三条). */
export type FeeChoice =
  | { method: 'perApplication'; alreadyThisMonth: number; units?: number }
  | { method: 'perPage'; pages: number };

/**
 * The fee of one application by the method chosen. Input from a form or a file may carry both
 * quantities: that is refused, because 办法第三条 forbids charging one application under both standards.
 */
export function assessFee(choice: FeeChoice): FeeAssessment {
  const raw = choice as { method?: unknown; pages?: unknown; alreadyThisMonth?: unknown; units?: unknown };
  if (raw.pages !== undefined && (raw.alreadyThisMonth !== undefined || raw.units !== undefined)) {
    throw new ValidationError('每件申请只能选择按件计收或按量计收其中一种标准，不得同时按照两种标准重复计算（办法第三条）');
  }
  if (raw.method === 'perApplication') return perApplicationFee(raw.alreadyThisMonth as number, (raw.units ?? 1) as number);
  if (raw.method === 'perPage') return perPageFee(raw.pages as number);
  throw new ValidationError(`收费方式应为“按件计收”或“按量计收”，收到「${String(raw.method)}」`);
}

/** 元 with thousands separators, no locale data involved: 5500 → "5,500元". */
export function formatYuan(yuan: number): string {
  return `${String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}元`;
}
