import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { publishDocument } from './documentsFixture.ts';

const HOSTILE = [
  '', ' ', '医', 'a', '保'.repeat(500), 'x'.repeat(500), '!!!', '？？？。，、', '%', '_', '*', '"', "'", '\\',
  "' OR 1=1 --", '"; DROP TABLE documents; --', 'NEAR(a b)', 'title:医保', 'a AND OR NOT', '(((', ')', '^', '-医保', '医保*', '{}[]', '\u0000', '😀',
  '<script>alert(1)</script>', '%00', '%27%22',
];

describeEachEngine('search pages', (open) => {
  it('finds a document by two characters of its title, highlighted, with filters and paging', async () => {
    const web = await buildWebTestApp(await open());
    const id = await publishDocument(web, { title: '关于调整门诊慢特病待遇标准的通知' });
    const visitor = web.client();
    const found = await visitor.get(`/search?q=${encodeURIComponent('慢特')}`);
    assert.equal(found.statusCode, 200);
    assert.ok(found.body.includes(`href="/documents/${id}"`));
    assert.match(found.body, /<mark>慢特<\/mark>/);
    const agencySearch = await visitor.get(`/agencies/${web.agencyA}/search?q=${encodeURIComponent('门诊')}&year=2026&validity=effective`);
    assert.ok(agencySearch.body.includes(`href="/documents/${id}"`));
    const otherAgency = await visitor.get(`/agencies/${web.agencyB}/search?q=${encodeURIComponent('门诊')}`);
    assert.ok(!otherAgency.body.includes(`href="/documents/${id}"`));
    const wrongYear = await visitor.get(`/search?q=${encodeURIComponent('门诊')}&year=2019`);
    assert.ok(!wrongYear.body.includes(`href="/documents/${id}"`));
    const repealedOnly = await visitor.get(`/search?q=${encodeURIComponent('门诊')}&validity=repealed`);
    assert.ok(!repealedOnly.body.includes(`href="/documents/${id}"`));
    for (let n = 0; n < 12; n++) await publishDocument(web, { title: `门诊报销第${n}号通知` });
    const first = await visitor.get(`/search?q=${encodeURIComponent('门诊')}`);
    assert.match(first.body, /rel="next"/);
    const second = await visitor.get(`/search?q=${encodeURIComponent('门诊')}&page=2`);
    assert.match(second.body, /rel="prev"/);
  });

  it('answers every hostile query with a 200 page, never a 500', async () => {
    const web = await buildWebTestApp(await open());
    await publishDocument(web, { title: '关于医保基金监管的通知' });
    const visitor = web.client();
    for (const q of HOSTILE) {
      for (const base of ['/search', `/agencies/${web.agencyA}/search`]) {
        const response = await visitor.get(`${base}?q=${encodeURIComponent(q)}&page=${encodeURIComponent(q)}&year=${encodeURIComponent(q)}&item=${encodeURIComponent(q)}`);
        assert.equal(response.statusCode, 200, `${base} ${JSON.stringify(q.slice(0, 20))}`);
        assert.match(response.headers['content-type'] as string, /text\/html/);
        assert.ok(!response.body.includes('<script>alert'), 'query echoed unescaped');
      }
    }
    assert.match((await visitor.get(`/search?q=${'保'.repeat(500)}`)).body, /已只用前100个字检索/);
  });

  it('shows 目录事项 and 单位 above the documents, names missing words, and suggests the closest name when nothing matches', async () => {
    const web = await buildWebTestApp(await open());
    const visitor = web.client();
    const items = await visitor.get(`/search?q=${encodeURIComponent('异地就医备案流程')}`);
    assert.equal(items.statusCode, 200);
    assert.match(items.body, /<h2 id="item-hits-title">目录事项<\/h2>/);
    assert.ok(items.body.includes(`href="/agencies/${web.agencyA}/items/`), 'the item links to its page');
    assert.match(items.body, /未找到：流程/);
    const agency = await visitor.get(`/search?q=${encodeURIComponent('中卫 医保局 公开指南')}`);
    // The query asks for more than the agency's name (公开指南): the agency is listed after the documents, with its 指南.
    assert.match(agency.body, /<h2 id="more-agency-hits-title">相关单位<\/h2>/);
    const named = await visitor.get(`/search?q=${encodeURIComponent('中卫医保局')}`);
    assert.match(named.body, /<h2 id="agency-hits-title">单位<\/h2>/, 'the query names the agency: above the documents');
    assert.ok(agency.body.includes(`href="/agencies/${web.agencyA}/guide"`));
    const id = await publishDocument(web, { title: '关于门诊报销比例的通知' });
    const partial = await visitor.get(`/search?q=${encodeURIComponent('门诊报销 火星基地')}`);
    assert.ok(partial.body.includes(`href="/documents/${id}"`));
    assert.match(partial.body, /没有同时包含全部词语的文件/);
    assert.match(partial.body, /未找到：火星基地/);
    const misspelt = await visitor.get(`/search?q=${encodeURIComponent('异地就以被案')}`);
    assert.match(misspelt.body, /您是不是要找：/);
  });
});
