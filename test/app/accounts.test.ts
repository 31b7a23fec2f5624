import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog, TestClock } from '../helpers/appContext.ts';
import { createUser } from '../../src/app/accounts/createUser.ts';
import { authenticate, THROTTLE } from '../../src/app/accounts/authenticate.ts';
import { accountDelaySeconds, LoginThrottledError } from '../../src/app/accounts/loginThrottle.ts';
import { verifyPassword } from '../../src/app/accounts/passwords.ts';
import { getActorForUser } from '../../src/app/accounts/getActor.ts';
import { listUsers } from '../../src/app/accounts/listUsers.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';
import { listAuditEvents } from '../../src/app/audit/listAuditEvents.ts';
import { queryAuditEvents } from '../../src/storage/repositories/audit.repository.ts';
import type { DomainError } from '../../src/domain/shared/errors.ts';

const PASSWORD = 'correct horse battery';

describeEachEngine('accounts, throttling and audit visibility', (open) => {
  it('hashes with argon2id and signs in; wrong passwords fail', async () => {
    const engine = await open();
    const ctx = contextFor(engine);
    const { id } = await createUser(ctx, { username: 'admin', displayName: '管理员', password: PASSWORD, roles: ['system_admin'] });
    const row = await engine.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
    assert.match(row.password_hash, /^\$argon2id\$/);
    const actor = await authenticate(ctx, { username: 'admin', password: PASSWORD, ip: '127.0.0.1' });
    assert.deepEqual(actor.roles, ['system_admin']);
    await assert.rejects(authenticate(ctx, { username: 'admin', password: 'nope', ip: '127.0.0.1' }), (e: DomainError) => e.code === 'auth.invalid_credentials');
    assert.equal((await getActorForUser(engine.db, id))?.name, '管理员');
  });

  it('throttles per account and address: the guessing address is stopped, the owner elsewhere is not locked out', async () => {
    const engine = await open();
    const clock = new TestClock();
    const ctx = contextFor(engine, undefined, clock);
    await createUser(ctx, { username: 'editor', displayName: '填表人', password: PASSWORD, roles: ['system_admin'] });
    for (let i = 0; i < THROTTLE.perAccountAndIp; i++) {
      await assert.rejects(authenticate(ctx, { username: 'editor', password: `guess${i}`, ip: '203.0.113.66' }), (e: DomainError) => e.code === 'auth.invalid_credentials');
      clock.advanceMinutes(1); // slower than the growing delay, so only the per-pair limit is tested here
    }
    await assert.rejects(authenticate(ctx, { username: 'editor', password: PASSWORD, ip: '203.0.113.66' }), (e: DomainError) => e.code === 'auth.throttled');
    assert.equal((await authenticate(ctx, { username: 'editor', password: PASSWORD, ip: '10.0.0.99' })).name, '填表人', 'the owner at another address signs in');
    await assert.rejects(authenticate(ctx, { username: 'editor', password: PASSWORD, ip: '203.0.113.66' }), (e: DomainError) => e.code === 'auth.throttled', "the owner's success does not unlock the guesser");
    clock.advanceMinutes(THROTTLE.windowMinutes + 1);
    assert.equal((await authenticate(ctx, { username: 'editor', password: PASSWORD, ip: '203.0.113.66' })).name, '填表人', 'the window passes');
    const { events } = await queryAuditEvents(engine.db, { limit: 50, offset: 0 });
    assert.equal(events.filter((e) => e.action === 'auth.login_failed').length, THROTTLE.perAccountAndIp);
  });

  it('slows guesses spread over many addresses with a growing delay per account', async () => {
    const engine = await open();
    const clock = new TestClock();
    const ctx = contextFor(engine, undefined, clock);
    await createUser(ctx, { username: 'editor', displayName: '填表人', password: PASSWORD, roles: ['system_admin'] });
    const waits: number[] = [];
    for (let i = 0; i < THROTTLE.delayAfter + 4; i++) {
      const attempt = authenticate(ctx, { username: 'editor', password: `guess${i}`, ip: `10.1.0.${i}` });
      await assert.rejects(attempt, (e: DomainError) => e.code === 'auth.invalid_credentials', `guess ${i} is checked`);
      const wait = accountDelaySeconds(i + 1);
      if (wait === 0) continue;
      await assert.rejects(authenticate(ctx, { username: 'editor', password: PASSWORD, ip: `10.2.0.${i}` }), (e: unknown) => {
        assert.ok(e instanceof LoginThrottledError);
        waits.push(e.retryAfterSeconds);
        return true;
      });
      clock.advanceMinutes(wait / 60);
    }
    assert.deepEqual(waits, [2, 4, 8, 16, 32]);
    assert.equal(accountDelaySeconds(40), THROTTLE.maxDelaySeconds, 'the delay is capped');
    assert.equal((await authenticate(ctx, { username: 'editor', password: PASSWORD, ip: '10.3.0.1' })).name, '填表人', 'after the delay the owner signs in');
  });

  it('spends one password verification on unknown, disabled and real accounts alike (no timing enumeration)', async () => {
    const engine = await open();
    const ctx = contextFor(engine);
    const { id } = await createUser(ctx, { username: 'real', displayName: '真', password: PASSWORD, roles: ['system_admin'] });
    await createUser(ctx, { username: 'gone', displayName: '停', password: PASSWORD, roles: ['system_admin'] });
    await engine.db.updateTable('users').set({ disabled: 1 }).where('username', '=', 'gone').execute();
    const verifiedHashes: string[] = [];
    const counting = async (hash: string, password: string) => {
      verifiedHashes.push(hash);
      return verifyPassword(hash, password);
    };
    for (const username of ['real', 'nobody-here', 'gone']) {
      await assert.rejects(authenticate(ctx, { username, password: 'wrong-password', ip: '127.0.0.1' }, counting), (e: DomainError) => e.code === 'auth.invalid_credentials');
    }
    await assert.rejects(authenticate(ctx, { username: 'gone', password: PASSWORD, ip: '127.0.0.1' }, counting), (e: DomainError) => e.code === 'auth.invalid_credentials', 'a disabled account never signs in');
    assert.equal(verifiedHashes.length, 4, 'every attempt costs one verification');
    assert.ok(verifiedHashes.every((h) => h.startsWith('$argon2id$')), 'the dummy is a real argon2id hash');
    assert.ok(await authenticate(ctx, { username: 'real', password: PASSWORD, ip: '127.0.0.1' }, counting));
    assert.equal((await getActorForUser(engine.db, id))?.name, '真');
  });

  it('throttles per IP across accounts', async () => {
    const engine = await open();
    const ctx = contextFor(engine);
    await createUser(ctx, { username: 'victim', displayName: 'v', password: PASSWORD, roles: ['system_admin'] });
    for (let i = 0; i < THROTTLE.perIp; i++) {
      await assert.rejects(authenticate(ctx, { username: `nobody${i}`, password: 'x', ip: '192.0.2.7' }));
    }
    await assert.rejects(authenticate(ctx, { username: 'victim', password: PASSWORD, ip: '192.0.2.7' }), (e: DomainError) => e.code === 'auth.throttled');
    assert.ok(await authenticate(ctx, { username: 'victim', password: PASSWORD, ip: '192.0.2.8' }));
  });

  it('lets an agency admin create staff of their own agency only, and see only their audit events', async () => {
    const engine = await open();
    const root = contextFor(engine);
    const a = await loadCatalog(root, goldenCatalog('000_16624d944bb0d70d'), { publish: true });
    const b = await loadCatalog(root, goldenCatalog('001_4d728002a9a631f9'), { publish: true });
    const { id } = await createUser(root, { username: 'zw-admin', displayName: '中卫管理员', password: PASSWORD, roles: ['agency_admin'], agencyId: a.agencyId });
    const agencyAdmin = contextFor(engine, (await getActorForUser(engine.db, id))!);
    await createUser(agencyAdmin, { username: 'zw-editor', displayName: '中卫填表人', password: PASSWORD, roles: ['editor'], agencyId: a.agencyId });
    await assert.rejects(createUser(agencyAdmin, { username: 'gy-editor', displayName: 'x', password: PASSWORD, roles: ['editor'], agencyId: b.agencyId }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(createUser(agencyAdmin, { username: 'boss', displayName: 'x', password: PASSWORD, roles: ['system_admin'] }), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(createUser(root, { username: 'short', displayName: 'x', password: 'short', roles: ['system_admin'] }), (e: DomainError) => e.issues[0]?.path === 'password');
    assert.deepEqual((await listUsers(agencyAdmin, { agencyId: a.agencyId })).map((u) => u.username), ['zw-admin', 'zw-editor']);
    const visible = await listAuditEvents(agencyAdmin, {});
    assert.ok(visible.total > 0);
    assert.ok(visible.events.every((e) => e.agencyId === a.agencyId));
    await assert.rejects(listAuditEvents(agencyAdmin, { agencyId: b.agencyId }), (e: DomainError) => e.code === 'forbidden');
  });
});
