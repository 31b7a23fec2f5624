import type { GridRow, SourceTable } from '../table/grid.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { openPdf, pageTextItems, pdfRefusal, type PdfDocument } from './openPdf.ts';
import { splitAtRulings } from './splitBoxes.ts';
import { joinRowsSplitByPages } from './splitRows.ts';
import { dropRepeatedHeader } from './repeatedHeader.ts';
import { overflowBelow } from './overflow.ts';

type Matrix = [number, number, number, number, number, number];
export interface TextBox {
  str: string;
  x: number;
  top: number;
  right: number;
  bottom: number;
  size: number;
}
export interface Segment {
  at: number;
  from: number;
  to: number;
}

/** Horizontal (h) and vertical (v) lines drawn on a page. */
export interface PageRulings {
  h: Segment[];
  v: Segment[];
}

const OP = { save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, closeEOFillStroke: 27, endPath: 28, constructPath: 91 };
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };
const TOLERANCE = 1.5;

/**
 * Work limits (counted, never timed, so a busy machine cannot make a good file fail):
 * pages read, operators pdfjs returns for all pages, text items, and the cell × ruling
 * checks of the table rebuild. A 36-item exported catalog takes 8 pages, 1,074 text items and
 * 8,270 operators, so these allow catalogs of about 3,000 items.
 */
export const PDF_WORK_LIMITS = { pages: 1000, operators: 2_000_000, textItems: 100_000, gridChecks: 40_000_000 };
const tooMuchWork = (what: string) => new DomainError('import.too_large', `PDF 文件${what}过多（超出解析上限），疑似异常文件，已拒绝`);

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Horizontal and vertical rulings of a page, in top-left page coordinates. */
function rulings(ops: { fnArray: number[]; argsArray: unknown[] }, base: Matrix): PageRulings {
  const h: Segment[] = [];
  const v: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = base;
  const addLine = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) < 0.8 && Math.abs(x1 - x2) > 2) h.push({ at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) < 0.8 && Math.abs(y1 - y2) > 2) v.push({ at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OP.save) stack.push(ctm);
    else if (fn === OP.restore) ctm = stack.pop() ?? base;
    else if (fn === OP.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OP.constructPath) {
      const paint = args[0] as number;
      if (paint === OP.endPath || paint < OP.stroke || paint > OP.closeEOFillStroke) continue;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!(data instanceof Float32Array) && !Array.isArray(data)) continue;
      const path = data as ArrayLike<number>;
      const filled = paint >= OP.fill;
      const points: [number, number][] = [];
      let start: [number, number] | null = null;
      let last: [number, number] | null = null;
      const segments: [number, number, number, number][] = [];
      for (let k = 0; k < path.length; ) {
        const code = path[k++];
        if (code === DRAW.moveTo || code === DRAW.lineTo) {
          const p = apply(ctm, path[k]!, path[k + 1]!);
          k += 2;
          if (code === DRAW.lineTo && last) segments.push([last[0], last[1], p[0], p[1]]);
          if (code === DRAW.moveTo) start = p;
          last = p;
          points.push(p);
        } else if (code === DRAW.curveTo) {
          last = apply(ctm, path[k + 4]!, path[k + 5]!);
          k += 6;
        } else if (code === DRAW.quadraticCurveTo) {
          last = apply(ctm, path[k + 2]!, path[k + 3]!);
          k += 4;
        } else if (code === DRAW.closePath) {
          if (start && last) segments.push([last[0], last[1], start[0], start[1]]);
          last = start;
        } else break;
      }
      if (filled && points.length >= 4) {
        // A thin filled rectangle is a ruling (Word's PDF export draws borders so); a big one is shading.
        const xs = points.map((p) => p[0]);
        const ys = points.map((p) => p[1]);
        const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (y2 - y1 < 2.5 && x2 - x1 > 2) addLine(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
        else if (x2 - x1 < 2.5 && y2 - y1 > 2) addLine((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
        continue;
      }
      if (!filled) for (const s of segments) addLine(...s);
    }
  }
  return { h, v };
}

/** Cluster positions within TOLERANCE; returns the sorted centres. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const value of sorted) {
    const group = out.at(-1);
    if (group && value - group.at(-1)! <= TOLERANCE) group.push(value);
    else out.push([value]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

function covered(segments: Segment[], at: number, point: number): boolean {
  return segments.some((s) => Math.abs(s.at - at) <= TOLERANCE && s.from - TOLERANCE <= point && point <= s.to + TOLERANCE);
}

/** Joins the text boxes of one cell: lines by baseline, wrapped lines glued, hard breaks kept. */
function cellText(boxes: TextBox[], right: number): string {
  const sorted = [...boxes].sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.top - box.top) < Math.max(2, line[0]!.size * 0.5)) line.push(box);
    else lines.push([box]);
  }
  let text = '';
  let previousRight = Number.POSITIVE_INFINITY;
  let previousSize = 0;
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let lineText = '';
    let lineRight = Number.NEGATIVE_INFINITY;
    for (const box of line) {
      if (lineText && box.x - lineRight > box.size * 0.4) lineText += ' ';
      lineText += box.str;
      lineRight = Math.max(lineRight, box.right);
    }
    if (text) {
      const wrapped = right - previousRight < previousSize * 2.2;
      text += !wrapped ? '\n' : /^[■□☑☐☒√]/.test(lineText) || /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(lineText) ? ' ' : '';
    }
    text += lineText;
    previousRight = lineRight;
    previousSize = line[0]!.size;
  }
  return text.trim();
}

