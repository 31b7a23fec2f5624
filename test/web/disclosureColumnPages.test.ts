import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { publishDocument, ITEM_NORMATIVE } from './documentsFixture.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { NEWEST_PER_ITEM } from '../../src/app/documents/disclosureContent.ts';

describeEachEngine('the 政府信息公开 column pages (issue 13: parts matched by meaning, documents under each item)', (open) => {
  it('shows the 年报 and 制度 items of catalogs that word them differently', async () => {
    const web = await buildWebTestApp(await open());
    const system = contextFor(web.engine, undefined, web.clock);
    const jinfeng = await loadCatalog(system, goldenCatalog('003_d1b07a4c651a3051'), { publish: true });
    const dawukou = await loadCatalog(system, goldenCatalog('004_10e874960aa90f81'), { publish: true });
    const visitor = web.client();
    const page = async (agencyId: string, part: string) => (await visitor.get(`/agencies/${agencyId}/${part}`)).body;
    assert.match(await page(jinfeng.agencyId, 'reports'), /收录目录事项：<a [^>]+>公开年度工作报告<\/a>/);
    assert.match(await page(dawukou.agencyId, 'reports'), /收录目录事项：<a [^>]+>政府信息公开年度工作报告<\/a>/);
    assert.match(await page(dawukou.agencyId, 'rules'), /收录目录事项：<a [^>]+>政府信息公开规定<\/a>/);
    assert.match(await page(web.agencyA, 'rules'), /收录目录事项：<a [^>]+>政府信息公开制度及相关规定<\/a>/);
    assert.match(await page(jinfeng.agencyId, 'rules'), /没有对应“政府信息公开制度”的事项/, '金凤 has no such item: said, not invented');
  });

  it('lists the newest documents under each item of 法定主动公开内容, with a link to all of them', async () => {
    const web = await buildWebTestApp(await open());
    const titles: string[] = [];
    for (let n = 1; n <= NEWEST_PER_ITEM + 2; n++) {
      web.clock.advanceMinutes(60 * 24);
      const title = `关于第${n}批医保定点医药机构名单的通知`;
      titles.push(title);
      await publishDocument(web, { title, documentNumber: `卫医保发〔2026〕${n}号`, items: [ITEM_NORMATIVE] });
    }
    const body = (await web.client().get(`/agencies/${web.agencyA}/content`)).body;
    const section = body.slice(body.indexOf('>规范性文件</a>'));
    const listed = titles.filter((title) => section.includes(title));
    assert.equal(listed.length, NEWEST_PER_ITEM, 'the newest five, not all seven');
    assert.match(section, new RegExp(`查看该事项全部${NEWEST_PER_ITEM + 2}件文件`));
    assert.match(section, /卫医保发〔2026〕\d号/);
    assert.match(body, /暂无已公开的文件/, 'an item without documents says so');
  });
});

describeEachEngine('the 机构信息 page (issue 13: from the catalog’s own items)', (open) => {
  it('shows the contact facts, each item about the agency with what it promises, and its documents', async () => {
    const web = await buildWebTestApp(await open());
    await publishDocument(web, { title: '中卫市医疗保障局领导班子成员及分工', items: [{ level1: '概况信息', level2: '领导信息' }] });
    const body = (await web.client().get(`/agencies/${web.agencyA}/organization`)).body;
    assert.match(body, /<h1 id="organization-title">机构信息<\/h1>/);
    assert.match(body, /办公地址和联系方式[\s\S]*机构名称/);
    const order = ['>机构信息</a>', '>领导信息</a>', '>下属单位</a>'].map((name) => body.indexOf(name));
    assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)), `the three items in catalog order: ${order}`);
    assert.match(body, /领导信息<\/a>[\s\S]*目录所列公开内容：领导班子成员姓名、职务、主要或分管工作[\s\S]*中卫市医疗保障局领导班子成员及分工/);
    assert.doesNotMatch(body.slice(body.indexOf('organization-title')), /规范性文件|政府信息公开年报/, 'only the items about the agency itself');
    assert.match(body, /aria-current="page">机构信息</);
  });
});
