import { workingDaysBetween } from '../calendar/arithmetic.ts';
import { dayNumber, formatDayNumber, weekdayName } from '../calendar/localDate.ts';
import { COUNTING_BASIS } from '../calendar/rules.ts';
import { provisionalWarning } from '../calendar/warnings.ts';
import { isWorkingDay, type WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';
import type { ApplicationEvent } from './application.ts';
import { ANSWER_WORKING_DAYS, CORRECTION_NOTICE_WORKING_DAYS, mergePauses, orderEvents, type AnswerClock } from './answerClock.ts';
import { CONSULTATION_KIND_LABELS } from './vocabulary.ts';

/**
 * "为什么是这一天": the answer clock of one application in Chinese sentences, each
 * citing its article — the start, the restart after 补正, the paused days, the
 * extension, the days off skipped, and whether the calendar is provisional.
 */
export function explainAnswerClock(calendar: WorkingCalendar, clock: AnswerClock, events: readonly ApplicationEvent[]): string[] {
  const day = (d: LocalDate) => `${d}（${weekdayName(d)}）`;
  const lines = [`收到申请：${day(clock.receivedOn)}（${COUNTING_BASIS.startDayExcluded}）`];
  lines.push(`补正告知期限：${day(clock.correctionNoticeDue)}（条例第三十条：收到申请之日起${CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知）`);
  for (const e of orderEvents(events)) {
    if (e.type === 'correctionRequested') lines.push(`${e.on} 发出补正告知${e.periodWorkingDays ? `，补正期限${e.periodWorkingDays}个工作日` : ''}；补正期间不计算答复期限`);
    if (e.type === 'correctionReceived') lines.push(`${e.on} 收到补正后的申请：答复期限自该日重新计算（条例第三十条）`);
    if (e.type === 'extended') lines.push(`${e.on} 经${e.approvedBy ?? '负责人'}同意延长答复期限${e.workingDays}个工作日（条例第三十三条第二款）`);
    if (e.type === 'delayed') lines.push(`${e.on} 决定延迟答复至 ${e.until}（条例第三十五条）`);
  }
  if (clock.awaitingCorrection) {
    lines.push('正在等待申请人补正：收到补正材料前答复期限不计算');
    return lines;
  }
  lines.push(`基本期限：自 ${day(clock.clockStart)} 起${ANSWER_WORKING_DAYS}个工作日，即 ${clock.baseDue}（条例第三十三条第二款）`);
  for (const p of clock.pauses) {
    const what = p.kind === 'fee' ? '等待缴纳信息处理费（本系统设置为缴费期间不计入答复期限）' : `${CONSULTATION_KIND_LABELS[p.kind]}${p.party ? `：${p.party}` : ''}`;
    const days = p.to > p.from ? workingDaysBetween(calendar, p.from, p.to) : 0;
    lines.push(`${what}，${p.from} 至 ${p.to}${p.open ? '（尚未结束，按法定答复期限暂计）' : ''}，其间${days}个工作日不计入答复期限（条例第三十三条第三款）`);
  }
  if (clock.pauses.length > 1) lines.push(`征求意见等暂停期间重叠的只计一次，共${clock.pausedWorkingDays}个工作日不计入`);
  if (clock.dueOn) {
    lines.push(...skippedDays(calendar, clock));
    lines.push(`答复期限：${day(clock.dueOn)}${clock.provisional ? '【暂定】' : ''}`);
    if (clock.provisional) lines.push(`注意：${provisionalWarning(clock.unknownYears)}`);
  }
  return lines;
}

/** Days off inside (clockStart, dueOn] that were not counted, holidays by name. */
function skippedDays(calendar: WorkingCalendar, clock: AnswerClock): string[] {
  const paused = mergePauses(clock.pauses);
  const holidays = new Map<string, LocalDate[]>();
  let weekends = 0;
  const makeup: string[] = [];
  for (let n = dayNumber(clock.clockStart) + 1; n <= dayNumber(clock.dueOn!); n++) {
    const date = formatDayNumber(n);
    if (paused.some((p) => date > p.from && date <= p.to)) continue;
    const special = calendar.days.get(date);
    if (isWorkingDay(calendar, date)) {
      if (special?.kind === 'makeup_workday') makeup.push(`${date}（${weekdayName(date)}，${special.name}）`);
      continue;
    }
    const name = special?.kind === 'off' ? special.name : calendar.statutoryOnly.get(date)?.name;
    if (name) holidays.set(name, [...(holidays.get(name) ?? []), date]);
    else weekends++;
  }
  const lines: string[] = [];
  if (weekends) lines.push(`跳过周末 ${weekends} 天（${COUNTING_BASIS.workingDays}）`);
  for (const [name, dates] of holidays) lines.push(`跳过节假日：${name} ${dates[0]}${dates.length > 1 ? `至${dates.at(-1)}` : ''}（${dates.length}天）`);
  if (makeup.length) lines.push(`计入调休上班日：${makeup.join('、')}`);
  return lines;
}
