/** Tables of migration 0008_letters (依申请公开 letters), composed into `Database` in schema.ts. */

/** An agency's own template for one key (domain/applications/letters TemplateKey); absent = the default. */
export interface LetterTemplateTable {
  agency_id: string;
  template_key: string;
  title: string;
  addressee: string;
  body: string;
  updated_at: string;
  updated_by: string | null;
}

/** The agency's letter prefix (中卫医保依公) and the bodies named in the remedy clause. */
export interface LetterSettingsTable {
  agency_id: string;
  prefix: string;
  reconsideration_body: string | null;
  court: string | null;
  updated_at: string;
  updated_by: string | null;
}

/** The last serial given per agency and year. */
export interface LetterSeriesTable {
  agency_id: string;
  year: number;
  last_serial: number;
}

/** One letter of an application; personal data only in addressee/body (the applicant's name). */
export interface ApplicationLetterTable {
  id: string;
  application_id: string;
  agency_id: string;
  /** domain/applications/letters LetterKind */
  kind: string;
  outcome: string | null;
  title: string;
  addressee: string;
  body: string;
  /** draft | submitted | reviewed | approved | sent | returned */
  status: string;
  /** 中卫医保依公〔2026〕3号, assigned at approval. */
  number: string | null;
  return_comment: string | null;
  preparer_id: string | null;
  prepared_at: string | null;
  reviewer_id: string | null;
  reviewed_at: string | null;
  approver_id: string | null;
  approved_at: string | null;
  /** The date printed on the letter (China time). */
  approved_on: string | null;
  sent_on: string | null;
  sent_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The information provided with a letter; the bytes are in the AttachmentStore under `sha256`. */
export interface ApplicationLetterAttachmentTable {
  id: string;
  letter_id: string;
  sha256: string;
  name: string;
  media_type: string;
  size: number;
  created_at: string;
  created_by: string | null;
}

export interface LetterTables {
  letter_templates: LetterTemplateTable;
  letter_settings: LetterSettingsTable;
  letter_series: LetterSeriesTable;
  application_letters: ApplicationLetterTable;
  application_letter_attachments: ApplicationLetterAttachmentTable;
}
