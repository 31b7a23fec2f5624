import type { GridRow } from '../table/grid.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The text a page's row has beyond a row of the first page, cell by cell, when it repeats that row
 * (same cells, same merges, every label of the first page's row found in its cell); null otherwise.
 */
function repeatOf(row: GridRow, first: GridRow): string[] | null {
  if (row.length !== first.length || !first.some((cell) => squash(cell.text))) return null;
  const extra: string[] = [];
  for (let i = 0; i < row.length; i++) {
    const [mine, theirs] = [row[i]!, first[i]!];
    if (!!mine.mergedFromAbove !== !!theirs.mergedFromAbove || (mine.colSpan ?? 1) !== (theirs.colSpan ?? 1)) return null;
    const [a, b] = [squash(mine.text), squash(theirs.text)];
    if (!a.includes(b)) return null;
    extra.push(a.replace(b, ''));
  }
  return extra;
}

/**
 * How many rows at the top of a page repeat the first page's header (printed again on every page),
 * and where that header ends on the first page;
 * the first page may have rows above its header (title rows inside the table, as Calc prints them).
 * Text a repeated header cell holds beyond its label is a merged cell's label that Excel or Calc
 * centred over the whole merged cell, so it landed in the header: it goes down to the first row
 * under the header, in the same column.
 */
export function dropRepeatedHeader(rows: GridRow[], firstRows: GridRow[]): { skip: number; headerEnd: number } {
  const none = { skip: 0, headerEnd: 0 };
  if (rows.length === 0) return none;
  const from = firstRows.slice(0, 8).findIndex((row) => repeatOf(rows[0]!, row) !== null);
  if (from < 0) return none;
  let skip = 0;
  const carried = new Map<number, string>();
  while (skip < rows.length && from + skip < firstRows.length) {
    const extra = repeatOf(rows[skip]!, firstRows[from + skip]!);
    if (!extra) break;
    extra.forEach((text, i) => text && carried.set(i, (carried.get(i) ?? '') + text));
    skip++;
  }
  const below = rows[skip];
  if (below && below.length === rows[skip - 1]!.length) {
    for (const [i, text] of carried) below[i] = { ...below[i]!, text: text + below[i]!.text, mergedFromAbove: false };
  }
  return { skip, headerEnd: from + skip };
}
