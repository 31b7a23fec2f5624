/** A signed-off 年报 row for publishing tests, written straight through the report repository. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/storage/schema.ts';
import { insertAnnualReport, updateAnnualReportRow } from '../../../src/storage/repositories/annualReport.repository.ts';
import type { ReportSections } from '../../../src/domain/annualReport/reportSections.ts';
import { sampleTables } from '../../exporters/annualReport/sampleTables.ts';

export function sampleSections(overview = '2026年，本局全年共收到政府信息公开申请31件，均按时答复。'): ReportSections {
  return {
    overview,
    proactive: '', requests: '', reviews: '',
    problems: '一是公开内容不够全面。\n二是解读形式较为单一。',
    other: '本年度未收取信息处理费。',
  };
}

/** A report of `year` in status 已审签, prepared, reviewed and approved by three people. */
export async function approvedReport(db: Kysely<Database>, agencyId: string, year: number, sections = sampleSections()): Promise<string> {
  const id = randomUUID();
  const tables = { ...sampleTables('2021'), year };
  await insertAnnualReport(db, { id, agencyId, year, format: '2021', origin: 'computed', status: 'draft', tables, sections, createdBy: 'u-editor', createdAt: `${year + 1}-01-05T02:00:00.000Z` });
  await updateAnnualReportRow(db, id, {
    status: 'approved',
    preparer_id: 'u-editor', prepared_at: `${year + 1}-01-10T02:00:00.000Z`,
    reviewer_id: 'u-reviewer', reviewed_at: `${year + 1}-01-12T02:00:00.000Z`,
    approver_id: 'u-approver', approved_at: `${year + 1}-01-15T02:00:00.000Z`,
  });
  return id;
}
