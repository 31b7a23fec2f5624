import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp, type WebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { insertAuditEvents } from '../../src/storage/repositories/audit.repository.ts';

const NEW_CONTENT = '机构名称、办公地址、办公时间（审计测试）';

/** Rows of the audit table (the changes table inside a row has its own <tr>s: count the rows' 操作 cells). */
const actionsOn = (body: string) => [...body.matchAll(/<td data-label="操作" class="cell-nowrap">([^<]*)<\/td>/g)].map((m) => m[1]);

/**
 * editorA edits an item of agency A's new draft at 17:00 UTC on 4 March (China: 5 March, 01:00);
 * editorB starts a draft of agency B a day later. Returns the item's 公开内容 before the edit.
 */
async function edited(web: WebTestApp): Promise<string> {
  web.clock.advanceMinutes((2 * 24 + 15) * 60); // 2026-03-04T17:00Z
  const editor = await web.signedIn('editorA');
  await editor.get(`/admin/agencies/${web.agencyA}`); // the form's CSRF token
  const started = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
  const versionId = /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]!;
  const item = (await getCatalogVersion(web.engine.db, versionId))!.items[0]!;
  const saved = await editor.post(`/admin/versions/${versionId}/items/${item.id}`, {
    seq: item.seq ?? '', level1: item.level1, level2: item.level2 ?? '', content: NEW_CONTENT, basis: item.basis.join('\n'),
    timeLimit: item.timeLimit ?? '', subject: item.subject ?? '', channels: item.channels, audience: item.audience, mode: item.mode,
    hasFiveTypes: item.fiveTypes ? '1' : '0', column: item.column ?? '', category: item.category ?? '', remarks: item.remarks ?? '',
  });
  assert.equal(saved.statusCode, 303);
  web.clock.advanceMinutes(24 * 60); // 2026-03-05T17:00Z: China 6 March
  const editorB = await web.signedIn('editorB');
  await editorB.get(`/admin/agencies/${web.agencyB}`);
  assert.equal((await editorB.post(`/admin/agencies/${web.agencyB}/drafts`, {})).statusCode, 303);
  return item.content ?? '';
}

