/**
 * Which lines of a fixed-column table start a table row, and how the lines of
 * one cell are joined. Cells are printed from the top of their row, so within a
 * row a column never starts again below an empty line: a row starts at a 序号,
 * or (a form without 序号) where 一级事项/二级事项/公开内容 — or two other
 * columns — start below an empty line.
 */
import { CHECKBOX_GLYPHS, seqOf } from '../table/cellText.ts';

/** Indexes of the columns that tell where a row starts (−1 when the form has none). */
export interface RowKeys {
  seq: number;
  level1: number;
  level2: number;
  content: number;
  /** Tick sub-columns (their marks sit on a row's first line, but say nothing of where it starts). */
  ticks: boolean[];
}

/** Whether each line (its cells) starts a table row; the first line of a page starts one if it names an item. */
export function rowStarts(lines: readonly string[][], keys: RowKeys): boolean[] {
  return lines.map((cells, i) => {
    if (keys.seq >= 0) return seqOf(cells[keys.seq] ?? '') !== null;
    const filled = (j: number) => j >= 0 && (cells[j] ?? '') !== '';
    if (i === 0) return filled(keys.level1) || filled(keys.level2);
    const above = lines[i - 1]!;
    const fresh = (j: number) => filled(j) && (above[j] ?? '') === '';
    if (fresh(keys.level1) || fresh(keys.level2) || fresh(keys.content)) return true;
    return cells.filter((_, j) => !keys.ticks[j] && fresh(j)).length >= 2;
  });
}

const HARD_BREAK = new RegExp(`^(${CHECKBOX_GLYPHS.source}|\\d{1,2}[.．、](?!\\d)|[（(][一二三四五六七八九十\\d]{1,2}[)）])`);

/**
 * The lines of one cell as its text: a line that starts a check-box or a numbered
 * entry stays a line of its own; a line the column wrapped is glued to the one
 * before (with a space only between two Latin letters or digits).
 */
export function joinCellLines(pieces: readonly string[]): string {
  const parts: string[] = [];
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    if (previous === undefined) parts.push(piece);
    else if (HARD_BREAK.test(piece)) parts.push(`\n${piece}`);
    else parts.push(/[A-Za-z0-9]/.test(previous.at(-1)!) && /^[A-Za-z0-9]/.test(piece) ? ` ${piece}` : piece);
  });
  return parts.join('');
}

/**
 * In a table whose cells are centred vertically, a cell merged over several rows
 * prints in the middle of them, often above the 序号 line of a later row: such
 * text goes up to the first of the rows before it that have none of their own.
 */
export function liftCentredCells(rows: string[][][], column: number, printedAbove: readonly boolean[]): void {
  let emptyFrom = -1;
  rows.forEach((row, k) => {
    const cell = row[column]!;
    if (cell.length === 0) {
      if (emptyFrom < 0) emptyFrom = k;
      return;
    }
    if (emptyFrom >= 0 && printedAbove[k]) {
      rows[emptyFrom]![column] = [...cell];
      row[column] = [];
    }
    emptyFrom = -1;
  });
}
