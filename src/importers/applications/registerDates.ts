import { isLocalDate } from '../../domain/calendar/localDate.ts';

/** Excel's day 0 of the 1900 date system is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date as agencies type it in a 台账: 2025-09-26, 2025/9/26, 2025.9.26, 2025年9月26日,
 * an ISO date-time, or an Excel serial day number (45926). Null when it is none of them
 * or not a real day (2025-02-30).
 */
export function parseRegisterDate(text: string): string | null {
  const value = text.replace(/\s+/g, '');
  const serial = /^(\d{5})(\.0+)?$/.exec(value);
  if (serial) {
    const days = Number(serial[1]);
    if (days < 21916 || days > 73050) return null; // 1960 … 2099
    return new Date(EXCEL_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
  }
  const parts = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?(?:T.*|\d{1,2}:\d{2}.*)?$/.exec(value);
  if (!parts) return null;
  const date = `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : null;
}

/**
 * The values of a cell that lists several (two consultations, two extensions): split at ；; and
 * line breaks. Dates may also be listed with 、 or ，, which never occur inside a date; names may
 * hold them (甲公司、乙公司 is one party's text), so they are split only where dates are read.
 */
export function cellValues(text: string, separators: RegExp = /[;；\n]+/): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export const DATE_LIST_SEPARATORS = /[;；\n、，,]+/;
