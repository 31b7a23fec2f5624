/** Tables of migration 0011_annual_reports (年报, issue 10), composed into `Database` in schema.ts. */

/** One report per agency and year; JSON columns hold contract §4 tables and the six sections' text. */
export interface AnnualReportTable {
  id: string;
  agency_id: string;
  year: number;
  /** '2021' | '2019' (国办公开办函〔2021〕30号 or the 2019 试行 format of imported history) */
  format: string;
  /** computed | imported */
  origin: string;
  /** domain/annualReport workflow status (draft … published; imported) */
  status: string;
  revision: number;
  tables_json: string;
  sections_json: string;
  findings_json: string | null;
  source_name: string | null;
  return_comment: string | null;
  preparer_id: string | null;
  prepared_at: string | null;
  reviewer_id: string | null;
  reviewed_at: string | null;
  approver_id: string | null;
  approved_at: string | null;
  published_document_id: string | null;
  published_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportVersionTable {
  report_id: string;
  number: number;
  tables_json: string;
  sections_json: string;
  note: string | null;
  created_by: string | null;
  created_at: string;
}

/** A table 二 figure Gongkai cannot count itself, with where it came from. */
export interface AnnualReportCountTable {
  agency_id: string;
  year: number;
  /** licensing | penalties | enforcement | fees */
  count_key: string;
  value: number;
  source: string;
  updated_by: string | null;
  updated_at: string;
}

/** A 行政复议 or 行政诉讼 case about disclosure (table 四). */
export interface ReviewCaseTable {
  id: string;
  agency_id: string;
  /** reconsideration | litigationDirect | litigationAfterReview */
  kind: string;
  case_number: string | null;
  filed_on: string;
  decided_on: string | null;
  /** upheld | corrected | other | pending */
  result: string;
  /** 复议机关 or 法院 */
  body: string | null;
  application_id: string | null;
  summary: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportTables {
  annual_reports: AnnualReportTable;
  annual_report_versions: AnnualReportVersionTable;
  annual_report_counts: AnnualReportCountTable;
  review_cases: ReviewCaseTable;
}
