import type { Child, FC } from 'hono/jsx';

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
 */
export const ActionForm: FC<ActionFormProps> = (p) => {
  const refused = p.failed?.action === p.action ? p.failed : null;
  const id = `act-${p.action}`;
  return (
    <form method="post" action={`/admin/applications/${p.applicationId}/${p.path}`} class={refused ? 'form action-form case-action has-error' : 'form action-form case-action'} id={id} aria-labelledby={`${id}-title`}>
      <input type="hidden" name="_csrf" value={p.csrf} />
      <h3 id={`${id}-title`}>{p.title}</h3>
      {p.hint ? <p class="hint">{p.hint}</p> : null}
      {refused ? (
        <div class="alert alert-error" role="alert" id={`${id}-error`}>
          <p>{refused.message}</p>
          {refused.issues.filter((i) => i !== refused.message).map((i) => <p>{i}</p>)}
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
