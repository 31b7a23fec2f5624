/**
 * The 年报 lifecycle through the use cases on both engines: open (computed from the register, drafted 一 and 六),
 * refresh (new version, edited sections kept), edit (一/五/六 only, draft only), check (R7 against an imported
 * last-year report), sign-off by three different people with errors blocking submit and approve; all audited.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { listAuditEvents } from '../../../src/app/audit/listAuditEvents.ts';
import { approveAnnualReport } from '../../../src/app/reports/approveAnnualReport.ts';
import { checkAnnualReport } from '../../../src/app/reports/checkAnnualReport.ts';
import { editReportSections } from '../../../src/app/reports/editReportSections.ts';
import { getAnnualReport } from '../../../src/app/reports/getAnnualReport.ts';
import { openAnnualReport } from '../../../src/app/reports/openAnnualReport.ts';
import { refreshReportTables } from '../../../src/app/reports/refreshReportTables.ts';
import { returnAnnualReport, reviewAnnualReport, submitAnnualReport } from '../../../src/app/reports/reportSignOff.ts';
import { emptySections } from '../../../src/domain/annualReport/reportSections.ts';
import type { ReportTables } from '../../../src/domain/annualReport/tables.ts';
import { countTable3 } from '../../../src/domain/applications/table3.ts';
import type { DomainError } from '../../../src/domain/shared/errors.ts';
import { insertAnnualReport } from '../../../src/storage/repositories/annualReport.repository.ts';
import { contextFor } from '../../helpers/appContext.ts';
import { describeEachEngine } from '../../helpers/databases.ts';
import { reportWorld } from './reportWorld.ts';

const code = (expected: string, text?: RegExp) => (e: DomainError) => e.code === expected && (!text || text.test(e.message));

describeEachEngine('annual report lifecycle', (open) => {
  it('opens the report computed from the data, once, with drafted sections 一 and 六', async () => {
    const world = await reportWorld(await open());
    await world.application('2026-01-05', [{ type: 'feeNotified', on: '2026-01-06', amount: 100 }, { type: 'feePaid', on: '2026-01-08' }, { type: 'answered', on: '2026-01-20', outcome: 'granted' }]);
    await world.application('2026-02-10');
    const editor = await world.staff('editorA');
    await assert.rejects(openAnnualReport(await world.staff('reviewerA'), { agency: world.agencyId, year: 2026 }), code('forbidden'));
    const { report, created } = await openAnnualReport(editor, { agency: world.agencyId, year: 2026 });
    assert.equal(created, true);
    assert.equal(report.status, 'draft');
    assert.equal(report.revision, 1);
    assert.equal(report.tables.table3.newReceived.total, 2);
    assert.equal(report.tables.table3.granted.naturalPerson, 1);
    assert.ok(report.sections.overview.includes('全年共收到政府信息公开申请2件，无上年结转政府信息公开申请，办结1件，其中予以公开1件；结转下年度继续办理1件。'), report.sections.overview);
    assert.match(report.sections.other, /收取信息处理费1件次，合计100元/);
    const [one, other] = await Promise.all([2025, 2025].map(async (year) => openAnnualReport(await world.staff('editorA'), { agency: world.agencyId, year })));
    assert.equal(one!.report.id, other!.report.id, 'two officers opening one year at once get one report');
    assert.deepEqual([one!.created, other!.created].sort(), [false, true]);
    const again = await openAnnualReport(await world.staff('reviewerA'), { agency: world.agencyId, year: 2026 });
    assert.deepEqual([again.created, again.report.id], [false, report.id]);
    const view = await getAnnualReport(await world.staff('reviewerA'), report.id);
    assert.deepEqual(view.versions.map((v) => v.number), [1]);
    await assert.rejects(getAnnualReport(await world.staff('editorB'), report.id), code('forbidden'));
    const audit = await listAuditEvents(contextFor(world.web.engine, undefined, world.web.clock), { agencyId: world.agencyId, limit: 50 });
    assert.ok(audit.events.some((e) => e.action === 'annual_report.created' && e.entityId === report.id));
  });

  it('recomputes the tables as a new version, drafting 一 again unless it was edited, and edits only 一/五/六 in draft', async () => {
    const world = await reportWorld(await open());
    await world.application('2026-01-05');
    const editor = await world.staff('editorA');
    const { report } = await openAnnualReport(editor, { agency: world.agencyId, year: 2026 });
    await world.application('2026-02-03', [{ type: 'answered', on: '2026-02-20', outcome: 'partial' }]);
    const refreshed = await refreshReportTables(editor, report.id);
    assert.equal(refreshed.revision, 2);
    assert.equal(refreshed.tables.table3.newReceived.total, 2);
    assert.ok(refreshed.sections.overview.includes('全年共收到政府信息公开申请2件'), 'untouched overview drafted again');

    await assert.rejects(editReportSections(editor, { reportId: report.id, sections: { proactive: '改写' } }), code('validation.failed', /由表格生成/));
    const edited = await editReportSections(editor, { reportId: report.id, sections: { overview: '2026年，本局共收到政府信息公开申请2件。', problems: '培训不足，将加强。' } });
    assert.equal(edited.revision, 3);
    await world.application('2026-02-25');
    const kept = await refreshReportTables(editor, report.id);
    assert.equal(kept.tables.table3.newReceived.total, 3);
    assert.equal(kept.sections.overview, '2026年，本局共收到政府信息公开申请2件。', 'an edited section is kept');
    assert.equal(kept.sections.problems, '培训不足，将加强。');
    const versions = (await getAnnualReport(editor, report.id)).versions;
    assert.deepEqual(versions.map((v) => v.number), [4, 3, 2, 1]);
    assert.equal(versions[1]!.note, '编辑第一部分、第五部分');
    const findings = await checkAnnualReport(editor, report.id);
    assert.ok(findings.some((f) => f.rule === 'R8' && f.message.includes('收到政府信息公开申请2件')), 'R8 sees the edited text quote a stale figure');
  });

  it('checks R7 against last year’s imported report and blocks submit and approve while errors remain', async () => {
    const world = await reportWorld(await open());
    const db = world.web.engine.db;
    await world.application('2026-01-05', [{ type: 'answered', on: '2026-01-20', outcome: 'granted' }]);
    const lastYear: ReportTables = { format: '2021', year: 2025, table2: {}, table3: { ...countTable3([], 2025), carriedForward: { ...countTable3([], 2025).carriedForward, naturalPerson: 4, total: 4 } }, table4: { reconsideration: {}, litigationDirect: {}, litigationAfterReview: {} } as ReportTables['table4'] };
    await insertAnnualReport(db, { id: 'imported-2025', agencyId: world.agencyId, year: 2025, format: '2021', origin: 'imported', status: 'imported', tables: lastYear, sections: emptySections(), sourceName: '2025年报.html', publishedOn: '2026-01-20', createdBy: null, createdAt: world.web.clock.now() });
    const editor = await world.staff('editorA');
    const { report } = await openAnnualReport(editor, { agency: world.agencyId, year: 2026 });
    const copied = { ...report.sections, problems: '一是公开内容不够全面，部分栏目更新不及时。二是政策解读形式较为单一。三是依申请公开答复文书有待规范。' };
    await db.updateTable('annual_reports').set({ sections_json: JSON.stringify(copied) }).where('id', '=', 'imported-2025').execute();
    await editReportSections(editor, { reportId: report.id, sections: { problems: copied.problems } });
    const findings = await checkAnnualReport(await world.staff('reviewerA'), report.id);
    assert.ok(findings.some((f) => f.rule === 'R7' && f.severity === 'error'), JSON.stringify(findings));
    assert.ok(findings.some((f) => f.rule === 'R10' && f.severity === 'warning' && f.message.includes('与上一年度报告相同')), 'text copied from last year’s report (R10)');
    assert.ok(findings.some((f) => f.rule === 'R5' && f.where === 'table2.licensing.decisions'), 'a figure nobody entered is blank');
    assert.deepEqual((await getAnnualReport(editor, report.id)).report.findings, findings, 'findings stored');
    await assert.rejects(submitAnnualReport(editor, { reportId: report.id }), code('validation.failed', /须更正后才能提交复核：.*行政许可/));

    await db.deleteFrom('annual_report_versions').where('report_id', '=', 'imported-2025').execute();
    await db.deleteFrom('annual_reports').where('id', '=', 'imported-2025').execute();
    await world.enterCounts(2026);
    await refreshReportTables(editor, report.id);
    const submitted = await submitAnnualReport(editor, { reportId: report.id });
    assert.equal(submitted.status, 'submitted');
    assert.equal(submitted.preparerId, editor.actor.id);
  });

  it('needs 填表人, 复核人 and 审签人 to be three different people, and returns with a comment', async () => {
    const world = await reportWorld(await open());
    await world.enterCounts(2026);
    const everyone = world.as('u-all-roles', ['editor', 'reviewer', 'approver']);
    const { report } = await openAnnualReport(everyone, { agency: world.agencyId, year: 2026 });
    await submitAnnualReport(everyone, { reportId: report.id });
    await assert.rejects(reviewAnnualReport(everyone, { reportId: report.id, decision: 'pass' }), code('forbidden', /您已是本年度报告的填表人，不能再复核/));
    await assert.rejects(reviewAnnualReport(await world.staff('reviewerA'), { reportId: report.id, decision: 'return' }), code('validation.failed', /退回时请填写意见/));
    const returned = await reviewAnnualReport(await world.staff('reviewerA'), { reportId: report.id, decision: 'return', comment: '请补充第五部分' });
    assert.deepEqual([returned.status, returned.returnComment], ['returned', '请补充第五部分']);
    await editReportSections(everyone, { reportId: report.id, sections: { problems: '信息公开培训不足，下一步加强。' } });
    await submitAnnualReport(everyone, { reportId: report.id });
    const reviewer = world.as('u-reviewer-approver', ['reviewer', 'approver']);
    await reviewAnnualReport(reviewer, { reportId: report.id, decision: 'pass' });
    await assert.rejects(approveAnnualReport(reviewer, { reportId: report.id }), code('forbidden', /复核人，不能再审签/));
    await assert.rejects(approveAnnualReport(everyone, { reportId: report.id }), code('forbidden', /填表人，不能再审签/));
    await assert.rejects(editReportSections(everyone, { reportId: report.id, sections: { problems: '改' } }), code('workflow.invalid_transition', /待审签/));
    const approved = await approveAnnualReport(await world.staff('approverA'), { reportId: report.id }, world.files);
    assert.equal(approved.status, 'published', 'signed and published in one step');
    assert.equal(approved.publishedOn, '2026-03-02');
    const document = await world.web.engine.db.selectFrom('published_documents').select(['title', 'index_number']).where('document_id', '=', approved.publishedDocumentId!).executeTakeFirstOrThrow();
    assert.equal(document.title, '中卫市医疗保障局2026年政府信息公开工作年度报告');
    await assert.rejects(refreshReportTables(everyone, report.id), code('workflow.invalid_transition', /已发布/));
    await assert.rejects(returnAnnualReport(await world.staff('approverA'), { reportId: report.id, comment: '晚了' }), code('workflow.invalid_transition'));
    const audit = await listAuditEvents(contextFor(world.web.engine, undefined, world.web.clock), { agencyId: world.agencyId, limit: 100 });
    const actions = audit.events.filter((e) => e.entityId === report.id).map((e) => e.action).reverse();
    assert.deepEqual(actions, ['annual_report.created', 'annual_report.submit', 'annual_report.review_return', 'annual_report.edited', 'annual_report.submit', 'annual_report.review_pass', 'annual_report.approve', 'annual_report.published']);
  });
});
