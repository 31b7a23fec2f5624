export { readAnnualReportHtml } from './readHtmlReport.ts';
export { readAnnualReportText } from './readTextReport.ts';
export { readAnnualReportFile } from './readReportFile.ts';
export { htmlText } from './htmlText.ts';
export type { AnnualReportReading, AnnualReportTables, ReportFormat } from './reading.ts';
