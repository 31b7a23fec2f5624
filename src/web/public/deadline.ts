/**
 * The "若今日形成，应于…前公开" block of an item page (public and back office):
 * the domain's own sentence and warning (dueIfFormedToday), and the day-by-day
 * explanation (explainDeadline + formatExplanation). Nothing is guessed: an item
 * whose 公开时限 was not understood says so.
 */
import { dueIfFormedToday, explainDeadline, formatExplanation, parseTimeLimit, type WorkingCalendar } from '../../domain/calendar/index.ts';
import type { TimeLimitRule } from '../../domain/catalog/catalog.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';

export interface PresentedDeadline {
  status: 'computed' | 'unparsed' | 'missing';
  /** Today's date the sentence is computed from. */
  today: LocalDate;
  text: string;
  due: LocalDate | null;
  provisional: boolean;
  /** The provisional-calendar warning ("2027年的调休安排尚未公布…"), shown prominently; or null. */
  warning: string | null;
  /** Why the date falls there: skipped holidays, counted 调休上班 days, the legal basis. */
  explanation: string[];
}

export function presentDeadline(
  calendar: WorkingCalendar,
  item: { timeLimit: string | null; timeLimitRule?: TimeLimitRule | null },
  today: LocalDate,
): PresentedDeadline {
  const base = { today, due: null, provisional: false, warning: null, explanation: [] };
  const text = item.timeLimit?.trim() ?? '';
  if (!text) return { ...base, status: 'missing', text: '该事项未填写公开时限，无法计算公开期限。' };
  const rule = item.timeLimitRule ?? null;
  if (!rule) {
    const parsed = parseTimeLimit(text);
    const reason = parsed.ok ? '' : `（${parsed.reason}）`;
    return { ...base, status: 'unparsed', text: `公开时限“${text}”未能识别为可计算的期限${reason}，系统不作推算，请按目录原文执行。` };
  }
  const notice = dueIfFormedToday(calendar, rule, today);
  const explanation = notice.due === null ? [] : formatExplanation(explainDeadline(calendar, rule, today));
  return { status: 'computed', today, text: notice.text, due: notice.due, provisional: notice.provisional, warning: notice.warning, explanation };
}
