/**
 * R9: the annual report of year Y is published by 31 January of Y+1 (条例第四十九条: 每年1月31日前).
 * Pure: the caller passes today's date (China time) and the publication date, if any.
 */
import type { LocalDate } from '../shared/clock.ts';
import type { Finding } from './tables.ts';

export type DeadlineState = 'notDue' | 'reminder' | 'overdue' | 'onTime' | 'late';

export interface PublicationDeadline {
  dueOn: LocalDate;
  state: DeadlineState;
  /** Days from today to the due date (negative once overdue); null once published. */
  daysLeft: number | null;
  findings: Finding[];
}

const dayNumber = (date: LocalDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const chineseDate = (date: LocalDate) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

function finding(severity: Finding['severity'], message: string): Finding[] {
  return [{ rule: 'R9', severity, where: 'publishedOn', message }];
}

export function publicationDeadline(year: number, today: LocalDate, publishedOn: LocalDate | null): PublicationDeadline {
  const dueOn = `${year + 1}-01-31`;
  const due = chineseDate(dueOn);
  if (publishedOn !== null) {
    if (publishedOn <= dueOn) return { dueOn, state: 'onTime', daysLeft: null, findings: [] };
    const message = `${year}年度政府信息公开工作年度报告于${chineseDate(publishedOn)}发布，晚于${due}的法定期限（条例第四十九条）`;
    return { dueOn, state: 'late', daysLeft: null, findings: finding('error', message) };
  }
  const daysLeft = dayNumber(dueOn) - dayNumber(today);
  if (today < `${year + 1}-01-01`) return { dueOn, state: 'notDue', daysLeft, findings: [] };
  if (today <= dueOn) {
    const message = `${year}年度政府信息公开工作年度报告应于${due}前发布，还剩${daysLeft}天（条例第四十九条）`;
    return { dueOn, state: 'reminder', daysLeft, findings: finding('info', message) };
  }
  const message = `${year}年度政府信息公开工作年度报告尚未发布，已超过${due}的法定期限${-daysLeft}天（条例第四十九条）`;
  return { dueOn, state: 'overdue', daysLeft, findings: finding('error', message) };
}
