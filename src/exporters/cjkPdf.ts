import PDFDocument from 'pdfkit';
import { findCjkFont } from './fonts.ts';

/**
 * A pdfkit document with the CJK font registered as `cjk` and `cjk-bold` (subset-embedded) and its
 * bytes collected: draw on `doc`, then `finish()` ends it and returns the PDF. Shared by the catalog,
 * letter and case-file exporters.
 */
export function openCjkPdf(options: PDFKit.PDFDocumentOptions, cjkFontFile?: string): { doc: PDFKit.PDFDocument; finish(): Promise<Uint8Array> } {
  const font = findCjkFont(cjkFontFile);
  const doc = new PDFDocument(options);
  doc.registerFont('cjk', font.regular.file, font.regular.face || undefined);
  doc.registerFont('cjk-bold', font.bold.file, font.bold.face || undefined);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  return {
    doc,
    async finish() {
      doc.end();
      await done;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}
