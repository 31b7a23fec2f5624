/**
 * R9 for the region view: whether an agency's report of a year was published by 1月31日 of the
 * next year (条例第四十九条), told from what is stored about it. Pure: today comes from the caller.
 */
import type { LocalDate } from '../shared/clock.ts';
import { publicationDeadline } from './deadline.ts';

export type Timeliness = 'notDue' | 'onTime' | 'late' | 'overdue' | 'undated';

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  notDue: '未到期',
  onTime: '已按时发布',
  late: '逾期发布',
  overdue: '逾期未发布',
  undated: '已发布（发布日期不详）',
};

export interface ReportPublication {
  timeliness: Timeliness;
  dueOn: LocalDate;
  /** Days left until the due date while not yet due and not published; null otherwise. */
  daysLeft: number | null;
}

/**
 * `publishedOn` is the stored publication date; `importedUndated` says a past report was imported
 * from its published file without the date being known: it is published, but its timeliness is not.
 */
export function reportPublication(year: number, today: LocalDate, publishedOn: LocalDate | null, importedUndated = false): ReportPublication {
  const deadline = publicationDeadline(year, today, publishedOn);
  if (publishedOn === null && importedUndated) return { timeliness: 'undated', dueOn: deadline.dueOn, daysLeft: null };
  const timeliness: Timeliness = deadline.state === 'reminder' ? 'notDue' : deadline.state;
  return { timeliness, dueOn: deadline.dueOn, daysLeft: timeliness === 'notDue' ? deadline.daysLeft : null };
}
