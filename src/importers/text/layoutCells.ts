/**
 * Cutting the lines of a fixed-column text table into cells, at the columns
 * layoutColumns.ts found. pdftotext puts every text fragment at
 * least one space after the one to its left, so a cell whose line is long in
 * positions (digits, spaces) pushes the next cells right and leaves only one
 * space between them: a word after a single space starts the next cell only
 * when the line would not fit its column otherwise.
 */
import { CHANNELS } from '../../domain/catalog/vocabulary.ts';
import { CHECKBOX_GLYPHS, isMark } from '../table/cellText.ts';
import type { LayoutColumn } from './layoutColumns.ts';
import { chineseAfterNumber, chineseApart, numberAfterText, printedWidth, unitAfterNumber, wordsOf, type Word } from './layoutWords.ts';

/** A word opening with a check-box (¨两微一端, 口政府公报, 口 drawn as a box). */
const BOXED = new RegExp(`^(?:${CHECKBOX_GLYPHS.source})`);

export function opensWithBox(word: string): boolean {
  return BOXED.test(word);
}

/**
 * 口 before the first characters of a channel name that the line's end cut (口报 | 刊, 口广播 | 电视):
 * a box in a check-box list, its name going on below.
 */
export function boxBeforeCutName(text: string): boolean {
  const rest = text.slice(1);
  return text.startsWith('口') && rest !== '' && CHANNELS.some((name) => name.startsWith(rest));
}

/** Where the check-box lists start: where most words opening with a check-box start after a gap (three at least), or null. */
export function boxListEdge(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) for (const word of wordsOf(line)) if (word.gap >= 2 && BOXED.test(word.text)) counts.set(word.start, (counts.get(word.start) ?? 0) + 1);
  const [at, count] = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] ?? [0, 0];
  return count >= 3 ? at : null;
}

/** The page's columns with the one where most words open with a check-box marked as the column of check-box lists. */
export function markBoxColumn(columns: readonly LayoutColumn[], lines: readonly string[]): LayoutColumn[] {
  const counts = columns.map(() => 0);
  for (const line of lines) for (const word of wordsOf(line)) if (BOXED.test(word.text)) counts[textColumnAt(columns, word.start)]!++;
  const most = counts.indexOf(Math.max(...counts));
  return columns.map((column, j) => ({ ...column, boxes: j === most && counts[j]! > 0 }));
}

/** The text column a word starting at `start` falls in: the last one starting at most one position after it. */
function textColumnAt(columns: readonly LayoutColumn[], start: number): number {
  let found = -1;
  columns.forEach((column, j) => {
    if (!column.tick && column.at <= start + 1) found = j;
  });
  return found < 0 ? columns.findIndex((c) => !c.tick) : found;
}

/** The column of the given kind (tick or text) that starts nearest to `start` (the later one on a tie). */
function nearest(columns: readonly LayoutColumn[], start: number, tick: boolean): number {
  let found = -1;
  columns.forEach((column, j) => {
    if (column.tick === tick && (found < 0 || Math.abs(column.at - start) <= Math.abs(columns[found]!.at - start))) found = j;
  });
  return found;
}

/** The room of each column in printed width: its span in positions, or the widest line seen cleanly inside it. */
export function columnRoom(columns: readonly LayoutColumn[], lines: readonly string[]): number[] {
  const room = columns.map((column, j) => {
    const next = columns[j + 1]?.at;
    return next === undefined ? Number.POSITIVE_INFINITY : 0.9 * (next - column.at);
  });
  for (const line of lines) {
    let run: Word[] = [];
    const close = () => {
      const first = run[0];
      const last = run.at(-1);
      if (!first || !last) return;
      const j = textColumnAt(columns, first.start);
      if (j >= 0 && last.end <= (columns[j + 1]?.at ?? Number.POSITIVE_INFINITY)) {
        room[j] = Math.max(room[j]!, printedWidth(run.map((w) => w.text).join(' ')));
      }
    };
    for (const word of wordsOf(line)) {
      if (word.gap >= 2) {
        close();
        run = [word];
      } else run.push(word);
    }
    close();
  }
  return room.map((r) => r + 0.5);
}

