import type { ClockOptions } from '../../domain/applications/answerClock.ts';
import { appConfig } from '../../config/config.ts';

/** The answer clock's settings: whether a fee awaited stops the clock (docs/adr/0009, GONGKAI_FEE_PAUSES_CLOCK). */
export function clockOptions(): ClockOptions {
  return { pauseWhileFeeAwaited: appConfig().applications.pauseClockWhileFeeAwaited };
}
