/** A calendar date without time zone, `YYYY-MM-DD`. Deadlines are counted in these. */
export type LocalDate = string;

/** An instant as an ISO-8601 string in UTC. */
export type Instant = string;

/**
 * The clock is a port: domain code never reads the system time. Use cases get
 * one in their context; tests pass a fixed one.
 */
export interface Clock {
  now(): Instant;
  /** Today's date in China Standard Time (UTC+8), where all statutory periods run. */
  today(): LocalDate;
}

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDateOf(instant: Instant): LocalDate {
  const shifted = new Date(Date.parse(instant) + 8 * 3600 * 1000);
  return shifted.toISOString().slice(0, 10);
}

/** An instant as China time to the minute, `2025-03-01 14:05` (the back office's and the CLI's 时间). */
export function chinaMinuteOf(instant: Instant): string {
  const shifted = new Date(Date.parse(instant) + 8 * 3600 * 1000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

export function fixedClock(instant: Instant): Clock {
  return { now: () => instant, today: () => chinaDateOf(instant) };
}
