import type { Kysely } from 'kysely';
import type { EngineName } from '../dialect/engine.ts';

/**
 * 政府信息公开工作年度报告 (条例第四十九条、第五十条; 国办公开办函〔2021〕30号), issue 10:
 * - `annual_reports`: one report per agency and year, computed by Gongkai or imported from a published file
 *   (so that R7 can compare the first computed year with the last published one); its tables in the shape of
 *   applications-contract.md §4, the text of its six sections, the last check's findings, the
 *   填表人 → 复核人 → 审签人 sign-off and the document it was published as.
 * - `annual_report_versions`: every saved state of a report (its tables and text), numbered.
 * - `annual_report_counts`: the table 二 figures Gongkai cannot know (行政许可/行政处罚/行政强制 decisions,
 *   行政事业性收费 in 万元), entered per agency and year with their source.
 * - `review_cases`: the 行政复议 and 行政诉讼 cases about disclosure (table 四), linked to the application they arose from.
 * - `documents.legal_form`: 规章 or 行政规范性文件 (table 二's 制发/废止/现行有效 counts), null for other documents.
 */
export async function up(db: Kysely<any>, _engine: EngineName): Promise<void> {
  await db.schema
    .createTable('annual_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('tables_json', 'text', (c) => c.notNull())
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('findings_json', 'text')
    .addColumn('source_name', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('preparer_id', 'text')
    .addColumn('prepared_at', 'text')
    .addColumn('reviewer_id', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('approver_id', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('published_document_id', 'text')
    .addColumn('published_on', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('annual_reports_agency_year', ['agency_id', 'year'])
    .execute();

  await db.schema
    .createTable('annual_report_versions')
    .addColumn('report_id', 'text', (c) => c.notNull().references('annual_reports.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('tables_json', 'text', (c) => c.notNull())
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_report_versions_pk', ['report_id', 'number'])
    .execute();

  await db.schema
    .createTable('annual_report_counts')
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('count_key', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('annual_report_counts_pk', ['agency_id', 'year', 'count_key'])
    .execute();

  await db.schema
    .createTable('review_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text')
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('application_id', 'text', (c) => c.references('applications.id'))
    .addColumn('summary', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_cases_agency_filed').on('review_cases').columns(['agency_id', 'filed_on']).execute();

  await db.schema.alterTable('documents').addColumn('legal_form', 'text').execute();
}
