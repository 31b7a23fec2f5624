/**
 * Reads tables 二, 三 and 四 from plain text: a page copied as text (cells ended by "|", blank
 * cells as empty "|"), or pdftotext-like layout (a row label followed by its numbers on the line).
 * A label is recognised by the same phrases as in a web page (labels.ts); the numbers after it are
 * its cells. In layout text a blank cell cannot be told apart from a missing one: such a row is
 * reported as a problem rather than guessed.
 */
import { TABLE2_2019, TABLE2_2021, TABLE3_COLUMNS, TABLE4_COLUMNS, TABLE4_GROUPS, isTable2Of2019, normalizeLabel, table3KeyOf } from './labels.ts';
import { finishReading, isValueText, pageText, ReadingCollector, type AnnualReportReading, type AnnualReportTables, type Table2Read, type Table3Read, type Table4Read } from './reading.ts';

/** Longest normalised text still taken as a row label (narrative paragraphs are longer). */
const LABEL_MAX = 48;

/** Cells in reading order: "|"-separated when the text has pipes, else runs of spaces per line. */
export function textCells(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (normalized.includes('|')) {
    const cells = normalized.split('|').map((cell) => cell.trim());
    if (cells.at(-1) === '') cells.pop(); // after the last "|" is the end of the text, not a blank cell
    return cells;
  }
  return normalized.split('\n').flatMap((line) => line.trim().split(/\s+/)).filter((cell) => cell !== '');
}

/** The value cells right after `start`, up to `count`, stopping at the next text cell. */
function valuesAfter(cells: readonly string[], start: number, count: number): string[] {
  const values: string[] = [];
  for (let i = start + 1; i < cells.length && values.length < count; i++) {
    if (!isValueText(cells[i] ?? '')) break;
    values.push(cells[i] ?? '');
  }
  return values;
}

function isLabel(cell: string): boolean {
  const normalized = normalizeLabel(cell);
  return normalized.length > 0 && normalized.length <= LABEL_MAX;
}

function readTable3(cells: readonly string[], collector: ReadingCollector): Table3Read | null {
  const table3: Table3Read = {};
  let rowsSeen = 0;
  cells.forEach((cell, index) => {
    const key = isLabel(cell) ? table3KeyOf(cell) : null;
    if (!key || table3[key]) return;
    const values = valuesAfter(cells, index, TABLE3_COLUMNS.length);
    if (values.length === 0) return; // a group label such as （三）不予公开: its rows follow
    rowsSeen++;
    if (values.length < TABLE3_COLUMNS.length)
      collector.problem(`表三“${normalizeLabel(cell)}”一行只有${values.length}个数，应有${TABLE3_COLUMNS.length}个；空白单元格在纯文本中无法定位`);
    else table3[key] = collector.table3Row(key, values);
  });
  return rowsSeen > 0 ? table3 : null; // found, even when no row was complete
}

function readTable2(cells: readonly string[], collector: ReadingCollector): Pick<AnnualReportTables, 'table2' | 'table2Format'> {
  const format = isTable2Of2019(normalizeLabel(cells.join(''))) ? '2019' : '2021';
  const layout = format === '2019' ? TABLE2_2019 : TABLE2_2021;
  const table2: Table2Read = {};
  cells.forEach((cell, index) => {
    const spec = layout.find((candidate) => candidate.label(normalizeLabel(cell)));
    if (!spec || table2[spec.key]) return;
    const values = valuesAfter(cells, index, spec.columns.length);
    if (values.length === 0) return;
    // Fewer numbers than columns: which cell is blank cannot be told in text (a 2019 乡 report: 规章 0, nothing else).
    if (values.length < spec.columns.length)
      collector.problem(`表二“${normalizeLabel(cell)}”一行只有${values.length}个数，应有${spec.columns.length}个；空白单元格在纯文本中无法定位`);
    else table2[spec.key] = collector.row(`table2.${spec.key}`, spec.columns, values);
  });
  // The 2019 column headers alone tell the format, as in a web page, even when no row could be read.
  const found = Object.keys(table2).length > 0 || format === '2019';
  return found ? { table2, table2Format: format } : { table2: null, table2Format: null };
}

function readTable4(cells: readonly string[], collector: ReadingCollector): Table4Read | null {
  const header = cells.findIndex((cell) => normalizeLabel(cell).includes('复议后起诉'));
  if (header < 0) return null;
  let start = header;
  while (start + 1 < cells.length && !isValueText(cells[start + 1] ?? '')) start++;
  const values = valuesAfter(cells, start, TABLE4_GROUPS.length * TABLE4_COLUMNS.length);
  if (values.length < TABLE4_GROUPS.length * TABLE4_COLUMNS.length) {
    collector.problem(`表四只读到${values.length}个数，应有15个；空白单元格在纯文本中无法定位`);
    return {};
  }
  const table4: Table4Read = {};
  TABLE4_GROUPS.forEach((group, index) => {
    table4[group] = collector.row(`table4.${group}`, TABLE4_COLUMNS, values.slice(index * 5, index * 5 + 5));
  });
  return table4;
}

/** Reads the report tables of a text copy of a report (bytes as saved, or decoded text). */
export function readAnnualReportText(input: Uint8Array | string): AnnualReportReading {
  const collector = new ReadingCollector();
  const tables: AnnualReportTables = { table2: null, table2Format: null, table3: null, table4: null };
  const text = pageText(input, collector);
  if (text === null) return finishReading(tables, collector);
  const cells = textCells(text);
  Object.assign(tables, readTable2(cells, collector));
  tables.table3 = readTable3(cells, collector);
  tables.table4 = readTable4(cells, collector);
  return finishReading(tables, collector, text);
}
