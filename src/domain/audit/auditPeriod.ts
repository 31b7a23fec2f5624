import { isLocalDate } from '../calendar/localDate.ts';
import type { Instant, LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';

/** The instant a China day begins (UTC+8, no daylight saving): 2026-03-02 → 2026-03-01T16:00:00.000Z. */
export function chinaDayStart(date: LocalDate): Instant {
  return new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();
}

function nextDay(date: LocalDate): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instants that bound the China days from–to (both inclusive; either may be absent): an event at
 * 17:00 UTC belongs to the next China day (docs/ARCHITECTURE.md, "Dates are China's dates").
 */
export function auditPeriod(from: LocalDate | undefined, to: LocalDate | undefined): { fromAt?: Instant; untilAt?: Instant } {
  const issues = [
    ...(from && !isLocalDate(from) ? [{ path: 'from', message: '请填写有效日期（YYYY-MM-DD）' }] : []),
    ...(to && !isLocalDate(to) ? [{ path: 'to', message: '请填写有效日期（YYYY-MM-DD）' }] : []),
  ];
  if (issues.length) throw new ValidationError('日期无效', issues);
  if (from && to && from > to) throw new ValidationError('开始日期不能晚于结束日期', [{ path: 'to', message: '结束日期应不早于开始日期' }]);
  return { ...(from ? { fromAt: chinaDayStart(from) } : {}), ...(to ? { untilAt: chinaDayStart(nextDay(to)) } : {}) };
}
