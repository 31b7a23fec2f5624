/**
 * A catalog repeats its cells: the same 公开时限, 公开主体 or 公开依据 stands in many rows. Where the
 * first reading took a run of lines as one cell in some rows, the same run read as one cell of that
 * column elsewhere is likelier than a reading that glues it to the next cell's lines (信息生成或者变更之
 * 日起20个工作日内予以公开 | 政务服务窗口: both read alone in other rows, so not one 公开时限 here). After a page
 * break, a cut row's cell that goes on is measured with its start before the break (政务 | 服务 / 窗口).
 */
import { compact } from '../table/cellText.ts';
import { MAX_CELL, NEG } from './lineCells.ts';
import type { Seg } from './lineSegment.ts';
import { onPageEnd } from './linePageCut.ts';
import type { Col, Token } from './lineTokens.ts';

/** What a cell of several lines, or of a few characters, read as one cell elsewhere gains. */
const SEEN_ELSEWHERE = 1.5;
/** Texts this short repeat by chance (开, 公开): they say nothing. */
const SHORTEST = 4;

/** A row a page break cuts: its tokens before (1) and after (2) the break, and its cells' text before it. */
interface CutRows {
  zone: Uint8Array;
  /** For a token after a break, the cut row's text of each column before the break. */
  head: (Map<Col, string> | undefined)[];
}

/**
 * The tokens of the rows a page break cuts, from a row's start to its last line at the next page's top
 * (where the next row starts): their cells show parts of texts.
 */
function cutRows(segs: readonly Seg[], tokens: readonly Token[], cols: readonly Col[]): CutRows {
  const out: CutRows = { zone: new Uint8Array(tokens.length), head: new Array<Map<Col, string> | undefined>(tokens.length) };
  let rowFrom = 0;
  const mark = (first: number, last: number): void => {
    const from = segs[first]?.from ?? tokens.length;
    const to = last + 1 < segs.length ? segs[last + 1]!.from - 1 : tokens.length - 1;
    const breakAt = tokens.findIndex((t, k) => k >= from && k <= to && t.pageStart);
    if (breakAt < 0) return;
    out.zone.fill(1, from, breakAt);
    out.zone.fill(2, breakAt, to + 1);
    const head = new Map<Col, string>();
    for (const seg of segs.slice(first, last + 1)) {
      if (seg.to < breakAt) head.set(seg.col, tokens.slice(seg.from, seg.to + 1).map((t) => compact(t.text)).join(''));
    }
    out.head.fill(head, breakAt, to + 1);
  };
  segs.forEach((seg, s) => {
    const prev = segs[s - 1];
    if (prev !== undefined && cols.indexOf(seg.col) <= cols.indexOf(prev.col) && seg.continues !== true) {
      mark(rowFrom, s - 1);
      rowFrom = s;
    }
  });
  mark(rowFrom, segs.length - 1);
  return out;
}

/** The cells of each column the reading took outside rows a page break cuts, by text. */
function cellsByText(segs: readonly Seg[], tokens: readonly Token[], cut: Uint8Array): Map<string, Seg[]> {
  const out = new Map<string, Seg[]>();
  for (const seg of segs) {
    if (cut[seg.from] === 2 || cut[seg.to] === 2 || onPageEnd(tokens, seg.to)) continue;
    const text = tokens.slice(seg.from, seg.to + 1).map((t) => compact(t.text)).join('');
    if (text.length < SHORTEST) continue;
    const key = `${seg.col}\u0000${text}`;
    out.set(key, [...(out.get(key) ?? []), seg]);
  }
  // A text that is another of its column's texts followed by another column's is two cells read as one
  // (信息生成…予以公开 + 政务服务窗口): it gains nothing.
  const texts = [...out.keys()].map((key) => key.split('\u0000') as [string, string]);
  for (const [col, text] of texts) {
    const glued = texts.some(([c, head]) => c === col && head.length < text.length && text.startsWith(head)
      && texts.some(([other, tail]) => other !== col && head + tail === text));
    if (glued) out.delete(`${col}\u0000${text}`);
  }
  return out;
}

/** Whether a cell of the column holds the text in a row the reading read whole (no page break cuts it). */
export function seenWhole(segs: readonly Seg[], tokens: readonly Token[], cols: readonly Col[]): (col: Col, text: string) => boolean {
  const seen = cellsByText(segs, tokens, cutRows(segs, tokens, cols).zone);
  return (col, text) => text.length >= SHORTEST && seen.has(`${col}\u0000${text}`);
}

/** The cell scores with a bonus for every candidate cell whose text another row's cell of its column holds. */
export function withRepeatedCells(
  base: { scores: Float64Array[]; longest: Int32Array[] },
  segs: readonly Seg[],
  tokens: readonly Token[],
  cols: readonly Col[],
): { scores: Float64Array[]; longest: Int32Array[] } {
  const cut = cutRows(segs, tokens, cols);
  const seen = cellsByText(segs, tokens, cut.zone);
  const isSeen = (col: Col, text: string, from: number, to: number): boolean =>
    text.length >= SHORTEST && (seen.get(`${col}\u0000${text}`) ?? []).some((s) => s.from !== from || s.to !== to);
  const scores = cols.map((col, c) => {
    const out = Float64Array.from(base.scores[c]!);
    if (col === 'seq' || col === 'marks' || col === 'channels') return out;
    for (let i = 0; i < tokens.length; i++) {
      // After a break, the cut row's cell goes on: its text before the break and this one make the cell.
      const head = cut.zone[i] === 2 ? cut.head[i]?.get(col) : '';
      if (head === undefined) continue;
      let text = head;
      for (let len = 1; len <= base.longest[c]![i]!; len++) {
        const t = tokens[i + len - 1]!;
        // A cell a page break cuts shows part of its text before it.
        if (cut.zone[i + len - 1] !== cut.zone[i] || (t.pageStart && len > 1) || t.besideCutEnd || onPageEnd(tokens, i + len - 1)) break;
        text += compact(t.text);
        const at = i * MAX_CELL + len - 1;
        if (out[at]! > NEG / 2 && isSeen(col, text, i, i + len - 1)) out[at] = out[at]! + SEEN_ELSEWHERE;
      }
    }
    return out;
  });
  return { scores, longest: base.longest };
}
