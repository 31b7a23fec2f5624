import type { TimeLimitRule } from '../catalog/catalog.ts';
import { isVagueRule } from '../catalog/vagueTimeLimit.ts';
import type { LocalDate } from '../shared/clock.ts';
import { dueDate } from './dueDate.ts';
import { describeRule, STATUTORY_RULES } from './rules.ts';
import { STATUTORY_HOLIDAY_LAW, statutoryHolidayNames } from './statutoryHolidays.ts';
import type { WorkingCalendar } from './workingCalendar.ts';

/**
 * Texts the pages, the CLI and the API show next to a deadline. Pure: the
 * caller passes today's date (ctx.clock.today()) and the loaded calendar.
 */

/**
 * Shown with every provisional deadline: the law's holidays (《全国年节及纪念日放假办法》第二条) are
 * already deducted; only the notice's 调休 arrangement (make-up workdays, bridging days, 补假) is unknown.
 */
export function provisionalWarning(unknownYears: readonly number[]): string {
  const years = unknownYears.map((y) => `${y}年`).join('、');
  const names = statutoryHolidayNames(unknownYears).join('、');
  const deducted = names ? `已按${STATUTORY_HOLIDAY_LAW}扣除法定节假日（${names}），` : '';
  return `${years}的调休安排尚未公布：${deducted}调休上班日和调休放假日未计入，结果为暂定；导入国务院办公厅通知后将自动重算`;
}

/**
 * The same fact where no year is at hand (a legend, the applicant's status page and notice):
 * the law's holidays are deducted, only the 调休 arrangement of the deadline's year is awaited.
 */
export const PROVISIONAL_NOTE = `已按${STATUTORY_HOLIDAY_LAW}扣除法定节假日，所在年份的调休安排尚未公布，公布后可能调整`;

export interface FormedTodayNotice {
  /** The sentence to show on the item page. */
  text: string;
  due: LocalDate | null;
  provisional: boolean;
  /** The provisional warning, or null. */
  warning: string | null;
}

/**
 * "若今日形成，应于…前公开" for a catalog item: what the item's rule means for
 * information formed today. A null rule (unparsed 公开时限) says so instead of guessing.
 */
export function dueIfFormedToday(calendar: WorkingCalendar, rule: TimeLimitRule | null | undefined, today: LocalDate): FormedTodayNotice {
  if (!rule) return { text: '公开时限未能识别，请按目录原文执行', due: null, provisional: false, warning: null };
  if (rule.trigger === 'standing') return { text: '长期公开，无固定截止日期', due: null, provisional: false, warning: null };
  // 即时/实时/及时 or an event without a period: 条例第二十六条's 20 working days, never a same-day deadline.
  const vague = isVagueRule(rule);
  const result = dueDate(calendar, vague ? STATUTORY_RULES.proactiveDisclosure : rule, today);
  const warning = result.provisional ? provisionalWarning(result.unknownYears) : null;
  const suffix = result.provisional ? '（暂定）' : '';
  let text: string;
  if (vague) text = `公开时限未写明具体期限，按${STATUTORY_RULES.proactiveDisclosure.source}：若今日形成，应于 ${result.due} 前公开${suffix}`;
  else if (rule.trigger === 'yearly_date') text = `应于 ${result.due} 前公开（${describeRule(rule)}）`;
  else if (rule.trigger === 'recurring') text = `本期应于 ${result.due} 前公开${suffix}（${describeRule(rule)}）`;
  else text = `若今日形成，应于 ${result.due} 前公开${suffix}（${describeRule(rule)}）`;
  return { text, due: result.due, provisional: result.provisional, warning };
}
