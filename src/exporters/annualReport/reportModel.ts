/**
 * What the HTML, Word and PDF of a 政府信息公开工作年度报告 are drawn from: the title and the six
 * sections in the order 条例第五十条 and 国办公开办函〔2021〕30号 fix (regulations.md §2.1), each
 * with its heading, its paragraphs and, for 二–四, its table.
 */
import { SECTION_TITLES_2021, type ReportTables } from '../../domain/annualReport/index.ts';
import { SECTION_KEYS, type ReportSections, type SectionKey } from '../../domain/annualReport/reportSections.ts';

/** A report to render: the agency's name, the year reported on, its tables and section texts. */
export interface RenderableReport {
  agency: string;
  year: number;
  tables: ReportTables;
  sections: ReportSections;
}

export type ReportTableKey = 'table2' | 'table3' | 'table4';

export interface ReportBlock {
  key: SectionKey;
  /** 「一、总体情况」 */
  heading: string;
  paragraphs: string[];
  table: ReportTableKey | null;
}

const SECTION_TABLES: Partial<Record<SectionKey, ReportTableKey>> = { proactive: 'table2', requests: 'table3', reviews: 'table4' };

/** 「某县医疗保障局2026年政府信息公开工作年度报告」 */
export function annualReportTitle(agency: string, year: number): string {
  return `${agency}${year}年政府信息公开工作年度报告`;
}

/** Characters of 二号 (22 pt) that fit the 156 mm 版心 on one line. */
const TITLE_LINE_CHARS = 20;

/** The title on its lines: a long one breaks after the agency's name, not inside 年度报告. */
export function annualReportTitleLines(agency: string, year: number): string[] {
  const title = annualReportTitle(agency, year);
  return title.length <= TITLE_LINE_CHARS ? [title] : [agency, title.slice(agency.length)];
}

/** A section's text as paragraphs: one per non-empty line, surrounding spaces dropped. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

export function reportBlocks(report: RenderableReport): ReportBlock[] {
  return SECTION_KEYS.map((key, index) => {
    const title = SECTION_TITLES_2021[index];
    return {
      key,
      heading: `${title?.number ?? ''}、${title?.title ?? ''}`,
      paragraphs: paragraphsOf(report.sections[key]),
      table: SECTION_TABLES[key] ?? null,
    };
  });
}
