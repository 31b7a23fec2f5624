import { isLocalDate } from '../calendar/localDate.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';
import type { ApplicationEvent } from './application.ts';
import { computeAnswerClock, MAX_EXTENSION_WORKING_DAYS, orderEvents, type ClockOptions, DEFAULT_CLOCK_OPTIONS } from './answerClock.ts';
import { addWorkingDays } from '../calendar/arithmetic.ts';
import { FEE_PAYMENT_WORKING_DAYS, FEE_UNPAID_OUTCOME } from './feeNotice.ts';
import { EVENT_LABELS, EVENT_TYPES, isOutcomeKey } from './vocabulary.ts';

/** One reason a ledger cannot stand, in Chinese, naming the event (1-based, in ledger order). */
export interface LedgerIssue {
  event: number | null;
  message: string;
}

/**
 * What the law and the contract forbid in a ledger (条例第三十条、第三十三条、第三十五条;
 * applications-contract.md §3). The same rules guard staff actions and imports.
 */
export function ledgerIssues(
  calendar: WorkingCalendar,
  receivedOn: LocalDate,
  events: readonly ApplicationEvent[],
  options: ClockOptions = DEFAULT_CLOCK_OPTIONS,
): LedgerIssue[] {
  if (!isLocalDate(receivedOn)) return [{ event: null, message: `收到日期“${receivedOn}”不是有效日期（应为 YYYY-MM-DD）` }];
  const issues: LedgerIssue[] = [];
  const ordered = orderEvents(events);
  const state = { correctionRequests: 0, awaitingCorrection: false, openConsultations: 0, extension: 0, closedOn: null as LocalDate | null, feeNoticeOn: null as LocalDate | null };
  ordered.forEach((event, index) => {
    const n = index + 1;
    const label = (EVENT_TYPES as readonly string[]).includes(event.type) ? EVENT_LABELS[event.type] : null;
    const add = (message: string) => issues.push({ event: n, message: `第${n}项记录（${label ?? event.type}，${event.on}）：${message}` });
    if (!label) return add('记录类型不在约定的取值中');
    if (!isLocalDate(event.on)) return add('日期无效（应为 YYYY-MM-DD）');
    if (event.on < receivedOn) return add(`日期早于收到申请日期 ${receivedOn}`);
    if (state.closedOn) return add(`申请已于 ${state.closedOn} 办结，之后不能再有记录`);
    switch (event.type) {
      case 'correctionRequested':
        // 条例第三十条: everything to correct is told in one notice.
        if (++state.correctionRequests > 1) add('补正只能一次性告知（条例第三十条），不能再次要求补正');
        state.awaitingCorrection = true;
        break;
      case 'correctionReceived':
        if (!state.awaitingCorrection) add('此前没有发出补正告知');
        state.awaitingCorrection = false;
        break;
      case 'consultationStarted':
        state.openConsultations++;
        break;
      case 'consultationEnded':
        if (state.openConsultations === 0) add('没有正在进行的征求意见');
        else state.openConsultations--;
        break;
      case 'extended': {
        const days = event.workingDays;
        if (!Number.isInteger(days) || days! <= 0) add('延长的工作日数应为正整数');
        else if (state.extension + days! > MAX_EXTENSION_WORKING_DAYS) add(`延长期限累计不得超过${MAX_EXTENSION_WORKING_DAYS}个工作日（条例第三十三条），本次延长后为${state.extension + days!}个`);
        if (!event.approvedBy?.trim()) add('延长答复期限须记录批准人（条例第三十三条：经政府信息公开工作机构负责人同意）');
        const running = computeAnswerClock(calendar, receivedOn, ordered.slice(0, index), options).dueOn;
        if (running && event.on > running) add(`延长须在答复期限 ${running} 届满前决定`);
        if (running === null) add('等待补正期间没有进行中的答复期限，不能延长');
        state.extension += Number.isInteger(days) && days! > 0 ? days! : 0;
        break;
      }
      case 'delayed':
        if (!event.until || !isLocalDate(event.until) || event.until <= event.on) add('延迟答复须写明晚于决定之日的答复日期（条例第三十五条）');
        break;
      case 'feeNotified':
        // 国办函〔2020〕109号: one 收费通知 at a time, for a positive amount.
        if (state.feeNoticeOn) add('已有尚未缴纳的收费通知');
        if (event.amount !== undefined && (!Number.isInteger(event.amount) || event.amount <= 0)) add('收费金额应为正整数（元）');
        state.feeNoticeOn = event.on;
        break;
      case 'feePaid':
        if (!state.feeNoticeOn) add('此前没有发出收费通知');
        state.feeNoticeOn = null;
        break;
      case 'answered':
        if (!isOutcomeKey(event.outcome)) add(`办理结果“${event.outcome ?? ''}”不在约定的结果代码中`);
        state.closedOn = event.on;
        break;
      case 'withdrawn':
        state.closedOn = event.on;
        break;
      default:
        break;
    }
  });
  return issues;
}

/**
 * Staff closing an application: the outcome must fit the ledger (逾期不补正 needs an unanswered
 * 补正 notice; 逾期未缴费 an unpaid notice whose 20 working days to pay ran out). Not applied to
 * imported registers, which record outcomes decided outside Gongkai.
 */
export function closingIssues(calendar: WorkingCalendar, events: readonly ApplicationEvent[], closing: ApplicationEvent): string[] {
  const ordered = orderEvents(events);
  const requested = ordered.some((e) => e.type === 'correctionRequested');
  const awaiting = requested && !ordered.some((e) => e.type === 'correctionReceived');
  const lastNotice = ordered.filter((e) => e.type === 'feeNotified').at(-1);
  const unpaidNotice = lastNotice && !ordered.some((e) => e.type === 'feePaid' && e.on >= lastNotice.on) ? lastNotice.on : null;
  if (closing.outcome === 'other.noCorrection' && !awaiting) return ['没有待补正的补正告知，不能以“逾期不补正”办结（条例第三十条）'];
  if (closing.outcome === 'unavailable.unclearAfterCorrection' && !requested) return ['没有发出过补正告知，不能以“补正后申请内容仍不明确”办结'];
  if (closing.outcome === FEE_UNPAID_OUTCOME) {
    if (!unpaidNotice) return ['没有未缴费的收费通知，不能以“逾期未缴费”办结'];
    const payBy = addWorkingDays(calendar, unpaidNotice, FEE_PAYMENT_WORKING_DAYS);
    if (closing.on <= payBy) return [`缴费期限 ${payBy} 尚未届满，不能以“逾期未缴费”办结`];
  }
  return [];
}
