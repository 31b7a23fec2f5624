/**
 * Section 六、其他需要报告的事项 states the 信息处理费 an agency charged in the year (国办公开办函〔2021〕30号;
 * 《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号). A fee counts in the year it was paid (the ledger's
 * `feePaid` event), for the amount of the 收费通知 it pays (the last `feeNotified` before it).
 */
import type { ApplicationEvent } from '../applications/application.ts';
import { FEE_MEASURES, formatYuan } from '../applications/fees.ts';

export interface ChargedFee {
  paidOn: string;
  /** In whole 元; null when the notice recorded no amount (an imported register, say). */
  amountYuan: number | null;
}

/** The fees one application's ledger shows paid in `year`. */
export function feesChargedIn(events: readonly Pick<ApplicationEvent, 'type' | 'on' | 'amount'>[], year: number): ChargedFee[] {
  const fees: ChargedFee[] = [];
  let noticeAmount: number | null = null;
  for (const event of events) {
    if (event.type === 'feeNotified') noticeAmount = event.amount ?? null;
    if (event.type !== 'feePaid') continue;
    if (event.on.startsWith(`${year}-`)) fees.push({ paidOn: event.on, amountYuan: noticeAmount });
    noticeAmount = null;
  }
  return fees;
}

/** The sentence of section 六 about 信息处理费: none, or how many applications paid how much in all. */
export function feesSection(fees: readonly ChargedFee[]): string {
  if (fees.length === 0) return '本年度未收取信息处理费。';
  const known = fees.filter((fee) => fee.amountYuan !== null);
  const total = known.reduce((sum, fee) => sum + fee.amountYuan!, 0);
  const unknown = fees.length - known.length;
  const amount = known.length ? `，合计${formatYuan(total)}` : '';
  const missing = unknown ? `（其中${unknown}件未记录收费金额）` : '';
  return `本年度依据${FEE_MEASURES}收取信息处理费${fees.length}件次${amount}${missing}。`;
}