export interface PageTable {
  before: string[];
  rows: GridRow[];
  after: string[];
  /** x of the column borders, left to right (none without rulings): a cell of span n runs from its border to the n-th after it. */
  edges: number[];
  /** Per cell of the last row: whether a ruling closes it below (a merged cell cut by the page break has none). */
  closedBelow: boolean[];
}

export function pageTable(pageBoxes: TextBox[], lines: PageRulings): PageTable | null {
  const xs = cluster(lines.v.map((s) => s.at));
  const ys = cluster(lines.h.map((s) => s.at));
  if (xs.length < 3 || ys.length < 2) return null;
  const rowsN = ys.length - 1;
  const colsN = xs.length - 1;
  // Each cell checks its borders against every ruling: beyond the budget the page is read as unruled text.
  if (rowsN * colsN * (lines.h.length + lines.v.length) > PDF_WORK_LIMITS.gridChecks) return null;
  const parent = Array.from({ length: rowsN * colsN }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rowsN; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < colsN; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < colsN && !covered(lines.v, xs[c + 1]!, midY)) union(r * colsN + c, r * colsN + c + 1);
      if (r + 1 < rowsN && !covered(lines.h, ys[r + 1]!, midX)) union(r * colsN + c, (r + 1) * colsN + c);
    }
  }
  const region = new Map<number, { right: number; boxes: TextBox[] }>();
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      const root = find(r * colsN + c);
      const found = region.get(root);
      if (!found) region.set(root, { right: c, boxes: [] });
      else found.right = Math.max(found.right, c);
    }
  }
  const locate = (value: number, edges: number[]) => {
    if (value < edges[0]! || value > edges.at(-1)!) return -1;
    let i = 0;
    while (i < edges.length - 2 && value > edges[i + 1]!) i++;
    return i;
  };
  const before: TextBox[] = [];
  const after: TextBox[] = [];
  for (const box of splitAtRulings(pageBoxes, lines.v)) {
    const cx = (box.x + box.right) / 2;
    const cy = (box.top + box.bottom) / 2;
    const r = locate(cy, ys);
    const c = locate(cx, xs);
    if (r < 0 || c < 0) (cy < ys[0]! ? before : after).push(box);
    else region.get(find(r * colsN + c))!.boxes.push(box);
  }
  for (const { column, box } of overflowBelow(after, xs, ys.at(-1)!)) {
    region.get(find((rowsN - 1) * colsN + column))!.boxes.push(box);
    after.splice(after.indexOf(box), 1);
  }
  // A row's cells are its runs of slots of one region. A region that is not a rectangle (an L where a
  // line is missing, as under a cell cut by a page break) gives its text to its first run only.
  const rows: GridRow[] = [];
  const written = new Set<number>();
  for (let r = 0; r < rowsN; r++) {
    const row: GridRow = [];
    for (let c = 0; c < colsN; ) {
      const root = find(r * colsN + c);
      let span = 1;
      while (c + span < colsN && find(r * colsN + c + span) === root) span++;
      const spanned = span > 1 ? { colSpan: span } : {};
      if (r > 0 && find((r - 1) * colsN + c) === root) row.push({ text: '', mergedFromAbove: true, ...spanned });
      else {
        const { boxes: inCell, right } = region.get(root)!;
        row.push({ text: written.has(root) ? '' : cellText(inCell, xs[right + 1]!), ...spanned });
      }
      written.add(root);
      c += span;
    }
    rows.push(row);
  }
  return { before: paragraphs(before), rows, after: paragraphs(after), edges: xs, closedBelow: closedBelow(rows.at(-1) ?? [], xs, ys.at(-1)!, lines.h) };
}

/** Whether a ruling runs under each cell of the bottom row (under every column the cell spans). */
function closedBelow(row: GridRow, xs: number[], bottom: number, h: Segment[]): boolean[] {
  let c = 0;
  return row.map((cell) => {
    const slots = Array.from({ length: cell.colSpan ?? 1 }, (_, k) => (xs[c + k]! + xs[c + k + 1]!) / 2);
    c += slots.length;
    return slots.every((midX) => covered(h, bottom, midX));
  });
}

