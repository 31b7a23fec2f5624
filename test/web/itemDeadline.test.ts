import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';

/** Move the test clock to 10:00 China time on `date`. */
function setToday(web: WebTestApp, date: string): void {
  const target = Date.parse(`${date}T02:00:00.000Z`);
  web.clock.advanceMinutes((target - Date.parse(web.clock.now())) / 60_000);
  assert.equal(web.clock.today(), date);
}

async function itemPage(web: WebTestApp, level2: string | null) {
  const item = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items.find((candidate) => candidate.level2 === level2 || (level2 === null && !candidate.timeLimit))!;
  return web.client().get(`/agencies/${web.agencyA}/items/${item.itemKey}`);
}

describeEachEngine('deadline on item pages', (open) => {
  it('shows the due date for information formed today, with the holidays skipped and make-up days counted (regulations §7: 2026-02-10 + 20 working days)', async () => {
    const web = await buildWebTestApp(await open());
    setToday(web, '2026-02-10');
    const page = await itemPage(web, '机构信息');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /若今日形成，应于 2026-03-16 前公开（信息形成或者变更之日起20个工作日内）/);
    assert.match(page.body, /<details class="deadline-explanation">/);
    assert.match(page.body, /跳过节假日：春节 2026-02-15至2026-02-23（9天）/);
    assert.match(page.body, /计入调休上班日：2026-02-14（周六，春节）、2026-02-28（周六，春节）/);
    assert.doesNotMatch(page.body, /尚未导入/);
  });

  it('warns prominently when the period runs into a year whose holidays are not loaded', async () => {
    const web = await buildWebTestApp(await open());
    setToday(web, '2026-12-20');
    const page = await itemPage(web, '机构信息');
    // 20 working days after 2026-12-20 skip 元旦 2027-01-01 (a Friday; a statutory holiday every year): 01-18, not 01-15.
    assert.match(page.body, /若今日形成，应于 2027-01-18 前公开（暂定）/);
    assert.match(page.body, /<p class="alert alert-warning" role="note"><strong>暂定：<\/strong>2027年的调休安排尚未公布：已按《全国年节及纪念日放假办法》扣除法定节假日/);
    assert.match(page.body, /元旦 2027-01-01（1天）/);
  });

  it('says plainly when an item has no 公开时限, without guessing a date', async () => {
    const web = await buildWebTestApp(await open());
    const page = await itemPage(web, null);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /该事项未填写公开时限，无法计算公开期限。/);
    assert.doesNotMatch(page.body, /若今日形成/);
  });

  it('shows the same block on the back office item view, and an unreadable 公开时限 is named with the reason (no date)', async () => {
    const web = await buildWebTestApp(await open());
    setToday(web, '2026-02-10');
    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}`);
    const draft = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
    const versionUrl = (draft.headers.location as string).replace(/\?.*$/, '');
    await editor.get(`${versionUrl}/items/new`);
    const added = await editor.post(`${versionUrl}/items`, {
      level1: '其他信息', level2: '工作动态', content: '本单位工作动态', basis: '《中华人民共和国政府信息公开条例》（国务院令第711号）',
      timeLimit: '视工作情况及时公开', subject: '中卫市医疗保障局', channels: ['政府网站'], audience: ['全社会'], mode: ['主动公开'], hasFiveTypes: '0',
    });
    assert.equal(added.statusCode, 303);
    const itemId = /#item-(.+)$/.exec(added.headers.location as string)![1]!;
    const view = await editor.get(`${versionUrl}/items/${itemId}`);
    assert.equal(view.statusCode, 200);
    assert.match(view.body, /公开时限“视工作情况及时公开”未能识别为可计算的期限（公开时限「视工作情况及时公开」无法识别：未找到起算事件或期限），系统不作推算/);
    assert.doesNotMatch(view.body, /若今日形成/);
    const version = await editor.get(versionUrl);
    assert.match(version.body, /<span class="severity severity-warning">警告<\/span> 第\d+项“工作动态”的公开时限“视工作情况及时公开”无法解析为可计算的期限：公开时限「视工作情况及时公开」无法识别/);
    assert.match(version.body, new RegExp(`<a href="#item-${itemId}" class="finding-where">查看<span class="visually-hidden">第\\d+项 工作动态</span></a>`));
    assert.match(version.body, /修改建议：写明起算事件和期限/);

    const published = (await getPublishedCatalog(web.engine.db, web.agencyA))!;
    const known = await editor.get(`/admin/versions/${published.version.id}/items/${published.items[0]!.id}`);
    assert.match(known.body, /若今日形成，应于 2026-03-16 前公开/);
    assert.doesNotMatch(known.body, /删除<\/a>/, 'a published version has no edit actions');
  });
});
