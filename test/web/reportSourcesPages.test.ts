/** The 年报 data-entry pages without JavaScript: table 二 figures with their source, and the 行政复议/诉讼 register. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { contextFor } from '../helpers/appContext.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { fieldError, inputValue } from './applicationHelpers.ts';
import { createViaForm, documentForm, itemId, passWorkflow } from './documentsFixture.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { listReportCounts } from '../../src/storage/repositories/reportSources.repository.ts';

const FIGURES = { licensing: '1203', licensingSource: '政务服务平台统计', penalties: '15', penaltiesSource: '行政执法信息平台', enforcement: '', enforcementSource: '', fees: '12.3456', feesSource: '财政非税收入系统' };
const CASE = { kind: 'reconsideration', caseNumber: '卫政复〔2025〕7号', filedOn: '2025-11-20', result: 'pending', decidedOn: '', body: '中卫市人民政府', summary: '对部分公开答复不服' };

const countRows = async (engine: { db: import('kysely').Kysely<import('../../src/storage/schema.ts').Database> }, table: 'review_cases' | 'annual_report_counts') =>
  Number((await engine.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);

describeEachEngine('年报 data-entry pages', (open) => {
  it('the figures form refuses a bad amount in Chinese and saves nothing, then saves and shows table 二 computed', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const path = `/admin/report-figures/${web.agencyA}/2025`;
    const form = await editor.get(path);
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes('表二预览') && form.body.includes('（未填写）'), 'blank figures are marked');
    const bad = await editor.post(path, { ...FIGURES, fees: '1,203.5', penaltiesSource: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(fieldError(bad.body, 'fees') ?? '', /行政事业性收费金额（万元）应为不小于0的数/);
    assert.match(fieldError(bad.body, 'penaltiesSource') ?? '', /请填写行政处罚处理决定数量的来源/);
    assert.equal(inputValue(bad.body, 'licensing'), '1203', 'what was typed is kept');
    assert.equal(await countRows(web.engine, 'annual_report_counts'), 0, 'nothing saved');
    const saved = await editor.post(path, FIGURES);
    assert.equal(saved.statusCode, 303);
    const page = await editor.get(String(saved.headers.location));
    assert.ok(page.body.includes('已保存') && page.body.includes('>1203<') && page.body.includes('>12.3456<'));
    assert.deepEqual((await listReportCounts(web.engine.db, web.agencyA, 2025)).map((c) => [c.key, c.value, c.source]).sort(), [['fees', 12.3456, '财政非税收入系统'], ['licensing', 1203, '政务服务平台统计'], ['penalties', 15, '行政执法信息平台']]);

    const reviewer = await web.signedIn('reviewerA');
    const readOnly = await reviewer.get(path);
    assert.equal(readOnly.statusCode, 200);
    assert.ok(!readOnly.body.includes('name="licensing"') && readOnly.body.includes('>1203<'), 'report.view sees, without the form');
    assert.equal((await reviewer.post(path, { ...FIGURES, licensing: '1' })).statusCode, 403);
    assert.equal((await (await web.signedIn('editorB')).get(path)).statusCode, 403);
    assert.equal((await (await web.signedIn('supervisor')).get(path)).statusCode, 200);
    assert.equal((await editor.get(`/admin/report-figures/${web.agencyA}/20x5`)).statusCode, 404);
  });

  it('the case form refuses a pending case with a decision date in Chinese, registers one linked from the application page', async () => {
    const web = await buildWebTestApp(await open());
    const officer = contextFor(web.engine, { id: null, name: '系统', roles: ['system_admin'], agencyId: null, regionId: null }, web.clock);
    const { application } = await registerApplication(officer, { agencyId: web.agencyA, fields: FORM, receipt: { channel: 'post', on: '2025-09-01', signedFor: true } });
    const editor = await web.signedIn('editorA');
    const casePage = await editor.get(`/admin/applications/${application.id}`);
    const link = `/admin/review-cases/new?agency=${web.agencyA}&amp;application=${application.trackingNo}`;
    assert.ok(casePage.body.includes(link) && casePage.body.includes('登记行政复议/诉讼'), 'the case page links to a prefilled form');
    const form = await editor.get(link.replaceAll('&amp;', '&'));
    assert.equal(inputValue(form.body, 'applicationTrackingNo'), application.trackingNo);

    const bad = await editor.post('/admin/review-cases', { ...CASE, agencyId: web.agencyA, applicationTrackingNo: application.trackingNo, decidedOn: '2025-12-01' });
    assert.equal(bad.statusCode, 400);
    assert.equal(fieldError(bad.body, 'decidedOn'), '尚未审结的案件不应填写决定（判决）日期');
    const unknown = await editor.post('/admin/review-cases', { ...CASE, agencyId: web.agencyA, applicationTrackingNo: '20250901-999999' });
    assert.match(fieldError(unknown.body, 'applicationTrackingNo') ?? '', /本单位没有受理编号为「20250901-999999」的申请/);
    assert.equal(await countRows(web.engine, 'review_cases'), 0, 'nothing saved');

    const saved = await editor.post('/admin/review-cases', { ...CASE, agencyId: web.agencyA, applicationTrackingNo: application.trackingNo });
    assert.equal(saved.statusCode, 303);
    const list = await editor.get(String(saved.headers.location));
    assert.ok(list.body.includes('案件已登记') && list.body.includes('卫政复〔2025〕7号') && list.body.includes(application.trackingNo));
    const filtered = await editor.get(`/admin/review-cases?agency=${web.agencyA}&year=2024`);
    assert.ok(filtered.body.includes('没有符合条件的案件'));
    const caseId = /href="\/admin\/review-cases\/([0-9a-f-]{36})"/.exec(list.body)![1]!;
    const updated = await editor.post(`/admin/review-cases/${caseId}`, { ...CASE, applicationTrackingNo: application.trackingNo, result: 'upheld', decidedOn: '2026-01-10' });
    assert.equal(updated.statusCode, 303);
    assert.ok((await editor.get(`/admin/applications/${application.id}`)).body.includes('维持（2026-01-10）'), 'the application page lists the linked case');

    const supervisor = await web.signedIn('supervisor');
    const supervised = await supervisor.get(`/admin/review-cases?agency=${web.agencyA}`);
    assert.equal(supervised.statusCode, 200);
    assert.ok(supervised.body.includes('卫政复〔2025〕7号') && supervised.body.includes('维持'));
    assert.ok(!supervised.body.includes(application.trackingNo) && !(await supervisor.get(`/admin/review-cases/${caseId}`)).body.includes(CASE.summary), 'no application, no summary');
    assert.equal((await supervisor.post(`/admin/review-cases/${caseId}`, CASE)).statusCode, 403);
    assert.equal((await (await web.signedIn('editorB')).get(`/admin/review-cases/${caseId}`)).statusCode, 403);
  });

  it('the document form sets 文件类型; the public page shows it and table 二 counts the document', async () => {
    const web = await buildWebTestApp(await open());
    const editor = await web.signedIn('editorA');
    const newForm = await editor.get(`/admin/agencies/${web.agencyA}/documents/new`);
    assert.ok(newForm.body.includes('<option value="" selected="">其他（不计入年报表二）</option>'), 'new documents default to 其他');
    const item = await itemId(web, '规范性文件');
    const bad = await editor.post(`/admin/agencies/${web.agencyA}/documents`, documentForm(item, { legalForm: 'law' }));
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /文件类型只能是规章、行政规范性文件或其他/);
    const documentId = await createViaForm(web, editor, documentForm(item, { legalForm: 'normativeDocument', formedOn: '2025-12-30' }));
    const edit = await editor.get(`/admin/documents/${documentId}/edit`);
    assert.ok(edit.body.includes('<option value="normativeDocument" selected="">行政规范性文件</option>'), 'the form keeps the choice');
    await passWorkflow(web, documentId);
    const publicPage = await web.client().get(`/documents/${documentId}`);
    assert.match(publicPage.body, /<dt>文件类型<\/dt>\s*<dd>行政规范性文件<\/dd>/);
    const figures = await editor.get(`/admin/report-figures/${web.agencyA}/2025`);
    assert.ok(figures.body.includes('关于做好2026年城乡居民基本医疗保险参保工作的通知') && figures.body.includes('2025-12-30'), 'listed as a source of table 二');
  });
});
