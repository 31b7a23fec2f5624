import { publishDueDocuments } from '../documents/publishDueDocuments.ts';
import { sweepUnreferencedAttachments } from '../documents/sweepUnreferencedAttachments.ts';
import { optimizeSearchIndex } from '../../storage/dialect/searchMaintenance.ts';
import { MINUTE_MS, type JobDefinition } from './job.ts';
import { purgeExpiredRecords } from './purgeExpiredRecords.ts';
import { recordReminders } from './recordReminders.ts';
import { queueApplicationReminders } from '../applications/queueApplicationReminders.ts';
import { queueReportReminders } from '../reports/queueReportReminders.ts';
import { queueWeeklySummaries } from '../supervision/queueWeeklySummaries.ts';
import { refreshStaleSupervisionSnapshots } from '../supervision/refreshSupervisionSnapshots.ts';
import { deliverOutbox } from './deliverOutbox.ts';
import { sendersFromConfig } from './senders/configuredSenders.ts';
import { appConfig } from '../../config/config.ts';

/** 定时发布: publish scheduled documents whose 发布时间 has come (each in its own transaction, audited). */
export const PUBLISH_SCHEDULED_JOB: JobDefinition = {
  name: 'publish-scheduled',
  label: '定时发布到期文件',
  intervalMs: MINUTE_MS,
  async run(ctx) {
    const { published, held } = await publishDueDocuments(ctx);
    if (!published.length && !held.length) return null;
    return `发布 ${published.length} 件，暂缓 ${held.length} 件${held.length ? `（${held.map((h) => h.reason).join('；')}）` : ''}`;
  },
};

export const PURGE_EXPIRED_JOB: JobDefinition = {
  name: 'purge-expired',
  label: '清理过期会话和登录失败记录',
  intervalMs: 30 * MINUTE_MS,
  async run(ctx) {
    const { sessions, loginFailures } = await purgeExpiredRecords(ctx);
    return sessions + loginFailures ? `会话 ${sessions} 个、登录失败记录 ${loginFailures} 条` : null;
  },
};

export const OPTIMIZE_SEARCH_JOB: JobDefinition = {
  name: 'optimize-search',
  label: '整理全文检索索引',
  intervalMs: 24 * 60 * MINUTE_MS,
  async run(ctx) {
    await optimizeSearchIndex(ctx.db);
    return null;
  },
};

export const DEADLINE_REMINDERS_JOB: JobDefinition = {
  name: 'deadline-reminders',
  label: '公开时限到期提醒',
  intervalMs: 60 * MINUTE_MS,
  async run(ctx) {
    const created = await recordReminders(ctx);
    return created ? `新提醒 ${created} 条` : null;
  },
};

/** 依申请公开: a daily e-mail to each disclosure office listing applications due within 3 working days or overdue. */
export const APPLICATION_REMINDERS_JOB: JobDefinition = {
  name: 'application-reminders',
  label: '依申请公开答复期限提醒',
  intervalMs: 60 * MINUTE_MS,
  async run(ctx) {
    const queued = await queueApplicationReminders(ctx);
    return queued ? `待办提醒 ${queued} 封` : null;
  },
};

/** 年报 (R9, 条例第四十九条): from 1 January, a reminder to each agency whose last year's report is not yet published. */
export const REPORT_REMINDERS_JOB: JobDefinition = {
  name: 'report-reminders',
  label: '政府信息公开工作年度报告发布提醒',
  intervalMs: 60 * MINUTE_MS,
  async run(ctx) {
    const queued = await queueReportReminders(ctx);
    return queued ? `年报提醒 ${queued} 封` : null;
  },
};

/** 工作台待办: once per ISO week, each officer with an e-mail address gets their work queue (queueWeeklySummaries.ts). */
export const WEEKLY_SUMMARY_JOB: JobDefinition = {
  name: 'weekly-summaries',
  label: '每周待办汇总邮件',
  intervalMs: 60 * MINUTE_MS,
  async run(ctx) {
    const queued = await queueWeeklySummaries(ctx, { origin: appConfig().publicOrigins[0] ?? null });
    return queued ? `待办汇总 ${queued} 封` : null;
  },
};

/** 监督: each agency's line of the region view recomputed when older than an hour (refreshSupervisionSnapshots.ts). */
export const SUPERVISION_SNAPSHOTS_JOB: JobDefinition = {
  name: 'supervision-snapshots',
  label: '更新各单位政务公开监督数据',
  intervalMs: 15 * MINUTE_MS,
  async run(ctx) {
    const hourAgo = new Date(Date.parse(ctx.clock.now()) - 60 * MINUTE_MS).toISOString();
    const refreshed = await refreshStaleSupervisionSnapshots(ctx, hourAgo);
    return refreshed ? `更新 ${refreshed} 个单位` : null;
  },
};

/** Removes stored attachment files that no row references (refused or failed uploads), after an hour's grace. */
export const SWEEP_ATTACHMENTS_JOB: JobDefinition = {
  name: 'sweep-attachments',
  label: '清理无引用的附件文件',
  intervalMs: 24 * 60 * MINUTE_MS,
  async run(ctx) {
    const { deleted, scanned } = await sweepUnreferencedAttachments(ctx);
    return deleted.length ? `检查 ${scanned} 个文件，删除 ${deleted.length} 个` : null;
  },
};

/** 发件箱: send the notices and reminders waiting in the outbox, retrying failures (deliverOutbox.ts). */
export const DELIVER_OUTBOX_JOB: JobDefinition = {
  name: 'deliver-outbox',
  label: '发送发件箱中的通知和提醒',
  intervalMs: MINUTE_MS / 2,
  async run(ctx, { log }) {
    const senders = sendersFromConfig(appConfig(), log);
    try {
      const { sent, retrying, failed } = await deliverOutbox(ctx, senders, { log });
      return sent + retrying + failed ? `发送 ${sent} 条，待重试 ${retrying} 条，失败 ${failed} 条` : null;
    } finally {
      for (const sender of Object.values(senders)) sender.close?.();
    }
  },
};

/** Every job a `gongkai serve` process runs and `gongkai jobs` lists: add new jobs to this list. */
export function scheduledJobs(): JobDefinition[] {
  return [PUBLISH_SCHEDULED_JOB, PURGE_EXPIRED_JOB, OPTIMIZE_SEARCH_JOB, DEADLINE_REMINDERS_JOB, APPLICATION_REMINDERS_JOB, REPORT_REMINDERS_JOB, WEEKLY_SUMMARY_JOB, SUPERVISION_SNAPSHOTS_JOB, SWEEP_ATTACHMENTS_JOB, DELIVER_OUTBOX_JOB];
}
