/**
 * Publishing a signed-off 年报 as a document of the agency: 索引号, body with the tables, Word and PDF
 * attached, public record and search entry, report row and audit in one transaction; a corrected
 * report republished as a new revision of the same document; refusals write nothing.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../helpers/databases.ts';
import { documentWorld } from '../../documents/documentFixtures.ts';
import { approvedReport, sampleSections } from './reportFixtures.ts';
import { publishAnnualReport } from '../../../src/app/reports/publishAnnualReport.ts';
import { inTransaction } from '../../../src/app/context.ts';
import { getPublicDocument } from '../../../src/app/documents/getDocument.ts';
import { searchDocuments } from '../../../src/app/documents/searchDocuments.ts';
import { findAnnualReport, updateAnnualReportRow } from '../../../src/storage/repositories/annualReport.repository.ts';
import { listAttachments } from '../../../src/storage/repositories/attachment.repository.ts';
import { findDocument } from '../../../src/storage/repositories/document.repository.ts';
import { findPublicRecord } from '../../../src/storage/repositories/publishedDocument.repository.ts';
import { queryAuditEvents } from '../../../src/storage/repositories/audit.repository.ts';
import type { DomainError } from '../../../src/domain/shared/errors.ts';

const TITLE = '中卫市医疗保障局2026年政府信息公开工作年度报告';
const code = (c: string) => (e: DomainError) => e.code === c;

describeEachEngine('publishing the 年报', (open) => {
  it('publishes an approved report with its 索引号, tables, Word and PDF, under the 年报 item, audited', async () => {
    const world = await documentWorld(await open());
    world.clock.advanceMinutes(60 * 24 * 320); // 2027-01-16
    const reportId = await approvedReport(world.engine.db, world.agencyId, 2026);
    const published = await publishAnnualReport(world.approver, reportId, world.files);
    assert.deepEqual([published.indexNumber, published.revision, published.publishedOn], ['640500001/2027-00001', 1, '2027-01-16']);

    const record = await findPublicRecord(world.engine.db, published.documentId);
    assert.equal(record?.content.title, TITLE);
    assert.equal(record?.content.kind, 'other');
    assert.equal(record?.content.formedOn, '2027-01-15', '成文日期 = 审签日期');
    assert.deepEqual(record?.content.items.map((item) => [item.level1, item.level2]), [['基本信息', '政府信息公开年报']]);
    assert.match(record?.content.bodyHtml ?? '', /<th class="report-label" rowspan="22">三、本年度办理结果<\/th>/);
    assert.match(record?.content.bodyHtml ?? '', /<h2>六、其他需要报告的事项<\/h2><p>本年度未收取信息处理费。<\/p>/);
    assert.deepEqual(record?.attachments.map((a) => [a.displayName, a.mediaType]), [
      [`${TITLE}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [`${TITLE}.pdf`, 'application/pdf'],
    ]);
    for (const attachment of record?.attachments ?? []) assert.ok(await world.files.get(attachment.sha256), `stored ${attachment.displayName}`);

    const report = await findAnnualReport(world.engine.db, reportId);
    assert.deepEqual([report?.status, report?.publishedDocumentId, report?.publishedOn], ['published', published.documentId, '2027-01-16']);
    const doc = await findDocument(world.engine.db, published.documentId);
    assert.deepEqual([doc?.status, doc?.submittedBy, doc?.reviewedBy, doc?.approvedBy], ['published', 'u-editor', 'u-reviewer', 'u-approver']);
    const page = await getPublicDocument(world.engine.db, published.documentId);
    assert.equal(page?.indexNumber, '640500001/2027-00001');
    const hits = await searchDocuments(world.engine.db, { query: '信息处理费' });
    assert.ok(hits.results.some((hit) => hit.id === published.documentId), 'found by search');
    const { events } = await queryAuditEvents(world.engine.db, { agencyIds: [world.agencyId], action: 'annual_report.published', limit: 10, offset: 0 });
    assert.equal(events.length, 1);
    assert.match(events[0]?.summary ?? '', /索引号 640500001\/2027-00001/);
  });

  it('republishes a corrected report as the next revision of the same document, 索引号 and 发布日期 kept', async () => {
    const world = await documentWorld(await open());
    world.clock.advanceMinutes(60 * 24 * 320);
    const reportId = await approvedReport(world.engine.db, world.agencyId, 2026);
    const first = await publishAnnualReport(world.approver, reportId, world.files);
    world.clock.advanceMinutes(60 * 24 * 10);
    const corrected = { ...sampleSections('2026年，本局全年共收到政府信息公开申请31件（更正）。') };
    await updateAnnualReportRow(world.engine.db, reportId, { status: 'approved', revision: 2, sections_json: JSON.stringify(corrected), approved_at: '2027-01-25T02:00:00.000Z' });
    const second = await publishAnnualReport(world.approver, reportId, world.files);
    assert.equal(second.documentId, first.documentId);
    assert.deepEqual([second.indexNumber, second.revision, second.publishedOn], [first.indexNumber, 2, '2027-01-16']);
    const record = await findPublicRecord(world.engine.db, first.documentId);
    assert.match(record?.content.bodyHtml ?? '', /（更正）/);
    assert.equal(record?.content.formedOn, '2027-01-25');
    assert.equal(record?.attachments.length, 2, 'the new Word and PDF only');
    assert.equal((await listAttachments(world.engine.db, first.documentId)).length, 2);
    assert.equal((await findAnnualReport(world.engine.db, reportId))?.publishedOn, '2027-01-16', 'R9 counts the first publication');
  });

  it('refuses a report not yet signed off, or an actor who is not its agency\'s 审签人, writing nothing', async () => {
    const world = await documentWorld(await open());
    const reportId = await approvedReport(world.engine.db, world.agencyId, 2026);
    await assert.rejects(publishAnnualReport(world.editor, reportId, world.files), code('forbidden'));
    await updateAnnualReportRow(world.engine.db, reportId, { status: 'reviewed' });
    await assert.rejects(publishAnnualReport(world.approver, reportId, world.files), (e: DomainError) => e.code === 'workflow.invalid_transition' && /须经审签/.test(e.message));
    await assert.rejects(publishAnnualReport(world.approver, 'no-such-report', world.files), code('not_found'));
    const report = await findAnnualReport(world.engine.db, reportId);
    assert.deepEqual([report?.status, report?.publishedDocumentId], ['reviewed', null]);
    const { total } = await queryAuditEvents(world.engine.db, { agencyIds: [world.agencyId], action: 'annual_report.published', limit: 10, offset: 0 });
    assert.equal(total, 0);
  });

  it('works inside the caller\'s transaction and is rolled back with it', async () => {
    const world = await documentWorld(await open());
    const reportId = await approvedReport(world.engine.db, world.agencyId, 2026);
    let documentId = '';
    await assert.rejects(
      inTransaction(world.approver, async (tx) => {
        documentId = (await publishAnnualReport(tx, reportId, world.files)).documentId;
        throw new Error('the caller fails after publishing');
      }),
      /the caller fails/,
    );
    assert.equal(await findPublicRecord(world.engine.db, documentId), undefined);
    assert.equal((await findAnnualReport(world.engine.db, reportId))?.status, 'approved');
    const committed = await inTransaction(world.approver, (tx) => publishAnnualReport(tx, reportId, world.files));
    assert.equal(committed.indexNumber, '640500001/2026-00001', 'the serial taken by the rolled-back attempt is free again');
    assert.equal((await findAnnualReport(world.engine.db, reportId))?.status, 'published');
  });
});
