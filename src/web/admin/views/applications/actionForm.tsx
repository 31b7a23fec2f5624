import type { Child, FC } from 'hono/jsx';
import { FEE_METHOD_LABELS, FEE_METHODS } from '../../../../domain/applications/fees.ts';

/** The action that was just refused, with the domain's message and what was typed. */
export interface FailedAction {
  action: string;
  message: string;
  issues: string[];
  values: Record<string, string>;
}

export interface ActionFormProps {
  applicationId: string;
  action: string;
  /** Path under the case, e.g. `events/extended` or `confirm`. */
  path: string;
  title: string;
  hint?: string;
  csrf: string;
  failed: FailedAction | null;
  dateLabel?: string;
  today: string;
  button: string;
  danger?: boolean;
  /** name/value of the main button, when the route tells several buttons apart. */
  buttonStep?: string;
  /** Shown after the main button (e.g. the confirming button of a computed fee). */
  after?: Child;
  children?: Child;
}

/** What was typed into this form before it was refused, else the default. */
export const typed = (failed: FailedAction | null, action: string, name: string, fallback = ''): string =>
  failed && failed.action === action ? (failed.values[name] ?? fallback) : fallback;

/**
 * One small POST of the case page: a date (default today) plus its own fields. When the domain
 * refused it, its Chinese message sits at the top of this form and the typed values stay.
 * `novalidate`: the server's Chinese message is the one shown, not the browser's in its own language.
 */
export const ActionForm: FC<ActionFormProps> = (p) => {
  const refused = p.failed?.action === p.action ? p.failed : null;
  const id = `act-${p.action}`;
  return (
    <form method="post" novalidate action={`/admin/applications/${p.applicationId}/${p.path}`} class={refused ? 'form action-form case-action case-action-refused' : 'form action-form case-action'} id={id} aria-labelledby={`${id}-title`}>
      <input type="hidden" name="_csrf" value={p.csrf} />
      <h3 id={`${id}-title`}>{p.title}</h3>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      {refused ? (
        <div class="alert alert-error" role="alert" id={`${id}-error`}>
          <p>{refused.message}</p>
          {refused.issues.map((i) => <p>{i}</p>)}
        </div>
      ) : null}
      <div class="field">
        <label for={`${id}-on`}>{p.dateLabel ?? '日期'}</label>
        <input id={`${id}-on`} name="on" type="date" value={typed(p.failed, p.action, 'on', p.today)} max={p.today} required />
      </div>
      {p.children}
      <div class="form-actions">
        <button type="submit" name={p.buttonStep ? 'step' : undefined} value={p.buttonStep} class={p.danger ? 'button button-danger' : p.after ? 'button' : 'button button-primary'}>{p.button}</button>
        {p.after}
      </div>
    </form>
  );
};

/** A labelled input inside an action form (ids prefixed by the action, so forms never clash). */
export const ActionInput: FC<{ action: string; name: string; label: string; value: string; type?: string; hint?: string; required?: boolean; min?: number; max?: number }> = (p) => (
  <div class="field">
    <label for={`act-${p.action}-${p.name}`}>{p.label}</label>
    {p.hint ? <p class="hint" id={`act-${p.action}-${p.name}-hint`}>{p.hint}</p> : null}
    <input id={`act-${p.action}-${p.name}`} name={p.name} type={p.type ?? 'text'} value={p.value} required={p.required} min={p.min} max={p.max}
      aria-describedby={p.hint ? `act-${p.action}-${p.name}-hint` : undefined} class={p.type === 'number' ? 'short-number' : undefined} />
  </div>
);

export const ActionNote: FC<{ action: string; label: string; value: string; required?: boolean; rows?: number }> = (p) => (
  <div class="field">
    <label for={`act-${p.action}-note`}>{p.label}</label>
    <textarea id={`act-${p.action}-note`} name="note" rows={p.rows ?? 2} required={p.required}>{p.value}</textarea>
  </div>
);

/** The fee computed from the form (fees.ts), shown before it is recorded. */
export interface FeePreview {
  methodLabel: string;
  amountYuan: number;
  amountText: string;
  breakdown: string[];
  values: Record<string, string>;
}

export interface FeeFormState {
  /** 按件计收: the applicant's earlier applications this month in this agency's register, when recognisable. */
  alreadyThisMonth: number | null;
  preview: FeePreview | null;
}

/**
 * 收费通知 (条例第四十二条; 国办函〔2020〕109号): choose 按件 or 按量, compute the amount with its
 * breakdown, then record the notice with that amount. Two steps, so nothing is recorded unseen.
 */
export const FeeForm: FC<{ applicationId: string; csrf: string; today: string; failed: FailedAction | null; fee: FeeFormState }> = ({ applicationId, csrf, today, failed, fee }) => {
  const preview = fee.preview;
  const value = (name: string, fallback: string) => preview?.values[name] ?? typed(failed, 'feeNotified', name, fallback);
  const method = value('method', 'perPage');
  const shownFailed = preview ? null : failed;
  const record = preview && preview.amountYuan > 0 ? (
    <button type="submit" name="step" value="record" class="button button-primary">记录收费通知（{preview.amountText}）</button>
  ) : null;
  return (
    <ActionForm applicationId={applicationId} action="feeNotified" path="fee" title="收费通知" dateLabel="通知日期" button={preview ? '重新计算' : '计算金额'} buttonStep="preview"
      csrf={csrf} today={preview?.values.on ?? today} failed={shownFailed} after={record}
      hint="每件申请只能选择按件计收或按量计收其中一种（办法第三条）。先计算金额，核对明细后再记录。">
      <fieldset class="radio-group">
        <legend>计收方式</legend>
        {FEE_METHODS.map((m) => (
          <div class="checkbox">
            <input type="radio" id={`fee-method-${m}`} name="method" value={m} checked={method === m} />
            <label for={`fee-method-${m}`}>{FEE_METHOD_LABELS[m]}</label>
          </div>
        ))}
      </fieldset>
      <ActionInput action="feeNotified" name="pages" label="按量计收：页数" type="number" min={1} value={value('pages', '')} hint="30页以下（含）不收费" />
      <ActionInput action="feeNotified" name="alreadyThisMonth" label="按件计收：该申请人本月此前已申请件数" type="number" min={0}
        value={value('alreadyThisMonth', fee.alreadyThisMonth === null ? '' : String(fee.alreadyThisMonth))}
        hint={fee.alreadyThisMonth === null ? '无法从台账识别该申请人，请核实后填写' : `按本单位台账统计为${fee.alreadyThisMonth}件；一个自然月内累计10件以下（含）不收费`} />
      {preview ? (
        <div class="fee-preview" role="status" aria-live="polite">
          <p><strong>{preview.methodLabel}：应收 {preview.amountText}</strong></p>
          {preview.breakdown.length ? <ul>{preview.breakdown.map((line) => <li>{line}</li>)}</ul> : <p>不收费：无需发出收费通知。</p>}
        </div>
      ) : null}
    </ActionForm>
  );
};
