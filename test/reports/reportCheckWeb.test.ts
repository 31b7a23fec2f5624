/**
 * /admin/report-check through the web with real published reports (multipart uploads): format, year, the
 * tables as read with blank cells marked, findings and reading problems in Chinese; 作为往年报告导入 for the
 * agency's 填表人 stores it, a bad file is refused with a Chinese message and nothing is saved.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { findAnnualReportFor, listAnnualReports } from '../../src/storage/repositories/annualReport.repository.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildRegionWorld, fixture } from './regionFixture.ts';

after(() => stopParseWorkers());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describeEachEngine('report check page', (open) => {
  it('checks an uploaded report and shows what it read, blanks marked, findings in Chinese', async () => {
    const world = await buildRegionWorld(await open());
    const reviewer = await world.signedIn('reviewerA');
    const form = await reviewer.get('/admin/report-check');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /enctype="multipart\/form-data"/);

    const checked = await reviewer.postFile('/admin/report-check', { field: 'file', name: '上海2019.html', bytes: fixture('shanghai-office-2019.html') });
    assert.equal(checked.statusCode, 200);
    const body = text(checked.body);
    assert.match(body, /格式 2019年试行格式/);
    assert.match(body, /年度 2019年/);
    assert.match(body, /警告 表三“一、本年新收政府信息公开申请数量”行“科研机构”列为空（没有数字时应填写0）/);
    assert.match(checked.body, /class="cell-blank muted">空白</);
    assert.ok(!/table3\.|naturalPerson|section\./.test(body), 'no English key reaches the page');
    assert.ok(!checked.body.includes('作为往年报告导入</h2>'), 'a 复核人 may check but not import');
    assert.equal((await listAnnualReports(world.engine.db, [world.agencyA])).length, 0, 'checking saves nothing');

    const wrongYear = await reviewer.postFile('/admin/report-check', { field: 'file', name: 'lg.txt', bytes: fixture('lg-department-2024.txt') }, { year: '2023' });
    assert.match(text(wrongYear.body), /报告写明的年度为2024年，与所选的2023年度不一致/);

    const lg = { field: 'file', name: 'lg.txt', bytes: fixture('lg-department-2024.txt') };
    const withPrevious = await reviewer.postFile('/admin/report-check', [lg, { field: 'previous', name: '上海2019.html', bytes: fixture('shanghai-office-2019.html') }]);
    assert.match(text(withPrevious.body), /上一年度报告 上海2019\.html/);
    assert.match(text(withPrevious.body), /上一年度报告写明的年度为2019年，不是2023年，请核对是否选错文件/);

    const notReport = await reviewer.postFile('/admin/report-check', { field: 'file', name: 'a.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) });
    assert.equal(notReport.statusCode, 200);
    assert.match(text(notReport.body), /无法识别的文件格式/);
    assert.match(text(notReport.body), /格式 未能识别/);
    const empty = await reviewer.postFile('/admin/report-check', { field: 'file', name: '', bytes: new Uint8Array() });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /请选择要检查的年度报告文件/);
  });

  it('imports the checked report for the 填表人, refuses a bad file in Chinese and saves nothing', async () => {
    const world = await buildRegionWorld(await open());
    const editor = await world.signedIn('editorA');
    await editor.get('/admin/report-check');
    const checked = await editor.postFile('/admin/report-check', { field: 'file', name: 'lg.txt', bytes: fixture('lg-department-2024.txt') });
    assert.match(checked.body, /作为往年报告导入<\/h2>/);
    assert.match(checked.body, /name="year"[^>]*value="2024"/);

    const bad = await editor.postFile('/admin/report-check/import', { field: 'file', name: 'yangling.txt', bytes: fixture('yangling-audit-2022.txt') }, { agencyId: world.agencyA, year: '2022', publishedOn: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(text(bad.body), /未导入：未能读出表三“收到和处理政府信息公开申请情况”，不能作为往年报告导入/);
    const future = await editor.postFile('/admin/report-check/import', { field: 'file', name: 'lg.txt', bytes: fixture('lg-department-2024.txt') }, { agencyId: world.agencyA, year: '二〇二四' });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /年度应为四位数的年份/);
    assert.equal((await listAnnualReports(world.engine.db, [world.agencyA])).length, 0, 'nothing saved');

    const done = await editor.postFile('/admin/report-check/import', { field: 'file', name: 'lg.txt', bytes: fixture('lg-department-2024.txt') }, { agencyId: world.agencyA, year: '2024', publishedOn: '2025-01-22' });
    assert.equal(done.statusCode, 200);
    const report = (await findAnnualReportFor(world.engine.db, world.agencyA, 2024))!;
    assert.match(text(done.body), /已导入：中卫市医疗保障局2024年度政府信息公开工作年度报告/);
    assert.ok(done.body.includes(`href="/admin/reports/${report.id}"`));
    assert.deepEqual([report.origin, report.publishedOn, report.sourceName], ['imported', '2025-01-22', 'lg.txt']);

    const again = await editor.postFile('/admin/report-check/import', { field: 'file', name: 'lg2.txt', bytes: fixture('lg-department-2024.txt') }, { agencyId: world.agencyA, year: '2024' });
    assert.match(text(again.body), /已重新导入（第2版）/);
    const other = await world.signedIn('editorB');
    await other.get('/admin/report-check');
    const refused = await other.postFile('/admin/report-check/import', { field: 'file', name: 'lg.txt', bytes: fixture('lg-department-2024.txt') }, { agencyId: world.agencyA, year: '2024' });
    assert.equal(refused.statusCode, 403);
    assert.equal((await findAnnualReportFor(world.engine.db, world.agencyA, 2024))!.revision, 2);
  });
});
