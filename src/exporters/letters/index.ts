/**
 * Letters of 依申请公开 as Word and PDF (pure: model in, bytes out). The layout follows
 * 《党政机关公文格式》（GB/T 9704-2012）: see letterLayout.ts.
 */
import type { LetterModel } from '../../domain/applications/letters/index.ts';
import { exportLetterDocx } from './letterDocx.ts';
import { exportLetterPdf, type LetterPdfOptions } from './letterPdf.ts';

export type LetterFormat = 'docx' | 'pdf';
export const LETTER_FORMATS: readonly LetterFormat[] = ['docx', 'pdf'];

export const LETTER_MEDIA_TYPES: Record<LetterFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export function isLetterFormat(value: unknown): value is LetterFormat {
  return value === 'docx' || value === 'pdf';
}

/** The letter in one format. */
export function exportLetter(model: LetterModel, format: LetterFormat, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  return format === 'docx' ? exportLetterDocx(model) : exportLetterPdf(model, options);
}

export { exportLetterDocx, exportLetterPdf, type LetterPdfOptions };
