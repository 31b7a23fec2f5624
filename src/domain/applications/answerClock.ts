import { addWorkingDays, workingDaysBetween } from '../calendar/arithmetic.ts';
import { STATUTORY_RULES } from '../calendar/rules.ts';
import { unknownYearsIn, type WorkingCalendar } from '../calendar/workingCalendar.ts';
import type { LocalDate } from '../shared/clock.ts';
import type { ApplicationEvent } from './application.ts';
import { FEE_PAYMENT_WORKING_DAYS } from './feeNotice.ts';
import type { ConsultationKind, OutcomeKey } from './vocabulary.ts';

/** 条例第三十三条第二款: 20 working days to answer; at most 20 more with approval. */
export const ANSWER_WORKING_DAYS = STATUTORY_RULES.applicationAnswer.amount;
export const MAX_EXTENSION_WORKING_DAYS = STATUTORY_RULES.applicationExtension.amount;
/** 条例第三十条: the 补正 notice within 7 working days of receipt. */
export const CORRECTION_NOTICE_WORKING_DAYS = STATUTORY_RULES.correctionNotice.amount;
/** 条例第三十二条、第三十四条: the consulted party answers within 15 working days. */
export const CONSULTATION_WORKING_DAYS = STATUTORY_RULES.thirdPartyReply.amount;

export interface ClockPause {
  kind: ConsultationKind | 'fee';
  party: string | null;
  /** Day zero of the pause; working days in (from, to] are not counted. */
  from: LocalDate;
  to: LocalDate;
  /** True while the consultation (or the fee) is still awaited: `to` is the statutory end, assumed. */
  open: boolean;
}

export interface ClockOptions {
  /** docs/adr/0009: whether the days between a 收费通知 and payment stop the answer clock. */
  pauseWhileFeeAwaited: boolean;
}

export const DEFAULT_CLOCK_OPTIONS: ClockOptions = { pauseWhileFeeAwaited: true };

/** The answer clock of one application as it stands (applications-contract.md §3). */
export interface AnswerClock {
  receivedOn: LocalDate;
  /** 条例第三十条: the date the 补正告知 is due. */
  correctionNoticeDue: LocalDate;
  /** Whether that date touches a year whose holiday notice is not loaded. */
  correctionNoticeProvisional: boolean;
  /** Day zero of the running period: receipt, or the day the corrected application arrived. */
  clockStart: LocalDate;
  restartedByCorrection: boolean;
  /** True while a correction is awaited: then there is no running clock and `dueOn` is null. */
  awaitingCorrection: boolean;
  /** clockStart + 20 working days, before pauses and extensions. */
  baseDue: LocalDate | null;
  pauses: ClockPause[];
  /** Working days of the pauses that fell inside the running period (overlaps counted once). */
  pausedWorkingDays: number;
  extensionWorkingDays: number;
  /** 条例第三十五条: a delayed answer date replaces the computed one. */
  delayedUntil: LocalDate | null;
  dueOn: LocalDate | null;
  provisional: boolean;
  unknownYears: number[];
  closedOn: LocalDate | null;
  outcome: OutcomeKey | null;
  withdrawn: boolean;
}

/** Events in ledger order: by date, same-day events in the order they were recorded. */
export function orderEvents(events: readonly ApplicationEvent[]): ApplicationEvent[] {
  return events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i)).map(({ e }) => e);
}

/**
 * Compute the answer clock from the receipt date and the ledger. Pure and O(events):
 * the calendar index makes every working-day step constant time. Assumes a ledger
 * that `ledgerIssues` accepts; an unclosed consultation pauses until its statutory
 * 15 working days run out, a fee until its 20 working days to pay.
 */
