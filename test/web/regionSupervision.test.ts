/**
 * /admin/supervision through the web (issue 11, deliverable 4): the supervisor's region lists its agencies with their
 * figures, sorts by readiness score by the header link (aria-sort), filters, downloads the same rows as CSV and xlsx
 * with Chinese headers, recomputes on request (CSRF), refuses another region's supervisor and agency staff in Chinese;
 * no applicant and no English identifier reaches the page or the files.
 */
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import ExcelJS from 'exceljs';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { addAgency } from '../../src/app/agencies/addAgency.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { stopParseWorkers } from '../../src/importers/workers/parsePool.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { contextFor } from '../helpers/appContext.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildRegionWorld } from '../reports/regionFixture.ts';

after(() => stopParseWorkers());

const APPLICANT = '慕容雪芳';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The agency names of the table's lines, in order. */
const agencyOrder = (html: string) => [...html.matchAll(/<a href="\/admin\/supervision\/agencies\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
/** The readiness scores of the table's lines, in order. */
const scores = (html: string) => [...html.matchAll(/data-label="检查准备"><span><strong>(\d+)<\/strong>/g)].map((m) => Number(m[1]));

describeEachEngine('region supervision pages', (open) => {
  it('lists, sorts, filters, exports and recomputes the region’s agencies for its supervisor only', async () => {
    const world = await buildRegionWorld(await open());
    const editorA = await findUserByUsername(world.engine.db, 'editorA');
    const editor = contextFor(world.engine, (await getActorForUser(world.engine.db, editorA!.id))!, world.clock);
    await registerApplication(editor, { agencyId: world.agencyA, fields: { ...FORM, name: APPLICANT }, receipt: { channel: 'inPerson', on: '2026-03-02' } });

    let supervisor = await world.signedIn('supervisor');
    assert.match((await supervisor.get('/admin')).body, /href="\/admin\/supervision">各单位政务公开情况</);
    const page = await supervisor.get('/admin/supervision');
    assert.equal(page.statusCode, 200);
    const body = text(page.body);
    assert.match(body, /中卫市各单位政务公开情况/);
    assert.deepEqual(agencyOrder(page.body), ['中卫市沙坡头区医疗保障局', '中卫市医疗保障局', '中卫市中宁县审计局'], 'by name (pinyin), not 固原');
    assert.ok(page.body.includes(`href="/admin/supervision/agencies/${world.agencyA}"`));
    assert.match(body, /中卫市医疗保障局 宁夏回族自治区 · 中卫市 第1版/);
    assert.match(page.body, /data-label="收到申请">1</, 'the application is counted');
    assert.match(body, /数据更新于 2026-03-02/);
    assert.match(page.body, /<svg class="chart" viewBox="0 0 320 180" role="img" aria-labelledby="chart-documents-title chart-documents-desc"/);
    assert.match(body, /2025年4月至2026年3月共公开 0 条/);
    for (const html of [page.body]) {
      assert.ok(!html.includes(APPLICANT) && !html.includes(FORM.phone), 'no applicant on the page');
      assert.doesNotMatch(text(html), /onTime|notDue|overdue|veto|undefined|null|NaN/, 'no English identifier shown');
    }

    const byScore = await supervisor.get('/admin/supervision?sort=score');
    const ascending = scores(byScore.body);
    assert.equal(ascending.length, 3);
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
    assert.match(byScore.body, /<th scope="col" aria-sort="ascending"><a href="\/admin\/supervision\?region=[^"&]+&amp;sort=score&amp;dir=desc">检查准备/);
    assert.deepEqual(agencyOrder(byScore.body), ['中卫市中宁县审计局', '中卫市沙坡头区医疗保障局', '中卫市医疗保障局'], 'lowest score first, ties by name');
    const descending = scores((await supervisor.get('/admin/supervision?sort=score&dir=desc')).body);
    assert.deepEqual(descending, [...ascending].reverse());
    assert.notDeepEqual(ascending, descending, 'the agencies differ in readiness');

    const filtered = await supervisor.get('/admin/supervision?area=沙坡头区');
    assert.deepEqual(agencyOrder(filtered.body), ['中卫市沙坡头区医疗保障局']);
    assert.deepEqual(agencyOrder((await supervisor.get('/admin/supervision?q=审计')).body), ['中卫市中宁县审计局']);
    const vetoed = await supervisor.get('/admin/supervision?veto=1');
    assert.deepEqual(agencyOrder(vetoed.body), ['中卫市医疗保障局']);
    assert.match(text(vetoed.body), /不合格 单项否决：/);
    assert.match(text((await supervisor.get('/admin/supervision?gaps=1')).body), /没有符合筛选条件的单位/);
    assert.equal(agencyOrder((await supervisor.get('/admin/supervision?reportLate=1')).body).length, 3, 'no 2025 年报 anywhere');
    assert.match(filtered.body, /href="\/admin\/supervision\/export\.csv\?region=[^"]+&amp;area=%E6%B2%99/, 'the filter goes into the download link');

    const csv = await supervisor.get('/admin/supervision/export.csv?q=医疗&sort=score&dir=desc');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.match(lines[0]!, /^中卫市各单位政务公开情况（截至2026-03-02）/);
    assert.equal(lines[1], '单位,所属地区,目录版本,目录发布日期,目录事项数,目录检查错误,目录检查提示,空白事项,迟报事项,久未更新事项,时限不明确事项,近12个月公开数,最近公开日期,依申请公开年度,收到申请,已办结,按期办结,办理中,逾期未办结,平均答复用时（工作日）,上年度年报,年报发布日期,检查准备得分,检查准备结论,单项否决项,数据日期');
    const table = lines.slice(0, lines.indexOf(''));
    assert.equal(table.length, 4, 'title, header and the two 医疗保障局');
    assert.equal(lines.filter((line) => line.includes('医疗保障局,')).length, 4, 'each again in the 每月公开数 block');
    const csvScores = lines.slice(2).map((line) => Number(line.split(',')[22]));
    assert.deepEqual(csvScores, [...csvScores].sort((a, b) => b - a));

    const xlsx = await supervisor.get('/admin/supervision/export.xlsx');
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('各单位政务公开情况')!;
    assert.equal((sheet.getRow(2).values as unknown[])[1], '单位');
    assert.deepEqual([3, 4, 5].map((r) => sheet.getCell(r, 1).value), ['中卫市沙坡头区医疗保障局', '中卫市医疗保障局', '中卫市中宁县审计局']);
    assert.equal(sheet.getCell(4, 15).value, 1, '中卫市医疗保障局 received one, as a number');
    for (const bytes of [csv.body, JSON.stringify(sheet.getSheetValues())]) assert.ok(!bytes.includes(APPLICANT), 'no applicant in the files');

    world.clock.advanceMinutes(60 * 24 * 3);
    supervisor = await world.signedIn('supervisor'); // the session expired meanwhile
    assert.match(text((await supervisor.get('/admin/supervision')).body), /其中 3 个单位的数据是今天（2026-03-05）以前计算的/);
    const refreshed = await supervisor.post('/admin/supervision/refresh', { region: '中卫市', back: '/admin/supervision?sort=score&q=医疗&evil=https://x' });
    assert.equal(refreshed.statusCode, 303);
    assert.match(String(refreshed.headers.location), /^\/admin\/supervision\?region=[^&]+&sort=score&q=%E5%8C%BB%E7%96%97&refreshed=1$/);
    const after = text((await supervisor.get(String(refreshed.headers.location))).body);
    assert.match(after, /已重新计算/);
    assert.doesNotMatch(after, /以前计算的/);
    assert.equal((await supervisor.post('/admin/supervision/refresh', { region: '中卫市' }, null)).statusCode, 403, 'no CSRF token, no recompute');

    const other = await world.signedInAs('supervisorGY');
    const refused = await other.get('/admin/supervision?region=中卫市');
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /您无权查看该地区各单位的政务公开情况/);
    assert.equal((await other.get('/admin/supervision/export.csv?region=中卫市')).statusCode, 403);
    assert.deepEqual(agencyOrder((await other.get('/admin/supervision')).body), ['固原市审计局']);
    const staff = await world.signedIn('editorA');
    assert.ok(!(await staff.get('/admin')).body.includes('href="/admin/supervision"'), 'no link to the region view for agency staff');
    const staffRefused = await staff.get('/admin/supervision');
    assert.equal(staffRefused.statusCode, 403);
    assert.match(staffRefused.body, /只有区域监督员和系统管理员可以查看各单位政务公开情况/);
    assert.equal((await supervisor.get('/admin/supervision/export.pdf')).statusCode, 404);
    assert.equal((await supervisor.get('/admin/supervision/export.constructor')).statusCode, 404, 'no prototype key taken for a format');
    assert.equal((await supervisor.get('/admin/supervision?sort=constructor')).statusCode, 200);
  });

  it('leaves a region of more than 50 agencies to the hourly job instead of recomputing in the request', async () => {
    const world = await buildRegionWorld(await open());
    const system = contextFor(world.engine, undefined, world.clock);
    for (let i = 1; i <= 48; i++) await addAgency(system, { name: `中卫市第${i}局`, regionPath: ['宁夏回族自治区', '中卫市'] });
    const supervisor = await world.signedIn('supervisor');
    const page = text((await supervisor.get('/admin/supervision')).body);
    assert.match(page, /该地区有 51 个单位，超过 50 个，不能在页面上立即重新计算；系统每小时自动更新各单位的数据/);
    assert.doesNotMatch(page, /立即重新计算 /);
    assert.match(page, /另有 1 个单位的数据尚未计算，暂未列出/, 'one request computes at most 50 missing lines');
    assert.doesNotMatch(text((await supervisor.get('/admin/supervision')).body), /尚未计算/, 'the next view computes the rest');
    const refused = await supervisor.post('/admin/supervision/refresh', { region: '中卫市' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /超过 50 个，不能立即重新计算/);
  });
});
