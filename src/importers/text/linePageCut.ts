/**
 * The row a page break cuts, as the line-stream reader's first reading sees it: which of its
 * cells were finished on the page. A cell's lines wrap only when they fill the column, so a cell
 * whose last line before the break is clearly narrower than its column's full lines ended there,
 * and the text at the top of the next page goes on with another of the row's cells
 * (25 医疗保险个 查询流程及方式公开 … | 人权益查询 …: 人权益查询 ends the 二级事项, not the 公开内容).
 */
import type { Seg } from './lineSegment.ts';
import type { Col, Token } from './lineTokens.ts';

/** Columns whose own width says nothing about wrapping: box lists, ticks, the 序号. */
const UNMEASURED: ReadonlySet<Col> = new Set<Col>(['seq', 'marks', 'channels', 'modeText', 'category']);

/** The cut row's cells at one page break: those that ended before it, and those that go on. */
export interface CutRow {
  finished: Set<Col>;
  open: Set<Col>;
  /** Every column the cut row has a cell in before the break. */
  present: Set<Col>;
  /** Cells whose text opened a bracket it has not closed (日内（法律、法规对…公开期): they surely go on. */
  unclosed: Set<Col>;
}

/**
 * A text that cannot end there: more brackets opened than closed (（…, 《…), or only a list numeral
 * (四、, whose name the break cut), or an enumeration comma at its end (“三公”经费、).
 */
function opensBracket(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  if (/^[一二三四五六七八九十]{1,3}、$|[、，,]$/.test(text.replace(/\s/g, ''))) return true;
  return count(/[（(]/g) > count(/[）)]/g) || count(/《/g) > count(/》/g);
}

/**
 * Top-aligned text (-raw) prints a cut row's cells down to the page's last line: one that goes on has as
 * many lines before the break as the row's longest, or one fewer where it lent the next cell a line
 * (fillToPageEnd). A cell two lines shorter or more ended before the break, however full its last line.
 */
function endsAbovePageEnd(cell: Seg, cells: readonly Seg[]): boolean {
  const lines = (c: Seg): number => c.to - c.from + 1;
  const longest = Math.max(...cells.map(lines));
  return longest >= 3 && lines(cell) < longest - 1;
}

/**
 * For each page's first token, the cells of the row the break cut, by whether they ended before it.
 * `topAligned`: the reading is good enough to count each cell's lines before the break (not the first).
 */
export function cutRowsAtBreaks(
  segs: readonly Seg[],
  tokens: readonly Token[],
  cols: readonly Col[],
  full: Partial<Record<Col, number>>,
  topAligned = false,
): Map<number, CutRow> {
  const out = new Map<number, CutRow>();
  let rowStart = 0;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s]!;
    const prev = segs[s - 1];
    if (prev !== undefined && cols.indexOf(seg.col) <= cols.indexOf(prev.col) && seg.continues !== true) rowStart = s;
    const next = segs[s + 1];
    const breakAt = next === undefined ? -1 : pageStartBetween(tokens, seg.to + 1, next.from);
    if (breakAt < 0) continue;
    const cells = segs.slice(rowStart, s + 1);
    const cut: CutRow = { finished: new Set<Col>(), open: new Set<Col>(), present: new Set(cells.map((c) => c.col)), unclosed: new Set<Col>() };
    for (const cell of cells) {
      if (opensBracket(tokens.slice(cell.from, cell.to + 1).map((t) => t.text).join(''))) cut.unclosed.add(cell.col);
      const w = full[cell.col];
      if (UNMEASURED.has(cell.col)) continue;
      // A column that never wraps holds one line a cell: it had ended too.
      const ended = w === undefined || tokens[cell.to]!.width <= w - 4 || (topAligned && endsAbovePageEnd(cell, cells));
      cut[ended ? 'finished' : 'open'].add(cell.col);
    }
    out.set(breakAt, cut);
  }
  return out;
}

/** The index of the page's first token in tokens[from..to], or -1. */
function pageStartBetween(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k <= to && k < tokens.length; k++) if (tokens[k]!.pageStart) return k;
  return -1;
}

/**
 * A row a page break cuts prints, before the break, as many lines of each of its cells as the page
 * had left (-raw prints it column by column): the cells that go on all show the same count. A cell
 * with more lines than that, beside an empty next column, is that column's cell read into it
 * (形成或 / 变更之 / 西吉县 / 人力资: the 公开时限's two lines, then the 公开主体's), and is parted there.
 */
