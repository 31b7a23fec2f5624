import { DEFAULT_CLOCK_OPTIONS, type ClockOptions } from '../../domain/applications/answerClock.ts';

/** The answer clock's settings (docs/adr/0009: whether a fee awaited stops the clock). */
export function clockOptions(): ClockOptions {
  return DEFAULT_CLOCK_OPTIONS;
}