/** Loose text (outside the table) as lines. */
function paragraphs(boxes: TextBox[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.top - box.top) < Math.max(2, line[0]!.size * 0.5)) line.push(box);
    else lines.push([box]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((b) => b.str)
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Without rulings: each visual line is a row, text runs separated by wide gaps are its cells (no merges). */
function unruledTable(boxes: TextBox[]): PageTable {
  const sorted = [...boxes].sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: TextBox[][] = [];
  for (const box of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.top - box.top) < Math.max(2, line[0]!.size * 0.5)) line.push(box);
    else lines.push([box]);
  }
  const rows: GridRow[] = [];
  const before: string[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    let right = Number.NEGATIVE_INFINITY;
    for (const box of line) {
      if (cells.length && box.x - right < box.size * 1.5) cells[cells.length - 1] += box.str;
      else cells.push(box.str);
      right = box.right;
    }
    const texts = cells.map((c) => c.trim()).filter(Boolean);
    if (texts.length <= 1 && rows.length === 0) before.push(texts.join(''));
    else rows.push(texts.map((text) => ({ text })));
  }
  return { before: before.filter(Boolean), rows, after: [], edges: [], closedBelow: [] };
}

/** One page as the readers see it: its text boxes and its rulings, in top-left page coordinates. */
export interface PdfPageLayout {
  boxes: TextBox[];
  lines: PageRulings;
}

/**
 * Reads a PDF with a text layer into a SourceTable: the table is rebuilt from
 * the page's rulings (cells and merges from the lines drawn) and the text
 * positions (pdfjs getTextContent); wrapped lines inside a cell are joined.
 * Header rows repeated at the top of later pages are dropped. Without rulings,
 * each text line becomes a row of its text runs. A PDF without text is refused.
 */
export async function readPdfInProcess(bytes: Uint8Array): Promise<SourceTable> {
  const layouts = await readPdfLayouts(bytes);
  if (layouts.every((layout) => layout.boxes.length === 0)) throw new DomainError('import.unreadable', 'PDF 没有文字层，暂不支持 OCR');
  return mergePages(layouts.map((layout) => pageTable(layout.boxes, layout.lines) ?? unruledTable(layout.boxes)));
}

/** The text boxes and rulings of every page, counted against PDF_WORK_LIMITS; failures as Chinese refusals. */
export async function readPdfLayouts(bytes: Uint8Array): Promise<PdfPageLayout[]> {
  const { task, pdf } = await openPdf(bytes);
  try {
    return await readPages(pdf);
  } catch (error) {
    throw pdfRefusal(error);
  } finally {
    void task.destroy().catch(() => undefined);
  }
}

async function readPages(pdf: PdfDocument): Promise<PdfPageLayout[]> {
  if (pdf.numPages > PDF_WORK_LIMITS.pages) throw tooMuchWork(`页数（${pdf.numPages} 页）`);
  const pages: PdfPageLayout[] = [];
  const work = { textItems: 0, operators: 0 };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const base = viewport.transform as Matrix;
    const items = await pageTextItems(page, PDF_WORK_LIMITS.textItems - work.textItems, () => tooMuchWork('文字片段'));
    work.textItems += items.length;
    const boxes: TextBox[] = [];
    for (const item of items) {
      if (!item.str.trim()) continue;
      const m = multiply(base, item.transform as Matrix);
      const size = Math.hypot(m[2], m[3]) || Math.abs(item.height) || 1;
      boxes.push({ str: item.str, x: m[4], top: m[5] - size, right: m[4] + item.width, bottom: m[5], size });
    }
    const ops = await page.getOperatorList();
    work.operators += ops.fnArray.length;
    if (work.operators > PDF_WORK_LIMITS.operators) throw tooMuchWork('绘图指令');
    pages.push({ boxes, lines: rulings(ops, base) });
    page.cleanup();
  }
  return pages;
}

function mergePages(pages: PageTable[]): SourceTable {
  const out: SourceTable = { before: pages[0]?.before ?? [], rows: [], after: [] };
  const firstRows = pages.find((p) => p.rows.length)?.rows ?? [];
  const pageStarts: number[] = [];
  const closedAbove = new Map<number, boolean[]>();
  let headerEnd = 0;
  let closedBelow: boolean[] = [];
  pages.forEach((page, i) => {
    const { skip, headerEnd: end } = out.rows.length ? dropRepeatedHeader(page.rows, firstRows) : { skip: 0, headerEnd: 0 };
    headerEnd = Math.max(headerEnd, end);
    if (out.rows.length && page.rows.length > skip) {
      pageStarts.push(out.rows.length);
      closedAbove.set(out.rows.length, closedBelow);
    }
    if (page.rows.length > skip) closedBelow = page.closedBelow;
    out.rows.push(...page.rows.slice(skip));
    if (i > 0) out.after.push(...page.before.filter((line) => !out.before.includes(line)));
    out.after.push(...page.after);
  });
  out.rows = joinRowsSplitByPages(out.rows, pageStarts, headerEnd, closedAbove);
  return out;
}