export function partCutRows(
  segs: readonly Seg[],
  tokens: readonly Token[],
  cols: readonly Col[],
  /** A text a cell of the column holds in a row read whole: lines read into the cell before that column's are its. */
  seen: (col: Col, text: string) => boolean = () => false,
): Seg[] {
  const out: Seg[] = [];
  let row: Seg[] = [];
  const flush = (goingOn: ReadonlySet<Col> | null): void => {
    out.push(...(goingOn ? fillToPageEnd(partRow(row, cols, goingOn, tokens, seen), cols, goingOn) : row));
    row = [];
  };
  segs.forEach((seg, s) => {
    const prev = segs[s - 1];
    if (prev !== undefined && cols.indexOf(seg.col) <= cols.indexOf(prev.col) && seg.continues !== true) flush(null);
    const next = segs[s + 1];
    row.push(seg);
    if (next !== undefined && pageStartBetween(tokens, seg.to + 1, next.from) >= 0) {
      // The break: only the cells before it are the cut row's first part.
      flush(continuedColumns(segs, s + 1, cols));
    }
  });
  flush(null);
  return out;
}

/** The columns the cut row goes on with after the break: the cells from `from` on, in column order. */
function continuedColumns(segs: readonly Seg[], from: number, cols: readonly Col[]): Set<Col> {
  const out = new Set<Col>();
  for (let s = from; s < segs.length; s++) {
    if (s > from && cols.indexOf(segs[s]!.col) <= cols.indexOf(segs[s - 1]!.col)) break;
    out.add(segs[s]!.col);
  }
  return out;
}

/** The cut row's cells, one parted where it holds an empty next column's lines that go on after the break. */
function partRow(cells: readonly Seg[], cols: readonly Col[], goingOn: ReadonlySet<Col>, tokens: readonly Token[], seen: (col: Col, text: string) => boolean): Seg[] {
  const counts = cells.filter((c) => !UNMEASURED.has(c.col) && c.to > c.from).map((c) => c.to - c.from + 1);
  const left = mostCommon(counts);
  if (left === null) return [...cells];
  const present = new Set(cells.map((c) => c.col));
  return cells.flatMap((cell) => {
    const next = cols[cols.indexOf(cell.col) + 1];
    const lines = cell.to - cell.from + 1;
    if (next === undefined || present.has(next) || UNMEASURED.has(cell.col) || UNMEASURED.has(next) || lines <= left || lines > 2 * left) return [cell];
    const tail = tokens.slice(cell.from + left, cell.to + 1).map((t) => t.text.replace(/\s/g, '')).join('');
    if (!goingOn.has(next) && !seen(next, tail)) return [cell];
    return [
      { ...cell, to: cell.from + left - 1 },
      { col: next, from: cell.from + left, to: cell.to },
    ];
  });
}

/**
 * A cell that goes on after the break reaches the page's last line, so it has as many lines before the break
 * as the cut row's longest cell. One short of that, beside the next column's cell, lent that cell its last lines
 * (…的，从 | 其规 / 西吉县 / … / 局: 其规 ends the 公开时限, whose 定） the next page prints); they go back.
 */
function fillToPageEnd(cells: readonly Seg[], cols: readonly Col[], goingOn: ReadonlySet<Col>): Seg[] {
  const lines = (cell: Seg): number => cell.to - cell.from + 1;
  const longest = Math.max(...cells.map(lines));
  const out = [...cells];
  for (let k = 0; k + 1 < out.length; k++) {
    const cell = out[k]!;
    const next = out[k + 1]!;
    const short = longest - lines(cell);
    const adjacent = next.from === cell.to + 1 && cols.indexOf(next.col) === cols.indexOf(cell.col) + 1;
    if (!goingOn.has(cell.col) || goingOn.has(next.col) || UNMEASURED.has(cell.col) || UNMEASURED.has(next.col)) continue;
    if (short < 1 || !adjacent || lines(next) <= short) continue;
    out[k] = { ...cell, to: cell.to + short };
    out[k + 1] = { ...next, from: next.from + short };
  }
  return out;
}

/** The count most cells share, if at least two share it. */
function mostCommon(counts: readonly number[]): number | null {
  let best: number | null = null;
  let bestTimes = 1;
  for (const c of new Set(counts)) {
    const times = counts.filter((x) => x === c).length;
    if (times > bestTimes || (times === bestTimes && best !== null && c > best)) [best, bestTimes] = [c, times];
  }
  return best;
}

/** Going on, after a page break, with a cell whose last line before it was short: it had ended. */
const FINISHED_CELL = -2.5;

/**
 * The cost of going on, after a page break, with the cut row's cell in `col`: a cell still inside a bracket
 * surely goes on; one that had ended, or that the row has none of, does not (in top-aligned text every
 * cell of a row starts on the row's first line, so an empty cell has nothing to go on with).
 */
export function endedBefore(cut: CutRow | undefined, col: Col): number {
  if (cut === undefined) return 0;
  if (cut.unclosed.has(col)) return -FINISHED_CELL;
  return cut.finished.has(col) || !cut.present.has(col) ? FINISHED_CELL : 0;
}

/** The token is on a page's last line: the line after it starts a page. */
export function onPageEnd(tokens: readonly Token[], k: number): boolean {
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1]!.line === tokens[k]!.line) last++;
  return tokens[last + 1]?.pageStart === true;
}
