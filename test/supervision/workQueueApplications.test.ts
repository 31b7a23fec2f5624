/**
 * The work queue's 依申请公开 counts per agency (countApplicationQueue, two index-only queries): online applications
 * awaiting confirmation of receipt (第三十一条), open ones due within 3 working days and overdue ones; confirmed,
 * answered or other agencies' applications are not counted.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ANONYMOUS_ACTOR } from '../../src/app/accounts/getActor.ts';
import { confirmReceipt } from '../../src/app/applications/confirmReceipt.ts';
import { recordApplicationEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import { registerApplication } from '../../src/app/applications/registerApplication.ts';
import { submitOnlineApplication } from '../../src/app/applications/submitOnlineApplication.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { workQueue } from '../../src/app/supervision/workQueue.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { FORM } from '../helpers/applicationFixtures.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { describeEachEngine } from '../helpers/databases.ts';
import { queueWorld } from './queueWorld.ts';

const ROOT: Actor = { id: 'root', name: '系统管理员', roles: ['system_admin'], agencyId: null, regionId: null };
const DAY = 24 * 60;

describeEachEngine('work queue application counts', (open) => {
  it('counts unconfirmed, due-soon and overdue applications per agency, not confirmed-then-answered ones', async () => {
    const world = await queueWorld(await open());
    const other = await loadCatalog(world.system, { ...(goldenCatalog() as object), agency: '中卫市医疗保障局（二）' }, { publish: true });
    const anonymous = contextFor(world.engine, ANONYMOUS_ACTOR, world.clock);
    const online = (n: number, agencyId = world.agencyId) => submitOnlineApplication(anonymous, { agencyId, fields: { ...FORM, request: `申请公开的信息${n}` }, sourceKey: `ip-${n}` });
    const staff = await world.staff('xiaowang');
    const register = (n: number, on: string) => registerApplication(staff, { agencyId: world.agencyId, fields: { ...FORM, request: `登记的申请${n}` }, receipt: { channel: 'inPerson', on } });
    await online(1);
    await online(2);
    await online(3, other.agencyId);
    const confirmed = await online(4);
    await confirmReceipt(staff, confirmed.applicationId, '2026-03-02');
    await register(5, '2026-03-02');
    const answered = await register(6, '2026-03-02');
    await recordApplicationEvent(staff, answered.application.id, { type: 'answered', on: '2026-03-02', outcome: 'granted' });
    world.clock.advanceMinutes(DAY * 3);
    await register(7, '2026-03-05');
    world.clock.advanceMinutes(DAY * 22); // 2026-03-27: the two received 3-02 and still open are due 3-30 (within 3 working days), 3-05's on 4-02
    const lines = async () => (await workQueue(contextFor(world.engine, ROOT, world.clock))).lines.filter((l) => l.kind === 'application').map((l) => [l.agencyId, l.title]);
    assert.deepEqual((await lines()).sort(), [
      [world.agencyId, '2 件申请将在3个工作日内到期'], [world.agencyId, '2 件网上申请待确认收到'],
      [other.agencyId, '1 件网上申请待确认收到'],
    ].sort());
    world.clock.advanceMinutes(DAY * 6); // 2026-04-02
    assert.deepEqual((await lines()).sort(), [
      [world.agencyId, '1 件申请将在3个工作日内到期'], [world.agencyId, '2 件申请已超过答复期限'], [world.agencyId, '2 件网上申请待确认收到'],
      [other.agencyId, '1 件网上申请待确认收到'],
    ].sort());
  });
});
