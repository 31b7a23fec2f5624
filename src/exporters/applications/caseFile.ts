import { PDFDocument as PdfPages } from 'pdf-lib';
import type { CaseFileModel } from '../../domain/applications/caseFile.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { openCjkPdf } from '../cjkPdf.ts';

/** A4 portrait in points. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const LABEL_WIDTH = 96;
const BODY_SIZE = 10.5;

export interface CaseFileOptions {
  /** GONGKAI_CJK_FONT, as for the catalog export. */
  cjkFontFile?: string;
}

/**
 * The 案卷 of one application as one PDF (条例第四十五条): the drawn pages (cover with the
 * applicant's details, the ledger with its dates, "为什么是这一天"), then every page of each
 * letter PDF in the order given. Pure: model and bytes in, bytes out; the CJK font is embedded
 * as a subset like the catalog export (src/exporters/pdf.ts).
 */
export async function exportCaseFile(model: CaseFileModel, letters: readonly Uint8Array[], options: CaseFileOptions = {}): Promise<Uint8Array> {
  const drawn = await drawCaseFile(model, options);
  return letters.length ? appendLetters(drawn, letters) : drawn;
}

/** Every page of every letter after the drawn pages (pdfkit draws but cannot read PDFs; pdf-lib copies pages). */
async function appendLetters(drawn: Uint8Array, letters: readonly Uint8Array[]): Promise<Uint8Array> {
  const merged = await PdfPages.load(drawn);
  for (const [index, bytes] of letters.entries()) {
    let letter: PdfPages;
    try {
      letter = await PdfPages.load(bytes);
    } catch {
      throw new DomainError('validation.failed', `第${index + 1}份文书不是可读的 PDF 文件，案卷未生成`);
    }
    for (const page of await merged.copyPages(letter, letter.getPageIndices())) merged.addPage(page);
  }
  return merged.save();
}

async function drawCaseFile(model: CaseFileModel, options: CaseFileOptions): Promise<Uint8Array> {
  const { doc, finish } = openCjkPdf({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `${model.title} ${model.trackingNo}`, Creator: 'Gongkai' } }, options.cjkFontFile);
  drawCover(doc, model);
  drawLedger(doc, model);
  drawClockExplanation(doc, model);
  drawFooters(doc, model);
  return finish();
}

const usable = PAGE_WIDTH - 2 * MARGIN;

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.8).font('cjk-bold').fontSize(13).text(text, MARGIN, doc.y, { width: usable });
  doc.moveDown(0.4);
}

/** A label in bold at the left margin, its value wrapped in the column to the right. */
function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('cjk').fontSize(BODY_SIZE);
  const height = Math.max(doc.heightOfString(value, { width: usable - LABEL_WIDTH }), doc.heightOfString(label, { width: LABEL_WIDTH - 6 }));
  if (doc.y + height > PAGE_HEIGHT - MARGIN) doc.addPage();
  const top = doc.y;
  doc.font('cjk-bold').text(label, MARGIN, top, { width: LABEL_WIDTH - 6 });
  doc.font('cjk').text(value, MARGIN + LABEL_WIDTH, top, { width: usable - LABEL_WIDTH });
  doc.y = top + height + 4;
}

function drawCover(doc: PDFKit.PDFDocument, model: CaseFileModel): void {
  doc.font('cjk-bold').fontSize(18).text(model.title, MARGIN, MARGIN, { width: usable, align: 'center' });
  doc.moveDown(0.3).font('cjk').fontSize(11).text(`${model.agencyName}\u3000受理编号 ${model.trackingNo}`, { width: usable, align: 'center' });
  doc.moveDown(1);
  for (const f of model.cover) field(doc, f.label, f.value);
}

function drawLedger(doc: PDFKit.PDFDocument, model: CaseFileModel): void {
  heading(doc, '办理台账');
  if (!model.ledger.length) {
    doc.font('cjk').fontSize(BODY_SIZE).text('（台账中没有记录）', MARGIN, doc.y, { width: usable });
    return;
  }
  for (const row of model.ledger) field(doc, row.on, `${row.text}${row.recordedBy ? `（记录人：${row.recordedBy}）` : ''}`);
}

function drawClockExplanation(doc: PDFKit.PDFDocument, model: CaseFileModel): void {
  heading(doc, '答复期限：为什么是这一天');
  doc.font('cjk').fontSize(BODY_SIZE);
  const lines = model.clockExplanation.length ? model.clockExplanation : ['（尚未确认收到申请，未起算答复期限）'];
  for (const line of lines) doc.text(`· ${line}`, MARGIN, doc.y, { width: usable, paragraphGap: 3 });
}

/** The staff-only notice and page numbers, drawn inside the bottom margin (which is lifted so pdfkit adds no page). */
function drawFooters(doc: PDFKit.PDFDocument, model: CaseFileModel): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('cjk').fontSize(8).text(`${model.notice}\u3000生成日期 ${model.generatedOn}\u3000第${i + 1}页/共${range.count}页（另附文书${model.letterCount}份）`, MARGIN, PAGE_HEIGHT - MARGIN + 16, { width: usable, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
}
