import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp, type WebClient, type WebTestApp } from '../helpers/webApp.ts';
import { getCatalogVersion } from '../../src/app/catalog/readCatalog.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import { fieldError, inputValue } from './applicationHelpers.ts';

const LINT_REASON = '来源目录原有的检查错误，下一版统一更正';
const HEADER = { title: '', responsibleUnit: '中卫市医疗保障局办公室', preparedOn: '2026-02-27' };

async function startedDraft(web: WebTestApp): Promise<{ editor: WebClient; versionId: string }> {
  const editor = await web.signedIn('editorA');
  await editor.get(`/admin/agencies/${web.agencyA}`);
  const started = await editor.post(`/admin/agencies/${web.agencyA}/drafts`, {});
  return { editor, versionId: /\/admin\/versions\/([^?#]+)/.exec(started.headers.location as string)![1]! };
}

const headerEvents = async (web: WebTestApp) =>
  (await listAuditEvents(contextFor(web.engine, undefined, web.clock), { limit: 20 })).events.filter((event) => event.action === 'catalog.header_updated');

describeEachEngine('the catalog header of a draft (标题, 责任单位, 填表时间)', (open) => {
  it('the editor changes it with Chinese field errors; the version page shows it; the audit keeps before/after in Chinese', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId } = await startedDraft(web);
    const draft = (await getCatalogVersion(web.engine.db, versionId))!.version;
    assert.deepEqual([draft.preparer, draft.reviewer, draft.approver, draft.preparedOn], [null, null, null, null], "a new draft does not carry 第1版's signatures or 填表时间");

    const page = await editor.get(`/admin/versions/${versionId}`);
    assert.ok(page.body.includes(`href="/admin/versions/${versionId}/header"`), 'the version page links to the header form');
    assert.ok(page.body.includes('中卫市医疗保障局政务公开清单目录'));
    const form = await editor.get(`/admin/versions/${versionId}/header`);
    assert.equal(form.statusCode, 200);
    assert.equal(inputValue(form.body, 'title'), '中卫市医疗保障局政务公开清单目录', 'the form starts from the stored header');

    const bad = await editor.post(`/admin/versions/${versionId}/header`, { ...HEADER, title: '目'.repeat(201), preparedOn: '2026-02-30' });
    assert.equal(bad.statusCode, 400);
    assert.equal(fieldError(bad.body, 'title'), '标题过长（最多200字）');
    assert.equal(fieldError(bad.body, 'preparedOn'), '填表时间应为日期，例如 2025-03-01');
    assert.equal(inputValue(bad.body, 'responsibleUnit'), HEADER.responsibleUnit, 'typed values are kept');
    const future = await editor.post(`/admin/versions/${versionId}/header`, { ...HEADER, preparedOn: '2026-03-03' });
    assert.equal(fieldError(future.body, 'preparedOn'), '填表时间不能晚于今天');
    assert.deepEqual(await headerEvents(web), [], 'nothing was saved or audited');

    const saved = await editor.post(`/admin/versions/${versionId}/header`, HEADER);
    assert.equal(saved.statusCode, 303);
    const shown = (await editor.get(String(saved.headers.location))).body;
    for (const text of ['表头已保存。', '（无标题）', HEADER.responsibleUnit, HEADER.preparedOn]) assert.ok(shown.includes(text), text);
    const headerChanges = /<div class="changes-group changes-header">([\s\S]*?)<\/dl>/.exec(shown)?.[1] ?? '';
    assert.deepEqual([...headerChanges.matchAll(/<dt>([^<]+)<\/dt>/g)].map((match) => match[1]), ['标题', '责任单位'], '«与上一版相比» shows the header change (填表时间 is every version\'s own)');
    assert.ok(headerChanges.includes('<del>中卫市医疗保障局政务公开清单目录</del>') && headerChanges.includes('<ins>办公室</ins>'), 'the changed words are marked');
    const stored = (await getCatalogVersion(web.engine.db, versionId))!.version;
    assert.deepEqual([stored.title, stored.responsibleUnit, stored.preparedOn], [null, HEADER.responsibleUnit, HEADER.preparedOn], 'an empty title is kept empty');

    const [event] = await headerEvents(web);
    assert.equal(event!.actorName, '伊玉红');
    assert.deepEqual(event!.before, { title: '中卫市医疗保障局政务公开清单目录', responsibleUnit: '中卫市医疗保障局', preparedOn: null });
    assert.deepEqual(event!.after, { title: null, responsibleUnit: HEADER.responsibleUnit, preparedOn: HEADER.preparedOn });
    await editor.post(`/admin/versions/${versionId}/header`, HEADER);
    assert.equal((await headerEvents(web)).length, 1, 'saving the same header again records nothing');
    const audit = (await (await web.signedIn('adminA')).get('/admin/audit?action=catalog.header_updated')).body;
    for (const text of ['修改目录表头', '标题', '责任单位', '填表时间']) assert.ok(audit.includes(text), `audit page: ${text}`);
    assert.ok(!/responsibleUnit|preparedOn|header_updated<|其他信息/.test(audit.replace(/action=catalog\.header_updated/g, '')), 'no English key on the audit page');

    await editor.get(`/admin/versions/${versionId}`);
    assert.equal((await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: LINT_REASON })).statusCode, 303);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.version.preparedOn, HEADER.preparedOn, 'the 填表时间 written by the editor survives submission');
    const closed = await editor.get(`/admin/versions/${versionId}/header`);
    assert.equal(closed.statusCode, 409);
    assert.ok(closed.body.includes('不能修改表头'));
    assert.equal((await editor.post(`/admin/versions/${versionId}/header`, { ...HEADER, title: '提交后改的标题' })).statusCode, 409);
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.version.title, null, 'a submitted version keeps its header');
  });

  it('fills 填表时间 with the day of submission when left empty; other roles and agencies may not edit', async () => {
    const web = await buildWebTestApp(await open());
    const { editor, versionId } = await startedDraft(web);
    for (const user of ['reviewerA', 'editorB', 'supervisor'] as const) {
      const other = await web.signedIn(user);
      assert.equal((await other.get(`/admin/versions/${versionId}/header`)).statusCode, 403, user);
      assert.equal((await other.post(`/admin/versions/${versionId}/header`, HEADER)).statusCode, 403, user);
    }
    assert.equal((await web.client().get(`/admin/versions/${versionId}/header`)).statusCode, 303, 'visitors go to the login page');
    assert.deepEqual(await headerEvents(web), []);
    await editor.get(`/admin/versions/${versionId}`);
    await editor.post(`/admin/versions/${versionId}/submit`, { lintReason: LINT_REASON });
    assert.equal((await getCatalogVersion(web.engine.db, versionId))!.version.preparedOn, '2026-03-02');
  });
});
