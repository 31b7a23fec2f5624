/** Shared pieces of the outbox tests: a system context on a fixed clock, messages to queue, and reading rows back. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/storage/database.ts';
import { contextFor, TestClock } from '../helpers/appContext.ts';
import { enqueueMessage, type EnqueueMessageInput } from '../../src/app/operations/enqueueMessage.ts';
import { findOutboxMessage } from '../../src/storage/repositories/outbox.repository.ts';
import { diskAttachmentStore } from '../../src/storage/files/diskAttachmentStore.ts';

export const MAIL_FROM = '政务公开 <gongkai@example.gov.cn>';

export const NOTICE: EnqueueMessageInput = {
  agencyId: null,
  about: { type: 'application', id: 'app-1' },
  channel: 'email',
  recipient: 'zhang.san@example.cn',
  subject: '补正告知书（〔2026〕3号）',
  body: '张三：\n您于2026年3月2日提出的政府信息公开申请内容不明确，请于15个工作日内补正。\n固原市医疗保障局',
};

export function outboxWorld(engine: Engine) {
  const clock = new TestClock('2026-03-02T02:00:00.000Z');
  const system = contextFor(engine, undefined, clock);
  const files = diskAttachmentStore(mkdtempSync(join(tmpdir(), 'gongkai-outbox-files-')));
  return {
    engine, clock, system, files,
    enqueue: (input: Partial<EnqueueMessageInput> = {}) => enqueueMessage(system, { ...NOTICE, ...input }),
    row: async (id: string) => (await findOutboxMessage(engine.db, id))!,
    count: async (table: 'outbox' | 'audit_events', action?: string) => {
      let query = engine.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
      if (action && table === 'audit_events') query = query.where('action', '=', action);
      return Number((await query.executeTakeFirstOrThrow()).n);
    },
  };
}
