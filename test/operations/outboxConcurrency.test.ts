import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { startSmtpCatcher } from '../helpers/smtpCatcher.ts';
import { openDatabase, type Engine } from '../../src/storage/database.ts';
import { enqueueMessage } from '../../src/app/operations/enqueueMessage.ts';
import { deliverOutbox, type DeliveryReport } from '../../src/app/operations/deliverOutbox.ts';
import { smtpSender } from '../../src/app/operations/senders/smtpSender.ts';
import type { AppContext } from '../../src/app/context.ts';
import { MAIL_FROM, NOTICE } from './outboxFixtures.ts';

const MESSAGES = 24;

/** One delivery "process": runs until it finds nothing to claim, counting what it sent. */
async function drain(ctx: AppContext, smtpUrl: string): Promise<number> {
  const senders = { email: smtpSender(smtpUrl, MAIL_FROM) };
  let sent = 0;
  for (;;) {
    const report: DeliveryReport = await deliverOutbox(ctx, senders, { batchSize: 3 });
    sent += report.sent;
    if (report.sent + report.retrying + report.failed === 0) return sent;
  }
}

for (const name of ['sqlite', 'postgres'] as const) {
  describe(`outbox: two delivery runs at once [${name}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('send each message exactly once', async () => {
      const database = await openTestDatabase(name);
      cleanups.push(() => database.drop());
      // PostgreSQL: a second pool, as a second server process would have. SQLite has one writer per file,
      // and this process reaches it through one connection; both runs share it.
      let second: Engine = database.engine;
      if (name === 'postgres') {
        second = await openDatabase(database.url);
        cleanups.push(() => second.close());
      }
      const smtp = await startSmtpCatcher();
      cleanups.push(() => smtp.close());
      const clock = new TestClock();
      const first = contextFor(database.engine, undefined, clock);
      for (let i = 1; i <= MESSAGES; i += 1) await enqueueMessage(first, { ...NOTICE, subject: `提醒 第${i}号` });
      const counts = await Promise.all([drain(first, smtp.url), drain(contextFor(second, undefined, clock), smtp.url)]);
      assert.equal(counts[0] + counts[1], MESSAGES);
      const subjects = (await smtp.waitFor(MESSAGES)).map((m) => m.subject).sort();
      assert.equal(subjects.length, MESSAGES, 'no message arrived twice');
      assert.equal(new Set(subjects).size, MESSAGES);
      const rows = await database.engine.db.selectFrom('outbox').select(['status', 'attempts']).execute();
      assert.ok(rows.every((r) => r.status === 'sent' && Number(r.attempts) === 1), 'each claimed by one run, once');
    });
  });
}