/** The next text column after `current`, or `current` when none. */
function nextText(columns: readonly LayoutColumn[], current: number): number {
  const next = columns.findIndex((c, j) => j > current && !c.tick);
  return next < 0 ? current : next;
}

/** A cell's text so far on its line: its length in positions and its printed width. */
interface Measure {
  length: number;
  width: number;
}

/**
 * The column of a word that follows a cell of column `current` on its line: the same cell for a
 * number's unit or a number after Chinese text that fits (layoutWords.ts); else a later column where it stands
 * after a gap of two or more spaces, where the cell would not fit its column with it, or where it
 * stands at a later column's edge (unless the cell before is longer in positions than on paper —
 * digits, spaces — and ran up to that edge itself, with no other line of the page starting a word there).
 */
function placeAfter(columns: readonly LayoutColumn[], room: readonly number[], current: number, cell: Measure, word: Word, starts: ReadonlyMap<number, number>, previous: Word): number {
  const fits = cell.width + printedWidth(` ${word.text}`) <= room[current]!;
  // A cell after a gap starts near its column's edge; one pushed right by the cell before stands past it.
  const standsIn = word.gap >= 2 ? nearest(columns, word.start, false) : textColumnAt(columns, word.start);
  const atEdge = Math.abs(columns[standsIn]!.at - word.start) <= 1;
  // A number starting two positions or more before the next column's edge was not pushed there: it stays (灵武市 2021 | …).
  const next = nextText(columns, current);
  const beforeEdge = next > current && word.start + 2 <= columns[next]!.at;
  if (word.gap === 1 && (unitAfterNumber(previous.text, word.text) || (numberAfterText(previous.text, word.text) && (fits || beforeEdge)))) return current;
  // A box in the column of check-box lists continues the list (口 there is a box, not 窗口's 口).
  const listed = (BOXED.test(word.text) || boxBeforeCutName(word.text)) && columns[current]!.boxes === true;
  if (word.gap === 1 && chineseApart(previous.text, word.text) && !listed) return standsIn > current ? standsIn : nextText(columns, current);
  // Chinese text that is no unit, one space after a number, standing past the next column's edge: the next cell (日起 20 | 源和社).
  if (word.gap === 1 && chineseAfterNumber(previous.text, word.text) && standsIn > current) return standsIn;
  const ranOver = cell.length - cell.width >= 1;
  const lined = atEdge && (!ranOver || (starts.get(word.start) ?? 0) >= 2);
  if (standsIn > current) return word.gap >= 2 || !fits || lined ? standsIn : current;
  return fits ? current : nextText(columns, current);
}

/** The line's text in each column ('' where it has none). */
export function cutLine(line: string, columns: readonly LayoutColumn[], room: readonly number[], starts: ReadonlyMap<number, number> = new Map()): string[] {
  const cells = columns.map(() => '');
  const measures: Measure[] = columns.map(() => ({ length: 0, width: 0 }));
  const hasTicks = columns.some((c) => c.tick);
  let current = -1;
  let previous: Word | null = null;
  for (const word of wordsOf(line)) {
    let column: number;
    if (hasTicks && isMark(word.text)) column = nearest(columns, word.start, true);
    else if (current < 0 || columns[current]!.tick) column = nearest(columns, word.start, false);
    else column = placeAfter(columns, room, current, measures[current]!, word, starts, previous!);
    const piece = cells[column] === '' ? word.text : ` ${word.text}`;
    cells[column] += piece;
    const was = measures[column]!;
    measures[column] = { length: was.length + piece.length, width: was.width + printedWidth(piece) };
    current = column;
    previous = word;
  }
  return cells;
}
