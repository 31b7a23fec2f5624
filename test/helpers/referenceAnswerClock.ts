/**
 * An INDEPENDENT reading of applications-contract.md §3 (条例第三十条、第三十二条至第三十五条),
 * written from the contract text alone: it imports nothing from src/domain/applications or
 * src/domain/calendar and walks the calendar one day at a time over the reference working days.
 *
 * - dueOn = clock start + 20 working days; the clock starts on receipt (day zero, not counted);
 * - 补正: while a correction is awaited there is no clock (null); the corrected application's
 *   arrival C restarts it: C + 20 working days;
 * - consultations: working days in (started, ended] are not counted, overlaps once (a day is
 *   either paused or not); one still open is taken to last the 15 working days 第三十二条 gives
 *   the third party (an interpretation: the contract names no end for an open one);
 * - extensions add their working days;
 * - events after the application closed (answered, withdrawn) change nothing.
 */
import { nextDay, referencePlusWorkingDays, referenceWorkingDay } from './referenceWorkingDays.ts';

/** The contract's event, as far as §3 reads it. */
export interface ReferenceEvent {
  type: string;
  on: string;
  party?: string;
  workingDays?: number;
  outcome?: string;
}

interface Consultation {
  party: string | undefined;
  from: string;
  to: string | null;
}

const ANSWER_DAYS = 20;
const THIRD_PARTY_DAYS = 15;

/** Events by date; events of one day keep their recorded order. */
function inLedgerOrder(events: readonly ReferenceEvent[]): ReferenceEvent[] {
  return events.map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.on.localeCompare(b.event.on) || a.index - b.index)
    .map(({ event }) => event);
}

/** The answer due date (contract §3) or null while a correction is awaited. */
export function referenceDueOn(receivedOn: string, events: readonly ReferenceEvent[]): string | null {
  let start = receivedOn;
  let awaitingCorrection = false;
  let extension = 0;
  let closed = false;
  const consultations: Consultation[] = [];
  for (const event of inLedgerOrder(events)) {
    if (closed) break;
    if (event.type === 'correctionRequested') awaitingCorrection = true;
    if (event.type === 'correctionReceived') {
      awaitingCorrection = false;
      start = event.on;
    }
    if (event.type === 'consultationStarted') consultations.push({ party: event.party, from: event.on, to: null });
    if (event.type === 'consultationEnded') {
      const open = consultations.filter((c) => c.to === null);
      const ending = open.find((c) => event.party !== undefined && c.party === event.party) ?? open[0];
      if (ending) ending.to = event.on;
    }
    if (event.type === 'extended') extension += event.workingDays ?? 0;
    if (event.type === 'answered' || event.type === 'withdrawn') closed = true;
  }
  if (awaitingCorrection) return null;
  const spans = consultations.map((c) => ({ from: c.from, to: c.to ?? referencePlusWorkingDays(c.from, THIRD_PARTY_DAYS) }));
  const paused = (day: string) => spans.some((s) => day > s.from && day <= s.to);
  let day = start;
  let counted = 0;
  while (counted < ANSWER_DAYS + extension) {
    day = nextDay(day);
    if (referenceWorkingDay(day) && !paused(day)) counted++;
  }
  return day;
}

/** When and how the application closed: the first answer or withdrawal (withdrawn → other.other, contract §1). */
export function referenceClosure(events: readonly ReferenceEvent[]): { closedOn: string | null; outcome: string | null } {
  const closing = inLedgerOrder(events).find((e) => e.type === 'answered' || e.type === 'withdrawn');
  if (!closing) return { closedOn: null, outcome: null };
  return { closedOn: closing.on, outcome: closing.type === 'withdrawn' ? 'other.other' : (closing.outcome ?? null) };
}
