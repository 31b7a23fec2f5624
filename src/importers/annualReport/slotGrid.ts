/**
 * Word and PDF tables come as rows of cells with a column span and a "continues the cell above"
 * mark (table/grid.ts). The report reader works on the slot grid of the web page reader
 * (htmlTables.ts): this turns one into the other, so a cell merged across rows or columns fills
 * every slot it covers and is read once.
 */
import type { GridRow } from '../table/grid.ts';
import type { HtmlGrid, SlotCell } from './htmlTables.ts';

/** Cell text as the web page reader gives it: whitespace and line breaks collapsed to one space. */
function flatText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function slotGridOf(rows: readonly GridRow[]): HtmlGrid {
  let id = 0;
  const grid: HtmlGrid = [];
  rows.forEach((row, rowIndex) => {
    const slots: SlotCell[] = [];
    let column = 0;
    for (const cell of row) {
      const span = cell.colSpan && cell.colSpan > 0 ? cell.colSpan : 1;
      const above = cell.mergedFromAbove ? grid[rowIndex - 1]?.[column] : undefined;
      const slot = above ?? { text: flatText(cell.text), cellId: ++id };
      for (let offset = 0; offset < span; offset++) slots[column + offset] = slot;
      column += span;
    }
    grid.push(slots);
  });
  return grid;
}

/** Table rows as text lines, as htmlText gives them: one line a row, cells separated by a space, a merged cell once. */
export function rowLines(rows: readonly GridRow[]): string[] {
  return rows.map((row) => row.filter((cell) => !cell.mergedFromAbove).map((cell) => flatText(cell.text)).filter(Boolean).join(' ')).filter(Boolean);
}
