/** Tables of migration 0007_applications (依申请公开), composed into `Database` in schema.ts. */

/** applications: one row per application; personal data only in applicant_name and applicant_json. */
export interface ApplicationTable {
  id: string;
  agency_id: string;
  /** 受理编号 shown to the applicant; not guessable (random part). */
  tracking_no: string;
  /** sha256 of the query code (查询码); the code itself is shown once. */
  query_code_hash: string;
  /** The register's own number (台账编号), e.g. from an import. */
  ref: string | null;
  /** online | staff | import */
  source: string;
  /** domain/applications/vocabulary.ts Channel */
  channel: string;
  applicant_type: string;
  applicant_name: string;
  applicant_json: string;
  request_text: string;
  delivery_form: string;
  /** { medium, way, oral } as chosen on the form or recorded by staff. */
  delivery_json: string | null;
  /** Instant an online form arrived (before staff confirm receipt). */
  submitted_at: string | null;
  /** 条例第三十一条: the date the application counts as received; null while unconfirmed. */
  received_on: string | null;
  received_basis: string | null;
  /** domain/applications/status.ts ApplicationStatus */
  status: string;
  due_on: string | null;
  provisional: number;
  correction_notice_due: string | null;
  closed_on: string | null;
  outcome: string | null;
  handler_id: string | null;
  dedupe_key: string | null;
  /** 条例第四十四条: the catalog item key suggested for 转主动公开, once marked. */
  proactive_suggestion: string | null;
  archived_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApplicationEventTable {
  id: string;
  application_id: string;
  seq: number;
  type: string;
  on_date: string;
  /** The event's other fields (contract §2), JSON. */
  data_json: string;
  recorded_by: string | null;
  recorded_at: string;
}

/** Online submissions per source (a hash of the address), for flood protection. */
export interface ApplicationSubmissionTable {
  id: string;
  source_key: string;
  at: string;
}

/** The 政府信息公开工作机构's contact details (条例第十二条), edited in the back office. */
export interface AgencyContactTable {
  agency_id: string;
  office_name: string | null;
  address: string | null;
  postcode: string | null;
  hours: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  supervision_phone: string | null;
  website: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ApplicationTables {
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  application_submissions: ApplicationSubmissionTable;
  agency_contacts: AgencyContactTable;
}
