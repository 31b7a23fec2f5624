import type { SourceColumn } from '../../domain/catalog/catalog.ts';

/**
 * The common form every importer reduces a file to before reading it as a
 * catalog: a grid of cells with merges, plus the text that stands outside the
 * table (title, 责任单位/填表人 line, summary line, preamble).
 *
 * Format readers (text, docx, xlsx, pdf) produce a SourceTable; one
 * interpreter (interpretTable.ts) turns any SourceTable into a catalog, so the
 * national form's vocabulary lives in one place.
 */
export interface GridCell {
  /** The cell's text, line breaks kept as '\n'. Check-box glyphs stay as written (■ □ ☑ ☐ þ 口 √ …). */
  text: string;
  /** Horizontal span (w:gridSpan, merged columns); 1 if none. */
  colSpan?: number;
  /** True when this cell continues a vertical merge from the row above (w:vMerge continue, xlsx merge). */
  mergedFromAbove?: boolean;
  /** Form check-boxes found in the cell, in order, each with its label when known. */
  checkboxes?: { checked: boolean; label?: string }[];
}

export type GridRow = GridCell[];

export interface SourceTable {
  /** Paragraphs before the table (title, 责任单位 line, summary line, preamble), in order. */
  before: string[];
  /** Rows of the table(s), header rows included, in document order; repeated page headers may appear. */
  rows: GridRow[];
  /** Paragraphs after the table. */
  after: string[];
  /**
   * The reader knows the table has no merged cells (a CSV with 一级事项 on every
   * row): an empty cell is empty, not a continuation of the cell above.
   */
  withoutMerges?: boolean;
  /**
   * The source's columns as written, when the reader's grid cannot show them (a PDF text whose
   * ticks lost their columns keeps them in one 勾选标记 column); otherwise read from the header rows.
   */
  columns?: SourceColumn[];
  /** What the reader had to infer or leave out (ticks a PDF text printed without their columns), for the officer. */
  findings?: ImportFinding[];
  /** The file's row number of `rows[0]` (1-based), when the reader knows it (xlsx: rows above the table are dropped). */
  firstRowNumber?: number;
}

/** A problem the importer noticed while reading; not fatal. */
export interface ImportFinding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  row?: number;
}
