import type { AnswerClock } from '../../../domain/applications/answerClock.ts';
import { MAX_EXTENSION_WORKING_DAYS } from '../../../domain/applications/answerClock.ts';
import type { ApplicationEvent } from '../../../domain/applications/application.ts';
import type { StoredApplication } from '../../../domain/applications/stored.ts';
import type { EventAction } from './eventForms.ts';

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
