import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openTestDatabase } from '../helpers/databases.ts';
import { contextFor } from '../helpers/appContext.ts';
import { startAppProcess } from '../helpers/appProcess.ts';
import { startSmtpCatcher } from '../helpers/smtpCatcher.ts';
import { enqueueMessage } from '../../src/app/operations/enqueueMessage.ts';
import { findOutboxMessage } from '../../src/storage/repositories/outbox.repository.ts';
import { NOTICE } from './outboxFixtures.ts';

/**
 * The production path: `gongkai serve` configured by GONGKAI_SMTP_URL and GONGKAI_MAIL_FROM sends what
 * the outbox holds through its job runner, with no request involved.
 */
for (const name of ['sqlite', 'postgres'] as const) {
  describe(`gongkai serve delivers the outbox [${name}]`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('sends a queued notice to the configured SMTP server', async () => {
      const database = await openTestDatabase(name);
      cleanups.push(() => database.drop());
      const smtp = await startSmtpCatcher();
      cleanups.push(() => smtp.close());
      const { messageId } = await enqueueMessage(contextFor(database.engine), { ...NOTICE, subject: `告知 ${name}` });
      // The child process inherits the environment: the outbox settings reach its configuration.
      process.env.GONGKAI_SMTP_URL = smtp.url;
      process.env.GONGKAI_MAIL_FROM = '政务公开 <gongkai@example.gov.cn>';
      const server = await startAppProcess({ databaseUrl: database.url, sessionSecret: 'x'.repeat(40), dataDir: mkdtempSync(join(tmpdir(), 'gongkai-outbox-serve-')) });
      cleanups.push(() => server.stop());
      const [mail] = await smtp.waitFor(1, 60_000);
      assert.equal(mail!.subject, `告知 ${name}`);
      assert.deepEqual(mail!.to, [NOTICE.recipient]);
      assert.equal(mail!.text.trim(), NOTICE.body);
      await server.stop();
      const row = await findOutboxMessage(database.engine.db, messageId);
      assert.deepEqual([row?.status, row?.attempts], ['sent', 1]);
    });
  });
}
