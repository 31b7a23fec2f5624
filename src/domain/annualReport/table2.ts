/**
 * Table 二 (主动公开政府信息情况, regulations.md §2.2) of one agency and year, from what Gongkai holds:
 * the published 规章 and 行政规范性文件 (条例第二十条第（一）项) and the figures it cannot count itself
 * (行政许可, 行政处罚, 行政强制 decisions; 行政事业性收费 in 万元), entered per year with their source.
 * A figure nobody entered stays blank (null), so the check reports it instead of printing 0.
 */
import type { LocalDate } from '../shared/clock.ts';
import type { Table2Cells } from './tables.ts';

export const LEGAL_FORMS = ['regulation', 'normativeDocument'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export const LEGAL_FORM_LABELS: Record<LegalForm, string> = { regulation: '规章', normativeDocument: '行政规范性文件' };

/** The table 二 figures entered by hand, by row key (the 2021 format's rows of blocks （五）（六）（八）). */
export const REPORT_COUNT_KEYS = ['licensing', 'penalties', 'enforcement', 'fees'] as const;
export type ReportCountKey = (typeof REPORT_COUNT_KEYS)[number];
export const REPORT_COUNT_LABELS: Record<ReportCountKey, string> = {
  licensing: '行政许可处理决定数量', penalties: '行政处罚处理决定数量', enforcement: '行政强制处理决定数量', fees: '行政事业性收费金额（万元）',
};

/** What table 二 needs of a published document of a legal form. */
export interface LegalDocumentFact {
  legalForm: LegalForm;
  /** 成文日期; the publication day when it has none. */
  issuedOn: LocalDate;
  /** 废止/失效 日期, null while in force. */
  repealedOn: LocalDate | null;
}

/**
 * 本年制发 = issued in the year; 本年废止 = repealed in the year; 现行有效 = issued by 31 December and not
 * repealed by then. Withdrawn (撤回) documents are not given to this function.
 */
export function countTable2(documents: Iterable<LegalDocumentFact>, counts: Partial<Record<ReportCountKey, number>>, year: number): Table2Cells {
  const last = `${year}-12-31`;
  const inYear = (date: LocalDate | null) => date !== null && date.startsWith(`${year}-`);
  const rows = { regulation: { issued: 0, repealed: 0, inForce: 0 }, normativeDocument: { issued: 0, repealed: 0, inForce: 0 } };
  for (const doc of documents) {
    const row = rows[doc.legalForm];
    if (inYear(doc.issuedOn)) row.issued++;
    if (inYear(doc.repealedOn)) row.repealed++;
    if (doc.issuedOn <= last && (doc.repealedOn === null || doc.repealedOn > last)) row.inForce++;
  }
  const entered = (key: ReportCountKey) => counts[key] ?? null;
  return {
    regulations: rows.regulation,
    normativeDocuments: rows.normativeDocument,
    licensing: { decisions: entered('licensing') },
    penalties: { decisions: entered('penalties') },
    enforcement: { decisions: entered('enforcement') },
    fees: { amountTenThousandYuan: entered('fees') },
  };
}
