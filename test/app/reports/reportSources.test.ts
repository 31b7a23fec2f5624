/**
 * 年报 tables 二 and 四 from what officers enter: documents' 文件类型 published and repealed across years,
 * the yearly figures with their source, and the 行政复议/诉讼 register — through buildAnnualReport.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../../helpers/appContext.ts';
import { FORM } from '../../helpers/applicationFixtures.ts';
import { completeInput, documentWorld, publishNew, type DocumentWorld } from '../../documents/documentFixtures.ts';
import { loadCatalog } from '../../../src/app/catalog/loadCatalog.ts';
import { getAgency } from '../../../src/app/agencies/getAgency.ts';
import { registerApplication } from '../../../src/app/applications/registerApplication.ts';
import { repealDocument } from '../../../src/app/documents/repealDocument.ts';
import { updateDocument } from '../../../src/app/documents/updateDocument.ts';
import { withdrawDocument } from '../../../src/app/documents/withdrawDocument.ts';
import { buildAnnualReport } from '../../../src/app/reports/buildAnnualReport.ts';
import { createReviewCase } from '../../../src/app/reports/createReviewCase.ts';
import { getReportFigures } from '../../../src/app/reports/getReportFigures.ts';
import { getReviewCase } from '../../../src/app/reports/getReviewCase.ts';
import { listReviewCases } from '../../../src/app/reports/listReviewCases.ts';
import { setReportFigures } from '../../../src/app/reports/setReportFigures.ts';
import { updateReviewCase } from '../../../src/app/reports/updateReviewCase.ts';
import type { DomainError } from '../../../src/domain/shared/errors.ts';
import { queryAuditEvents } from '../../../src/storage/repositories/audit.repository.ts';
import { listReportCounts } from '../../../src/storage/repositories/reportSources.repository.ts';

const refused = (code: string, pattern?: RegExp) => (e: DomainError) => e.code === code && (!pattern || pattern.test(e.message) || e.issues.some((i) => pattern.test(i.message)));
const FIGURES = { licensing: '1203', licensingSource: '政务服务平台统计', penalties: '15', penaltiesSource: '行政执法信息平台', enforcement: '', enforcementSource: '', fees: '12.3456', feesSource: '财政非税收入系统' };
const CASE = { kind: 'reconsideration', caseNumber: '卫政复〔2025〕7号', filedOn: '2025-11-20', decidedOn: '', result: 'pending', body: '中卫市人民政府', summary: '对部分公开答复不服' };

/** A supervisor of the agency's own region (report.view, no application.view). */
async function supervisorOf(world: DocumentWorld) {
  const agency = (await getAgency(world.engine.db, world.agencyId))!;
  return contextFor(world.engine, { id: 'u-sup', name: '中卫市监督员', roles: ['region_supervisor'], agencyId: null, regionId: agency.regionId }, world.clock);
}

async function auditOf(world: DocumentWorld, action: string) {
  return (await queryAuditEvents(world.engine.db, { action, limit: 50, offset: 0 })).events;
}

