import type { CatalogDocument } from '../domain/catalog/catalog.ts';
import type { ExportOptions } from './columns.ts';
import { openCjkPdf } from './cjkPdf.ts';
import { buildForm, type FormCell, type FormRow } from './form.ts';

/** A4 landscape in points. */
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const MARGIN = 28;
const PAD = 3;
const BODY_SIZE = 7.5;
const HEADER_SIZE = 8.5;
const LINE_GAP = 1;

interface OpenSpan {
  cell: FormCell;
  column: number;
  top: number;
  endsAtRow: number;
}

/**
 * The catalog as a PDF in the official form, drawn like the Word export: title,
 * 责任单位 line, computed summary line, ruled table with merged 一级事项 cells,
 * header repeated on every page; Noto Sans CJK embedded (subset).
 */
export async function exportPdf(catalog: CatalogDocument, options: ExportOptions = {}): Promise<Uint8Array> {
  const form = buildForm(catalog, options);
  const { doc, finish } = openCjkPdf({ size: 'A4', layout: 'landscape', margin: 0, autoFirstPage: true, info: { Title: form.title, Creator: 'Gongkai' } }, options.cjkFontFile);

  const usable = PAGE_WIDTH - 2 * MARGIN;
  const total = form.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = form.columns.map((column) => (column.width / total) * usable);
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc.at(-1)! + w], [MARGIN]);
  const spanWidth = (c: number, span: number) => xs[c + span]! - xs[c]!;

  const textHeight = (cell: FormCell, width: number, header: boolean) => {
    doc.font(header ? 'cjk-bold' : 'cjk').fontSize(header ? HEADER_SIZE : BODY_SIZE);
    return cell.text ? doc.heightOfString(cell.text, { width: width - 2 * PAD, lineGap: LINE_GAP }) : 0;
  };
  const drawCell = (cell: FormCell, x: number, y: number, w: number, h: number, header: boolean) => {
    doc.lineWidth(0.5).rect(x, y, w, h).stroke();
    if (!cell.text) return;
    doc.font(header ? 'cjk-bold' : 'cjk').fontSize(header ? HEADER_SIZE : BODY_SIZE);
    const needed = Math.min(textHeight(cell, w, header), h - 2 * PAD);
    doc.text(cell.text, x + PAD, y + Math.max(PAD, (h - needed) / 2), {
      width: w - 2 * PAD,
      height: h - PAD,
      lineGap: LINE_GAP,
      align: cell.align === 'center' || header ? 'center' : 'left',
    });
  };
  const rowHeight = (row: FormRow, header: boolean) =>
    Math.max(
      header ? 18 : 14,
      ...row.map((cell, c) => (cell && cell.rowSpan === 1 ? textHeight(cell, spanWidth(c, cell.colSpan), header) + 2 * PAD : 0)),
    );

  // Header rows: heights so that cells spanning both rows fit too.
  const headerHeights = form.header.map((row) => rowHeight(row, true));
  form.header[0]!.forEach((cell, c) => {
    if (cell && cell.rowSpan > 1) {
      const need = textHeight(cell, spanWidth(c, cell.colSpan), true) + 2 * PAD;
      const have = headerHeights.slice(0, cell.rowSpan).reduce((a, b) => a + b, 0);
      if (need > have) headerHeights[cell.rowSpan - 1]! += need - have;
    }
  });
  const drawHeader = (top: number): number => {
    const tops = headerHeights.reduce<number[]>((acc, h) => [...acc, acc.at(-1)! + h], [top]);
    form.header.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) drawCell(cell, xs[c]!, tops[r]!, spanWidth(c, cell.colSpan), tops[r + cell.rowSpan]! - tops[r]!, true);
      }),
    );
    return tops.at(-1)!;
  };

  // Title block (first page only).
  let y = MARGIN;
  doc.font('cjk-bold').fontSize(16).text(form.title, MARGIN, y, { width: usable, align: 'center' });
  y = doc.y + 6;
  doc.font('cjk').fontSize(10).text(form.metaLine, MARGIN, y, { width: usable });
  y = doc.y + 2;
  doc.text(form.summaryLine, MARGIN, y, { width: usable });
  y = doc.y + 6;
  y = drawHeader(y);

  const bottom = PAGE_HEIGHT - MARGIN;
  const open: OpenSpan[] = [];
  const closeSpans = (atY: number, onlyEndingAt?: number) => {
    for (let i = open.length - 1; i >= 0; i--) {
      const span = open[i]!;
      if (onlyEndingAt !== undefined && span.endsAtRow !== onlyEndingAt) continue;
      drawCell(span.cell, xs[span.column]!, span.top, spanWidth(span.column, span.cell.colSpan), atY - span.top, false);
      open.splice(i, 1);
    }
  };
  form.body.forEach((row, r) => {
    const h = Math.min(rowHeight(row, false), bottom - MARGIN - headerHeights.reduce((a, b) => a + b, 0));
    if (y + h > bottom) {
      // Page break: close spans here; they continue on the next page with their text repeated.
      const continuing = open.map((span) => ({ ...span }));
      closeSpans(y);
      doc.addPage();
      y = drawHeader(MARGIN);
      for (const span of continuing) open.push({ ...span, top: y });
    }
    row.forEach((cell, c) => {
      if (!cell) return;
      if (cell.rowSpan > 1) open.push({ cell, column: c, top: y, endsAtRow: r + cell.rowSpan - 1 });
      else drawCell(cell, xs[c]!, y, spanWidth(c, cell.colSpan), h, false);
    });
    y += h;
    closeSpans(y, r);
  });
  closeSpans(y);
  return finish();
}
