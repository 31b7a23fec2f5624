import type { TimeLimitRule } from '../catalog/catalog.ts';
import { dueDate } from '../calendar/dueDate.ts';
import { STATUTORY_RULES } from '../calendar/rules.ts';
import type { WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';
import type { ApplicationEvent } from './application.ts';
import { computeAnswerClock, type ClockOptions } from './answerClock.ts';

/** deadlines.subject_type of an application's answer period (条例第三十三条) and of its 补正 notice (第三十条). */
export const ANSWER_DEADLINE = { subjectType: 'application', label: '依申请公开答复期限（条例第三十三条）' } as const;
export const CORRECTION_NOTICE_DEADLINE = { subjectType: 'application_correction', label: '补正告知期限（条例第三十条）' } as const;

/**
 * The answer period stored in `deadlines` carries its ledger, so that a calendar edit
 * recomputes it (pauses and extensions included) from the deadline row alone.
 */
export interface AnswerClockRule extends TimeLimitRule {
  ledger: { events: ApplicationEvent[]; options: ClockOptions };
}

export function answerClockRule(events: readonly ApplicationEvent[], options: ClockOptions): AnswerClockRule {
  const ledger = events.map(({ type, on, party, kind, workingDays, approvedBy, until, outcome }) => ({ type, on, party, kind, workingDays, approvedBy, until, outcome }));
  return { ...STATUTORY_RULES.applicationAnswer, ledger: { events: ledger, options } };
}

export function isAnswerClockRule(rule: TimeLimitRule): rule is AnswerClockRule {
  return typeof (rule as Partial<AnswerClockRule>).ledger === 'object' && (rule as Partial<AnswerClockRule>).ledger !== null;
}

/** A stored deadline's due date on `calendar`: the answer clock for applications, the plain rule otherwise. */
export function computeStoredDeadline(calendar: WorkingCalendar, rule: TimeLimitRule, start: LocalDate): { due: LocalDate | null; provisional: boolean; unknownYears: number[] } {
  if (isAnswerClockRule(rule)) {
    const clock = computeAnswerClock(calendar, start, rule.ledger.events, rule.ledger.options);
    return { due: clock.dueOn, provisional: clock.provisional, unknownYears: clock.unknownYears };
  }
  const result = dueDate(calendar, rule, start);
  return { due: result.due, provisional: result.provisional, unknownYears: result.unknownYears };
}
