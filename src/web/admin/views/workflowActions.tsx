import type { FC } from 'hono/jsx';
import type { AdminVersion } from '../presenters.ts';
import { SIGN_OFF_RULE } from '../../../domain/catalog/workflowSignOff.ts';
import { MIN_SUBMISSION_REASON } from '../../../domain/catalog/signOffNotes.ts';

export interface Abilities {
  edit: boolean;
  submit: boolean;
  review: boolean;
  approve: boolean;
  audit: boolean;
}

const Hidden: FC<{ csrfToken: string }> = ({ csrfToken }) => <input type="hidden" name="_csrf" value={csrfToken} />;

/** A decision with a 退回 option: the comment is required to return, optional to pass. */
const DecisionForms: FC<{ action: string; passValue: string; passLabel: string; csrfToken: string; role: string }> = ({
  action,
  passValue,
  passLabel,
  csrfToken,
  role,
}) => (
  <div class="decision">
    <form method="post" action={action} class="inline-form">
      <Hidden csrfToken={csrfToken} />
      <input type="hidden" name="decision" value={passValue} />
      <button type="submit" class="button button-primary" data-confirm={`确认${passLabel}？`}>
        {passLabel}
      </button>
    </form>
    <form method="post" action={action} class="form return-form">
      <Hidden csrfToken={csrfToken} />
      <input type="hidden" name="decision" value="return" />
      <div class="field">
        <label for={`${role}-comment`}>退回意见</label>
        <textarea id={`${role}-comment`} name="comment" rows={3} required></textarea>
      </div>
      <button type="submit" class="button button-danger">退回修改</button>
    </form>
  </div>
);

/** 提交复核; while lint finds errors, with the required reason (signOffNotes.ts) and a link to the findings. */
const SubmitForm: FC<{ action: string; csrfToken: string; lintErrors: number; submitError: { message: string; reason: string } | null }> = ({ action, csrfToken, lintErrors, submitError }) => (
  <form method="post" action={action} class={lintErrors > 0 ? 'form' : 'inline-form'}>
    <Hidden csrfToken={csrfToken} />
    {submitError ? (
      <p class="alert alert-error" role="alert">
        {submitError.message}
        {'。'}
        <a href="#findings-title">查看检查结果</a>
      </p>
    ) : null}
    {lintErrors > 0 ? (
      <div class="field">
        <label for="lint-reason">{`提交理由（本版本有${lintErrors}处检查错误，须写明理由，复核人和审签人会看到）`}</label>
        <textarea id="lint-reason" name="lintReason" rows={3} required minlength={MIN_SUBMISSION_REASON} aria-invalid={submitError ? 'true' : undefined}>
          {submitError?.reason ?? ''}
        </textarea>
      </div>
    ) : null}
    <button type="submit" class="button button-primary" data-confirm="提交后将不能再修改，确认提交复核？">
      提交复核
    </button>
  </form>
);

/**
 * What the viewer may do with this version now, as forms. Nothing is shown that the use case would refuse:
 * `signOffRefusal` says why the viewer, having already signed this version, may not sign it again.
 */
export const WorkflowActions: FC<{
  version: AdminVersion;
  abilities: Abilities;
  csrfToken: string;
  signOffRefusal: string | null;
  lintErrors: number;
  submitError: { message: string; reason: string } | null;
}> = ({ version, abilities, csrfToken, signOffRefusal, lintErrors, submitError }) => {
  const base = `/admin/versions/${version.id}`;
  const mayDecide = (version.status === 'submitted' && abilities.review) || (version.status === 'reviewed' && abilities.approve);
  if (mayDecide && signOffRefusal) return <p class="alert alert-warning" role="status">{`${signOffRefusal}。${SIGN_OFF_RULE}。`}</p>;
  if ((version.status === 'draft' || version.status === 'returned') && abilities.submit) {
    return <SubmitForm action={`${base}/submit`} csrfToken={csrfToken} lintErrors={lintErrors} submitError={submitError} />;
  }
  if (version.status === 'submitted' && abilities.review) {
    return <DecisionForms action={`${base}/review`} passValue="pass" passLabel="复核通过" csrfToken={csrfToken} role="review" />;
  }
  if (version.status === 'reviewed' && abilities.approve) {
    return <DecisionForms action={`${base}/approve`} passValue="approve" passLabel="审签发布" csrfToken={csrfToken} role="approve" />;
  }
  return <p class="hint">当前没有需要您处理的操作。</p>;
};
