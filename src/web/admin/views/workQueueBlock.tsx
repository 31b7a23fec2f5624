import type { FC } from 'hono/jsx';
import type { WorkQueue } from '../../../app/supervision/workQueue.ts';
import type { WorkQueueLine, WorkQueueTone } from '../../../domain/supervision/workQueue.ts';

const TONES: Record<WorkQueueTone, { label: string; className: string }> = {
  overdue: { label: '已逾期', className: 'status status-overdue' },
  due: { label: '待办', className: 'status status-submitted' },
  notice: { label: '提示', className: 'status status-draft' },
};

const chineseDate = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

function dateNote(line: WorkQueueLine): string {
  if (line.dueOn) return `期限 ${chineseDate(line.dueOn)}`;
  if (line.since) return `自 ${chineseDate(line.since)} 起`;
  return '';
}

/**
 * 我的待办 (issue 11): the first block of the 工作台 — the signed-in person's work queue by kind, each line a
 * plain link to the page where it is done (no script needed), with its deadline or age.
 */
export const WorkQueueBlock: FC<{ queue: WorkQueue }> = ({ queue }) => (
  <section class="reminders work-queue" aria-labelledby="work-queue-title">
    <h2 id="work-queue-title">我的待办{queue.lines.length ? `（${queue.lines.length} 项）` : ''}</h2>
    {queue.groups.length === 0 ? (
      <p class="empty">目前没有需要您办理的事项。</p>
    ) : (
      queue.groups.map((group) => (
        <>
          <h3 id={`work-queue-${group.kind}`}>{group.label}</h3>
          <ul aria-labelledby={`work-queue-${group.kind}`}>
            {group.lines.map((line) => (
              <li>
                <span class={TONES[line.tone].className}>{TONES[line.tone].label}</span> <a href={line.href}>{line.title}</a>
                <span class="muted"> · {line.agencyName}{dateNote(line) ? ` · ${dateNote(line)}` : ''}</span>
              </li>
            ))}
          </ul>
        </>
      ))
    )}
  </section>
);
