import type { TextBox } from './readPdf.ts';

/**
 * Text printed just under a page's table, inside one column: the rest of a merged cell's label
 * that Excel or Calc centred over the whole merged cell and that runs past the page's last ruling
 * ("政务公开工作" in the table, "信息" under it). Lines are taken while each starts within a line's
 * height of the one above, from the table's bottom ruling; a page footer further down is left alone.
 */
export function overflowBelow(after: TextBox[], xs: number[], bottom: number): { column: number; box: TextBox }[] {
  const taken: { column: number; box: TextBox }[] = [];
  let reach = bottom;
  for (const box of [...after].sort((a, b) => a.top - b.top || a.x - b.x)) {
    if (box.top - reach > box.size * 1.2) break;
    const column = xs.findIndex((x, i) => i + 1 < xs.length && box.x >= x - 1 && box.right <= xs[i + 1]! + 1);
    if (column < 0) break;
    taken.push({ column, box });
    reach = Math.max(reach, box.bottom);
  }
  return taken;
}
