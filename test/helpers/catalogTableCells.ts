/**
 * Reads a rendered catalog table back into columns and cells by their `data-field` (and `data-part`) attributes, so
 * tests compare what a reader sees with a golden file column by column. The 一级事项 cell merged over its group
 * (rowspan) counts for every row of the group.
 */

export interface TableCells {
  /** The fields of the columns in the order a row shows them (a mark column's sub-columns count once). */
  fields: string[];
  /** The header texts of the column cells and sub-columns, in document order. */
  labels: string[];
  /** One map per item row: field (or field:part for marks) → the cell's text. */
  rows: Map<string, string>[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A cell's visible text: tags and screen-reader-only spans removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

const CELL = /<(td|th)\b([^>]*)\bdata-field="(\w+)"(?: data-part="([^"]*)")?[^>]*>([\s\S]*?)<\/\1>/g;

export function tableCells(html: string): TableCells {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  const headCells = [...head.matchAll(CELL)];
  const labels = headCells.map((cell) => visibleText(cell[5]!));
  const rows: Map<string, string>[] = [];
  for (const body of html.match(/<tbody>[\s\S]*?<\/tbody>/g) ?? []) {
    let level1: string | null = null;
    for (const row of body.match(/<tr id="item-[\s\S]*?<\/tr>/g) ?? []) {
      const cells = new Map<string, string>();
      for (const cell of row.matchAll(CELL)) cells.set(cell[4] ? `${cell[3]}:${cell[4]}` : cell[3]!, visibleText(cell[5]!));
      if (cells.has('level1')) level1 = cells.get('level1')!;
      else if (level1 !== null) cells.set('level1', level1);
      rows.push(cells);
    }
  }
  const firstRow = /<tr id="item-[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
  const fields = [...firstRow.matchAll(CELL)].map((cell) => cell[3]!).filter((field, index, all) => field !== all[index - 1]);
  return { fields, labels, rows };
}
