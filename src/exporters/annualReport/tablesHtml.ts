/**
 * Tables 二, 三 and 四 of the annual report as HTML in the national layout (国办公开办函〔2021〕30号):
 * merged header cells as rowspan/colspan, every text escaped, class names for styling (no external
 * CSS needed). A blank (null) cell is an empty <td> marked `report-blank`, never a 0.
 */
import { escapeHtml } from '../../domain/search/highlight.ts';
import type { ReportTables } from '../../domain/annualReport/index.ts';
import { reportTableLayouts, type LayoutCell, type TableLayout } from './tableLayout.ts';

const CELL_CLASSES: Record<LayoutCell['role'], string> = { head: 'report-head', label: 'report-label', value: 'report-value' };

function cellHtml(cell: LayoutCell): string {
  const tag = cell.role === 'value' ? 'td' : 'th';
  const classes = cell.blank ? `${CELL_CLASSES[cell.role]} report-blank` : CELL_CLASSES[cell.role];
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  const title = cell.blank ? ' title="未填报"' : '';
  return `<${tag} class="${classes}"${spans}${title}>${escapeHtml(cell.text)}</${tag}>`;
}

function rowHtml(cells: readonly LayoutCell[]): string {
  return `<tr>${cells.map(cellHtml).join('')}</tr>`;
}

/** One table; `caption` (when not null) names it for screen readers and the page. */
export function layoutHtml(layout: TableLayout, name: string, caption: string | null): string {
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  const thead = head.length > 0 ? `<thead>${head.map(rowHtml).join('')}</thead>` : '';
  const captionHtml = caption === null ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  return `<table class="report-table report-${name}">${captionHtml}${thead}<tbody>${body.map(rowHtml).join('')}</tbody></table>`;
}

/** The captions are the section titles the tables sit under (regulations.md §2.1). */
export const TABLE_CAPTIONS = {
  table2: '主动公开政府信息情况',
  table3: '收到和处理政府信息公开申请情况',
  table4: '政府信息公开行政复议、行政诉讼情况',
} as const;

/** The three tables; `captions: false` inside the report, where the section headings already name them. */
export function renderReportTablesHtml(tables: ReportTables, options: { captions?: boolean } = {}): { table2: string; table3: string; table4: string } {
  const layouts = reportTableLayouts(tables);
  const caption = (key: keyof typeof TABLE_CAPTIONS) => (options.captions === false ? null : TABLE_CAPTIONS[key]);
  return {
    table2: layoutHtml(layouts.table2, 'table2', caption('table2')),
    table3: layoutHtml(layouts.table3, 'table3', caption('table3')),
    table4: layoutHtml(layouts.table4, 'table4', caption('table4')),
  };
}

/** Minimal styles for the tables, for pages that have none of their own (thin borders, centred figures). */
export const REPORT_TABLE_CSS = [
  '.report-table{border-collapse:collapse;margin:1em auto;font-size:14px}',
  '.report-table caption{font-weight:bold;margin-bottom:.4em}',
  '.report-table th,.report-table td{border:1px solid #333;padding:4px 6px;text-align:center;vertical-align:middle}',
  '.report-table .report-label{text-align:left;font-weight:normal}',
  '.report-table .report-blank{background:#f3f3f3}',
].join('');
