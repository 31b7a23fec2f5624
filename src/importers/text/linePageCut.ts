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
}

/** For each page's first token, the cells of the row the break cut, by whether they ended before it. */
export function cutRowsAtBreaks(segs: readonly Seg[], tokens: readonly Token[], cols: readonly Col[], full: Partial<Record<Col, number>>): Map<number, CutRow> {
  const out = new Map<number, CutRow>();
  let rowStart = 0;
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s]!;
    const prev = segs[s - 1];
    if (prev !== undefined && cols.indexOf(seg.col) <= cols.indexOf(prev.col) && seg.continues !== true) rowStart = s;
    const next = segs[s + 1];
    const breakAt = next === undefined ? -1 : pageStartBetween(tokens, seg.to + 1, next.from);
    if (breakAt < 0) continue;
    const cut: CutRow = { finished: new Set<Col>(), open: new Set<Col>() };
    for (const cell of segs.slice(rowStart, s + 1)) {
      const w = full[cell.col];
      if (w === undefined || UNMEASURED.has(cell.col)) continue;
      cut[tokens[cell.to]!.width <= w - 4 ? 'finished' : 'open'].add(cell.col);
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
