/** import_previews (migration 0004_import_previews): parsed catalog files waiting for 保存为新草稿. */
export interface ImportPreviewTable {
  id: string;
  agency_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  file_name: string;
  format: string;
  catalog_json: string;
  findings_json: string;
}

export interface ImportPreviewTables {
  import_previews: ImportPreviewTable;
}
