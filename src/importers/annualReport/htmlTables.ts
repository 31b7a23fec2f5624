/**
 * A tolerant reader of the <table> elements of a saved web page: each table becomes a grid in
 * which a cell merged by rowspan/colspan fills every slot it covers, and every slot remembers the
 * cell it came from (so a merged value is read once, not once per covered column).
 * Government sites publish hand-edited HTML (unclosed <p>, stray attributes, tables inside
 * JS strings), so this reads tags with patterns rather than a strict XML parser.
 */
export interface SlotCell {
  /** The cell's text: tags removed, entities decoded, whitespace collapsed. */
  text: string;
  /** Identity of the source <td>/<th>: slots covered by one merged cell share it. */
  cellId: number;
}

export type HtmlGrid = SlotCell[][];

const TABLE = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|$)/gi;
const CELL = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr\s*>|$)/gi;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function cellText(html: string): string {
  const withoutTags = html.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, '');
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

function spanOf(attributes: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*\\\\?["']?\\s*(\\d+)`, 'i').exec(attributes);
  const value = match ? Number(match[1]) : 1;
  return value >= 1 && value <= 200 ? value : 1;
}

/** Places one table's cells into slots, honouring rowspan/colspan. */
function gridOf(tableHtml: string, nextId: () => number): HtmlGrid {
  const grid: HtmlGrid = [];
  let rowIndex = 0;
  for (const row of tableHtml.matchAll(ROW)) {
    grid[rowIndex] ??= [];
    let column = 0;
    for (const cell of (row[1] ?? '').matchAll(CELL)) {
      const slots = grid[rowIndex] as SlotCell[];
      while (slots[column]) column++;
      const attributes = cell[2] ?? '';
      const rowSpan = spanOf(attributes, 'rowspan');
      const colSpan = spanOf(attributes, 'colspan');
      const slot: SlotCell = { text: cellText(cell[3] ?? ''), cellId: nextId() };
      for (let r = 0; r < rowSpan; r++) {
        const target = (grid[rowIndex + r] ??= []);
        for (let c = 0; c < colSpan; c++) target[column + c] ??= slot;
      }
      column += colSpan;
    }
    rowIndex++;
  }
  return grid.filter((row) => row.length > 0);
}

/** Every table of the page, in document order (nested tables are not expected in reports). */
export function readHtmlTables(html: string): HtmlGrid[] {
  let id = 0;
  const nextId = () => ++id;
  return [...html.matchAll(TABLE)].map((table) => gridOf(table[1] ?? '', nextId));
}

/** The distinct cells of a grid row, left to right (a merged cell once). */
export function distinctCells(row: readonly (SlotCell | undefined)[]): SlotCell[] {
  const seen = new Set<number>();
  const cells: SlotCell[] = [];
  for (const slot of row) {
    if (!slot || seen.has(slot.cellId)) continue;
    seen.add(slot.cellId);
    cells.push(slot);
  }
  return cells;
}
