import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { answeredApplication, FORM, readPdf } from '../applications/applicationFixtures.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { findUserByUsername } from '../../src/storage/repositories/user.repository.ts';
import { findApplication } from '../../src/storage/repositories/application.repository.ts';
import { parseProactiveSuggestion } from '../../src/domain/applications/proactive.ts';
import type { Engine } from '../../src/storage/database.ts';

async function world(engine: Engine) {
  const t = await buildWebTestApp(engine);
  t.clock.advanceMinutes(23 * 24 * 60); // 2026-03-25: the fixtures answer on 2026-03-20
  const editorA = contextFor(engine, (await getActorForUser(engine.db, (await findUserByUsername(engine.db, 'editorA'))!.id))!, t.clock);
  const answered = await answeredApplication(editorA, t.agencyA, 'granted', '2025年度医保基金支出明细');
  const { application: pending } = await registerApplication(editorA, { agencyId: t.agencyA, fields: { ...FORM, request: '尚在办理的申请' }, receipt: { channel: 'inPerson', on: '2026-03-23' } });
  return { t, answered, pending };
}

const ITEM_VALUE = `${encodeURIComponent('基本信息')}/${encodeURIComponent('政府信息公开制度及相关规定')}`;

describeEachEngine('back office: 归档, 案卷 and 转主动公开', (open) => {
  it('archives from a POST (409 while open, 403 for agency B) and serves the 案卷 as an uncached PDF to the agency only', async () => {
    const { t, answered, pending } = await world(await open());
    const staffB = await t.signedIn('editorB');
    await staffB.get('/admin');
    assert.equal((await staffB.post(`/admin/applications/${answered.id}/archive`, {})).statusCode, 403);
    assert.equal((await staffB.get(`/admin/applications/${answered.id}/casefile.pdf`)).statusCode, 403);
    const staffA = await t.signedIn('editorA');
    await staffA.get('/admin');
    const refused = await staffA.post(`/admin/applications/${pending.id}/archive`, {});
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /尚未办结的申请不能归档/);
    const archived = await staffA.post(`/admin/applications/${answered.id}/archive`, {});
    assert.equal(archived.statusCode, 303);
    assert.equal(archived.headers.location, `/admin/applications/${answered.id}?done=archived`);
    assert.ok((await findApplication(t.engine.db, answered.id))?.archivedAt);
    const pdf = await staffA.get(`/admin/applications/${answered.id}/casefile.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.headers['cache-control'], 'no-store');
    assert.match(String(pdf.headers['content-disposition']), new RegExp(`attachment; filename=.*${answered.trackingNo}\\.pdf`));
    const { text } = readPdf(pdf.rawPayload);
    assert.ok(text.includes(answered.trackingNo) && text.includes('归档日期'), text);
    const views = await t.engine.db.selectFrom('audit_events').select('actor_name').where('entity_id', '=', answered.id).where('action', '=', 'application.caseFileExported').execute();
    assert.deepEqual(views.map((v) => v.actor_name), ['伊玉红'], 'the download is audited with who read the personal data');
  });

  it('shows the archive date as China\'s date: archived at 17:30 UTC is the next day in Beijing', async () => {
    const { t, answered } = await world(await open());
    t.clock.advanceMinutes(15 * 60 + 30);
    assert.equal(t.clock.now(), '2026-03-25T17:30:00.000Z');
    const staffA = await t.signedIn('editorA');
    await staffA.get('/admin');
    assert.equal((await staffA.post(`/admin/applications/${answered.id}/archive`, {})).statusCode, 303);
    const page = (await staffA.get(`/admin/applications/${answered.id}`)).body;
    assert.match(page, /已于 2026-03-26 归档/);
    const again = await staffA.post(`/admin/applications/${answered.id}/archive`, {});
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /该申请已于 2026-03-26 归档/);
    assert.doesNotMatch(page + again.body, /2026-03-25 归档/);
  });

  it('the 转主动公开 form lists answered applications and the catalog items, opens the draft, and shows refusals in Chinese', async () => {
    const { t, answered, pending } = await world(await open());
    const staffA = await t.signedIn('editorA');
    const page = await staffA.get('/admin/applications/proactive');
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(answered.trackingNo) && !page.body.includes(pending.trackingNo), 'answered ones only');
    assert.ok(page.body.includes(`value="${ITEM_VALUE}"`), 'items of the published catalog by stable key');
    const noItem = await staffA.post('/admin/applications/proactive', { applicationIds: [answered.id], item: '' });
    assert.equal(noItem.statusCode, 400);
    assert.match(noItem.body, /请选择目录事项/);
    const open1 = await staffA.post(`/admin/applications/${pending.id}/proactive`, { item: ITEM_VALUE });
    assert.equal(open1.statusCode, 400);
    assert.match(open1.body, /未以“予以公开”或“部分公开”答复/);
    const staffB = await t.signedIn('editorB');
    await staffB.get('/admin');
    assert.equal((await staffB.post(`/admin/applications/${answered.id}/proactive`, { item: ITEM_VALUE })).statusCode, 403);
    const made = await staffA.post('/admin/applications/proactive', { applicationIds: [answered.id], item: ITEM_VALUE, title: '' });
    assert.equal(made.statusCode, 303);
    const documentId = /^\/admin\/documents\/([^?]+)\?done=created$/.exec(String(made.headers.location))?.[1];
    const mark = parseProactiveSuggestion((await findApplication(t.engine.db, answered.id))!.proactiveSuggestion);
    assert.equal(mark?.documentId, documentId);
    const draft = await staffA.get(`/admin/documents/${documentId}`);
    assert.equal(draft.statusCode, 200);
    assert.match(draft.body, /2025年度医保基金支出明细/);
    assert.ok(!(await staffA.get('/admin/applications/proactive')).body.includes(answered.trackingNo), 'no longer offered');
  });
});
