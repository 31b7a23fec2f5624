/**
 * /admin/region-reports and its xlsx/CSV download through the web: the supervisor's default region and
 * year, sorting by a query parameter, links to stored reports, the summed tables with the format's labels,
 * Chinese headers in both files, and refusals for other regions and agency staff. No applicant anywhere.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import ExcelJS from 'exceljs';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { importApplications } from '../../src/app/applications/importApplications.ts';
import { exportRegisterJson } from '../../src/exporters/applications/registerFiles.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { generateRegister } from '../helpers/applicationRegisterGenerator.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { referenceTable3 } from '../helpers/referenceTable3.ts';
import { buildRegionWorld, storeReport, zeroTables } from './regionFixture.ts';

after(() => stopParseWorkers());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describeEachEngine('region reports pages', (open) => {
  it('shows, sorts and exports the region’s 年报 to its supervisor only', async () => {
    const world = await buildRegionWorld(await open());
    world.clock.advanceMinutes(60 * 24 * 120); // 2026-06-30
    const register = generateRegister({ seed: 5, count: 12 });
    const editorB = await findUserByUsername(world.engine.db, 'editorB');
    await importApplications(contextFor(world.engine, (await getActorForUser(world.engine.db, editorB!.id))!, world.clock), { bytes: exportRegisterJson(register), agency: world.agencyB });
    const tables = zeroTables(2025);
    tables.table3.granted.naturalPerson = 7;
    const reportId = await storeReport(world.engine, {
      agencyId: world.agencyA, year: 2025, origin: 'computed', status: 'published', tables, publishedOn: '2026-01-30',
      findings: [{ rule: 'R1', severity: 'error', where: 'table3.total.total', message: '…' }, { rule: 'R1', severity: 'error', where: 'table3.total.legal', message: '…' }],
    });
    await storeReport(world.engine, { agencyId: world.agencyC, year: 2025, origin: 'imported', status: 'imported', tables: zeroTables(2025), publishedOn: '2026-02-03', findings: [] });

    const supervisor = await world.signedIn('supervisor');
    assert.match((await supervisor.get('/admin')).body, /href="\/admin\/region-reports">各单位年报情况</);
    const page = await supervisor.get('/admin/region-reports');
    assert.equal(page.statusCode, 200);
    const body = text(page.body);
    assert.match(body, /中卫市2025年度政府信息公开工作年度报告/);
    assert.match(body, /中卫市医疗保障局 已发布 2026-01-30 已按时发布 2 0/);
    assert.match(body, /中卫市中宁县审计局 已导入（往年报告） 2026-02-03 逾期发布 0 0/);
    assert.match(body, /中卫市沙坡头区医疗保障局 未编制 逾期未发布 未检查 未检查 按现有数据计算/);
    assert.ok(page.body.includes(`href="/admin/reports/${reportId}"`));
    assert.match(body, /（三）不予公开1\.属于国家秘密 0/);
    assert.match(body, /行政诉讼（复议后起诉）/);
    for (const application of register.applications) assert.ok(!page.body.includes(application.applicant.name), 'no applicant on the page');

    const byTimeliness = text((await supervisor.get('/admin/region-reports?region=中卫市&year=2025&sort=timeliness')).body);
    assert.ok(byTimeliness.indexOf('逾期未发布') < byTimeliness.indexOf('逾期发布 0') && byTimeliness.indexOf('逾期发布 0') < byTimeliness.indexOf('已按时发布 2'));

    const csv = await supervisor.get('/admin/region-reports/export.csv?region=中卫市&year=2025&sort=errors');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[1], '单位,年报状态,发布日期,是否按时,错误,警告,表三、表四数据来源');
    assert.equal(lines[2], '中卫市医疗保障局,已发布,2026-01-30,已按时发布,2,0,已存报告');
    assert.ok(lines.includes('项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计'));
    assert.ok(lines.some((line) => line.startsWith('（一）予以公开,')));

    const xlsx = await supervisor.get('/admin/region-reports/export.xlsx?region=中卫市&year=2025');
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['各单位年报情况', '表三合计', '表四合计']);
    assert.deepEqual((workbook.getWorksheet('各单位年报情况')!.getRow(2).values as unknown[]).slice(1), ['单位', '年报状态', '发布日期', '是否按时', '错误', '警告', '表三、表四数据来源']);
    const table3 = workbook.getWorksheet('表三合计')!;
    const granted = table3.getRow(5).values as unknown[];
    assert.equal(granted[1], '（一）予以公开');
    assert.equal(granted[2], 7 + referenceTable3(register.applications, 2025).granted!.naturalPerson!);
    assert.equal((await supervisor.get('/admin/region-reports/export.pdf?region=中卫市')).statusCode, 404);
    // Inherited object keys are not formats or sort orders.
    assert.equal((await supervisor.get('/admin/region-reports/export.constructor?region=中卫市&year=2025')).statusCode, 404);
    assert.equal((await supervisor.get('/admin/region-reports?region=中卫市&year=2025&sort=constructor')).statusCode, 200);

    const other = await world.signedInAs('supervisorGY');
    assert.equal((await other.get('/admin/region-reports?region=中卫市&year=2025')).statusCode, 403);
    assert.equal((await other.get('/admin/region-reports/export.csv?region=中卫市&year=2025')).statusCode, 403);
    const editor = await world.signedIn('editorA');
    const dashboard = (await editor.get('/admin')).body;
    assert.ok(dashboard.includes('href="/admin/report-check">年报检查<') && !dashboard.includes('/admin/region-reports'));
    const refused = await editor.get('/admin/region-reports');
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /只有区域监督员和系统管理员可以查看各单位年报情况/);
    const badYear = await supervisor.get('/admin/region-reports?year=二〇二五');
    assert.equal(badYear.statusCode, 400);
    assert.match(badYear.body, /请填写四位数的年份/);
  });
});
