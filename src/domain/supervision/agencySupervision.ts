/**
 * One agency's line of the region supervisor's view (issue 11, deliverable 4): what a supervisor compares side by
 * side — the catalog and its lint, the items' obligations, publication per month, 依申请公开 handling, the 年报 and
 * inspection readiness. Counts and dates only: never an applicant, never a request's text (条例第十五条, the
 * applicant's data stays with the agency's staff). Pure: the caller passes today's China date.
 */
import type { Timeliness } from '../annualReport/timeliness.ts';
import type { LocalDate } from '../shared/clock.ts';

/** One calendar month of the trend charts: documents published, answers given and answers given by their due date. */
export interface MonthFigures {
  /** YYYY-MM */
  month: string;
  documents: number;
  answered: number;
  answeredOnTime: number;
}

export interface AgencySupervisionRow {
  agencyId: string;
  agencyName: string;
  /** Region names from the top down to the agency's region. */
  regionNames: string[];
  /** The China date the figures are for, and the instant they were computed. */
  asOf: LocalDate;
  computedAt: string;
  catalog: {
    versionId: string | null;
    /** 第N版 of the published catalog; null when the agency has none published. */
    versionNumber: number | null;
    publishedOn: LocalDate | null;
    items: number;
    lintErrors: number;
    lintWarnings: number;
  };
  /** Items of the published catalog with at least one finding of each kind (agencyObligations). */
  items: { blank: number; late: number; stale: number; vague: number; ok: number };
  documents: { lastTwelveMonths: number; lastPublishedOn: LocalDate | null };
  /** The twelve calendar months ending with the month of `asOf`, oldest first. */
  months: MonthFigures[];
  /** 依申请公开 in the calendar year of `asOf` (to date). */
  applications: {
    year: number;
    /** Received (条例第三十一条 date) in the year. */
    received: number;
    /** Answered (closed) in the year, and of those by their due date. */
    answered: number;
    answeredOnTime: number;
    /** Open today, and of those past their due date. */
    open: number;
    overdue: number;
    /** Mean working days from receipt to answer of the year's answers; null when none. */
    meanAnswerWorkingDays: number | null;
  };
  /** The previous year's 年报 (条例第四十九条: by 1月31日). */
  annualReport: { year: number; status: string | null; publishedOn: LocalDate | null; timeliness: Timeliness; label: string };
  readiness: { score: number; vetoed: boolean; verdict: '合格' | '不合格'; vetoes: string[]; findings: number };
}

/** The twelve months (YYYY-MM) ending with the month of `today`, oldest first. */
export function lastTwelveMonths(today: LocalDate): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Share of answers given by their due date, 0–1; null when nothing was answered. */
export function onTimeShare(figures: { answered: number; answeredOnTime: number }): number | null {
  return figures.answered ? figures.answeredOnTime / figures.answered : null;
}

/** Mean of the numbers rounded to one decimal; null for none. */
export function meanRounded(values: readonly number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}
