/**
 * The annual report as HTML: the body (six sections, headings, escaped paragraphs, tables 二–四 in
 * the national layout) that is published as the document's 正文, and a standalone page around it.
 */
import { escapeHtml } from '../../domain/search/highlight.ts';
import { annualReportTitle, reportBlocks, type RenderableReport } from './reportModel.ts';
import { REPORT_TABLE_CSS, renderReportTablesHtml } from './tablesHtml.ts';

/** The six sections: what the 年报 document's body holds (the page shows the title itself). */
export function renderAnnualReportBodyHtml(report: RenderableReport): string {
  const tables = renderReportTablesHtml(report.tables, { captions: false });
  return reportBlocks(report)
    .map((block) => {
      const paragraphs = block.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
      return `<h2>${escapeHtml(block.heading)}</h2>${paragraphs}${block.table ? tables[block.table] : ''}`;
    })
    .join('\n');
}

const PAGE_CSS = [
  'body{max-width:60em;margin:2em auto;padding:0 1em;font-family:"FangSong","仿宋",serif;line-height:1.8}',
  'h1{text-align:center;font-family:"FZXiaoBiaoSong-B05S","方正小标宋简体","SimSun",serif;font-weight:normal}',
  'h2{font-family:"SimHei","黑体",sans-serif;font-weight:normal;font-size:1.15em}',
  'p{text-indent:2em;margin:.3em 0}',
].join('');

/** A standalone page (title, styles, the six sections), e.g. for download or printing. */
export function renderAnnualReportHtml(report: RenderableReport): string {
  const title = escapeHtml(annualReportTitle(report.agency, report.year));
  return [
    '<!DOCTYPE html>',
    `<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${PAGE_CSS}${REPORT_TABLE_CSS}</style></head>`,
    `<body><h1>${title}</h1>`,
    renderAnnualReportBodyHtml(report),
    '</body></html>',
  ].join('\n');
}
