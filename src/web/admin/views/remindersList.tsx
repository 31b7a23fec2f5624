import type { FC } from 'hono/jsx';
import type { Reminder } from '../../../app/operations/listReminders.ts';

/** 公开时限提醒 on the 工作台: recorded by the deadline-reminders job (src/app/operations/recordReminders.ts). */
export const RemindersList: FC<{ reminders: Reminder[] }> = ({ reminders }) =>
  reminders.length === 0 ? null : (
    <section class="reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">公开时限提醒</h2>
      <ul>
        {reminders.map((r) => (
          <li>
            <span class={r.kind === 'overdue' ? 'status status-overdue' : 'status'}>{r.kind === 'overdue' ? '已超期' : '即将到期'}</span>{' '}
            <a href={`/admin/documents/${r.documentId}`}>{r.title}</a>
            <span class="muted">（公开时限 {r.dueDate}）</span>
          </li>
        ))}
      </ul>
    </section>
  );
