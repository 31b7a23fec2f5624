/**
 * The 政府信息公开工作年度报告 rendered (pure: report in, text or bytes out): HTML, Word and PDF in the
 * layout of 国办公开办函〔2021〕30号, all drawn from one table layout (tableLayout.ts).
 */
import { exportAnnualReportDocx } from './reportDocx.ts';
import { exportAnnualReportPdf, type ReportPdfOptions } from './reportPdf.ts';
import type { RenderableReport } from './reportModel.ts';

export type ReportFileFormat = 'docx' | 'pdf';

export const REPORT_FILE_MEDIA_TYPES: Record<ReportFileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The report as a file in one format. */
export function exportAnnualReport(report: RenderableReport, format: ReportFileFormat, options: ReportPdfOptions = {}): Promise<Uint8Array> {
  return format === 'docx' ? exportAnnualReportDocx(report) : exportAnnualReportPdf(report, options);
}

export { exportAnnualReportDocx, exportAnnualReportPdf, type ReportPdfOptions };
export { renderAnnualReportBodyHtml, renderAnnualReportHtml } from './reportHtml.ts';
export { renderReportTablesHtml, REPORT_TABLE_CSS } from './tablesHtml.ts';
export { annualReportTitle, type RenderableReport } from './reportModel.ts';
