/**
 * Text extracted from a PDF table where every cell is broken over short lines
 * and the cells of a row follow one another line by line (序号, 一级事项,
 * 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道, ticks, 栏目).
 *
 * The lines are cut into cells and the cells assigned to the form's columns
 * by one segmentation that keeps the form's column order within a row and
 * scores every candidate cell by what its text looks like (a 《title》, a time
 * phrase, a check-box list, an office name …) and by the wrapping of its
 * lines: all lines of a wrapped cell but the last are about as wide as the
 * column. Rows restart at a 序号 (a new row) or at 二级事项/公开内容 (a row
 * whose other cells are merged with the row above).
 *
 * Top-aligned cells (pdftotext -raw) print the first lines of a row's cells on one baseline, so
 * -raw joins a one-line cell and the next cell's first line: only a line's first cell starts a row,
 * a cell of several lines ends its line, and the cell after a one-line cell is beside it. A header
 * printed again after a page break marks a page start, where the cut row's cells go on.
 */
import type { GridRow, SourceTable } from '../table/grid.ts';
import { compact, isMark } from '../table/cellText.ts';
import { cellScores } from './lineCells.ts';
import { columnsOfHeader, findHeaderStart, firstDataLine, withoutRepeatedHeaders } from './lineHeader.ts';
import { segment, type Seg, type SeqRole } from './lineSegment.ts';
import { cutRowsAtBreaks, partCutRows } from './linePageCut.ts';
import { INT, LABELS, holdsBox, printsBoxesInline, splitLine, startsBoxes, width, type Col, type Token } from './lineTokens.ts';
import { columnsOfHeaderText } from './headerColumns.ts';
import { seenWhole, withRepeatedCells } from './lineRepeats.ts';
import { isTickRun, spreadTicks } from './lineTicks.ts';

/**
 * What the 序号 numbers, from a first reading. `groups`: the 一级事项 groups (its cell spans their
 * rows) when many rows start without one, so a row that starts at a 序号 carries its 一级事项.
 * `rows`: nearly every row starts at one, so a row without one is a cell's wrapped line read wrong.
 */
function seqRole(segs: readonly Seg[], cols: readonly Col[]): SeqRole {
  if (!cols.includes('seq')) return 'none';
  let numbered = 0;
  let unnumbered = 0;
  let last = Number.POSITIVE_INFINITY;
  for (const seg of segs) {
    const k = cols.indexOf(seg.col);
    if (k <= last && seg.continues !== true) {
      if (seg.col === 'seq') numbered++;
      else unnumbered++;
    }
    last = k;
  }
  if (cols.includes('level1') && numbered > 0 && unnumbered >= numbered) return 'groups';
  return numbered >= 3 && unnumbered * 4 <= numbered ? 'rows' : 'none';
}

/**
 * The lines at a page's top that hold the ends of the row the break cut: from the page's first line to the
 * next line that starts a row at its 序号 (-raw prints the ends side by side on the page's top lines).
 * Without a 序号 column no line tells where the next row starts: the page's first line only.
 */
function cutRowEnds(body: readonly string[], pageStarts: ReadonlySet<number>, numbered: boolean): Set<number> {
  const out = new Set<number>();
  for (const start of pageStarts) {
    out.add(start);
    for (let k = start + 1; numbered && k < body.length && !/^\s*\d{1,3}\s/.test(body[k]!); k++) out.add(k);
  }
  return out;
}

