import { addCalendarDays, addWorkingDays } from '../calendar/arithmetic.ts';
import { isLocalDate } from '../calendar/localDate.ts';
import { unknownYearsIn, type WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import { FEE_MEASURES, FEE_METHOD_LABELS, formatYuan, type FeeAssessment, type FeeLine, type FeeMethod } from './fees.ts';
import { OUTCOMES, type OutcomeKey } from './vocabulary.ts';

/**
 * The content of a 收费通知 (收费通知书). What it must state — basis, standard, amount and how to pay —
 * and the 20 working days to pay from the day after receipt, unpaid = application abandoned, are
 * CONFIRMED in 四川省财政厅、发展改革委《关于政府信息公开信息处理费有关事项的通知》(2021-01-18, regulations.md §3);
 * the national wording is UNCONFIRMED. Pure: the letter generator renders this model.
 */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** 年报表三（六）2: the application ends unprocessed when the fee is not paid in time. */
export const FEE_UNPAID_OUTCOME: OutcomeKey = 'other.feeUnpaid';

/** The standard as the notice prints it, one line per band (办法第四条、第五条). */
export const FEE_STANDARD_TEXT: Record<FeeMethod, readonly string[]> = {
  perApplication: [
    '同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；',
    '累计申请11—30件（含30件）的部分：100元/件；',
    '累计申请31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件（31—40件200元/件，41—50件300元/件，依此类推）。',
  ],
  perPage: [
    '30页以下（含30页）的，不收费；',
    '31—100页（含100页）的部分：10元/页；',
    '101—200页（含200页）的部分：20元/页；',
    '201页以上的部分：40元/页。',
  ],
};

const BASIS: Record<FeeMethod, string> = {
  perApplication: `《中华人民共和国政府信息公开条例》第四十二条、${FEE_MEASURES}第三条、第四条`,
  perPage: `《中华人民共和国政府信息公开条例》第四十二条、${FEE_MEASURES}第三条、第五条`,
};

export interface FeeNoticeInput {
  assessment: FeeAssessment;
  /** The date of the notice (the `feeNotified` ledger event). */
  noticeOn: LocalDate;
  /** The day the applicant receives it; default the notice date (online or handed over). */
  deliveredOn?: LocalDate;
  /** 缴纳方式: the agency's payment route (非税收入缴款码, bank account, window …). */
  paymentWay: string;
}

export interface FeeNotice {
  method: FeeMethod;
  methodLabel: string;
  basis: string;
  standard: readonly string[];
  amountYuan: number;
  amountText: string;
  /** The arithmetic, one line per band touched: "第31—100页：70页×10元/页=700元". */
  breakdown: string[];
  paymentWay: string;
  noticeOn: LocalDate;
  deliveredOn: LocalDate;
  /** First day of the payment period (the day after receipt) and its last day (20 working days). */
  payFrom: LocalDate;
  payBy: LocalDate;
  /** The pay-by date touches a year whose holiday notice is not loaded. */
  provisional: boolean;
  unknownYears: number[];
  unpaidOutcome: OutcomeKey;
  /** What happens when the fee is not paid, as the notice says it. */
  consequence: string;
}

function breakdownLine(method: FeeMethod, line: FeeLine): string {
  const unit = method === 'perPage' ? '页' : '件';
  const range = line.from === line.to ? `第${line.from}${unit}` : `第${line.from}—${line.to}${unit}`;
  return `${range}：${line.units}${unit}×${line.yuanPerUnit}元/${unit}=${formatYuan(line.yuan)}`;
}

/** The arithmetic of a fee, one line per band that costs something: "第31—100页：70页×10元/页=700元". */
export function feeBreakdownLines(assessment: FeeAssessment): string[] {
  return assessment.lines.filter((line) => line.yuan > 0).map((line) => breakdownLine(assessment.method, line));
}

/** The 收费通知's content; a zero fee or missing payment route is refused (nothing to notify, or a notice that cannot be obeyed). */
export function buildFeeNotice(calendar: WorkingCalendar, input: FeeNoticeInput): FeeNotice {
  const { assessment, noticeOn } = input;
  const deliveredOn = input.deliveredOn ?? noticeOn;
  if (!isLocalDate(noticeOn)) throw new ValidationError(`收费通知日期「${noticeOn}」无效（应为 YYYY-MM-DD）`);
  if (!isLocalDate(deliveredOn) || deliveredOn < noticeOn) throw new ValidationError(`申请人收到收费通知的日期「${deliveredOn}」无效：应为不早于通知日期的 YYYY-MM-DD`);
  if (assessment.amountYuan <= 0) throw new ValidationError('本件申请应收信息处理费为0元，无需发出收费通知');
  const paymentWay = input.paymentWay.trim();
  if (!paymentWay) throw new ValidationError('请填写缴纳方式（如非税收入缴款码、收款账户或缴费窗口）');
  const payBy = addWorkingDays(calendar, deliveredOn, FEE_PAYMENT_WORKING_DAYS);
  const unknownYears = unknownYearsIn(calendar, deliveredOn, payBy);
  const amountText = formatYuan(assessment.amountYuan);
  return {
    method: assessment.method,
    methodLabel: FEE_METHOD_LABELS[assessment.method],
    basis: BASIS[assessment.method],
    standard: FEE_STANDARD_TEXT[assessment.method],
    amountYuan: assessment.amountYuan,
    amountText,
    breakdown: feeBreakdownLines(assessment),
    paymentWay,
    noticeOn,
    deliveredOn,
    payFrom: addCalendarDays(deliveredOn, 1),
    payBy,
    provisional: unknownYears.length > 0,
    unknownYears,
    unpaidOutcome: FEE_UNPAID_OUTCOME,
    consequence: `请于收到本通知次日起${FEE_PAYMENT_WORKING_DAYS}个工作日内（${payBy}前）缴纳信息处理费${amountText}；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请（${OUTCOMES[FEE_UNPAID_OUTCOME].label}）。`,
  };
}

/** True once the payment period has run out unpaid on `today`: the application may be closed as `other.feeUnpaid`. */
export function isFeeOverdue(notice: Pick<FeeNotice, 'payBy'>, paidOn: LocalDate | null, today: LocalDate): boolean {
  return paidOn === null ? today > notice.payBy : paidOn > notice.payBy;
}
