/**
 * A number printed between two cells of a line (灵武市 20 个工作, 第 711 号) may end the left cell or
 * start the right one: pdftotext prints numbers apart from the Chinese text around them, and a full
 * line pushes the next cell up to one space after it, so positions cannot tell. How cells wrap can:
 * within one table row a cell's lines follow each other without a gap, and every line but its last
 * is full — it is shorter than the cell's widest line only by less than what starts its next line
 * (one Chinese character, or a whole number or Latin word). The number goes where it keeps both true.
 */

/** Printed width in CJK characters: a CJK character is one, a Latin letter, digit or ASCII sign half; spaces none. */
function inkWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (ch !== ' ') width += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.5;
  return width;
}

/** What the line-breaker moves as one piece to the next line: a CJK character, or a run of other characters. */
function firstPiece(text: string): string {
  const first = text.trimStart();
  if (first === '' || first.codePointAt(0)! >= 0x2e80) return first.slice(0, 1);
  return /^[^\s\u2e80-\uffff]+/.exec(first)![0];
}

/** Lines of one column of a row, top to bottom ('' where it has none). */
type Column = string[];

/** The widest line of the column but `line`. */
function fullWidth(column: Column, line: number): number {
  return Math.max(0, ...column.map((text, l) => (l === line ? 0 : inkWidth(text))));
}

/** The next non-empty line of the column after `line`, or null. */
function nextLine(column: Column, line: number): string | null {
  return column.slice(line + 1).find((text) => text !== '') ?? null;
}

/** A line that is not its cell's last but is short by more than what starts the next: a wrap could not leave it so. */
function shortInside(column: Column, line: number, text: string): boolean {
  const next = nextLine(column, line);
  if (next === null || text === '') return false;
  return fullWidth(column, line) - inkWidth(text) >= inkWidth(firstPiece(next));
}

/** The column has lines before and after `line` (a cell's lines follow each other: it must have one there too). */
function inside(column: Column, line: number): boolean {
  return column.slice(0, line).some((t) => t !== '') && column.slice(line + 1).some((t) => t !== '');
}

/** Where the left cell's trailing number starts: a word of digits right after Chinese text (灵武市 | 20 个工作), or -1. */
function trailingNumber(words: readonly string[]): number {
  for (let k = 1; k < words.length; k++) if (/^\d/.test(words[k]!) && /[\u4e00-\u9fff]$/.test(words[k - 1]!)) return k;
  return -1;
}

/** Moves the left cell's trailing number to the right cell where the right cell's wrap needs it and the left's does not. */
function moveRight(left: Column, right: Column, line: number): void {
  const words = left[line]!.split(' ');
  const k = trailingNumber(words);
  if (k < 0) return;
  const moved = words.slice(k).join(' ');
  const kept = words.slice(0, k).join(' ');
  const target = right[line]!;
  const needed = target === '' ? inside(right, line) : shortInside(right, line, target);
  const fits = inkWidth(moved) + inkWidth(target) <= fullWidth(right, line) + 0.5;
  if (!needed || !fits || shortInside(left, line, kept)) return;
  left[line] = kept;
  right[line] = target === '' ? moved : `${moved} ${target}`;
}

/**
 * Moves a number line the right cell cannot have (its cell ended lines before) to the end of the
 * left cell's line, where that line is short though not its cell's last.
 */
function moveLeft(left: Column, right: Column, line: number): void {
  const text = right[line]!;
  if (!/^\d/.test(text) || line === 0 || right[line - 1] !== '' || !right.slice(0, line).some((t) => t !== '')) return;
  if (!shortInside(left, line, left[line]!)) return;
  if (inkWidth(left[line]!) + inkWidth(text) > fullWidth(left, line) + 0.5) return;
  left[line] = `${left[line]} ${text}`;
  right[line] = '';
}

/**
 * Settles the numbers standing between two neighbouring text columns of one table row
 * (cells: the row's lines, each cut into the columns' texts; `text`: the text columns, left to right).
 */
export function settleNumbers(cells: string[][], text: readonly number[]): void {
  const column = (j: number): Column => cells.map((line) => line[j]!);
  for (let a = 0; a + 1 < text.length; a++) {
    const [l, r] = [text[a]!, text[a + 1]!];
    const left = column(l);
    const right = column(r);
    for (let line = 0; line < cells.length; line++) {
      if (!/\d/.test(left[line]!) && !/\d/.test(right[line]!)) continue;
      moveRight(left, right, line);
      moveLeft(left, right, line);
    }
    cells.forEach((cut, i) => Object.assign(cut, { [l]: left[i], [r]: right[i] }));
  }
}
