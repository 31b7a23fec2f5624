/**
 * 我的待办 on the 工作台: the first block, plain links to the fix, only the person's own lines; a document
 * waiting for review is listed for the reviewer and leads to its page, not for the editor who submitted it.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { completeInput } from '../documents/documentFixtures.ts';
import { contextFor } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';

describeEachEngine('work queue on the dashboard', (open) => {
  it('shows the reviewer a link to the document waiting for review, first on the page', async () => {
    const web = await buildWebTestApp(await open());
    const editor = contextFor(web.engine, (await getActorForUser(web.engine.db, (await findUserByUsername(web.engine.db, 'editorA'))!.id))!, web.clock);
    const { documentId } = await createDocument(editor, { agencyId: web.agencyA, ...completeInput({ title: '关于医保窗口延时服务的通知' }) });
    await submitDocument(editor, { documentId });

    const reviewer = await web.signedIn('reviewerA');
    const page = (await reviewer.get('/admin')).body;
    const link = `<a href="/admin/documents/${documentId}">复核文件《关于医保窗口延时服务的通知》</a>`;
    assert.ok(page.includes(link), 'the line links to the document');
    assert.ok(page.indexOf('我的待办') < page.indexOf('可办理的单位'), 'the queue comes before the other blocks');
    assert.ok(page.indexOf('id="work-queue-title"') < page.indexOf('<table'), 'first block');
    assert.equal((await reviewer.get(`/admin/documents/${documentId}`)).statusCode, 200, 'following the link leads to the document');

    const editorPage = (await (await web.signedIn('editorA')).get('/admin')).body;
    assert.ok(editorPage.includes('我的待办') && !editorPage.includes('复核文件《关于医保窗口延时服务的通知》'), 'not for the one who submitted it');
    const supervisorPage = (await (await web.signedIn('supervisor')).get('/admin')).body;
    assert.match(supervisorPage, /目前没有需要您办理的事项/, 'a region supervisor acts on none of these');
  });
});
