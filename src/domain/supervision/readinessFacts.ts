/**
 * What the readiness evaluator needs to know about one agency: plain values, gathered by the app layer
 * (app/supervision/agencyReadiness.ts) from storage, or by anyone else from another source.
 */
import type { LocalDate } from '../shared/clock.ts';
import { COLUMN_CLASSES, type ColumnClass } from './readinessRules.ts';

/** A column of the 政府信息公开 site: one item of the published catalog. */
export interface ColumnFact {
  itemId: string;
  level1: string;
  level2: string | null;
  /** 发布日期 of the newest live document filed under it. */
  lastPublishedOn: LocalDate | null;
  /** Whether anything was ever published under it (withdrawn documents count: the column was not blank). */
  everPublished: boolean;
  /** The note the column's page shows when it is legitimately empty (备注: 本单位无此类信息 …), if any. */
  emptyNote: string | null;
}

/** One period of a periodic item (每年、每季度、每月) that ended without a publication. */
export interface PeriodBlankFact {
  itemId: string;
  level1: string;
  level2: string | null;
  /** The period in Chinese (2026年第三季度). */
  period: string;
  dueOn: LocalDate;
}

/** A link in a live published document's body to one of the site's documents or attachments that is gone. */
export interface BrokenLinkFact {
  documentId: string;
  documentTitle: string;
  href: string;
  targetKind: 'document' | 'attachment';
}

/** Last year's 年报 (条例第四十九条). */
export interface AnnualReportFact {
  year: number;
  reportId: string | null;
  publishedOn: LocalDate | null;
}

/** What the 指南 Gongkai shows states (条例第十二条); null where it says 尚未填写. */
export interface GuideFact {
  officeName: string | null;
  address: string | null;
  hours: string | null;
  phone: string | null;
  email: string | null;
  postcode: string | null;
  /** Whether the 指南 names a way to apply (条例第二十九条). */
  applicationChannel: boolean;
  /** The newest change of what the 指南 is made of (catalog version, contact details). */
  updatedOn: LocalDate | null;
}

export interface CatalogFact {
  versionId: string;
  /** The day the published version was signed off (审签). */
  publishedOn: LocalDate;
}

export interface ReadinessFacts {
  catalog: CatalogFact | null;
  columns: readonly ColumnFact[];
  periodBlanks: readonly PeriodBlankFact[];
  brokenLinks: readonly BrokenLinkFact[];
  annualReport: AnnualReportFact;
  guide: GuideFact;
}

/** The column's name as the site shows it: 一级事项 / 二级事项. */
export function columnName(column: { level1: string; level2: string | null }): string {
  return column.level2 ? `${column.level1} / ${column.level2}` : column.level1;
}

/** The 栏目不更新 class of a column, by its 二级事项 name first, then its 一级事项; null when it has none. */
export function columnClassOf(column: { level1: string; level2: string | null }): ColumnClass | null {
  for (const name of [column.level2, column.level1]) {
    if (!name) continue;
    for (const [key, rule] of Object.entries(COLUMN_CLASSES) as [ColumnClass, (typeof COLUMN_CLASSES)[ColumnClass]][]) {
      if (rule.pattern.test(name)) return key;
    }
  }
  return null;
}

/**
 * Whether a note explains that a column is empty because the agency produces no such information
 * (空白栏目 definition, regulations.md §4.3: such a column needs a note on its page and is then not blank).
 */
export function explainsEmptiness(note: string | null): boolean {
  return note !== null && /暂无|无此类|不涉及|未产生|没有(此类|相关|该类)|不产生|无相关/.test(note);
}
