/**
 * 检查准备情况 of one agency (issue 11, deliverable 3) by inject on both engines: the blank periodic item and the
 * late document appear with links that open (200) for the officer and for the region supervisor above the agency,
 * 单项否决 first; another agency's officer is refused in Chinese; no English identifier reaches the page.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { contextFor } from '../helpers/appContext.ts';
import { AGENCY_B_CATALOG, type WebClient } from '../helpers/webApp.ts';
import { LATE_TITLE, LINKING_TITLE, supervisionWorld } from './agencySupervisionWorld.ts';

/** The visible text of <main>: tags dropped, entities decoded. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
}

/** Every link inside <main> (not the header's), each once. */
function mainLinks(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...new Set([...main.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
}

async function assertLinksOpen(client: WebClient, links: readonly string[]) {
  for (const link of links) assert.equal((await client.get(link)).statusCode, 200, `the link ${link} opens`);
}

const page = (agencyId: string) => `/admin/supervision/agencies/${agencyId}`;

describeEachEngine('agency supervision page', (open) => {
  it('shows the officer the blank quarters and the late document, 单项否决 first, each linked to a page that opens', async () => {
    const { web, lateDocumentId, linkingDocumentId } = await supervisionWorld(await open());
    const editor = await web.signedIn('editorA');
    const response = await editor.get(page(web.agencyA));
    assert.equal(response.statusCode, 200);
    const html = response.body;
    const text = mainText(html);

    assert.match(text, /不合格 得分 \d+ 分 单项否决：空白栏目/);
    const labels = [...html.matchAll(/<span class="severity severity-\w+">(单项否决|扣分|提示)<\/span>/g)].map((m) => m[1]);
    const order = ['单项否决', '扣分', '提示'];
    assert.equal(labels[0], '单项否决');
    assert.deepEqual(labels, [...labels].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)), '单项否决, then 扣分, then 提示');
    assert.match(text, /扣分 定期公开事项到期未公开 （2 条，扣 4 分）/);
    assert.match(text, /事项“基本信息 \/ 政策解读”2026年第二季度的信息应于2026年6月30日前公开，期满仍未公开/);
    assert.match(text, /［待核实］/, 'rules of local practice are marked');

    const obligations = text.slice(text.indexOf('目录事项履行情况 按现行目录'));
    assert.match(obligations, /空白 4 项 迟报 1 项 久未更新 0 项 时限不明确 2 项/);
    assert.match(obligations, /2026年第二季度：应在2026年4月1日至2026年6月30日期间公开，期满仍未公开/);
    assert.ok(obligations.indexOf('基本信息 · 政策解读') < obligations.indexOf('基本信息 · 部门文件'), '空白 before 迟报');
    const late = `<a href="/admin/documents/${lateDocumentId}">《${LATE_TITLE}》应于2026年2月2日前公开，2026年3月2日才发布，迟了`;
    assert.ok(html.includes(late), 'the late document links to its page');
    assert.ok(html.includes(`href="/admin/agencies/${web.agencyA}/contact"`), 'the 指南 findings lead to the contact form');
    assert.match(text, new RegExp(`文件《${LINKING_TITLE}》正文中的站内链接 /documents/[0-9a-f-]+ 指向的文件不存在或已撤回`));
    assert.ok(html.includes(`href="/admin/documents/${linkingDocumentId}/edit"`), 'a broken link leads to the document form');
    assert.ok(html.includes('<summary>全部事项（36 项，按目录顺序）</summary>'));

    const words = text.replace(/\/documents\/[0-9a-f-]+/g, '').match(/[A-Za-z_]{2,}/g); // the broken link's address is data
    assert.equal(words, null, 'no English identifier (veto, blank, late, deduction, rule ids …) in the page');
    await assertLinksOpen(editor, mainLinks(html));
    assert.equal((await editor.get('/assets/agency-supervision.css')).statusCode, 200);
  });

  it('opens for the region supervisor above the agency with links they may follow; refuses another agency in Chinese', async () => {
    const { web, lateDocumentId, linkingDocumentId } = await supervisionWorld(await open());
    const supervisor = await web.signedIn('supervisor');
    const response = await supervisor.get(page(web.agencyA));
    assert.equal(response.statusCode, 200);
    assert.ok(response.body.includes(`href="/admin/documents/${lateDocumentId}"`));
    assert.ok(response.body.includes(`href="/admin/documents/${linkingDocumentId}"`) && !response.body.includes('/edit"'), 'a reader opens the document, not its form');
    assert.ok(response.body.includes(`href="/agencies/${web.agencyA}/guide"`), 'a reader is led to the public 指南, not to the contact form');
    assert.equal(response.body.includes('/contact"'), false);
    assert.equal(response.body.includes('documents/new'), false, 'no 新建文件 for a supervisor');
    await assertLinksOpen(supervisor, mainLinks(response.body));

    const stranger = await (await web.signedIn('editorB')).get(page(web.agencyA));
    assert.equal(stranger.statusCode, 403);
    assert.match(stranger.body, /您无权查看该单位的检查准备情况/);
    assert.equal(stranger.body.includes(LATE_TITLE), false);
    const missing = await supervisor.get(page('no-such-agency'));
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /页面不存在/);
  });

  it('says so when the agency has no published catalog, and leads to the page where one is prepared', async () => {
    const { web } = await supervisionWorld(await open());
    const draft = { ...AGENCY_B_CATALOG, agency: '中卫市沙坡头区审计局', title: '中卫市沙坡头区审计局政务公开标准目录' };
    const { agencyId } = await loadCatalog(contextFor(web.engine, undefined, web.clock), draft, { publish: false, regionPath: ['宁夏回族自治区', '中卫市', '沙坡头区'] });
    const supervisor = await web.signedIn('supervisor');
    const response = await supervisor.get(page(agencyId));
    assert.equal(response.statusCode, 200);
    assert.match(mainText(response.body), /政府信息公开目录尚未发布/);
    assert.match(mainText(response.body), /该单位尚未发布政府信息公开目录，没有可核对的事项/);
    assert.ok(response.body.includes(`<a href="/admin/agencies/${agencyId}">编制目录`));
    await assertLinksOpen(supervisor, mainLinks(response.body));
  });

  it('is linked from the 工作台 for each agency the person may view', async () => {
    const { web } = await supervisionWorld(await open());
    const link = (agencyId: string) => `href="${page(agencyId)}"`;
    const editorPage = (await (await web.signedIn('editorA')).get('/admin')).body;
    assert.ok(editorPage.includes(link(web.agencyA)) && !editorPage.includes(link(web.agencyB)));
    const supervisorPage = (await (await web.signedIn('supervisor')).get('/admin')).body;
    assert.ok(supervisorPage.includes(link(web.agencyA)) && supervisorPage.includes(link(web.agencyB)), 'both agencies below 中卫市');
  });
});