export function readLineStream(text: string): SourceTable | null {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim() !== '');
  const head = findHeaderStart(lines);
  if (!head) return null;
  const { headerAt, headStart } = head;
  const dataAt = firstDataLine(lines, headStart, headerAt);
  if (dataAt < 0) return null;
  const headerText = compact(lines.slice(headStart, dataAt).join(''));
  const { lines: body, pageStarts } = withoutRepeatedHeaders(lines.slice(dataAt), lines.slice(0, dataAt), lines.slice(headStart, headerAt), lines[headerAt]);
  const cols = columnsOfHeader(headerText);
  const tokens: Token[] = [];
  const boxesInline = printsBoxesInline(body);
  const cutEnds = cutRowEnds(body, pageStarts, cols.includes('seq'));
  const split = body.map((line, index) => splitLine(line, boxesInline, cutEnds.has(index)));
  // Cells centred in their rows (Word's PDF) print the 序号 alone on its line; top-aligned cells
  // (pdftotext -raw) print it beside the first lines of the next cells, which may wrap.
  const seqLines = split.filter((parts) => parts.length > 0 && INT.test(compact(parts[0]!)));
  const centred = seqLines.length > 0 && seqLines.filter((parts) => parts.length === 1).length >= seqLines.length / 2;
  split.forEach((parts, index) => {
    const seqFirst = centred && parts.length > 1 && INT.test(compact(parts[0]!));
    parts.forEach((part, k) => {
      const c = compact(part);
      tokens.push({
        text: part,
        line: index,
        besideSeq: seqFirst && k > 0,
        lastOnLine: k === parts.length - 1,
        pageStart: k === 0 && pageStarts.has(index),
        besideCutEnd: k > 0 && cutEnds.has(index),
        width: width(part),
        box: !isTickRun(part) && (startsBoxes(part) || (boxesInline && holdsBox(part))),
        mark: isMark(part) || isTickRun(part),
        int: INT.test(c),
        digits: /^\d+$/.test(c),
        numbered: /^\d{1,2}[.．、]/.test(c),
      });
    });
  });
  if (tokens.length === 0) return null;
  const base = cellScores(tokens, cols);
  let segs = segment(tokens, cols, base, {}, centred);
  // Second pass: learn how wide each column wraps and penalise lines much wider.
  const widths: Partial<Record<Col, number[]>> = {};
  for (const seg of segs) {
    for (let k = seg.from; k < seg.to; k++) (widths[seg.col] ??= []).push(tokens[k]!.width);
  }
  const wide: Partial<Record<Col, number>> = {};
  const full: Partial<Record<Col, number>> = {};
  for (const [col, list] of Object.entries(widths) as [Col, number[]][]) {
    const sorted = [...list].sort((a, b) => a - b);
    wide[col] = sorted[Math.floor(sorted.length / 2)]!;
    full[col] = sorted[Math.floor(sorted.length * 0.75)]!;
  }
  const role = seqRole(segs, cols);
  segs = segment(tokens, cols, base, wide, centred, role, full, cutRowsAtBreaks(segs, tokens, cols, full));
  // Third pass: a run of lines read as one cell of a column elsewhere reads so here too, and the rows a
  // page break cuts are those of the second reading (the first may lack the cell that goes on).
  const third = segment(tokens, cols, withRepeatedCells(base, segs, tokens, cols), wide, centred, role, full, cutRowsAtBreaks(segs, tokens, cols, full, !centred));
  segs = partCutRows(third, tokens, cols, seenWhole(segs, tokens, cols));

  const rows: GridRow[] = [cols.map((c) => ({ text: LABELS[c] }))];
  let current: string[] | null = null;
  let lastIndex = -1;
  // After a page break, the cut row's cells go on (in column order) until a row starts again.
  let goingOn = false;
  for (const seg of segs) {
    const k = cols.indexOf(seg.col);
    if (seg.continues === true && current !== null) goingOn = true;
    else if (current === null || k <= lastIndex) {
      current = cols.map(() => '');
      rows.push(current.map((t) => ({ text: t })));
      goingOn = false;
    }
    const cellText = tokens.slice(seg.from, seg.to + 1).map((t) => t.text).join('\n');
    current[k] = goingOn && current[k] !== '' ? `${current[k]}\n${cellText}` : cellText;
    rows[rows.length - 1] = current.map((t) => ({ text: t }));
    lastIndex = k;
  }
  const columns = columnsOfHeaderText(lines.slice(headStart, dataAt).join(''));
  const findings = spreadTicks(rows, cols, columns, lines.slice(0, headStart));
  return { before: lines.slice(0, headStart), rows, after: [], ...(columns ? { columns } : {}), ...(findings.length > 0 ? { findings } : {}) };
}
