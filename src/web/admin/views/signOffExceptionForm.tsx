import type { FC } from 'hono/jsx';
import { MIN_SUBMISSION_REASON, type OnePersonException } from '../../../domain/catalog/signOffNotes.ts';
import { chinaDateOf } from '../../../domain/shared/clock.ts';
import { SIGN_OFF_RULE } from '../../../domain/catalog/workflowSignOff.ts';

export interface SignOffExceptionProps {
  agencyId: string;
  csrfToken: string;
  current: OnePersonException | null;
  /** A refused switch: the message and the reason as typed. */
  error: { message: string; reason: string } | null;
}

/** The agency admin's switch for the one-person exception (setOnePersonException), with its required reason. */
export const SignOffExceptionForm: FC<SignOffExceptionProps> = ({ agencyId, csrfToken, current, error }) => (
  <section aria-labelledby="sign-off-exception-title" class="actions-panel">
    <h2 id="sign-off-exception-title">单人单位签批例外</h2>
    <p class="hint">{`默认规则：${SIGN_OFF_RULE}。工作人员不足三人的单位可开启例外，允许同一人担任其中两项或三项；开启和关闭都记入操作日志，按例外签批的版本在版本记录中注明。`}</p>
    <p role="status">{current ? `当前状态：已开启（理由：${current.reason}，由${current.enabledBy}于${chinaDateOf(current.enabledAt)}开启）。` : '当前状态：未开启（三人签批）。'}</p>
    <form method="post" action={`/admin/agencies/${agencyId}/sign-off-exception`} class="form">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <input type="hidden" name="enabled" value={current ? 'off' : 'on'} />
      {error ? <p class="alert alert-error" role="alert">{error.message}</p> : null}
      <div class="field">
        <label for="exception-reason">{current ? '关闭理由（可不填）' : `开启理由（不少于${MIN_SUBMISSION_REASON}个字）`}</label>
        <textarea id="exception-reason" name="reason" rows={2} required={!current} aria-invalid={error ? 'true' : undefined}>
          {error?.reason ?? ''}
        </textarea>
      </div>
      <button type="submit" class={current ? 'button' : 'button button-danger'}>{current ? '关闭例外，恢复三人签批' : '开启单人单位例外'}</button>
    </form>
  </section>
);
