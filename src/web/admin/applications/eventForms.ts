import type { ApplicationEvent } from '../../../domain/applications/application.ts';
import { assessFee, type FeeAssessment } from '../../../domain/applications/fees.ts';
import { CONSULTATION_KINDS, type ConsultationKind, type OutcomeKey } from '../../../domain/applications/vocabulary.ts';
import { ValidationError } from '../../../domain/shared/errors.ts';
import { type AnswerClock, MAX_EXTENSION_WORKING_DAYS } from '../../../domain/applications/answerClock.ts';
import type { StoredApplication } from '../../../domain/applications/stored.ts';

/** The ledger actions of the case page; each posts to /admin/applications/:id/events/:action. */
export const EVENT_ACTIONS = ['correctionRequested', 'correctionReceived', 'consultationStarted', 'consultationEnded', 'extended', 'delayed', 'feePaid', 'answered', 'withdrawn'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];
export const isEventAction = (value: string): value is EventAction => (EVENT_ACTIONS as readonly string[]).includes(value);

export type FormBody = Record<string, unknown> | undefined;
export const formText = (body: FormBody, name: string, max = 1000): string => (typeof body?.[name] === 'string' ? (body[name] as string).trim().slice(0, max) : '');

/** A whole number typed into a form, or a Chinese field error naming what was expected. */
export function wholeNumber(body: FormBody, name: string, what: string, min: number, max: number): number {
  const text = formText(body, name, 20);
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new ValidationError(`${what}应为${min}至${max}之间的整数`, [{ path: name, message: `${what}应为${min}至${max}之间的整数` }]);
  return n;
}

function required(body: FormBody, name: string, message: string, max = 200): string {
  const text = formText(body, name, max + 1);
  if (!text) throw new ValidationError(message, [{ path: name, message }]);
  if (text.length > max) throw new ValidationError(`内容过长（最多${max}字）`, [{ path: name, message: `内容过长（最多${max}字）` }]);
  return text;
}

/**
 * The ledger event a case-page form describes (dates and parties as typed; the ledger rules of
 * the domain decide whether it may stand). Bad numbers are refused here with a Chinese message.
 */
export function eventFromForm(action: EventAction, body: FormBody): ApplicationEvent {
  const on = formText(body, 'on', 20);
  const note = formText(body, 'note', 2000) || undefined;
  switch (action) {
    case 'correctionRequested':
      return { type: action, on, periodWorkingDays: wholeNumber(body, 'periodWorkingDays', '补正期限（工作日）', 1, 60), note: required(body, 'note', '请写明需要补正的全部事项（条例第三十条：一次性告知）', 2000) };
    case 'consultationStarted': {
      const kind = formText(body, 'kind') as ConsultationKind;
      if (!CONSULTATION_KINDS.includes(kind)) throw new ValidationError('请选择征求意见的对象', [{ path: 'kind', message: '请选择征求意见的对象' }]);
      return { type: action, on, kind, party: required(body, 'party', '请填写征求意见的第三方或共同制作机关名称'), note };
    }
    case 'consultationEnded':
      return { type: action, on, ...(formText(body, 'party') ? { party: formText(body, 'party', 200) } : {}), note };
    case 'extended':
      return { type: action, on, workingDays: wholeNumber(body, 'workingDays', '延长的工作日数', 1, 60), approvedBy: formText(body, 'approvedBy', 100), note };
    case 'delayed':
      return { type: action, on, until: formText(body, 'until', 20), note };
    case 'answered':
      return { type: action, on, outcome: formText(body, 'outcome', 60) as OutcomeKey, note };
    default:
      return { type: action, on, note };
  }
}

/** What the 收费通知 form asks: the method and its quantity (办法第三条: one method per application). */
export function feeAssessmentOf(body: FormBody): FeeAssessment {
  const method = formText(body, 'method');
  if (method === 'perPage') return assessFee({ method, pages: wholeNumber(body, 'pages', '页数', 1, 10_000_000) });
  if (method === 'perApplication') return assessFee({ method, alreadyThisMonth: wholeNumber(body, 'alreadyThisMonth', '本月此前已申请件数', 0, 99_999) });
  throw new ValidationError('请选择按件计收或按量计收', [{ path: 'method', message: '请选择按件计收或按量计收' }]);
}

export type CaseAction = EventAction | 'confirm' | 'feeNotified';

export interface ActionState {
  actions: Set<CaseAction>;
  /** Working days still allowed for an extension (条例第三十三条: 20 in total). */
  extensionLeft: number;
  /** Parties of consultations still open, for 征求意见结束. */
  openParties: string[];
}

/**
 * The actions that make sense in the application's current state (the ledger rules still have the
 * last word): nothing before receipt but confirming it, nothing after it closed.
 */
export function availableActions(application: StoredApplication, clock: AnswerClock | null, events: readonly ApplicationEvent[]): ActionState {
  const actions = new Set<CaseAction>();
  const openParties = clock ? clock.pauses.filter((p) => p.open && p.kind !== 'fee').map((p) => p.party ?? '') : [];
  const extensionLeft = MAX_EXTENSION_WORKING_DAYS - (clock?.extensionWorkingDays ?? 0);
  if (application.status === 'unconfirmed' || !clock) {
    if (!application.receivedOn) actions.add('confirm');
    return { actions, extensionLeft, openParties };
  }
  if (clock.closedOn) return { actions, extensionLeft, openParties };
  const feeNotified = events.some((e) => e.type === 'feeNotified');
  const feePaid = events.some((e) => e.type === 'feePaid');
  if (clock.awaitingCorrection) actions.add('correctionReceived');
  else {
    if (!events.some((e) => e.type === 'correctionRequested')) actions.add('correctionRequested');
    actions.add('consultationStarted');
    if (openParties.length) actions.add('consultationEnded');
    if (extensionLeft > 0) actions.add('extended');
    actions.add('delayed');
    if (!feeNotified) actions.add('feeNotified');
    else if (!feePaid) actions.add('feePaid');
  }
  actions.add('answered');
  actions.add('withdrawn');
  return { actions, extensionLeft, openParties };
}
