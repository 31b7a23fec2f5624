import { addWorkingDays } from '../../calendar/arithmetic.ts';
import type { WorkingCalendar } from '../../calendar/workingCalendar.ts';
import { computeAnswerClock, type ClockOptions } from '../answerClock.ts';
import type { ApplicationEvent } from '../application.ts';
import { FEE_PAYMENT_WORKING_DAYS } from '../feeNotice.ts';
import type { StoredApplication } from '../stored.ts';
import type { LetterFacts } from './draftLetter.ts';
import { LETTER_KIND_INFO, type LetterKind } from './letterKinds.ts';

/** The latest ledger event a letter of `kind` goes with; consultations by their kind (第三十二条 or 第三十四条). */
function latestFor(kind: LetterKind, events: readonly ApplicationEvent[]): ApplicationEvent | undefined {
  const consulted = kind === 'coMakerConsultation' ? 'coMaker' : 'thirdParty';
  const matches = (event: ApplicationEvent) =>
    event.type === LETTER_KIND_INFO[kind].event && (event.type !== 'consultationStarted' || (event.kind ?? 'thirdParty') === consulted);
  return events.filter(matches).at(-1);
}

/** The facts every letter to the applicant states: who, which application, what was asked, by when. */
function commonFacts(application: StoredApplication): LetterFacts {
  return {
    applicantName: application.applicant.name,
    ref: application.trackingNo,
    receivedOn: application.receivedOn ?? undefined,
    request: application.request,
    dueDate: application.dueOn,
    outcome: application.outcome,
  };
}

/**
 * What the ledger already says for a letter of `kind`: the answer's outcome and note, the correction
 * items and period (条例第三十条), the extension (第三十三条: the due date before and after it), the 第三十五条 date,
 * the party consulted (第三十二条、第三十四条), the fee and its 20-working-day pay-by date. Anything the
 * staff type when drafting overrides these.
 */
export function ledgerFacts(
  kind: LetterKind,
  application: StoredApplication,
  events: readonly ApplicationEvent[],
  calendar: WorkingCalendar,
  options: ClockOptions,
): LetterFacts {
  const facts = commonFacts(application);
  const event = latestFor(kind, events);
  if (!event) return facts;
  switch (kind) {
    case 'answer':
      return { ...facts, outcome: event.outcome ?? facts.outcome, reason: event.note };
    case 'correction': {
      // 条例第三十条: the notice lists what the ledger's 补正 record lists (one item a line).
      const items = (event.note ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      const due = event.periodWorkingDays ? { correctionDueDate: addWorkingDays(calendar, event.on, event.periodWorkingDays) } : {};
      return { ...facts, ...due, ...(items.length ? { correctionItems: items } : {}) };
    }
    case 'extension': {
      const before = application.receivedOn ? computeAnswerClock(calendar, application.receivedOn, events.filter((e) => e !== event), options) : null;
      return { ...facts, dueDate: before?.dueOn ?? facts.dueDate, extensionDays: event.workingDays, extendedDueDate: application.dueOn ?? undefined, extensionReason: event.note };
    }
    case 'delay':
      return { ...facts, delayedUntil: event.until };
    case 'thirdPartyConsultation':
    case 'coMakerConsultation':
      return { ...facts, party: event.party };
    case 'feeNotice':
      return { ...facts, amount: event.amount, feeDueDate: addWorkingDays(calendar, event.on, FEE_PAYMENT_WORKING_DAYS) };
  }
}