describeEachEngine('年报 sources: 文件类型, table 二 figures and the case register', (open) => {
  it('table 二 counts published 规章/行政规范性文件 by 成文日期 and the repeal date, from the public record', async () => {
    const world = await documentWorld(await open());
    const regulation = await publishNew(world, { title: '中卫市医疗保障基金监督管理办法', legalForm: 'regulation', formedOn: '2024-05-10' });
    await repealDocument(world.approver, { documentId: regulation.documentId, reason: '上位法修订', on: '2025-06-30' });
    const inForce = await publishNew(world, { title: '医保定点机构协议管理规定', legalForm: 'normativeDocument', formedOn: '2025-03-01' });
    const repealedNextYear = await publishNew(world, { title: '医保异地就医备案办法', legalForm: 'normativeDocument', formedOn: '2025-11-11' });
    await repealDocument(world.approver, { documentId: repealedNextYear.documentId, reason: '已被新办法替代', on: '2026-01-15' });
    await publishNew(world, { title: '关于召开医保工作会议的通知', formedOn: '2025-04-01' });
    const withdrawn = await publishNew(world, { title: '误发的规范性文件', legalForm: 'normativeDocument', formedOn: '2025-05-05' });
    await withdrawDocument(world.approver, { documentId: withdrawn.documentId, reason: '误发' });
    await updateDocument(world.editor, { documentId: inForce.documentId, ...completeInput({ title: '医保定点机构协议管理规定', legalForm: 'regulation', formedOn: '2025-03-01' }) });

    const table = async (year: number) => (await buildAnnualReport(world.editor, world.agencyId, year)).table2;
    const t2024 = await table(2024);
    assert.deepEqual(t2024.regulations, { issued: 1, repealed: 0, inForce: 1 });
    const t2025 = await table(2025);
    assert.deepEqual(t2025.regulations, { issued: 0, repealed: 1, inForce: 0 }, 'the repeal date counts; the unsigned edit to 规章 does not');
    assert.deepEqual(t2025.normativeDocuments, { issued: 2, repealed: 0, inForce: 2 }, 'neither the 其他 document nor the withdrawn one');
    const t2026 = await table(2026);
    assert.deepEqual(t2026.normativeDocuments, { issued: 0, repealed: 1, inForce: 1 });
    assert.deepEqual([t2025.licensing!.decisions, t2025.fees!.amountTenThousandYuan], [null, null], 'figures nobody entered stay blank');

    const sources = await getReportFigures(world.editor, world.agencyId, 2025);
    assert.deepEqual(sources.documents.map((d) => [d.title, d.legalForm, d.formedOn, d.repealedOn]), [
      ['中卫市医疗保障基金监督管理办法', 'regulation', '2024-05-10', '2025-06-30'],
      ['医保定点机构协议管理规定', 'normativeDocument', '2025-03-01', null],
      ['医保异地就医备案办法', 'normativeDocument', '2025-11-11', '2026-01-15'],
    ]);
    assert.ok(sources.documents.every((d) => /^640500001\/2026-\d{5}$/.test(d.indexNumber)));
  });

  it('figures are entered with their source by the 填表人 only, validated all or nothing, audited before/after', async () => {
    const world = await documentWorld(await open());
    await setReportFigures(world.editor, { agencyId: world.agencyId, year: 2025, figures: FIGURES });
    const t2 = (await buildAnnualReport(world.editor, world.agencyId, 2025)).table2;
    assert.deepEqual([t2.licensing!.decisions, t2.penalties!.decisions, t2.enforcement!.decisions, t2.fees!.amountTenThousandYuan], [1203, 15, null, 12.3456]);
    assert.equal((await buildAnnualReport(world.editor, world.agencyId, 2024)).table2.licensing!.decisions, null, 'per year');

    const before = await listReportCounts(world.engine.db, world.agencyId, 2025);
    await assert.rejects(setReportFigures(world.editor, { agencyId: world.agencyId, year: 2025, figures: { ...FIGURES, licensing: '1300', fees: '1,203' } }), refused('validation.failed', /最多4位小数/));
    await assert.rejects(setReportFigures(world.reviewer, { agencyId: world.agencyId, year: 2025, figures: FIGURES }), refused('forbidden'));
    await assert.rejects(setReportFigures(await supervisorOf(world), { agencyId: world.agencyId, year: 2025, figures: FIGURES }), refused('forbidden'));
    await assert.rejects(setReportFigures(world.editor, { agencyId: world.agencyId, year: 2027, figures: FIGURES }), refused('validation.failed', /尚未开始/));
    assert.deepEqual(await listReportCounts(world.engine.db, world.agencyId, 2025), before, 'nothing half-written');

    await setReportFigures(world.editor, { agencyId: world.agencyId, year: 2025, figures: { ...FIGURES, penalties: '', enforcement: '3', enforcementSource: '行政执法信息平台' } });
    const figures = (await getReportFigures(await supervisorOf(world), world.agencyId, 2025)).figures;
    assert.deepEqual([figures.penalties, figures.enforcement?.value, figures.enforcement?.source, figures.licensing?.updatedBy], [null, 3, '行政执法信息平台', 'u-editor']);
    const events = await auditOf(world, 'report.figures_updated');
    assert.equal(events.length, 2);
    assert.deepEqual(events[0]!.before, { year: 2025, figures: { licensing: { value: 1203, source: '政务服务平台统计' }, penalties: { value: 15, source: '行政执法信息平台' }, fees: { value: 12.3456, source: '财政非税收入系统' } } });
    assert.match(events[0]!.summary, /行政处罚处理决定数量 清空；行政强制处理决定数量 3（来源：行政执法信息平台）/);
    assert.deepEqual((await setReportFigures(world.editor, { agencyId: world.agencyId, year: 2025, figures: { ...FIGURES, penalties: '', enforcement: '3', enforcementSource: '行政执法信息平台' } })).changed, [], 'the same figures again change nothing');
    assert.equal((await auditOf(world, 'report.figures_updated')).length, 2);
  });

  it('table 四 from the register: a case filed in one year and decided the next is 尚未审结 in the first year', async () => {
    const world = await documentWorld(await open());
    const root = contextFor(world.engine, undefined, world.clock);
    const other = await loadCatalog(root, goldenCatalog('001_4d728002a9a631f9'), { publish: true });
    const receipt = { channel: 'post', on: '2025-09-01', signedFor: true } as const;
    const { application } = await registerApplication(world.editor, { agencyId: world.agencyId, fields: FORM, receipt });
    const { application: foreign } = await registerApplication(root, { agencyId: other.agencyId, fields: FORM, receipt });

    const { id } = await createReviewCase(world.editor, world.agencyId, { ...CASE, applicationTrackingNo: application.trackingNo });
    await createReviewCase(world.editor, world.agencyId, { kind: 'litigationDirect', caseNumber: '（2025）宁0502行初12号', filedOn: '2025-03-01', decidedOn: '2025-09-01', result: 'corrected', body: '中卫市沙坡头区人民法院' });
    await createReviewCase(world.editor, world.agencyId, { kind: 'litigationAfterReview', filedOn: '2026-02-01', result: 'pending' });
    await assert.rejects(createReviewCase(world.editor, world.agencyId, { ...CASE, applicationTrackingNo: foreign.trackingNo }), refused('validation.failed', /本单位没有受理编号为/));
    await assert.rejects(createReviewCase(world.editor, world.agencyId, { ...CASE, applicationTrackingNo: '20250901-000000' }), refused('validation.failed', /本单位没有受理编号为/));
    await assert.rejects(createReviewCase(world.editor, world.agencyId, { ...CASE, decidedOn: '2025-12-01' }), refused('validation.failed', /尚未审结的案件不应填写/));
    await assert.rejects(createReviewCase(world.editor, world.agencyId, { ...CASE, filedOn: '2026-03-03' }), refused('validation.failed', /不能晚于今天/));
    await assert.rejects(createReviewCase(world.reviewer, world.agencyId, CASE), refused('forbidden'));
    assert.equal((await listReviewCases(world.editor, { agencyId: world.agencyId })).cases.length, 3, 'refused cases wrote nothing');

    const t2025 = (await buildAnnualReport(world.editor, world.agencyId, 2025)).table4;
    assert.deepEqual(t2025.reconsideration, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    assert.deepEqual(t2025.litigationDirect, { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    await updateReviewCase(world.editor, id, { ...CASE, applicationTrackingNo: application.trackingNo, result: 'upheld', decidedOn: '2026-01-10' });
    assert.deepEqual((await buildAnnualReport(world.editor, world.agencyId, 2025)).table4.reconsideration, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 }, 'as of 31 December 2025');
    const t2026 = (await buildAnnualReport(world.editor, world.agencyId, 2026)).table4;
    assert.deepEqual([t2026.reconsideration.total, t2026.litigationAfterReview], [0, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 }]);

    const staffView = await getReviewCase(world.reviewer, id);
    assert.deepEqual([staffView.result, staffView.decidedOn, staffView.applicationTrackingNo, staffView.summary], ['upheld', '2026-01-10', application.trackingNo, CASE.summary]);
    const linked = await listReviewCases(world.editor, { agencyId: world.agencyId, applicationId: application.id });
    assert.deepEqual(linked.cases.map((c) => c.id), [id]);
    const supervisor = await supervisorOf(world);
    const supervised = await listReviewCases(supervisor, { agencyId: world.agencyId, year: 2025, kind: 'reconsideration' });
    assert.deepEqual(supervised.cases.map((c) => [c.caseNumber, c.resultLabel, c.applicationTrackingNo, c.summary, c.full]), [['卫政复〔2025〕7号', '维持', null, null, false]]);
    assert.equal(supervised.canEdit, false);
    assert.ok(!JSON.stringify(supervised).includes(FORM.name) && !JSON.stringify(supervised).includes(application.trackingNo));
    await assert.rejects(listReviewCases(supervisor, { agencyId: world.agencyId, applicationId: application.id }), refused('forbidden'));
    await assert.rejects(updateReviewCase(supervisor, id, CASE), refused('forbidden'));

    const created = await auditOf(world, 'review_case.created');
    assert.equal(created.length, 3);
    const updated = await auditOf(world, 'review_case.updated');
    assert.deepEqual([(updated[0]!.before as { result: string }).result, (updated[0]!.after as { result: string }).result], ['pending', 'upheld']);
    assert.match(updated[0]!.summary, new RegExp(`涉及申请 ${application.trackingNo}`));
    assert.ok(![...created, ...updated].some((e) => JSON.stringify(e).includes(FORM.name)), 'the audit names the 受理编号, never the applicant');
  });
});
