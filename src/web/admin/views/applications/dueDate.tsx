import type { FC } from 'hono/jsx';
import type { DueTone } from '../../applications/registerPresenters.ts';

const TONE_TEXT: Record<Exclude<DueTone, null>, string> = { overdue: '已逾期', soon: '即将到期' };

/** A due date with 【暂定】 when the calendar of its year is not loaded, and its urgency in words as well as colour. */
export const DueDate: FC<{ dueOn: string | null; provisional: boolean; tone: DueTone; empty?: string }> = ({ dueOn, provisional, tone, empty }) =>
  dueOn ? (
    <span class={tone ? `due due-${tone}` : 'due'}>
      <span class="nowrap">{dueOn}</span>
      {provisional ? <span class="provisional">【暂定】</span> : null}
      {tone ? <span class="due-tag">{TONE_TEXT[tone]}</span> : null}
    </span>
  ) : (
    <span class="muted">{empty ?? '—'}</span>
  );
