export { readAnnualReportHtml } from './readHtmlReport.ts';
export { readAnnualReportText } from './readTextReport.ts';
export type { AnnualReportReading, AnnualReportTables, ReportFormat } from './reading.ts';
