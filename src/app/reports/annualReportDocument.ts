/**
 * A 年报 as a document of the agency (条例第四十九条、第五十条): its metadata and body (the report's
 * HTML, sanitized like every body), filed under the catalog item that feeds the 年报 column when the
 * published catalog has one, and its Word and PDF files in the national layout.
 */
import type { AppContext } from '../context.ts';
import { feedsColumn } from '../../domain/catalog/disclosureColumns.ts';
import type { DocumentContent, ItemKey } from '../../domain/documents/document.ts';
import { htmlToText, sanitizeBody } from '../../domain/documents/sanitizeBody.ts';
import { renderAnnualReportBodyHtml, annualReportTitle, type RenderableReport, type ReportFileFormat } from '../../exporters/annualReport/index.ts';
import type { LocalDate } from '../../domain/shared/clock.ts';
import { getPublishedCatalog } from '../catalog/readCatalog.ts';
import { renderReportFile } from './reportFileRenderer.ts';

/** The items of the agency's published catalog that feed the 年报 column (none when the catalog lacks one). */
export async function reportColumnItems(tx: AppContext, agencyId: string): Promise<ItemKey[]> {
  const catalog = await getPublishedCatalog(tx.db, agencyId);
  return (catalog?.items ?? []).filter((item) => feedsColumn(item, 'reports')).map((item) => ({ agencyId, level1: item.level1, level2: item.level2 ?? '' }));
}

/** The report's HTML as a document body: sanitized like every body (only rowspan/colspan survive on cells). */
export function reportBodyHtml(report: RenderableReport): string {
  return sanitizeBody(renderAnnualReportBodyHtml(report));
}

/** 成文日期 is the day the 审签人 signed the report. */
export function reportDocumentContent(report: RenderableReport, formedOn: LocalDate, items: ItemKey[]): DocumentContent {
  return {
    kind: 'other',
    legalForm: null,
    title: annualReportTitle(report.agency, report.year),
    publisher: report.agency,
    formedOn,
    documentNumber: null,
    subjectCategory: '综合政务\\政务公开',
    genre: '报告',
    keywords: ['政府信息公开', '年度报告'],
    summary: `${report.agency}${report.year}年度政府信息公开工作情况：总体情况，主动公开、依申请公开、行政复议和行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。`,
    validity: 'effective',
    repealedOn: null,
    disclosureMode: 'proactive',
    source: null,
    bodyHtml: reportBodyHtml(report),
    items,
  };
}

export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
  /** The file's text for checks and search: the report's own text, known without reading the file back. */
  text: string;
}

/** The report as Word and PDF, named after its title, rendered one after the other in the render worker. */
export async function renderReportFiles(report: RenderableReport, cjkFontFile?: string): Promise<ReportFile[]> {
  const title = annualReportTitle(report.agency, report.year);
  const text = [title, htmlToText(reportBodyHtml(report))].join('\n');
  const formats: ReportFileFormat[] = ['docx', 'pdf'];
  const files: ReportFile[] = [];
  for (const format of formats) files.push({ fileName: `${title}.${format}`, bytes: await renderReportFile(report, format, cjkFontFile), text });
  return files;
}
