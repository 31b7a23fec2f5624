/**
 * Kysely table interfaces: the single source of truth for the database shape
 * (core tables here; the other groups in tables/, composed into Database below).
 * Portable column types only (see docs/adr/0002): text ids made by the app,
 * ISO text for instants and `YYYY-MM-DD` text for dates, integers for
 * booleans, JSON stored as text and parsed in the repositories.
 */
import type { AnnualReportTables } from './tables/annualReports.ts';
import type { ApplicationTables } from './tables/applications.ts';
import type { CalendarTables } from './tables/calendar.ts';
import type { DocumentTables } from './tables/documents.ts';
import type { ImportPreviewTables } from './tables/importPreviews.ts';
import type { LetterTables } from './tables/letters.ts';
import type { OperationsTables } from './tables/operations.ts';
import type { OutboxTables } from './tables/outbox.ts';

export interface RegionTable {
  id: string;
  parent_id: string | null;
  name: string;
  /** province | city | county */
  level: string;
  code: string | null;
  created_at: string;
}

export interface AgencyTable {
  id: string;
  region_id: string;
  name: string;
  /** Organisation code used in 索引号 (e.g. 640500001); null until set. */
  code: string | null;
  created_at: string;
}

export interface CatalogVersionTable {
  id: string;
  agency_id: string;
  number: number;
  /** draft | submitted | reviewed | returned | published | superseded (domain/catalog/workflow.ts) */
  status: string;
  title: string | null;
  responsible_unit: string | null;
  preparer: string | null;
  reviewer: string | null;
  approver: string | null;
  prepared_on: string | null;
  declared_json: string | null;
  preamble_json: string | null;
  notes_json: string | null;
  source: string | null;
  based_on_id: string | null;
  created_by: string | null;
  created_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  review_comment: string | null;
  /** The source table's columns as written (SourceColumn[] as JSON, migration 0015); null for the national form. */
  columns_json: string | null;
  /** The summary line exactly as written; null where the source has none. */
  declared_text: string | null;
  /** Lines above the table other than the title, as written (JSON string[]); null where none. */
  header_lines_json: string | null;
}

export interface CatalogItemTable {
  id: string;
  version_id: string;
  position: number;
  /** Permanent key carried from version to version (migration 0014, domain/catalog/itemKeys.ts). */
  item_key: string;
  seq: string | null;
  level1: string;
  level2: string | null;
  content: string | null;
  basis_json: string;
  time_limit: string | null;
  time_limit_rule_json: string | null;
  subject: string | null;
  channels_json: string;
  channel_notes_json: string | null;
  audience_json: string;
  mode_json: string;
  five_types_json: string | null;
  column_name: string | null;
  category: string | null;
  remarks: string | null;
  /** The 序号 as printed where it differs from `seq` (migration 0015). */
  seq_label: string | null;
  /** Channel labels as written, by standard channel (JSON object); null where all are the standard names. */
  channel_labels_json: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  agency_id: string | null;
  region_id: string | null;
  roles_json: string;
  disabled: number;
  created_at: string;
  /** For the weekly summary of the work queue (migration 0012); null = none. */
  email: string | null;
}

export interface SessionTable {
  id: string;
  data_json: string;
  expires_at: string;
}

export interface LoginFailureTable {
  id: string;
  username: string;
  ip: string;
  at: string;
}

export interface AuditEventTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  agency_id: string | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
}

export interface Database extends AnnualReportTables, ApplicationTables, CalendarTables, DocumentTables, ImportPreviewTables, LetterTables, OperationsTables, OutboxTables {
  regions: RegionTable;
  agencies: AgencyTable;
  catalog_versions: CatalogVersionTable;
  catalog_items: CatalogItemTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  audit_events: AuditEventTable;
}
