/**
 * The line-stream reader's segmentation: one dynamic programme over the tokens
 * that cuts them into cells, keeps the columns' order within a row and lets a
 * row restart at 序号 or at a lower column (cells merged with the row above).
 */
import { MAX_CELL, NEG, SKIP_LINE } from './lineCells.ts';
import { endedBefore, type CutRow } from './linePageCut.ts';
import type { Col, Token } from './lineTokens.ts';

/** What the 序号 column numbers: the 一级事项 groups, every row, or neither (or there is none). */
export type SeqRole = 'groups' | 'rows' | 'none';

/** A row's next cell on a line after a one-line cell that ends its line (top-aligned text). */
const LINE_AFTER_ONE_LINE = -3;

export interface Seg {
  col: Col;
  from: number;
  to: number; // inclusive
  /** The cell goes on with the text of the row a page break cut (its cells continue, in order). */
  continues?: boolean;
}

/** A page's first cell may go on with any cell of the row the page break cut. */
const PAGE_CONTINUATION = 0;

/** The 二级事项 and 公开内容 a row's step from `prev` to `next` skips (a row rarely skips them). */
function skippedMusts(prev: Col, next: Col, order: readonly Col[]): Col[] {
  const a = order.indexOf(prev);
  const b = order.indexOf(next);
  if (b <= a || (prev !== 'seq' && prev !== 'level1' && prev !== 'level2')) return [];
  return (['level2', 'content'] as Col[]).filter((must) => order.indexOf(must) > a && order.indexOf(must) < b);
}

/**
 * A step from the 公开内容 past the 公开依据 costs a little: a basis is sometimes merged over rows,
 * but between a content and a basis that read equally well as one cell or two, two it is.
 */
function skipsBasis(prev: Col, next: Col, order: readonly Col[]): number {
  const k = order.indexOf('basis');
  return prev === 'content' && k > order.indexOf(prev) && k < order.indexOf(next) ? -0.5 : 0;
}

/** A row restarts at 序号 (new row) or at a lower column (cells merged with the row above). */
function transition(prev: Col | null, next: Col, order: readonly Col[]): number {
  const a = prev === null ? -1 : order.indexOf(prev);
  const b = order.indexOf(next);
  // A row that skips its 二级事项 or 公开内容 is unusual.
  if (b > a) return prev === null ? 0 : -2 * skippedMusts(prev, next, order).length + skipsBasis(prev, next, order);
  if (next === 'seq') return 0;
  // Another 公开内容 under the same merged cells.
  if (next === 'content' && prev === 'content') return -1.5;
  if (next === 'level2') return -1;
  if (next === 'level1') return -2;
  if (next === 'content') return -3;
  return -6;
}


