import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { openDatabase, type Engine } from '../../src/storage/database.ts';
import { enqueueMessage } from '../../src/app/operations/enqueueMessage.ts';
import { claimDueMessages } from '../../src/storage/repositories/outbox.repository.ts';
import { sql } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import { NOTICE } from '../operations/outboxFixtures.ts';

const NOW = '2026-03-02T02:00:00.000Z';
/** PostgreSQL: wait until some statement waits on a row lock (the second claim blocked behind the first), up to 10 s. */
async function untilBlocked(engine: Engine): Promise<boolean> {
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from pg_stat_activity where wait_event_type = 'Lock'`.execute(engine.db);
    if (Number(rows[0]?.n) > 0) return true;
    await sleep(50);
  }
  return false;
}

const claim = (db: Engine['db'], limit: number) => claimDueMessages(db, { now: NOW, leaseUntil: '2026-03-02T02:10:00.000Z', channels: ['email'], limit });

for (const name of ['sqlite', 'postgres'] as const) {
  describe(`outbox claim under contention [${name}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('a claim that waits on another’s uncommitted claim takes the other messages, never the same ones', async () => {
      const database = await openTestDatabase(name);
      cleanups.push(() => database.drop());
      // PostgreSQL: a second pool, as a second server process has; SQLite: the one connection, which serialises writers.
      let other: Engine = database.engine;
      if (name === 'postgres') {
        other = await openDatabase(database.url);
        cleanups.push(() => other.close());
        await other.ping();
      }
      const system = contextFor(database.engine);
      for (let i = 1; i <= 6; i += 1) await enqueueMessage(system, { ...NOTICE, subject: `第${i}号` });

      const first = await database.engine.db.startTransaction().execute();
      const mine = await claim(first, 3);
      const theirs = claim(other.db, 3);
      if (name === 'postgres') assert.ok(await untilBlocked(database.engine), 'the second claim waits on the first one’s rows');
      await first.commit().execute();
      const taken = await theirs;

      assert.equal(mine.length, 3);
      assert.equal(taken.length, 3, 'the waiting claim tried again and found the messages left');
      assert.deepEqual(mine.map((m) => m.id).filter((id) => taken.some((t) => t.id === id)), [], 'no message claimed twice');
      assert.deepEqual(await claim(database.engine.db, 3), [], 'all six are held');
      const attempts = await database.engine.db.selectFrom('outbox').select('attempts').execute();
      assert.ok(attempts.every((row) => Number(row.attempts) === 1));
    });

    it('a crashed sender’s lease expires and the message is claimed again', async () => {
      const database = await openTestDatabase(name);
      cleanups.push(() => database.drop());
      await enqueueMessage(contextFor(database.engine), NOTICE);
      const [held] = await claim(database.engine.db, 1);
      assert.equal(held?.status, 'sending');
      assert.deepEqual(await claim(database.engine.db, 1), [], 'held while the lease runs');
      const later = await claimDueMessages(database.engine.db, { now: '2026-03-02T02:10:00.001Z', leaseUntil: '2026-03-02T02:20:00.000Z', channels: ['email'], limit: 1 });
      assert.deepEqual(later.map((m) => [m.id, m.attempts]), [[held!.id, 2]]);
    });
  });
}
