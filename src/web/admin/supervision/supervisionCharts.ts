/**
 * The figures behind the region view's two charts, summed over the agencies shown (after the filters): documents
 * published per month, and the share of 依申请公开 answers given by their due date per month (条例第三十三条), plus the
 * catalog items with no finding at all. Pure.
 */
import { lastTwelveMonths, onTimeShare, type AgencySupervisionRow } from '../../../domain/supervision/agencySupervision.ts';
import type { LocalDate } from '../../../domain/shared/clock.ts';
import type { Bar } from '../../shared/charts/barChart.tsx';

export interface MonthTotal {
  month: string;
  documents: number;
  answered: number;
  answeredOnTime: number;
}

/** The twelve months ending with today's, oldest first, each summed over the rows (a month a row lacks counts 0). */
export function monthTotals(rows: readonly AgencySupervisionRow[], today: LocalDate): MonthTotal[] {
  const totals = new Map(lastTwelveMonths(today).map((month) => [month, { month, documents: 0, answered: 0, answeredOnTime: 0 }]));
  for (const row of rows) {
    for (const figures of row.months) {
      const total = totals.get(figures.month);
      if (!total) continue;
      total.documents += figures.documents;
      total.answered += figures.answered;
      total.answeredOnTime += figures.answeredOnTime;
    }
  }
  return [...totals.values()];
}

/** 2026-03 → 3 (under the bar: 12 labels fit a phone; the caption says the axis is months) and 2026年3月 (in the text table). */
export const shortMonth = (month: string) => String(Number(month.slice(5, 7)));
export const longMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

export const percent = (share: number) => `${Math.round(share * 100)}%`;

export function documentBars(totals: readonly MonthTotal[]): Bar[] {
  return totals.map((t) => ({ label: shortMonth(t.month), fullLabel: longMonth(t.month), value: t.documents, valueLabel: String(t.documents) }));
}

/** Per month: answers by the due date / answers; a month without answers has no bar. */
export function onTimeBars(totals: readonly MonthTotal[]): Bar[] {
  return totals.map((t) => {
    const share = onTimeShare(t);
    return {
      label: shortMonth(t.month),
      fullLabel: longMonth(t.month),
      value: share === null ? null : Math.round(share * 100),
      valueLabel: share === null ? '无答复' : `${percent(share)}（${t.answeredOnTime}/${t.answered}）`,
    };
  });
}

export interface ItemTotals {
  items: number;
  /** Items with no finding at all (not blank, late, stale or vague). */
  clean: number;
  blank: number;
  late: number;
}

export function itemTotals(rows: readonly AgencySupervisionRow[]): ItemTotals {
  return rows.reduce<ItemTotals>(
    (sum, row) => ({ items: sum.items + row.catalog.items, clean: sum.clean + row.items.ok, blank: sum.blank + row.items.blank, late: sum.late + row.items.late }),
    { items: 0, clean: 0, blank: 0, late: 0 },
  );
}