export function segment(
  tokens: readonly Token[],
  cols: readonly Col[],
  cells: { scores: Float64Array[]; longest: Int32Array[] },
  typical: Partial<Record<Col, number>>,
  centred: boolean,
  seqRole: SeqRole = 'none',
  /** The width of a column's full lines (the upper quartile of its wrapped lines). */
  full: Partial<Record<Col, number>> = typical,
  /** At a page's first token, the cells of the row the break cut, by whether they ended before it. */
  cutAt: ReadonlyMap<number, CutRow> = new Map(),
): Seg[] {
  const n = tokens.length;
  const C = cols.length;
  // Against the column's typical wrapped width: lines much wider (any line) or much
  // narrower (a line that is not the cell's last) do not belong. Prefix counts per column.
  // Top-aligned text (pdftotext -raw) prints every line of a cell inside its column, so a line wider than
  // the column's typical line by more than a character belongs elsewhere; centred text is read more loosely.
  const widest = (col: Col, w: number): number => (centred ? w * 1.3 + 3 : (full[col] ?? w) + Math.max(1.5, (full[col] ?? w) * 0.2));
  const tooWide = cols.map((col) => {
    const w = typical[col];
    const prefix = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + (w !== undefined && tokens[i]!.width > widest(col, w) ? 1 : 0);
    return prefix;
  });
  const tooNarrow = cols.map((col) => {
    const w = typical[col];
    const prefix = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1];
      const exempt = t.digits || next?.numbered === true;
      prefix[i + 1] = prefix[i]! + (w !== undefined && !exempt && t.width < w - Math.max(2, w * 0.2) ? 1 : 0);
    }
    return prefix;
  });
  // Where the 序号 numbers the groups, a row starting at its 序号 does not skip its 一级事项.
  const level1 = cols.indexOf('level1');
  const skipsGroup = (p: Col, c: Col): number => (seqRole === 'groups' && p === 'seq' && cols.indexOf(c) > level1 ? -3 : 0);
  // Where the 序号 numbers the rows, a row that starts without one is unusual.
  const unnumbered = (p: Col, c: Col): number => (seqRole === 'rows' && c !== 'seq' && cols.indexOf(c) <= cols.indexOf(p) ? -4 : 0);
  const trans = cols.map((p) => cols.map((c) => transition(p, c, cols) + skipsGroup(p, c) + unnumbered(p, c)));
  const first = cols.map((c) => transition(null, c, cols));
  // The page break each token's cut row goes on after (-1 once a 序号 starts a row): there a row
  // skips the cells that had ended before the break.
  const breakOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const rowStart = t.int && (i === 0 || tokens[i - 1]!.line !== t.line);
    breakOf[i] = t.pageStart ? i : rowStart || i === 0 ? -1 : breakOf[i - 1]!;
  }
  const skipsFinished = (i: number, p: Col, c: Col): number => {
    const cut = breakOf[i]! >= 0 ? cutAt.get(breakOf[i]!) : undefined;
    // Only after a cell known to go on: one of the cut row's whose last line filled its column.
    if (cut === undefined || !cut.open.has(p)) return 0;
    return 2 * skippedMusts(p, c, cols).filter((must) => cut.finished.has(must)).length;
  };
  // State: tokens < i consumed, last cell in column p (C: none yet), and a bit. Centred text: the
  // cell was one line with more cells beside it (cells printed side by side on one line are centred
  // together, so a cell beside a one-line cell is one line too). Top-aligned text: the cell was one
  // line alone on its line (the row's next cell would have been printed beside it).
  const S = (C + 1) * 2;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(S).fill(NEG));
  const backFrom = Array.from({ length: n + 1 }, () => new Int32Array(S).fill(-1));
  const backState = Array.from({ length: n + 1 }, () => new Int32Array(S).fill(-1));
  // A line no cell can take (a stray page header, a second tick line) is dropped at a high cost, so a reading always exists.
  const skipped = Array.from({ length: n + 1 }, () => new Uint8Array(S));
  const continued = Array.from({ length: n + 1 }, () => new Uint8Array(S));
  best[0]![C * 2] = 0;
  for (let i = 0; i < n; i++) {
    for (let state = 0; state < S; state++) {
      const start = best[i]![state]!;
      if (start <= NEG / 2) continue;
      const p = state >> 1;
      const oneLine = (state & 1) === 1;
      if (start + SKIP_LINE > best[i + 1]![state]!) {
        best[i + 1]![state] = start + SKIP_LINE;
        backFrom[i + 1]![state] = i;
        backState[i + 1]![state] = state;
        skipped[i + 1]![state] = 1;
      }
      const pageStart = tokens[i]!.pageStart && p !== C;
      // Cells side by side on one line are cells of one row: only a line's first cell starts a row.
      const midLine = i > 0 && tokens[i - 1]!.line === tokens[i]!.line;
      for (let c = 0; c < C; c++) {
        const normal = p === C ? first[c]! : trans[p]![c]! + skipsFinished(i, cols[p]!, cols[c]!);
        const goesOn = pageStart && cols[c] !== 'seq' && PAGE_CONTINUATION > normal;
        // A cell the page break did not cut does not go on after it.
        const t = goesOn ? PAGE_CONTINUATION + endedBefore(cutAt.get(i), cols[c]!) : normal;
        if (t <= -6 || (midLine && c <= p)) continue;
        const scores = cells.scores[c]!;
        const prefix = tooWide[c]!;
        const narrow = tooNarrow[c]!;
        const maxLen = centred && oneLine ? 1 : cells.longest[c]![i]!;
        // Top-aligned: the next cell of a row starts on the row's first line, beside a one-line cell.
        const besideMissed = !centred && oneLine && c > p && p !== C && !tokens[i]!.pageStart ? LINE_AFTER_ONE_LINE : 0;
        for (let len = 1; len <= maxLen && i + len <= n; len++) {
          const s = scores[i * MAX_CELL + len - 1]!;
          if (s <= NEG / 2) continue;
          const end = tokens[i + len - 1]!;
          // Top-aligned cells (pdftotext -raw): the next cell starts on the row's first baseline, so a
          // cell of several lines ends its line; only a one-line cell has the next cell beside it.
          if (!centred && len > 1 && !end.lastOnLine) continue;
          const v = start + t + s + besideMissed - 4 * (prefix[i + len]! - prefix[i]!) - 2.5 * (narrow[i + len - 1]! - narrow[i]!);
          const flag = centred ? len === 1 && !end.lastOnLine : len === 1 && end.lastOnLine;
          const next = (c * 2) | (flag ? 1 : 0);
          if (v > best[i + len]![next]!) {
            best[i + len]![next] = v;
            backFrom[i + len]![next] = i;
            backState[i + len]![next] = state;
            skipped[i + len]![next] = 0;
            continued[i + len]![next] = goesOn ? 1 : 0;
          }
        }
      }
    }
  }
  let state = 0;
  for (let k = 1; k < S; k++) if (best[n]![k]! > best[n]![state]!) state = k;
  const segs: Seg[] = [];
  let j = n;
  while (j > 0 && state >= 0) {
    const i = backFrom[j]![state]!;
    if (i < 0) break;
    if (skipped[j]![state] === 0) segs.push({ col: cols[state >> 1]!, from: i, to: j - 1, ...(continued[j]![state] === 1 ? { continues: true } : {}) });
    state = backState[j]![state]!;
    j = i;
  }
  return segs.reverse();
}

