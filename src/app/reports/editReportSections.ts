import { EDITABLE_SECTIONS, SECTION_NUMBERS, type ReportSections, type SectionKey } from '../../domain/annualReport/reportSections.ts';
import { nextReportStatus, reportActionFor } from '../../domain/annualReport/workflow.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { findAnnualReport, type StoredAnnualReport } from '../../storage/repositories/annualReport.repository.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { reportFor, reportLabel, saveReportVersion, statusOf } from './reportAccess.ts';

/** A section of a report is a few pages at most; far longer text is a mistake (a pasted file). */
export const MAX_SECTION_CHARS = 20_000;

export interface EditSectionsInput {
  reportId: string;
  /** New text of sections 一、五、六 (any subset); the tables' sections 二–四 are computed, not edited. */
  sections: Partial<Record<SectionKey, string>>;
  note?: string;
}

function checkedSections(input: EditSectionsInput): Partial<ReportSections> {
  const edited: Partial<ReportSections> = {};
  for (const [key, text] of Object.entries(input.sections) as [SectionKey, string | undefined][]) {
    if (text === undefined) continue;
    if (!EDITABLE_SECTIONS.includes(key)) throw new ValidationError(`第${SECTION_NUMBERS[key] ?? key}部分由表格生成，不能直接编辑`);
    const value = text.replace(/\r\n/g, '\n').trim();
    if (value.length > MAX_SECTION_CHARS) throw new ValidationError(`第${SECTION_NUMBERS[key]}部分超过${MAX_SECTION_CHARS}字`, [{ path: key, message: `不超过${MAX_SECTION_CHARS}字` }]);
    edited[key] = value;
  }
  return edited;
}

/** 填表人 edits sections 一、五、六 of a draft or returned report: a new version with a note (条例第五十条 content). */
export async function editReportSections(ctx: AppContext, input: EditSectionsInput): Promise<StoredAnnualReport> {
  const edited = checkedSections(input);
  return inTransaction(ctx, async (tx) => {
    const report = await reportFor(tx, input.reportId, reportActionFor('edit'));
    nextReportStatus(statusOf(report), 'edit');
    const changed = (Object.keys(edited) as SectionKey[]).filter((key) => edited[key] !== report.sections[key]);
    if (changed.length === 0) throw new ValidationError('内容没有变化，未保存新版本');
    const names = changed.map((key) => `第${SECTION_NUMBERS[key]}部分`).join('、');
    const note = input.note?.trim().slice(0, 200) || `编辑${names}`;
    const sections = { ...report.sections, ...edited };
    const number = await saveReportVersion(tx, report, { tables: report.tables, sections, note }, { findings_json: null });
    await tx.audit.record(tx.db, tx.actor, {
      action: 'annual_report.edited', entityType: 'annual_report', entityId: report.id, agencyId: report.agencyId,
      summary: `编辑${reportLabel(report)}的${names}（第${number}版）：${note}`,
      before: Object.fromEntries(changed.map((key) => [key, report.sections[key]])), after: Object.fromEntries(changed.map((key) => [key, sections[key]])),
    });
    return (await findAnnualReport(tx.db, report.id))!;
  });
}
