import type { FC } from 'hono/jsx';
import type { CatalogField } from '../../../domain/catalog/catalog.ts';
import type { TableColumn } from '../../../domain/catalog/tableColumns.ts';

/** One header cell: its text as written, its span, and the field (and mark value) it heads, for tests and styles. */
interface HeadCell {
  text: string;
  colspan: number;
  rowspan: number;
  scope: 'col' | 'colgroup';
  field: CatalogField | null;
  part: string | null;
}

const WIDTH_CLASS: Partial<Record<CatalogField, string>> = {
  level1: 'col-level',
  level2: 'col-level',
  content: 'col-wide',
  basis: 'col-wide',
  timeLimit: 'col-mid',
  subject: 'col-mid',
  channels: 'col-channels',
  column: 'col-mid',
  category: 'col-mid',
  remarks: 'col-mid',
};

/** How many cells a column takes in a row: one per sub-column of marks. */
export const columnWidth = (column: TableColumn) => column.parts?.length || 1;

const levels = (column: TableColumn) => (column.group ? 1 : 0) + 1 + (column.parts ? 1 : 0);

/**
 * The header rows of the columns as written: group headers (公开事项 over 一级事项 | 二级事项) over their columns,
 * each column's label, and the sub-column labels of mark columns (主动公开 | 依申请) on the last row.
 */
export function headerRows(columns: readonly TableColumn[], actionHeading: string | null): HeadCell[][] {
  const depth = Math.max(1, ...columns.map(levels));
  const rows: HeadCell[][] = Array.from({ length: depth }, () => []);
  columns.forEach((column, index) => {
    const width = columnWidth(column);
    if (column.group && columns[index - 1]?.group !== column.group) {
      let span = 0;
      for (let next = index; columns[next]?.group === column.group; next++) span += columnWidth(columns[next]!);
      rows[0]!.push({ text: column.group, colspan: span, rowspan: 1, scope: 'colgroup', field: null, part: null });
    }
    const labelRow = column.group ? 1 : 0;
    const rowspan = depth - labelRow - (column.parts ? 1 : 0);
    rows[labelRow]!.push({ text: column.label, colspan: width, rowspan, scope: width > 1 ? 'colgroup' : 'col', field: column.field, part: null });
    for (const part of column.parts ?? []) rows[depth - 1]!.push({ text: part.label, colspan: 1, rowspan: 1, scope: 'col', field: column.field, part: part.value });
  });
  if (actionHeading) rows[0]!.push({ text: actionHeading, colspan: 1, rowspan: depth, scope: 'col', field: null, part: null });
  return rows;
}

const cellClass = (cell: HeadCell) => (cell.part ? 'col-mark' : cell.field && cell.colspan === 1 ? WIDTH_CLASS[cell.field] : undefined);

export const CatalogTableHead: FC<{ columns: readonly TableColumn[]; actionHeading: string | null }> = ({ columns, actionHeading }) => (
  <thead>
    {headerRows(columns, actionHeading).map((row) => (
      <tr>
        {row.map((cell) => (
          <th
            scope={cell.scope}
            colspan={cell.colspan > 1 ? cell.colspan : undefined}
            rowspan={cell.rowspan > 1 ? cell.rowspan : undefined}
            class={cellClass(cell)}
            data-field={cell.field ?? undefined}
            data-part={cell.part ?? undefined}
          >
            {cell.text}
          </th>
        ))}
      </tr>
    ))}
  </thead>
);
