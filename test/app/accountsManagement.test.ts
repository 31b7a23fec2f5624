import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { changeUserAccess } from '../../src/app/accounts/changeUserAccess.ts';
import { setUserEnabled } from '../../src/app/accounts/setUserEnabled.ts';
import { resetUserPassword } from '../../src/app/accounts/resetUserPassword.ts';
import { changeOwnPassword } from '../../src/app/accounts/changeOwnPassword.ts';
import { listUsers } from '../../src/app/accounts/listUsers.ts';
import { authenticate } from '../../src/app/accounts/authenticate.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { findUserById } from '../../src/storage/repositories/user.repository.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';
import type { Engine } from '../../src/storage/database.ts';

const PASSWORD = 'correct horse battery';
const forbidden = (e: DomainError) => e.code === 'forbidden';

async function setUp(engine: Engine) {
  const root = contextFor(engine);
  const a = await loadCatalog(root, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
  const b = await loadCatalog(root, goldenCatalog('001_4d728002a9a631f9'), { publish: true });
  const admin = await createUser(root, { username: 'a-admin', displayName: '甲管理员', password: PASSWORD, roles: ['agency_admin'], agencyId: a.agencyId });
  const editorA = await createUser(root, { username: 'a-editor', displayName: '甲填表人', password: PASSWORD, roles: ['editor'], agencyId: a.agencyId });
  const editorB = await createUser(root, { username: 'b-editor', displayName: '乙填表人', password: PASSWORD, roles: ['editor'], agencyId: b.agencyId });
  const agencyAdmin = contextFor(engine, (await getActorForUser(engine.db, admin.id))!);
  return { root, a: a.agencyId, b: b.agencyId, admin: admin.id, editorA: editorA.id, editorB: editorB.id, agencyAdmin };
}

async function sessionFor(engine: Engine, id: string, userId: string) {
  await engine.db.insertInto('sessions').values({ id, data_json: JSON.stringify({ userId }), expires_at: '2999-01-01T00:00:00.000Z' }).execute();
}

async function sessionIds(engine: Engine): Promise<string[]> {
  return (await engine.db.selectFrom('sessions').select('id').orderBy('id').execute()).map((row) => row.id);
}

describeEachEngine('account management use cases', (open) => {
  it("lets an agency admin change their own staff's roles, but not grant beyond the agency, move staff out, or touch B", async () => {
    const engine = await open();
    const s = await setUp(engine);
    await changeUserAccess(s.agencyAdmin, { userId: s.editorA, roles: ['editor', 'reviewer'], agencyId: s.a });
    assert.deepEqual((await findUserById(engine.db, s.editorA))!.roles, ['editor', 'reviewer']);
    await assert.rejects(changeUserAccess(s.agencyAdmin, { userId: s.editorA, roles: ['system_admin'], agencyId: s.a }), forbidden);
    await assert.rejects(changeUserAccess(s.agencyAdmin, { userId: s.editorA, roles: ['editor'], agencyId: s.b }), forbidden);
    await assert.rejects(changeUserAccess(s.agencyAdmin, { userId: s.editorB, roles: ['editor', 'reviewer'], agencyId: s.b }), forbidden);
    await assert.rejects(changeUserAccess(s.agencyAdmin, { userId: s.admin, roles: ['agency_admin', 'approver'], agencyId: s.a }), forbidden, 'not themselves');
    await assert.rejects(changeUserAccess(s.root, { userId: s.editorA, roles: ['editor'], agencyId: null }), (e: DomainError) => e.issues[0]?.path === 'agencyId');
    await assert.rejects(listUsers(s.agencyAdmin, { agencyId: s.b }), forbidden);
    const { events } = await queryAuditEvents(engine.db, { limit: 100, offset: 0 });
    const changes = events.filter((e) => e.action === 'user.roles_changed');
    assert.equal(changes.length, 1, 'only the allowed change is audited');
    assert.deepEqual(changes[0]!.after, { roles: ['editor', 'reviewer'], agencyId: s.a, regionId: null });
  });

  it('disabling ends exactly that user’s sessions and blocks sign-in; a reset ends them too', async () => {
    const engine = await open();
    const s = await setUp(engine);
    await sessionFor(engine, 's-editor-1', s.editorA);
    await sessionFor(engine, 's-editor-2', s.editorA);
    await sessionFor(engine, 's-other', s.editorB);
    await setUserEnabled(s.agencyAdmin, { userId: s.editorA, enabled: false });
    assert.deepEqual(await sessionIds(engine), ['s-other']);
    await assert.rejects(authenticate(s.root, { username: 'a-editor', password: PASSWORD, ip: '127.0.0.1' }), (e: DomainError) => e.code === 'auth.invalid_credentials');
    await assert.rejects(setUserEnabled(s.agencyAdmin, { userId: s.editorB, enabled: false }), forbidden);
    await setUserEnabled(s.agencyAdmin, { userId: s.editorA, enabled: true });
    await resetUserPassword(s.root, { userId: s.editorB, password: 'another password' });
    assert.deepEqual(await sessionIds(engine), []);
    await assert.rejects(resetUserPassword(s.root, { userId: s.editorB, password: 'short' }), (e: DomainError) => e.issues[0]?.path === 'password');
    assert.ok(await authenticate(s.root, { username: 'b-editor', password: 'another password', ip: '127.0.0.1' }));
  });

  it('changes the own password only with the current one, keeping this session and ending the others', async () => {
    const engine = await open();
    const s = await setUp(engine);
    const me = contextFor(engine, (await getActorForUser(engine.db, s.editorA))!);
    await sessionFor(engine, 's-here', s.editorA);
    await sessionFor(engine, 's-phone', s.editorA);
    await assert.rejects(changeOwnPassword(me, { currentPassword: 'wrong one!', newPassword: 'a new password', keepSessionId: 's-here' }), (e: DomainError) => e.issues[0]?.path === 'currentPassword');
    await assert.rejects(changeOwnPassword(me, { currentPassword: PASSWORD, newPassword: 'short', keepSessionId: 's-here' }), (e: DomainError) => e.issues[0]?.path === 'newPassword');
    assert.deepEqual(await sessionIds(engine), ['s-here', 's-phone'], 'a refused change ends nothing');
    await changeOwnPassword(me, { currentPassword: PASSWORD, newPassword: 'a new password', keepSessionId: 's-here' });
    assert.deepEqual(await sessionIds(engine), ['s-here']);
    const { events } = await queryAuditEvents(engine.db, { limit: 100, offset: 0 });
    assert.equal(events.filter((e) => e.action === 'user.password_changed' && e.entityId === s.editorA).length, 1);
  });
});
