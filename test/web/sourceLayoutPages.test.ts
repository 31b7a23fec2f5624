import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { parsedGolden } from '../helpers/sourceLayoutFixtures.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import type { CatalogDocument } from '../../src/domain/catalog/catalog.ts';

/** 中卫 as its seed writes it: its columns (with an empty 备注), its summary line, and the portal's name of its website. */
function zhongweiAsWritten(): CatalogDocument {
  const doc = parsedGolden();
  doc.columns = [
    { field: 'seq', label: '序号' },
    { field: 'level1', label: '一级 事项', group: '公开事项' },
    { field: 'level2', label: '二级事项', group: '公开事项' },
    { field: 'content', label: '公开内容 (要素)' },
    { field: 'basis', label: '公开依据' },
    { field: 'timeLimit', label: '公开 时限' },
    { field: 'subject', label: '公开 主体' },
    { field: 'channels', label: '公开渠道和载体' },
    { field: 'audience', label: '公开对象', parts: ['全社 会', '特定 全体'] },
    { field: 'mode', label: '公开方式', parts: ['主动 公开', '依 申 请'] },
    { field: 'remarks', label: '备注' },
  ];
  doc.declaredText = '政府信息：主动公开一级事项6项，二级事项36项；依申请公开二级事项0项';
  doc.headerLines = ['责任单位：中卫市医疗保障局 填表人：伊玉红 复核人：张华 审签人：李新忠 填表时间：2024年9月29日'];
  for (const item of doc.items) item.channelLabels = { 政府网站: '中卫市人民政府门户网站' };
  return doc;
}

describeEachEngine('pages of a catalog kept as its source writes it (issue 12)', (open) => {
  it('the portal, the draft\'s table and the item form show what the source wrote; saving an item keeps its channel label', async () => {
    const web = await buildWebTestApp(await open());
    const written = zhongweiAsWritten();
    await loadCatalog(contextFor(web.engine, undefined, web.clock), written, { publish: true });

    const portal = (await web.client().get(`/agencies/${web.agencyA}`)).body;
    assert.ok(portal.includes('<p class="summary-line">政府信息：主动公开一级事项6项，二级事项36项；依申请公开二级事项0项</p>'));
    assert.ok(portal.includes('按目录事项计算：'));
    assert.ok(portal.includes('填表时间：2024年9月29日'), 'the header line as written');
    assert.ok(!portal.includes('class="signoff"'));
    for (const label of ['一级 事项', '特定 全体', '依 申 请', '备注']) assert.ok(portal.includes(`>${label}</th>`), label);
    const ticked = written.items.filter((item) => item.channels.includes('政府网站')).length;
    assert.equal((portal.match(/■中卫市人民政府门户网站/g) ?? []).length, ticked, 'every ticked box under its name as written');
    assert.ok(!portal.includes('■政府网站'));

    const key = /href="\/agencies\/[^/]+\/items\/([^"]+)"/.exec(portal)![1]!;
    const itemPage = (await web.client().get(`/agencies/${web.agencyA}/items/${key}`)).body;
    assert.ok(itemPage.includes('<dt>公开 时限</dt>') && itemPage.includes('<dt>备注</dt>'), 'the item page: the source\'s fields under their labels as written');
    assert.ok(itemPage.includes('■中卫市人民政府门户网站'));

    const api = JSON.parse((await web.client().get(`/api/v1/agencies/${web.agencyA}/catalog`)).body);
    assert.deepEqual(api.catalog.columns, written.columns);
    assert.equal(api.catalog.declaredText, written.declaredText);
    assert.deepEqual(api.items.data[0].channels[0], { name: '政府网站', label: '中卫市人民政府门户网站', ticked: true, note: null });

    const editor = await web.signedIn('editorA');
    await editor.get(`/admin/agencies/${web.agencyA}`);
    const started = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
    const versionId = /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]!;
    const versionPage = (await editor.get(`/admin/versions/${versionId}`)).body;
    assert.ok(versionPage.includes('>备注</th>') && versionPage.includes('>特定 全体</th>'), 'the draft keeps the source\'s columns');
    const first = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;
    const form = (await editor.get(`/admin/versions/${versionId}/items/${first.id}/edit`)).body;
    assert.ok(form.includes('原文：中卫市人民政府门户网站'));

    const saved = await editor.post(`/admin/versions/${versionId}/items/${first.id}`, {
      seq: first.seq ?? '', level1: first.level1, level2: first.level2 ?? '', content: `${first.content}（修订）`, basis: first.basis.join('\n'),
      timeLimit: first.timeLimit ?? '', subject: first.subject ?? '', channels: ['政府网站'], audience: first.audience, mode: first.mode, hasFiveTypes: '0',
      column: '', category: '', remarks: '',
    });
    assert.equal(saved.statusCode, 303);
    const after = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;
    assert.equal(after.content, `${first.content}（修订）`);
    assert.deepEqual(after.channelLabels, { 政府网站: '中卫市人民政府门户网站' });
  });
});
