import PDFDocument from 'pdfkit';
import type { LetterModel } from '../../domain/applications/letters/index.ts';
import { openCjkPdf } from '../cjkPdf.ts';
import { attachmentLines, LETTER_PAGE, LETTER_TYPE, pageNumberText } from './letterLayout.ts';

export interface LetterPdfOptions {
  /** GONGKAI_CJK_FONT, as for the catalog export. */
  cjkFontFile?: string;
}

type Pdf = InstanceType<typeof PDFDocument>;

const USABLE_WIDTH = LETTER_PAGE.width - LETTER_PAGE.left - LETTER_PAGE.right;

/** Writes lines of body text at the fixed line height of the layout. */
export function writeBody(doc: Pdf, text: string, options: { indent?: boolean; align?: 'right' | 'center' | 'justify'; rightChars?: number } = {}): void {
  doc.font('cjk').fontSize(LETTER_TYPE.bodySize);
  const lineGap = Math.max(0, LETTER_TYPE.lineHeight - doc.currentLineHeight());
  const rightInset = (options.rightChars ?? 0) * LETTER_TYPE.bodySize;
  doc.text(text === '' ? ' ' : text, LETTER_PAGE.left, doc.y, {
    width: USABLE_WIDTH - rightInset,
    align: options.align ?? 'justify',
    indent: options.indent ? LETTER_TYPE.indent : 0,
    lineGap,
  });
}

function writeTitleBlock(doc: Pdf, model: LetterModel): void {
  doc.font('cjk-bold').fontSize(LETTER_TYPE.titleSize);
  doc.text(model.title, LETTER_PAGE.left, LETTER_PAGE.top, { width: USABLE_WIDTH, align: 'center', lineGap: 6 });
  doc.moveDown(0.3);
  writeBody(doc, model.numberLine, { align: 'center' });
  writeBody(doc, '');
  writeBody(doc, model.addressee, { align: 'justify' });
}

function writeClosingBlock(doc: Pdf, model: LetterModel): void {
  const attachments = attachmentLines(model.attachments);
  if (attachments.length) {
    writeBody(doc, '');
    for (const line of attachments) writeBody(doc, line, { indent: true });
  }
  writeBody(doc, '');
  writeBody(doc, '');
  writeBody(doc, model.agencyName, { align: 'right', rightChars: 2 });
  writeBody(doc, model.dateLine, { align: 'right', rightChars: 4 });
}

/** 「— n —」 centred in the bottom margin of every page (GB/T 9704 7.5). */
export function writePageNumbers(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
    doc.font('cjk').fontSize(LETTER_TYPE.pageNumberSize);
    doc.text(pageNumberText(i + 1), 0, LETTER_PAGE.height - bottomMargin / 2 - LETTER_TYPE.pageNumberSize / 2, { width: LETTER_PAGE.width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The letter as a PDF in the layout of an official letter, with the CJK font embedded (subset), bytes out. */
export async function exportLetterPdf(model: LetterModel, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  const { doc, finish } = openCjkPdf({
    size: 'A4',
    bufferPages: true,
    margins: { top: LETTER_PAGE.top, bottom: LETTER_PAGE.bottom, left: LETTER_PAGE.left, right: LETTER_PAGE.right },
    info: { Title: model.title, Author: model.agencyName, Creator: 'Gongkai' },
  }, options.cjkFontFile);
  writeTitleBlock(doc, model);
  for (const paragraph of model.paragraphs) writeBody(doc, paragraph, { indent: true });
  writeClosingBlock(doc, model);
  writePageNumbers(doc);
  return finish();
}
