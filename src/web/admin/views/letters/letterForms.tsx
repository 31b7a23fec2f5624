import type { Child, FC } from 'hono/jsx';
import { SIGN_OFF_RULE } from '../../../../domain/catalog/workflowSignOff.ts';
import { isLetterEditable, type LetterStatus } from '../../../../domain/applications/letters/index.ts';

/** What the viewer may do with letters of this agency (roles.ts). */
export interface LetterAbilities {
  prepare: boolean;
  review: boolean;
  approve: boolean;
}

export const Post: FC<{ action: string; csrf: string; class?: string; enctype?: 'multipart/form-data'; children?: Child }> = ({ action, csrf, children, ...rest }) => (
  <form method="post" action={action} class={rest.class ?? 'form action-form'} enctype={rest.enctype}>
    <input type="hidden" name="_csrf" value={csrf} />
    {children}
  </form>
);

const Comment: FC<{ id: string }> = ({ id }) => (
  <div class="field">
    <label for={id}>退回意见</label>
    <textarea id={id} name="comment" rows={2} required></textarea>
  </div>
);

const Decision: FC<{ action: string; csrf: string; pass: string; passValue: string; returnLabel: string; id: string }> = ({ action, csrf, pass, passValue, returnLabel, id }) => (
  <div class="decision">
    <Post action={action} csrf={csrf} class="inline-form">
      <input type="hidden" name="decision" value={passValue} />
      <button type="submit" class="button button-primary">{pass}</button>
    </Post>
    <Post action={action} csrf={csrf} class="form return-form">
      <input type="hidden" name="decision" value="return" />
      <Comment id={id} />
      <button type="submit" class="button button-danger">{returnLabel}</button>
    </Post>
  </div>
);

/**
 * The sign-off buttons the viewer may press now: 提交复核 (填表人), 复核 (复核人), 审签 (审签人, gives the
 * number), 送达 (records the date sent). A step the viewer already signed in this round shows why not.
 */
export const LetterWorkflow: FC<{ base: string; status: LetterStatus; can: LetterAbilities; csrf: string; refusal: string | null; today: string }> = ({ base, status, can, csrf, refusal, today }) => (
  <section class="actions-panel" aria-labelledby="letter-workflow">
    <h2 id="letter-workflow">办理</h2>
    <p class="hint">{SIGN_OFF_RULE}；文号在审签时自动编定，编定后不再改变。</p>
    {can.prepare && isLetterEditable(status) ? (
      <Post action={`${base}/submit`} csrf={csrf} class="inline-form"><button type="submit" class="button button-primary">提交复核</button></Post>
    ) : null}
    {refusal && ((status === 'submitted' && can.review) || (status === 'reviewed' && can.approve)) ? <p class="alert alert-warning" role="status">{`${refusal}。`}</p> : null}
    {!refusal && status === 'submitted' && can.review ? <Decision action={`${base}/review`} csrf={csrf} pass="复核通过" passValue="pass" returnLabel="复核退回" id="review-comment" /> : null}
    {!refusal && status === 'reviewed' && can.approve ? <Decision action={`${base}/approve`} csrf={csrf} pass="审签并编号" passValue="approve" returnLabel="审签退回" id="approve-comment" /> : null}
    {status === 'approved' && can.prepare ? (
      <Post action={`${base}/send`} csrf={csrf} class="form">
        <div class="field">
          <label for="sentOn">送达日期</label>
          <input id="sentOn" name="sentOn" type="date" value={today} max={today} required />
        </div>
        <button type="submit" class="button button-primary">记录已送达</button>
      </Post>
    ) : null}
  </section>
);

/** The edit form of a draft: title, addressee and body (one paragraph per line). */
export const LetterEditForm: FC<{ base: string; csrf: string; values: { title: string; addressee: string; body: string }; errors: Record<string, string> }> = ({ base, csrf, values, errors }) => (
  <Post action={`${base}/edit`} csrf={csrf} class="form">
    <h2>修改草稿</h2>
    <p class="hint">每行一段；正文中只可保留 {'{文号}'}、{'{日期}'}、{'{机关名称}'}，审签时自动填写。</p>
    {(['title', 'addressee', 'body'] as const).map((name) => (
      <div class={errors[name] ? 'field has-error' : 'field'}>
        <label for={`letter-${name}`}>{name === 'title' ? '标题' : name === 'addressee' ? '称谓' : '正文'}</label>
        {errors[name] ? <p class="field-error">{errors[name]}</p> : null}
        {name === 'body' ? (
          <textarea id={`letter-${name}`} name={name} rows={16}>{values[name]}</textarea>
        ) : (
          <input id={`letter-${name}`} name={name} type="text" value={values[name]} />
        )}
      </div>
    ))}
    <button type="submit" class="button">保存草稿</button>
  </Post>
);
