import { randomUUID } from 'node:crypto';
import { assertCan } from '../../domain/accounts/roles.ts';
import { SECTION_KEYS, SECTION_NUMBERS, emptySections, type ReportSections } from '../../domain/annualReport/reportSections.ts';
import { splitSections } from '../../domain/annualReport/sections.ts';
import { DomainError, NotFoundError, ValidationError } from '../../domain/shared/errors.ts';
import { readAnnualReportFile } from '../../importers/annualReport/readReportFile.ts';
import { findAnnualReportFor, insertAnnualReport, insertReportVersion, updateAnnualReportRow } from '../../storage/repositories/annualReport.repository.ts';
import { agencyScope, getAgency } from '../agencies/getAgency.ts';
import { inTransaction, type AppContext } from '../context.ts';
import { checkReportFile, type ReportCheck } from './checkReportFile.ts';
import { assertReportYear } from './reportRegion.ts';

export interface AnnualReportImport {
  agencyId: string;
  year: number;
  bytes: Uint8Array;
  fileName: string;
  /** The day the report was published, when known (R9 of that year). */
  publishedOn?: string | null;
}

export interface ImportedAnnualReport {
  reportId: string;
  /** 1 for a first import; each re-import of the same year adds a version. */
  revision: number;
  replaced: boolean;
  check: ReportCheck;
}

/** The six sections of the report's text by their numbered headings (sections.ts); a section not found stays empty. */
function sectionsOf(text: string | null): ReportSections {
  const sections = emptySections();
  const found = new Map(splitSections(text ?? '').map((section) => [section.number, section.text]));
  for (const key of SECTION_KEYS) sections[key] = found.get(SECTION_NUMBERS[key]) ?? '';
  return sections;
}

/** A publication date: a real day after the year's end (the report covers the whole year) and not after today. */
function assertPublishedOn(publishedOn: string | null, year: number, today: string): void {
  if (publishedOn === null) return;
  const time = Date.parse(`${publishedOn}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(publishedOn) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(publishedOn);
  if (!valid) throw new ValidationError(`发布日期“${publishedOn.slice(0, 20)}”无效，请按“2025-01-20”的格式填写`, [{ path: 'publishedOn', message: '日期格式应为 2025-01-20' }]);
  if (publishedOn <= `${year}-12-31`) throw new ValidationError(`发布日期 ${publishedOn} 早于${year}年度结束，请核对`, [{ path: 'publishedOn', message: `应晚于 ${year}-12-31` }]);
  if (publishedOn > today) throw new ValidationError(`发布日期 ${publishedOn} 晚于今天，请核对`, [{ path: 'publishedOn', message: '不能晚于今天' }]);
}

/** Reads and checks the file; refuses, in Chinese, a reading that could not be stored as the year's report. */
async function readForImport(bytes: Uint8Array, year: number) {
  const reading = await readAnnualReportFile(bytes);
  const check = await checkReportFile({ bytes, expectedYear: year });
  if (!reading.tables.table3 || !check.tables) {
    const why = [...new Set(check.problems)].slice(0, 3).join('；');
    throw new ValidationError(`未能读出表三“收到和处理政府信息公开申请情况”，不能作为往年报告导入${why ? `：${why}` : ''}`);
  }
  if (check.year !== null && check.year !== year) throw new ValidationError(`报告写明的年度为${check.year}年，与所选的${year}年度不一致，未导入`);
  return { check, tables: check.tables, sections: sectionsOf(reading.text) };
}

/**
 * 作为往年报告导入 (issue 10, deliverable 4): stores a published 年报 read from its file as the agency's report of
 * that year (origin and status `imported`), so that R7 can compare Gongkai's first computed year with it. Refused
 * when table 三 could not be read, the year has not ended, or Gongkai already computes that year's report; an
 * earlier import of the same year is replaced by a new version. 填表人 of the agency (report.edit); audited.
 */
export async function importAnnualReport(ctx: AppContext, input: AnnualReportImport): Promise<ImportedAnnualReport> {
  assertReportYear(input.year);
  const today = ctx.clock.today();
  if (input.year >= Number(today.slice(0, 4))) throw new ValidationError(`${input.year}年度尚未结束，不能作为往年报告导入`, [{ path: 'year', message: '只能导入已结束年度的报告' }]);
  const agency = await getAgency(ctx.db, input.agencyId);
  if (!agency) throw new NotFoundError('找不到该单位');
  assertCan(ctx.actor, 'report.edit', await agencyScope(ctx.db, agency.id));
  const publishedOn = input.publishedOn?.trim() || null;
  assertPublishedOn(publishedOn, input.year, today);
  const computedAlready = () => new DomainError('conflict', `${agency.name}${input.year}年度已有在系统中编制的年报，不能再导入往年报告`);
  if ((await findAnnualReportFor(ctx.db, agency.id, input.year))?.origin === 'computed') throw computedAlready();
  const { check, tables, sections } = await readForImport(input.bytes, input.year);
  const sourceName = input.fileName.trim().slice(0, 200) || '（未命名文件）';
  return inTransaction(ctx, async (tx) => {
    const existing = await findAnnualReportFor(tx.db, agency.id, input.year);
    if (existing?.origin === 'computed') throw computedAlready(); // opened while the file was read
    const now = tx.clock.now();
    const summary = `${existing ? '重新导入' : '导入'}${agency.name}${input.year}年度政府信息公开工作年度报告（${sourceName}，${check.findings.length} 条检查结果）`;
    const after = { year: input.year, format: tables.format, sourceName, publishedOn, findings: check.findings.length };
    if (!existing) {
      const id = randomUUID();
      await insertAnnualReport(tx.db, { id, agencyId: agency.id, year: input.year, format: tables.format, origin: 'imported', status: 'imported', tables, sections, findings: check.findings, sourceName, publishedOn, createdBy: tx.actor.id, createdAt: now }, `导入：${sourceName}`);
      await tx.audit.record(tx.db, tx.actor, { action: 'annual_report.imported', entityType: 'annual_report', entityId: id, agencyId: agency.id, summary, after });
      return { reportId: id, revision: 1, replaced: false, check };
    }
    const revision = existing.revision + 1;
    await updateAnnualReportRow(tx.db, existing.id, {
      format: tables.format, revision, tables_json: JSON.stringify(tables), sections_json: JSON.stringify(sections),
      findings_json: JSON.stringify(check.findings), source_name: sourceName, published_on: publishedOn, updated_at: now,
    });
    await insertReportVersion(tx.db, { reportId: existing.id, number: revision, tables, sections, note: `重新导入：${sourceName}`, createdBy: tx.actor.id, createdAt: now });
    const before = { format: existing.format, sourceName: existing.sourceName, publishedOn: existing.publishedOn, revision: existing.revision };
    await tx.audit.record(tx.db, tx.actor, { action: 'annual_report.reimported', entityType: 'annual_report', entityId: existing.id, agencyId: agency.id, summary, before, after });
    return { reportId: existing.id, revision, replaced: true, check };
  });
}
