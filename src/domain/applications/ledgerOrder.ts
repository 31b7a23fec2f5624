import type { ApplicationEvent } from './application.ts';
import { EVENT_TYPES } from './vocabulary.ts';

/**
 * One canonical order for a ledger that a flat register row (one row per application,
 * applications-contract.md §2) can reproduce: by date, then by event type in the order of
 * EVENT_TYPES (补正, 征求意见, 延期, 答复), then as recorded. Sorting never changes the clock:
 * computeAnswerClock orders by date, and same-day events of different types commute.
 */
export function canonicalLedger(events: readonly ApplicationEvent[]): ApplicationEvent[] {
  const rank = (event: ApplicationEvent) => (EVENT_TYPES as readonly string[]).indexOf(event.type);
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : rank(a.event) - rank(b.event) || a.index - b.index))
    .map(({ event }) => event);
}
