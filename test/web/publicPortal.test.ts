import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, USERS } from '../helpers/webApp.ts';
import { publishDocument, ITEM_NORMATIVE } from './documentsFixture.ts';
import { getPublishedCatalog } from '../../src/app/catalog/readCatalog.ts';
import { computeSummary, summaryLine } from '../../src/domain/catalog/summary.ts';
import { CHANNELS } from '../../src/domain/catalog/vocabulary.ts';
import { contextFor } from '../helpers/appContext.ts';
import { withdrawDocument } from '../../src/app/documents/withdrawDocument.ts';

describeEachEngine('public portal', (open) => {
  it('opens with the site name, search, 办事入口, 最新公开 and every agency one step away, without setting a cookie', async () => {
    const web = await buildWebTestApp(await open(), { siteName: '宁夏医疗保障政务公开' });
    await publishDocument(web, { title: '关于做好2026年城乡居民医保集中参保工作的通知', items: [ITEM_NORMATIVE] });
    const response = await web.client().get('/');
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /text\/html; charset=utf-8/);
    assert.match(response.body, /<html lang="zh-CN">/);
    assert.match(response.body, /<h1 id="home-title">宁夏医疗保障政务公开<\/h1>/);
    assert.match(response.body, /<title>首页 - 宁夏医疗保障政务公开<\/title>/);
    assert.match(response.body, /宁夏回族自治区 · 中卫市<\/a>[\s\S]*中卫市医疗保障局[\s\S]*宁夏回族自治区 · 中卫市 · 沙坡头区<\/a>[\s\S]*中卫市沙坡头区医疗保障局/);
    assert.doesNotMatch(response.body, /<details/, 'no agency hidden in a fold');
    for (const id of [web.agencyA, web.agencyB]) assert.ok(response.body.includes(`class="agency-card-name" href="/agencies/${id}"`));
    assert.match(response.body, /最新公开[\s\S]*关于做好2026年城乡居民医保集中参保工作的通知[\s\S]*中卫市医疗保障局/);
    assert.match(response.body, /action="\/go"[\s\S]*name="part" value="apply"/);
    assert.match(response.body, /href="\/apply\/status"/);
    assert.match(response.body, /action="\/search"/);
    assert.equal(response.headers['set-cookie'], undefined, 'an anonymous visit must not start a session');
    const go = await web.client().get(`/go?part=reports&agency=${web.agencyB}`);
    assert.equal(go.statusCode, 303);
    assert.equal(go.headers.location, `/agencies/${web.agencyB}/reports`);
    assert.equal((await web.client().get(`/go?part=admin&agency=${web.agencyB}`)).statusCode, 404);
    assert.equal((await web.client().get('/go?part=apply&agency=nobody')).statusCode, 404);
  });

  it('lists ten live documents under 最新公开 even when the newest ones were withdrawn', async () => {
    const web = await buildWebTestApp(await open());
    const titles: string[] = [];
    const ids: string[] = [];
    for (let n = 1; n <= 13; n += 1) {
      titles.push(`第${n}号最新公开测试通知`);
      ids.push(await publishDocument(web, { title: titles.at(-1)!, items: [ITEM_NORMATIVE] }));
      web.clock.advanceMinutes(10);
    }
    const approver = contextFor(web.engine, { id: 'u-approver', name: '李新忠', roles: ['approver'], agencyId: web.agencyA, regionId: null }, web.clock);
    for (const id of ids.slice(-3)) await withdrawDocument(approver, { documentId: id, reason: '内容有误，撤回更正' });
    const latest = /<section class="home-latest"[\s\S]*?<\/section>/.exec((await web.client().get('/')).body)![0];
    const listed = [...latest.matchAll(/第(\d+)号最新公开测试通知/g)].map((match) => Number(match[1]));
    assert.deepEqual(listed, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 'the ten newest live documents, none withdrawn');
  });

  it('shows the published catalog as the official table with the computed summary and sign-off block', async () => {
    const web = await buildWebTestApp(await open());
    const response = await web.client().get(`/agencies/${web.agencyA}`);
    assert.equal(response.statusCode, 200);
    const html = response.body;
    const published = (await getPublishedCatalog(web.engine.db, web.agencyA))!;
    assert.ok(html.includes(summaryLine(computeSummary(published.items))));
    for (const label of ['责任单位', '填表人', '复核人', '审签人', '填表时间', '伊玉红', '张华', '李新忠', '2024-09-29']) assert.ok(html.includes(label), label);
    for (const heading of ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '全社会', '特定群体', '主动', '依申请']) {
      assert.ok(html.includes(`>${heading}</th>`), heading);
    }
    assert.doesNotMatch(html, />所属“五公开”类型</, 'no 五公开 column when no item has one');
    assert.match(html, /<th scope="rowgroup" rowspan="3" class="cell-level1"[^>]*>概况信息<\/th>/, '一级事项 merged over its 3 items');
    assert.equal((html.match(/class="cell-level1"/g) ?? []).length, 6, 'one merged cell per 一级事项');
    const rows = html.match(/<tr id="item-/g) ?? [];
    assert.equal(rows.length, 36);
    const firstChannels = /<tr id="item-[^"]+">[\s\S]*?<ul class="channel-list" aria-hidden="true">([\s\S]*?)<\/ul>/.exec(html)![1]!;
    assert.equal((firstChannels.match(/<li/g) ?? []).length, CHANNELS.length);
    assert.equal((firstChannels.match(/■/g) ?? []).length, 1);
    assert.match(html, /class="table-scroll catalog-table-scroll" role="region"[^>]*tabindex="0"/);
  });

  it('gives every item its own page with all fields', async () => {
    const web = await buildWebTestApp(await open());
    const item = (await getPublishedCatalog(web.engine.db, web.agencyA))!.items[0]!;
    const response = await web.client().get(`/agencies/${web.agencyA}/items/${item.itemKey}`);
    assert.equal(response.statusCode, 200);
    for (const text of ['机构信息', item.content!, item.basis[0]!, item.timeLimit!, '公开渠道和载体', '全社会', '主动公开']) assert.ok(response.body.includes(text), text);
  });

  it('answers unknown agencies, items and URLs with a Chinese 404 page', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const itemOfB = (await getPublishedCatalog(web.engine.db, web.agencyB))!.items[0]!;
    for (const url of ['/agencies/no-such-agency', `/agencies/${web.agencyA}/items/${itemOfB.id}`, '/no/such/page']) {
      const response = await client.get(url);
      assert.equal(response.statusCode, 404, url);
      assert.match(response.body, /页面不存在/);
      assert.match(response.body, /返回首页/);
    }
  });

  it('sends a CSP without inline script and serves the stylesheet', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const page = await client.get('/');
    const csp = page.headers['content-security-policy'] as string;
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(page.body, /<script>|<script(?![^>]*src=)[^>]*>/);
    assert.doesNotMatch(page.body, / style="/);
    const css = await client.get('/assets/site.css');
    assert.equal(css.statusCode, 200);
    assert.match(css.headers['content-type'] as string, /text\/css/);
  });

  it('never shows user accounts or login names on public pages', async () => {
    const web = await buildWebTestApp(await open());
    const client = web.client();
    const pages = [await client.get('/'), await client.get(`/agencies/${web.agencyA}`), await client.get(`/agencies/${web.agencyB}`)];
    for (const page of pages) {
      for (const username of Object.keys(USERS)) assert.ok(!page.body.includes(username), `${username} leaked`);
      assert.doesNotMatch(page.body, /argon2|password_hash|单位管理员甲|中卫市监督员|系统管理员/);
    }
  });
});
