import type { FC } from 'hono/jsx';
import type { AgencyReports } from '../../../../app/reports/listAnnualReports.ts';
import { deadlineText } from './reportPresenters.ts';

/** R9 on the 工作台: from 1 January, the agencies whose last year's report is not yet published (条例第四十九条). */
export const ReportDeadlineBlock: FC<{ agencies: readonly AgencyReports[] }> = ({ agencies }) => {
  const due = agencies.filter((a) => a.deadline.state === 'reminder' || a.deadline.state === 'overdue');
  return due.length === 0 ? null : (
    <section class="reminders" aria-labelledby="report-deadline-title">
      <h2 id="report-deadline-title">年度报告发布提醒</h2>
      <ul>
        {due.map((a) => (
          <li>
            <span class={a.deadline.state === 'overdue' ? 'status status-overdue' : 'status'}>{a.deadline.state === 'overdue' ? '已逾期' : '即将到期'}</span>{' '}
            {a.agencyName}：{deadlineText(a.dueYear, a.deadline)} <a href="/admin/reports">办理<span class="visually-hidden">{a.agencyName}年度报告</span></a>
          </li>
        ))}
      </ul>
    </section>
  );
};
