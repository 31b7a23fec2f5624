/**
 * The 年度报告 pages by inject on both engines: list with the R9 state, open/create, the tables, the findings with
 * anchors, the 一/五/六 form, 重新计算, sign-off by three users, errors shown in Chinese on the page.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { reportWorld } from '../app/reports/reportWorld.ts';

const reportIdOf = (location: unknown) => /\/admin\/reports\/([^?]+)/.exec(String(location))![1]!;

describeEachEngine('annual report pages', (open) => {
  it('lets the officer open the report, see the tables and findings, fix one and take it through sign-off', async () => {
    const world = await reportWorld(await open());
    await world.application('2026-01-05', [{ type: 'answered', on: '2026-01-20', outcome: 'granted' }]);
    const editor = await world.web.signedIn('editorA');
    const dashboard = await editor.get('/admin');
    assert.match(dashboard.body, /<a href="\/admin\/reports">年度报告<\/a>/);

    const list = await editor.get('/admin/reports');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /2025年度政府信息公开工作年度报告尚未发布，已超过2026年1月31日的法定期限/);
    assert.match(list.body, /name="year"[^>]*value="2025"/, 'last year by default');
    const bad = await editor.post('/admin/reports/open', { agencyId: world.agencyId, year: '二〇二六' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /年度“二〇二六”无效：请填写四位数字的年份/);
    const future = await editor.post('/admin/reports/open', { agencyId: world.agencyId, year: '2030' });
    assert.equal(future.statusCode, 400);
    assert.match(future.body, /年度“2030”无效：应为 2008 至 2026 之间的年份/);

    const opened = await editor.post('/admin/reports/open', { agencyId: world.agencyId, year: '2026' });
    assert.equal(opened.statusCode, 303);
    const id = reportIdOf(opened.headers.location);
    const page = await editor.get(`/admin/reports/${id}?done=created`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /已根据本单位数据生成年度报告草稿/);
    assert.match(page.body, /<div id="report-table3"[^>]*><table class="report-table report-table3">/);
    assert.match(page.body, /全年共收到政府信息公开申请1件/);
    assert.match(page.body, /href="\/admin\/report-figures\/[^"]+\/2026"/);
    assert.match(page.body, /href="\/admin\/review-cases"/);

    await editor.post(`/admin/reports/${id}/check`, {});
    const checked = await editor.get(`/admin/reports/${id}`);
    assert.match(checked.body, /表二“行政许可”的“本年处理决定数量”为空[^<]*<a href="#report-table2">查看<\/a>/);

    const refused = await editor.post(`/admin/reports/${id}/submit`, {});
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /须更正后才能提交复核：[^<]*行政许可/);

    const edited = await editor.post(`/admin/reports/${id}/sections`, { overview: '2026年，本局共收到政府信息公开申请1件，办结1件，其中予以公开1件。', problems: '培训不足。', other: '本年度未收取信息处理费。', note: '补写第五部分' });
    assert.equal(edited.statusCode, 303);
    await world.enterCounts(2026);
    assert.equal((await editor.post(`/admin/reports/${id}/refresh`, {})).statusCode, 303);
    const refreshed = await editor.get(`/admin/reports/${id}`);
    assert.match(refreshed.body, /第3版/);
    assert.match(refreshed.body, /补写第五部分/);
    assert.equal((await editor.post(`/admin/reports/${id}/submit`, {})).statusCode, 303);

    const reviewer = await world.web.signedIn('reviewerA');
    const notMine = await reviewer.post(`/admin/reports/${id}/sections`, { problems: '改' });
    assert.equal(notMine.statusCode, 403);
    assert.equal((await reviewer.post(`/admin/reports/${id}/review`, { decision: 'pass' })).statusCode, 303);
    const approver = await world.web.signedIn('approverA');
    const toSign = await approver.get(`/admin/reports/${id}`);
    assert.match(toSign.body, /<button type="submit" class="button button-primary">审签<\/button>/);
    assert.equal((await approver.post(`/admin/reports/${id}/approve`, { decision: 'approve' })).statusCode, 303);
    const signed = await editor.get(`/admin/reports/${id}?done=approve`);
    assert.match(signed.body, /status-published">已发布/);
    const documentId = /<a href="\/documents\/([^"]+)">查看公开页面<\/a>/.exec(signed.body)![1]!;
    const publicPage = await world.web.client().get(`/documents/${documentId}`);
    assert.equal(publicPage.statusCode, 200);
    assert.match(publicPage.body, /中卫市医疗保障局2026年政府信息公开工作年度报告/);
    assert.match(publicPage.body, /本局共收到政府信息公开申请1件/);
    const column = await world.web.client().get(`/agencies/${world.agencyId}/reports`);
    assert.ok(column.body.includes(`<a href="/documents/${documentId}" class="document-title">中卫市医疗保障局2026年政府信息公开工作年度报告</a>`), 'listed in the public 年报 column');
    assert.doesNotMatch(signed.body, /\/refresh"|保存为新版本/, 'nothing left to edit after approval');
  });

  it('shows the R9 reminder on the 工作台 from 1 January, and other agencies’ reports are closed', async () => {
    const world = await reportWorld(await open());
    world.web.clock.advanceMinutes(24 * 60 * 310); // 2027-01-06
    const editor = await world.web.signedIn('editorA');
    const dashboard = await editor.get('/admin');
    assert.match(dashboard.body, /年度报告发布提醒/);
    assert.match(dashboard.body, /2026年度政府信息公开工作年度报告应于2027年1月31日前发布，还剩25天/);
    const opened = await editor.post('/admin/reports/open', { agencyId: world.agencyId, year: '2026' });
    const other = await world.web.signedIn('editorB');
    assert.equal((await other.get(`/admin/reports/${reportIdOf(opened.headers.location)}`)).statusCode, 403);
    assert.equal((await other.post('/admin/reports/open', { agencyId: world.agencyId, year: '2026' })).statusCode, 403);
  });
});
