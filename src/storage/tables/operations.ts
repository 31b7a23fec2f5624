/** jobs (migration 0006_jobs): one row per scheduled job, shared by every server process. */
export interface JobTable {
  name: string;
  interval_ms: number;
  /** ISO instant (UTC) when the job is next due. */
  next_run_at: string;
  /** The process holding the lease, or null. */
  locked_by: string | null;
  locked_until: string | null;
  last_run_at: string | null;
  last_error: string | null;
  run_count: number;
}

/** reminders (migration 0006_jobs): a 公开时限 about to pass (`approaching`) or passed (`overdue`) without publication. */
export interface ReminderTable {
  id: string;
  deadline_id: string;
  kind: string;
  document_id: string;
  agency_id: string;
  title: string;
  due_date: string;
  created_at: string;
}

/** supervision_snapshots (migration 0013): one agency's line of the region view, as JSON (AgencySupervisionRow). */
export interface SupervisionSnapshotTable {
  agency_id: string;
  as_of: string;
  computed_at: string;
  readiness_score: number;
  vetoed: number;
  row_json: string;
}

export interface OperationsTables {
  jobs: JobTable;
  reminders: ReminderTable;
  supervision_snapshots: SupervisionSnapshotTable;
}
