import { isLocalDate } from '../calendar/localDate.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';
import type { ApplicationEvent } from './application.ts';
import { computeAnswerClock, MAX_EXTENSION_WORKING_DAYS, orderEvents, type ClockOptions, DEFAULT_CLOCK_OPTIONS } from './answerClock.ts';
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
  const state = { correctionRequests: 0, awaitingCorrection: false, openConsultations: 0, extension: 0, closedOn: null as LocalDate | null };
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
