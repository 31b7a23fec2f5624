import type { Child, FC } from 'hono/jsx';
import type { AdminDocumentView } from '../../../../app/documents/presentDocument.ts';
import { isDocumentEditable } from '../../../../domain/documents/workflow.ts';
import { SIGN_OFF_RULE } from '../../../../domain/catalog/workflowSignOff.ts';
import { chinaDateOf } from '../../../../domain/shared/clock.ts';

export interface DocumentAbilities {
  edit: boolean;
  submit: boolean;
  review: boolean;
  approve: boolean;
}

const Post: FC<{ action: string; csrf: string; class?: string; children?: Child }> = ({ action, csrf, children, ...rest }) => (
  <form method="post" action={action} class={rest.class ?? 'form action-form'}>
    <input type="hidden" name="_csrf" value={csrf} />
    {children}
  </form>
);

const Note: FC<{ id: string; name: string; label: string; required?: boolean }> = ({ id, name, label, required }) => (
  <div class="field">
    <label for={id}>{label}</label>
    <textarea id={id} name={name} rows={2} required={required}></textarea>
  </div>
);

const Refusal: FC<{ text: string }> = ({ text }) => <p class="alert alert-warning" role="status">{`${text}。${SIGN_OFF_RULE}。`}</p>;

/**
 * The buttons of the 填表人 → 复核人 (保密审查) → 审签人 steps that this actor may take now;
 * `signOffRefusal` replaces a decision the actor may not take because they already signed this round.
 */
export const WorkflowForms: FC<{ doc: AdminDocumentView; can: DocumentAbilities; csrf: string; signOffRefusal: string | null }> = ({ doc, can, csrf, signOffRefusal }) => {
  const base = `/admin/documents/${doc.id}`;
  const inReview = doc.status === 'submitted' || doc.status === 'reviewed';
  const live = doc.revision > 0 && doc.status !== 'withdrawn';
  return (
    <section class="actions-panel" aria-labelledby="workflow-title">
      <h2 id="workflow-title">办理</h2>
      {can.edit && isDocumentEditable(doc.status) ? <p><a class="button" href={`${base}/edit`}>修改文件</a></p> : null}
      {can.submit && (doc.status === 'draft' || doc.status === 'returned') ? (
        <Post action={`${base}/submit`} csrf={csrf} class="inline-form"><button type="submit" class="button button-primary" data-confirm="确认提交复核？">提交复核</button></Post>
      ) : null}
      {can.review && doc.status === 'submitted' ? (signOffRefusal ? <Refusal text={signOffRefusal} /> : (
        <div class="decision">
          <Post action={`${base}/review`} csrf={csrf} class="inline-form">
            <input type="hidden" name="decision" value="pass" />
            <button type="submit" class="button button-primary">复核通过</button>
          </Post>
          <Post action={`${base}/review`} csrf={csrf} class="form return-form">
            <input type="hidden" name="decision" value="return" />
            <Note id="review-comment" name="comment" label="退回意见" required />
            <button type="submit" class="button button-danger">复核退回</button>
          </Post>
        </div>
      )) : null}
      {(can.review || can.approve) && inReview ? (
        doc.secrecyReview ? (
          <p class="alert alert-success">保密审查已确认（{doc.secrecyReview.reviewerName}，{chinaDateOf(doc.secrecyReview.at)}）{doc.secrecyReview.note ? `：${doc.secrecyReview.note}` : ''}</p>
        ) : (
          <Post action={`${base}/secrecy`} csrf={csrf}>
            <Note id="secrecy-note" name="note" label="保密审查意见（条例第十七条）" />
            <button type="submit" class="button">确认不涉密</button>
          </Post>
        )
      ) : null}
      {can.approve && doc.status === 'reviewed' ? (signOffRefusal ? <Refusal text={signOffRefusal} /> : (
        <div class="decision">
          <Post action={`${base}/approve`} csrf={csrf}>
            <input type="hidden" name="decision" value="approve" />
            <div class="field">
              <label for="publishAt">定时发布（北京时间，留空为立即发布）</label>
              <input id="publishAt" name="publishAt" type="datetime-local" />
            </div>
            <div class="field">
              <label for="changeNote">修改说明（再次发布时填写）</label>
              <input id="changeNote" name="changeNote" type="text" />
            </div>
            <button type="submit" class="button button-primary" data-confirm="确认审签发布？">审签发布</button>
          </Post>
          <Post action={`${base}/approve`} csrf={csrf} class="form return-form">
            <input type="hidden" name="decision" value="return" />
            <Note id="approve-comment" name="comment" label="退回意见" required />
            <button type="submit" class="button button-danger">审签退回</button>
          </Post>
        </div>
      )) : null}
      {can.approve && live ? (
        <div class="decision">
          <Post action={`${base}/withdraw`} csrf={csrf}>
            <Note id="withdraw-reason" name="reason" label="撤回原因（公众页面显示）" required />
            <button type="submit" class="button button-danger" data-confirm="确认撤回？">撤回</button>
          </Post>
          <Post action={`${base}/repeal`} csrf={csrf}>
            <div class="field">
              <label for="repeal-validity">变更为</label>
              <select id="repeal-validity" name="validity"><option value="repealed">废止</option><option value="expired">失效</option></select>
            </div>
            <div class="field">
              <label for="repeal-on">废止（失效）日期</label>
              <input id="repeal-on" name="on" type="date" required />
            </div>
            <Note id="repeal-reason" name="reason" label="原因或依据（公众页面显示）" required />
            <button type="submit" class="button button-danger">废止 / 失效</button>
          </Post>
        </div>
      ) : null}
    </section>
  );
};
