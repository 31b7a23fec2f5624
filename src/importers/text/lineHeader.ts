/**
 * The line-stream reader's header: where the header block starts and ends
 * (labels broken over lines, a header printed on one long line), the columns
 * it names, and the header a page break prints again.
 */
import { compact } from '../table/cellText.ts';
import { columnsOfHeaderText, headerLabels, isLabelStart } from './headerColumns.ts';
import { ORDER, type Col } from './lineTokens.ts';

const HEADER_WORDS = /公开事项|公开内容|公开依据|公开时限/;

/** A long line that is the header printed on one line (pdftotext -raw): its labels cover most of it. */
function mostlyLabels(line: string): boolean {
  const covered = headerLabels(line).join('').length;
  return covered >= 12 && covered >= compact(line).length * 0.8;
}

/**
 * The data lines without the header and title that a page break prints again: a line that is
 * mostly labels, and the header block's lines (全社 / 会 / 特定 …) that follow it. `pageStarts`
 * holds the index of the first line after each header dropped: a page's first line.
 */
export function withoutRepeatedHeaders(
  body: readonly string[],
  above: readonly string[],
  labelStart: readonly string[] = [],
  /** The header's first line of labels: printed again, it starts the repeated header however short (公开事项 公开内容（要). */
  firstLabels = '',
): { lines: string[]; pageStarts: Set<number> } {
  const seen = new Set(above.map(compact));
  const first = compact(firstLabels);
  const out: string[] = [];
  const pageStarts = new Set<number>();
  let inHeader = false;
  let dropped = false;
  for (const line of body) {
    const c = compact(line);
    if (mostlyLabels(line) || (first !== '' && c === first)) {
      // The label broken over the lines above the header's first label line (序 / 号) is printed again too.
      if (!inHeader && endsWithLines(out, labelStart)) out.splice(out.length - labelStart.length);
      inHeader = true;
    }
    else if (!(inHeader && seen.has(c)) && !(seen.has(c) && c.length > 8)) inHeader = false;
    if (inHeader || (seen.has(c) && c.length > 8)) {
      dropped = true;
      continue;
    }
    if (dropped && out.length > 0) pageStarts.add(out.length);
    dropped = false;
    out.push(line);
  }
  return { lines: out, pageStarts };
}

function endsWithLines(lines: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || lines.length < tail.length) return false;
  return tail.every((line, k) => compact(lines[lines.length - tail.length + k]!) === compact(line));
}

/** Header lines: mostly labels, or a fragment of a label broken over lines (序 / 号 / 全社 / 会). */
const headerish = (line: string): boolean =>
  compact(line).length <= 2 || isLabelStart(line) || headerLabels(line).join('').length >= compact(line).length * 0.6;

/** The first data line: the first 序号 where the header has one, else the first line after the header block. */
export function firstDataLine(lines: readonly string[], headStart: number, headerAt: number): number {
  let end = headerAt + 1;
  while (end < lines.length && headerish(lines[end]!)) end++;
  const numbered = headerLabels(lines.slice(headStart, end).join('')).some((label) => /^(序号|编号)$/.test(label));
  if (!numbered) return end < lines.length ? end : -1;
  return lines.findIndex((l, k) => k > headerAt && /^\s*\d{1,3}(\s|$)/.test(l));
}

const FIELD_COL: Partial<Record<string, Col>> = {
  seq: 'seq',
  level1: 'level1',
  level2: 'level2',
  content: 'content',
  basis: 'basis',
  timeLimit: 'timeLimit',
  subject: 'subject',
  channels: 'channels',
  column: 'column',
  category: 'category',
  remarks: 'remarks',
};

/** The columns in the header's order; tick groups (their columns lost in the text) become one 勾选标记 column. */
export function columnsOfHeader(headerText: string): Col[] {
  const columns = columnsOfHeaderText(headerText);
  if (!columns) return ORDER.filter((c) => c !== 'modeText' && c !== 'category' && (c !== 'column' || /栏目/.test(headerText)) && (c !== 'remarks' || /备注/.test(headerText)));
  const cols: Col[] = [];
  for (const column of columns) {
    const ticks = column.parts && column.parts.length > 0;
    const col = ticks ? 'marks' : column.field === 'mode' ? 'modeText' : FIELD_COL[column.field];
    if (col && !cols.includes(col)) cols.push(col);
  }
  return cols;
}


/** The header's first label line, and the line its block starts on (a label broken over lines above it: 序 / 号). */
export function findHeaderStart(lines: readonly string[]): { headerAt: number; headStart: number } | null {
  // A header line is mostly labels; a title (某局政务公开事项目录) names one among other words.
  const headerAt = lines.findIndex((l) => HEADER_WORDS.test(compact(l)) && headerLabels(l).join('').length >= compact(l).length * 0.6);
  if (headerAt < 0) return null;
  let headStart = headerAt;
  while (headStart > 0 && (compact(lines[headStart - 1]!).length <= 2 || isLabelStart(lines[headStart - 1]!)) && !/^\d+$/.test(compact(lines[headStart - 1]!))) headStart--;
  return { headerAt, headStart };
}
