/**
 * The official form as a layout model shared by the xlsx, docx and pdf
 * exporters: title, the 责任单位/填表人 line, the computed summary line, the
 * two-row header and the body with merged 一级事项 cells.
 */
import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import { computeSummary, summaryLine } from '../domain/catalog/summary.ts';
import { formColumns, type ColumnDef, type ExportOptions } from './columns.ts';

export interface FormCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  align: 'left' | 'center';
  bold?: boolean;
}

/** A row of cells; null where a span from the left or from above covers the position. */
export type FormRow = (FormCell | null)[];

export interface CatalogForm {
  title: string;
  /** 责任单位：… 填表人：… 复核人：… 审签人：… 填表时间：…年…月…日 (the stated parts only). */
  metaLine: string;
  /** Computed from the items, never the declared line. */
  summaryLine: string;
  columns: ColumnDef[];
  header: FormRow[];
  body: FormRow[];
}

export function formTitle(catalog: CatalogDocument): string {
  return catalog.title?.trim() || `${catalog.agency}政务公开事项目录`;
}

export function chineseDate(iso: string | null): string | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : null;
}

export function metaLine(catalog: CatalogDocument): string {
  const parts: [string, string | null][] = [
    ['责任单位', catalog.agency],
    ['填表人', catalog.preparer],
    ['复核人', catalog.reviewer],
    ['审签人', catalog.approver],
    ['填表时间', chineseDate(catalog.preparedOn)],
  ];
  return parts
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}：${value}`)
    .join('\u3000\u3000');
}

export function buildForm(catalog: CatalogDocument, options: ExportOptions = {}): CatalogForm {
  const columns = formColumns(catalog.items, options);
  const style = options.channelStyle ?? 'boxes';
  const mergeLevel1 = options.mergeLevel1 ?? true;

  // Header: grouped columns get the group title over two leaf cells; others span both rows.
  const top: FormRow = [];
  const bottom: FormRow = [];
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    if (column.group === null) {
      top.push({ text: column.header, rowSpan: 2, colSpan: 1, align: 'center', bold: true });
      bottom.push(null);
      continue;
    }
    const previous = columns[c - 1];
    if (previous?.group === column.group) top.push(null);
    else {
      let span = 1;
      while (columns[c + span]?.group === column.group) span++;
      top.push({ text: column.group, rowSpan: 1, colSpan: span, align: 'center', bold: true });
    }
    bottom.push({ text: column.header, rowSpan: 1, colSpan: 1, align: 'center', bold: true });
  }

  const items = catalog.items;
  const body: FormRow[] = items.map((item) =>
    columns.map((column) => ({ text: column.value(item, style), rowSpan: 1, colSpan: 1, align: column.align })),
  );
  const level1Column = columns.findIndex((column) => column.key === 'level1');
  if (mergeLevel1 && level1Column >= 0) {
    for (let start = 0; start < items.length; ) {
      let end = start + 1;
      while (end < items.length && items[end]!.level1 === items[start]!.level1) end++;
      (body[start]![level1Column] as FormCell).rowSpan = end - start;
      for (let r = start + 1; r < end; r++) body[r]![level1Column] = null;
      start = end;
    }
  }
  return {
    title: formTitle(catalog),
    metaLine: metaLine(catalog),
    summaryLine: summaryLine(computeSummary(items)),
    columns,
    header: [top, bottom],
    body,
  };
}
