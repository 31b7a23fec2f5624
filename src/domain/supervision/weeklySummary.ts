/**
 * The weekly summary of one officer's work queue (issue 11 deliverable 5): plain Chinese text, one line per
 * queue line with its date and its address, sent once per ISO week (ISO 8601 weeks start on Monday).
 * Pure: the job (app/supervision/queueWeeklySummaries.ts) passes the queue, the date and the site's origin.
 */
import type { LocalDate } from '../shared/clock.ts';
import type { WorkQueueGroup, WorkQueueLine } from './workQueue.ts';

/** ISO 8601 week of a date: `2026-W49` (the week belongs to the year of its Thursday). */
export function isoWeekOf(date: LocalDate): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  const thursday = new Date(day.getTime() + (4 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const chineseDate = (date: LocalDate) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

function dateNote(line: WorkQueueLine): string {
  if (line.dueOn) return `（期限 ${chineseDate(line.dueOn)}${line.tone === 'overdue' ? '，已逾期' : ''}）`;
  if (line.since) return `（自 ${chineseDate(line.since)} 起）`;
  return line.tone === 'overdue' ? '（已逾期）' : '';
}

export interface WeeklySummaryText {
  subject: string;
  body: string;
}

/**
 * Subject and body: a greeting, each group with its lines (「· 单位：事项（期限…）」 and the link on the next line),
 * and how to stop the mail. `origin` (GONGKAI_PUBLIC_ORIGIN) makes the links absolute; without it they are paths.
 */
export function weeklySummaryText(input: { displayName: string; today: LocalDate; groups: readonly WorkQueueGroup[]; origin: string | null }): WeeklySummaryText {
  const count = input.groups.reduce((n, group) => n + group.lines.length, 0);
  const lines = [`${input.displayName}：`, `截至${chineseDate(input.today)}，您在政务公开平台有 ${count} 项待办：`];
  for (const group of input.groups) {
    lines.push('', `【${group.label}】`);
    for (const line of group.lines) lines.push(`· ${line.agencyName}：${line.title}${dateNote(line)}`, `  ${input.origin ?? ''}${line.href}`);
  }
  lines.push('', '本邮件每周发送一次，由系统自动生成；不再接收请联系单位管理员删除您账号中的电子邮件地址。');
  return { subject: `政务公开每周待办汇总（${chineseDate(input.today)}）：${count} 项`, body: lines.join('\n') };
}
