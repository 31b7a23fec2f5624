import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { completeInput } from '../documents/documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { currentDeadline } from '../../src/app/documents/documentDeadline.ts';
import { recordReminders } from '../../src/app/operations/recordReminders.ts';

describeEachEngine('公开时限提醒 on the 工作台', (open) => {
  it('shows a document about to miss its deadline to staff of its agency only, then as overdue', async () => {
    const web = await buildWebTestApp(await open());
    const editor = contextFor(web.engine, { id: 'u-editor', name: '伊玉红', roles: ['editor'], agencyId: web.agencyA, regionId: null }, web.clock);
    const { documentId } = await createDocument(editor, { agencyId: web.agencyA, ...completeInput({ title: '关于门诊慢特病待遇的通知' }) });
    await submitDocument(editor, { documentId });
    const dueDate = (await currentDeadline(editor, documentId))!.dueDate!;
    const clock = new TestClock(`${dueDate}T02:00:00.000Z`);
    await recordReminders(contextFor(web.engine, undefined, clock));
    const own = await (await web.signedIn('editorA')).get('/admin');
    assert.match(own.body, /公开时限提醒[\s\S]*即将到期[\s\S]*关于门诊慢特病待遇的通知/);
    const other = await (await web.signedIn('editorB')).get('/admin');
    assert.doesNotMatch(other.body, /关于门诊慢特病待遇的通知/);
    clock.advanceMinutes(3 * 24 * 60);
    await recordReminders(contextFor(web.engine, undefined, clock));
    const later = await (await web.signedIn('editorA')).get('/admin');
    const reminders = later.body.match(/<section class="reminders"[\s\S]*?<\/section>/)?.[0] ?? '';
    assert.match(reminders, /已超期/);
    assert.doesNotMatch(reminders, /即将到期/, 'only the overdue reminder once the deadline has passed');
  });
});
