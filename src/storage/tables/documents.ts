/**
 * Kysely table interfaces of migrations 0003_documents (and 0005), composed into `Database` in schema.ts.
 * The engine-specific search tables (dialect/searchSchema.ts) are reached only by raw SQL
 * in src/storage/dialect/ and are not listed here.
 */
export interface DocumentTable {
  id: string;
  agency_id: string;
  /** domain/documents/workflow.ts DocumentStatus */
  status: string;
  kind: string;
  /** 规章 | 行政规范性文件 (table 二 of the 年报): regulation | normativeDocument, null for other documents */
  legal_form: string | null;
  title: string;
  publisher: string;
  formed_on: string | null;
  document_number: string | null;
  subject_category: string | null;
  genre: string | null;
  keywords_json: string;
  summary: string | null;
  validity: string;
  repealed_on: string | null;
  disclosure_mode: string;
  source: string | null;
  body_html: string;
  items_json: string;
  publish_at: string | null;
  internal_note: string | null;
  review_comment: string | null;
  secrecy_json: string | null;
  index_number: string | null;
  revision: number;
  first_published_at: string | null;
  withdrawal_json: string | null;
  repeal_json: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  submitted_by: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
}

export interface DocumentRevisionTable {
  id: string;
  document_id: string;
  number: number;
  published_at: string;
  published_by: string;
  change_note: string | null;
  content_json: string;
  attachments_json: string;
}

/** The public record: only what the portal may show, for the current public revision. */
export interface PublishedDocumentTable {
  document_id: string;
  agency_id: string;
  index_number: string;
  kind: string;
  title: string;
  published_on: string;
  published_at: string;
  formed_on: string | null;
  year: number;
  validity: string;
  /** live | withdrawn */
  state: string;
  revision: number;
  content_json: string;
  attachments_json: string;
  plain_text: string;
  end_json: string | null;
  updated_at: string;
}

export interface PublishedDocumentItemTable {
  document_id: string;
  agency_id: string;
  level1: string;
  level2: string;
  published_on: string;
}

export interface DocumentLinkTable {
  policy_id: string;
  interpretation_id: string;
  created_at: string;
}

export interface AttachmentTable {
  id: string;
  document_id: string;
  sha256: string;
  display_name: string;
  media_type: string;
  size: number;
  text: string;
  position: number;
  created_by: string | null;
  created_at: string;
  removed_at: string | null;
}

export interface IndexNumberCounterTable {
  agency_id: string;
  period: string;
  last_serial: number;
}

export interface DocumentSettingsTable {
  agency_id: string;
  index_template: string;
  agency_number: number | null;
  credit_code: string | null;
}

export interface SensitiveWordTable {
  id: string;
  agency_id: string | null;
  word: string;
  severity: string;
  created_at: string;
}

/** The document tables (migrations 0003 and 0005), composed into Database in schema.ts. */
export interface DocumentTables {
  documents: DocumentTable;
  document_revisions: DocumentRevisionTable;
  published_documents: PublishedDocumentTable;
  published_document_items: PublishedDocumentItemTable;
  document_links: DocumentLinkTable;
  attachments: AttachmentTable;
  index_number_counters: IndexNumberCounterTable;
  document_settings: DocumentSettingsTable;
  sensitive_words: SensitiveWordTable;
}
