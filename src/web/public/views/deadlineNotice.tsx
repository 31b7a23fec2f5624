import type { FC } from 'hono/jsx';
import type { PresentedDeadline } from '../deadline.ts';

/** The deadline block: the provisional warning first and prominent, the sentence, and the explanation in a <details>. */
export const DeadlineNotice: FC<{ deadline: PresentedDeadline }> = ({ deadline }) => (
  <section class="deadline" aria-labelledby="deadline-title">
    <h2 id="deadline-title">公开期限</h2>
    {deadline.warning ? (
      <p class="alert alert-warning" role="note">
        <strong>暂定：</strong>
        {deadline.warning}
      </p>
    ) : null}
    <p class={deadline.status === 'computed' ? 'deadline-text' : 'deadline-text deadline-unknown'}>{deadline.text}</p>
    {deadline.status === 'computed' ? <p class="hint">按今日（{deadline.today}）形成计算。</p> : null}
    {deadline.explanation.length > 0 ? (
      <details class="deadline-explanation">
        <summary>计算说明（跳过的节假日和计入的调休上班日）</summary>
        <ul>
          {deadline.explanation.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </details>
    ) : null}
  </section>
);
