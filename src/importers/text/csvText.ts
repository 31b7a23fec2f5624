/**
 * Comma-separated text (RFC 4180): our own CSV export, or a table saved as CSV
 * by Excel (often GB18030 on Chinese Windows). Quoted fields may hold commas,
 * line breaks and doubled quotes. Rows before the form's header row are the
 * text above the table (title, 责任单位 line, summary line), as Excel writes
 * them: one filled cell followed by empty ones.
 */
import { unguardFormula } from '../../domain/shared/spreadsheetFormula.ts';
import type { GridRow, SourceTable } from '../table/grid.ts';
import { fieldOfLabel, isHeaderLabel, isHeaderRow } from '../table/headerVocabulary.ts';

/**
 * Parses RFC 4180 text into records of fields (or, with a tab delimiter, a Word table copied as
 * text: quoted cells with line breaks). Tolerant: a stray quote inside an unquoted field is kept.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let atFieldStart = true;
  const endField = () => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c === '\r' && text[i + 1] === '\n' ? '' : c;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (field !== '' || record.length > 0 || quoted) endRecord();
  return records;
}

/** The first record that is the form's header row with at least `minLabels` of the form's labels, or -1. */
function headerIndex(records: readonly string[][], minLabels: number): number {
  return records.findIndex((record) => {
    const leaves = record.map((field) => splitGroupLabel(field).leaf.trim()).filter((field) => field !== '');
    return leaves.filter(isHeaderLabel).length >= minLabels && isHeaderRow(leaves);
  });
}

/**
 * A leaf label the exporter wrote with its group (公开对象-全社会, 公开方式-主动):
 * the group and the leaf, or the label alone.
 */
export function splitGroupLabel(label: string): { group: string | null; leaf: string } {
  const match = /^([^-－—]+)[-－—]([^-－—]+)$/.exec(label.trim());
  if (match && isHeaderLabel(match[1]!) && isHeaderLabel(match[2]!)) return { group: match[1]!, leaf: match[2]! };
  return { group: null, leaf: label };
}

/**
 * The CSV as a SourceTable, or null when the text is not CSV-shaped: it has
 * tabs, or no record splits at commas into six or more of the form's header
 * labels. Rows above the header become `before`; a header whose labels carry
 * their group (公开对象-全社会) becomes the form's two header rows.
 */
export function readCsv(text: string): SourceTable | null {
  if (text.includes('\t')) return null;
  const records = parseCsv(text);
  const at = headerIndex(records, 6);
  if (at < 0) return null;
  const before = records
    .slice(0, at)
    .map((record) => record.map((field) => field.trim()).filter((field) => field !== '').join(' '))
    .filter((line) => line !== '');
  const header = records[at]!.map(splitGroupLabel);
  const rows: GridRow[] = [];
  if (header.some((label) => label.group !== null)) {
    rows.push(header.map((label) => ({ text: label.group ?? label.leaf })));
    rows.push(header.map((label) => ({ text: label.group ? label.leaf : '' })));
  } else rows.push(header.map((label) => ({ text: label.leaf })));
  const data = records.slice(at + 1).filter((record) => record.some((field) => field.trim() !== ''));
  for (const record of data) rows.push(record.map((text) => ({ text: unguardFormula(text) })));
  // 一级事项 written on every row (our export, a list typed flat): nothing is merged, so an empty cell stays empty.
  // Excel's CSV of the form leaves merged cells empty below their first row, 一级事项 first of all.
  const firstData = data.findIndex((record) => !isHeaderRow(record));
  const headerRecords = [records[at]!, ...data.slice(0, firstData < 0 ? data.length : firstData)];
  const level1At = Math.max(...headerRecords.map((record) => record.findIndex((label) => fieldOfLabel(splitGroupLabel(label).leaf)?.kind === 'level1')));
  const dataRows = data.filter((record) => !isHeaderRow(record));
  const withoutMerges = level1At >= 0 && dataRows.length > 1 && dataRows.every((record) => (record[level1At] ?? '').trim() !== '');
  return { before, rows, after: [], ...(withoutMerges ? { withoutMerges } : {}) };
}