export function computeAnswerClock(
  calendar: WorkingCalendar,
  receivedOn: LocalDate,
  events: readonly ApplicationEvent[],
  options: ClockOptions = DEFAULT_CLOCK_OPTIONS,
): AnswerClock {
  const ordered = orderEvents(events);
  let clockStart = receivedOn;
  let restartedByCorrection = false;
  let awaitingCorrection = false;
  let extensionWorkingDays = 0;
  let delayedUntil: LocalDate | null = null;
  let closedOn: LocalDate | null = null;
  let outcome: OutcomeKey | null = null;
  let withdrawn = false;
  const pauses: ClockPause[] = [];
  for (const event of ordered) {
    switch (event.type) {
      case 'correctionRequested':
        awaitingCorrection = true;
        break;
      case 'correctionReceived':
        // 条例第三十条: the period restarts on the day the corrected application is received.
        awaitingCorrection = false;
        clockStart = event.on;
        restartedByCorrection = true;
        break;
      case 'consultationStarted':
        pauses.push({ kind: event.kind ?? 'thirdParty', party: event.party ?? null, from: event.on, to: addWorkingDays(calendar, event.on, CONSULTATION_WORKING_DAYS), open: true });
        break;
      case 'consultationEnded': {
        const open = pauses.find((p) => p.open && p.kind !== 'fee' && (!event.party || p.party === event.party)) ?? pauses.find((p) => p.open && p.kind !== 'fee');
        if (open) Object.assign(open, { to: event.on, open: false });
        break;
      }
      case 'feeNotified':
        if (options.pauseWhileFeeAwaited) pauses.push({ kind: 'fee', party: null, from: event.on, to: addWorkingDays(calendar, event.on, FEE_PAYMENT_WORKING_DAYS), open: true });
        break;
      case 'feePaid': {
        const fee = pauses.find((p) => p.open && p.kind === 'fee');
        if (fee) Object.assign(fee, { to: event.on, open: false });
        break;
      }
      case 'extended':
        extensionWorkingDays += event.workingDays ?? 0;
        break;
      case 'delayed':
        delayedUntil = event.until ?? null;
        break;
      case 'answered':
        closedOn ??= event.on;
        outcome ??= event.outcome ?? null;
        break;
      case 'withdrawn':
        closedOn ??= event.on;
        // Withdrawn applications are counted under （六）3.其他 (contract §1).
        outcome ??= 'other.other';
        withdrawn = true;
        break;
    }
  }
  const correctionNoticeDue = addWorkingDays(calendar, receivedOn, CORRECTION_NOTICE_WORKING_DAYS);
  const correctionNoticeProvisional = unknownYearsIn(calendar, receivedOn, correctionNoticeDue).length > 0;
  const base = {
    receivedOn, correctionNoticeDue, correctionNoticeProvisional, clockStart, restartedByCorrection, awaitingCorrection, pauses,
    extensionWorkingDays, delayedUntil, closedOn, outcome, withdrawn,
  };
  if (awaitingCorrection) {
    return { ...base, baseDue: null, pausedWorkingDays: 0, dueOn: null, provisional: false, unknownYears: [] };
  }
  const baseDue = addWorkingDays(calendar, clockStart, ANSWER_WORKING_DAYS);
  const { due, paused } = dueAfterPauses(calendar, clockStart, ANSWER_WORKING_DAYS + extensionWorkingDays, pauses);
  const dueOn = delayedUntil && delayedUntil > due ? delayedUntil : due;
  const unknownYears = unknownYearsIn(calendar, receivedOn, dueOn);
  return { ...base, baseDue, pausedWorkingDays: paused, dueOn, provisional: unknownYears.length > 0, unknownYears };
}

/**
 * The day on which `target` working days after `start` have been counted, not counting
 * the working days inside any pause (from, to]. Overlapping pauses count once.
 */
export function dueAfterPauses(calendar: WorkingCalendar, start: LocalDate, target: number, pauses: readonly Pick<ClockPause, 'from' | 'to'>[]) {
  let due = addWorkingDays(calendar, start, target);
  let paused = 0;
  for (const pause of mergePauses(pauses)) {
    if (pause.from >= due) break;
    const from = pause.from > start ? pause.from : start;
    if (pause.to <= from) continue;
    const days = workingDaysBetween(calendar, from, pause.to);
    paused += days;
    due = addWorkingDays(calendar, due, days);
  }
  return { due, paused };
}

/** Union of (from, to] intervals, sorted by start. */
export function mergePauses(pauses: readonly Pick<ClockPause, 'from' | 'to'>[]): { from: LocalDate; to: LocalDate }[] {
  const sorted = [...pauses].filter((p) => p.to > p.from).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: LocalDate; to: LocalDate }[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    if (last && p.from <= last.to) {
      if (p.to > last.to) last.to = p.to;
    } else merged.push({ from: p.from, to: p.to });
  }
  return merged;
}

/** Contract §2 `overdue`: answered after `dueOn`, or still open past it on `today`. */
export function isOverdue(clock: Pick<AnswerClock, 'dueOn' | 'closedOn'>, today: LocalDate): boolean {
  if (clock.dueOn === null) return false;
  return clock.closedOn !== null ? clock.closedOn > clock.dueOn : today > clock.dueOn;
}
