import { workingDaysBetween } from '../calendar/arithmetic.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { TimeLimitRule } from '../catalog/catalog.ts';
import { isVagueRule } from '../catalog/vagueTimeLimit.ts';
import type { LocalDate } from '../shared/clock.ts';

/**
 * Whether a document went out on time (条例第二十六条: proactive information within 20
 * working days of being formed or changed, unless the catalog item's 公开时限 — or another
 * law — sets a different period). The due date comes from the deadline store
 * (src/app/calendar), so a calendar edit moves it and this judgement with it.
 */
export const STATUTORY_PROACTIVE_RULE: TimeLimitRule = { trigger: 'formed_or_changed', amount: 20, unit: 'working_day', source: '条例第二十六条' };

/** Triggers a document's 成文日期 can start; the rest (依申请, 长期 …) set no publication deadline for it. */
const DOCUMENT_TRIGGERS = new Set<TimeLimitRule['trigger']>(['formed_or_changed', 'document_issued', 'decision_made', 'unstated', 'yearly_date', 'recurring']);

/**
 * The rule for a document filed under an item: the item's parsed 公开时限, else the statutory 20 working days —
 * also when the 公开时限 names no period (即时/实时/及时, 形成后及时公开): never a same-day deadline.
 */
export function publicationRule(itemRule: TimeLimitRule | null | undefined): TimeLimitRule | null {
  if (!itemRule || isVagueRule(itemRule)) return STATUTORY_PROACTIVE_RULE;
  return DOCUMENT_TRIGGERS.has(itemRule.trigger) ? itemRule : null;
}

export interface Timeliness {
  dueDate: LocalDate | null;
  /** Published after the due date. */
  late: boolean;
  /** Working days after the due date it was published (0 when on time). */
  workingDaysLate: number;
  /** Not published yet and the due date has passed. */
  overdue: boolean;
}

export function judgeTimeliness(calendar: WorkingCalendar, dueDate: LocalDate | null, publishedOn: LocalDate | null, today: LocalDate): Timeliness {
  if (!dueDate) return { dueDate, late: false, workingDaysLate: 0, overdue: false };
  if (publishedOn) {
    const late = publishedOn > dueDate;
    return { dueDate, late, workingDaysLate: late ? workingDaysBetween(calendar, dueDate, publishedOn) : 0, overdue: false };
  }
  return { dueDate, late: false, workingDaysLate: 0, overdue: today > dueDate };
}
