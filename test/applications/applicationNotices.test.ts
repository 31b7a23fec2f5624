import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog, TestClock } from '../helpers/appContext.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { ANONYMOUS_ACTOR, getActorForUser } from '../../src/app/accounts/getActor.ts';
import { submitOnlineApplication } from '../../src/app/applications/submitOnlineApplication.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { updateAgencyContact } from '../../src/app/applications/agencyContact.ts';
import { receiptNoticeLines } from '../../src/app/applications/notifyApplicant.ts';
import { queueApplicationReminders } from '../../src/app/applications/queueApplicationReminders.ts';
import { FORM } from '../helpers/applicationFixtures.ts';

describeEachEngine('依申请公开 notices and reminders (outbox)', (open) => {
  it('queues a receipt notice to the applicant and one daily digest per office, by tracking number only', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-25T02:00:00.000Z');
    const root = contextFor(engine, undefined, clock);
    const a = await loadCatalog(root, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
    const officer = await createUser(root, { username: 'a-officer', displayName: '甲经办', password: 'correct horse battery', roles: ['editor'], agencyId: a.agencyId });
    const ctx = contextFor(engine, (await getActorForUser(engine.db, officer.id))!, clock);
    const { application } = await registerApplication(ctx, { agencyId: a.agencyId, fields: FORM, receipt: { channel: 'inPerson', on: '2026-03-02' } });
    const outbox = () => engine.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
    const [notice] = await outbox();
    assert.equal(notice?.recipient, 'zs@example.cn');
    assert.match(notice!.body, /2026-03-30/);
    assert.match(receiptNoticeLines(application, '2027-01-18', true).join('\n'), /2027-01-18（暂定：已按《全国年节及纪念日放假办法》扣除法定节假日，所在年份的调休安排尚未公布，公布后可能调整）前作出答复/);
    assert.equal(await queueApplicationReminders(root), 0, 'no office mailbox yet: nothing queued');
    await updateAgencyContact(ctx, a.agencyId, { email: 'gongkai@example.gov.cn', phone: '0955-1234567' });
    assert.equal(await queueApplicationReminders(root), 1);
    assert.equal(await queueApplicationReminders(root), 0, 'once a day');
    const digest = (await outbox()).find((m) => m.recipient === 'gongkai@example.gov.cn')!;
    assert.match(digest.body, new RegExp(application.trackingNo));
    assert.ok(!digest.body.includes('张三') && !digest.body.includes(FORM.request), 'no applicant data in the digest');
    clock.advanceMinutes(24 * 60);
    assert.equal(await queueApplicationReminders(root), 1, 'the next day again');
  });

  it('dates an online application in the digest by China\'s date: submitted at 17:00 UTC is the next day in Beijing', async () => {
    const engine = await open();
    const clock = new TestClock('2026-03-25T17:00:00.000Z');
    const root = contextFor(engine, undefined, clock);
    const a = await loadCatalog(root, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
    await submitOnlineApplication(contextFor(engine, ANONYMOUS_ACTOR, clock), { agencyId: a.agencyId, fields: FORM, sourceKey: 'evening' });
    await updateAgencyContact(root, a.agencyId, { email: 'gongkai@example.gov.cn', phone: '0955-1234567' });
    assert.equal(await queueApplicationReminders(root), 1);
    const digest = await engine.db.selectFrom('outbox').select('body').where('recipient', '=', 'gongkai@example.gov.cn').executeTakeFirstOrThrow();
    assert.match(digest.body, /提交于 2026-03-26）/);
  });
});