describeEachEngine('操作日志 in Chinese, filtered and downloadable', (open) => {
  it('shows a catalog item edit by its Chinese name with 公开内容 before and after, and no code, JSON or English key', async () => {
    const web = await buildWebTestApp(await open());
    const oldContent = await edited(web);
    const page = await (await web.signedIn('sysadmin')).get('/admin/audit');
    assert.equal(page.statusCode, 200);
    assert.ok(actionsOn(page.body).includes('修改目录事项'));
    const row = /<th scope="row">公开内容（要素）<\/th>\s*<td>([^<]*)<\/td>\s*<td>([^<]*)<\/td>/.exec(page.body);
    assert.deepEqual(row?.slice(1), [oldContent, NEW_CONTENT]);
    const visible = page.body.replace(/<[^>]*>/g, ' ');
    for (const forbidden of ['catalog.item_updated', 'catalog.draft_started', 'level1', 'timeLimit', 'channels', 'null', 'true']) {
      assert.ok(!visible.includes(forbidden), forbidden);
    }
    for (const json of ['{"', '{&quot;', '&quot;content&quot;']) assert.ok(!page.body.includes(json), json);
    for (const heading of ['操作人', '操作', '单位', '日期从（北京时间）', '字段', '修改前', '修改后']) assert.ok(page.body.includes(heading), heading);
  });

  it('narrows the rows by person, action, agency and China date, and the pager keeps the filter', async () => {
    const web = await buildWebTestApp(await open());
    await edited(web);
    const admin = await web.signedIn('sysadmin');
    const byPerson = actionsOn((await admin.get(`/admin/audit?actor=${encodeURIComponent('伊玉红')}`)).body);
    assert.deepEqual(byPerson, ['修改目录事项', '新建目录草稿', '登录成功']);
    const byAction = actionsOn((await admin.get('/admin/audit?action=catalog.draft_started')).body);
    assert.deepEqual(byAction, ['新建目录草稿', '新建目录草稿']);
    const byAgency = (await admin.get(`/admin/audit?agencyId=${web.agencyB}&action=catalog.draft_started`)).body;
    assert.deepEqual(actionsOn(byAgency), ['新建目录草稿']);
    assert.ok(byAgency.includes('中卫市沙坡头区医疗保障局'));
    // 17:00 UTC on 4 March is 5 March in China: the edit is on the 5th, B's draft (17:00 UTC on the 5th) on the 6th.
    assert.deepEqual(actionsOn((await admin.get('/admin/audit?from=2026-03-05&to=2026-03-05&action=catalog.draft_started')).body), ['新建目录草稿']);
    assert.deepEqual(actionsOn((await admin.get('/admin/audit?from=2026-03-04&to=2026-03-04&action=catalog.item_updated')).body), []);
    assert.deepEqual(actionsOn((await admin.get('/admin/audit?from=2026-03-06&action=catalog.draft_started')).body), ['新建目录草稿']);
    const badDate = await admin.get('/admin/audit?from=2026-02-30');
    assert.equal(badDate.statusCode, 400);
    assert.match(badDate.body, /日期无效/, 'an impossible date is refused in Chinese');
    const login = { at: web.clock.now(), actor_id: null, actor_name: '伊玉红', action: 'auth.login', entity_type: 'user', entity_id: null, agency_id: null, summary: '登录', before_json: null, after_json: null };
    await insertAuditEvents(web.engine.db, Array.from({ length: 55 }, () => login));
    const first = await admin.get(`/admin/audit?actor=${encodeURIComponent('伊玉红')}`);
    assert.match(first.body, /href="\/admin\/audit\?actor=%E4%BC%8A%E7%8E%89%E7%BA%A2&amp;page=2" rel="next"/);
  });

  it("keeps an agency admin to their agency's events", async () => {
    const web = await buildWebTestApp(await open());
    await edited(web);
    const adminA = await web.signedIn('adminA');
    const own = await adminA.get('/admin/audit?action=catalog.draft_started');
    assert.deepEqual(actionsOn(own.body), ['新建目录草稿']);
    assert.ok(!own.body.includes('中卫市沙坡头区医疗保障局'), "agency B's name does not appear");
    assert.ok(!own.body.includes('name="agencyId"'), 'one agency: no 单位 choice');
    assert.equal((await adminA.get(`/admin/audit?agencyId=${web.agencyB}`)).statusCode, 403);
    assert.equal((await adminA.get(`/admin/audit/export.csv?agencyId=${web.agencyB}`)).statusCode, 403);
    assert.ok(!(await adminA.get('/admin/audit/export.csv')).body.includes('王填'), "B's editor is not in A's file");
  });

  it('downloads the filtered rows as CSV: BOM, Chinese header, readable changes, formulas made inert', async () => {
    const web = await buildWebTestApp(await open());
    const oldContent = await edited(web);
    const response = await (await web.signedIn('sysadmin')).get('/admin/audit/export.csv?action=catalog.item_updated');
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    const raw = response.rawPayload;
    assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = raw.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.equal(lines[0], '时间（北京时间）,操作人,操作,单位,内容,变更');
    assert.equal(lines.length, 2);
    assert.ok(lines[1]!.startsWith('2026-03-05 01:00,伊玉红,修改目录事项,中卫市医疗保障局,'), lines[1]);
    assert.ok(lines[1]!.includes(`公开内容（要素）：${oldContent} → ${NEW_CONTENT}`), lines[1]);
  });

  it('downloads every selected row, past the first thousand', async () => {
    const web = await buildWebTestApp(await open());
    const login = { at: web.clock.now(), actor_id: null, actor_name: '批量用户', action: 'auth.login', entity_type: 'user', entity_id: null, agency_id: null, summary: '登录', before_json: null, after_json: null };
    await insertAuditEvents(web.engine.db, Array.from({ length: 1_203 }, () => login));
    const response = await (await web.signedIn('sysadmin')).get(`/admin/audit/export.csv?actor=${encodeURIComponent('批量用户')}`);
    const lines = response.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 1_203);
    assert.ok(lines.slice(1).every((line) => line.includes(',批量用户,登录成功,（全系统）,登录,')), lines[1]);
  });
});
