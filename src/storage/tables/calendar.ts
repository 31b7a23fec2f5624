/** The statutory clock's tables (migration 0002_calendar). */

/** calendar_days (migration 0002_calendar): the days that depart from Monday–Friday. */
export interface CalendarDayTable {
  date: string;
  /** off | makeup_workday */
  kind: string;
  name: string;
  source: string;
  notice_year: number;
  updated_at: string;
  updated_by: string | null;
}

/** deadlines (migration 0002_calendar): every stored statutory deadline, whatever it belongs to. */
export interface DeadlineTable {
  id: string;
  /** What the deadline belongs to: document | application | … */
  subject_type: string;
  subject_id: string;
  label: string;
  agency_id: string | null;
  rule_json: string;
  start_date: string;
  due_date: string | null;
  provisional: number;
  computed_at: string;
  created_at: string;
  /** Set when the subject closed (migration 0007): the deadline is kept as judged, no longer recomputed. */
  settled_at: string | null;
}

export interface CalendarTables {
  calendar_days: CalendarDayTable;
  deadlines: DeadlineTable;
}
