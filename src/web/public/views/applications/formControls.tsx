import type { Child, FC } from 'hono/jsx';
import type { Choice } from '../../applicationForm.ts';

/** Ids that tie an input to its hint and its error message (read out by screen readers with the label). */
function describedBy(name: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const Messages: FC<{ name: string; error?: string; hint?: string }> = ({ name, error, hint }) => (
  <>
    {hint ? <p id={`${name}-hint`} class="hint">{hint}</p> : null}
    {error ? <p id={`${name}-error`} class="field-error">{error}</p> : null}
  </>
);

export interface InputProps {
  name: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'tel' | 'email';
  maxlength?: number;
  /** Extra attributes for codes (no spell check, capitals on phones). */
  code?: boolean;
}

/** A labelled one-line input; the message sits between the label and what was typed. */
export const Input: FC<InputProps> = (p) => (
  <div class={p.error ? 'field has-error' : 'field'}>
    <label for={p.name}>
      {p.label}
      {p.required ? <span class="required">（必填）</span> : <span class="optional">（选填）</span>}
    </label>
    <Messages name={p.name} error={p.error} hint={p.hint} />
    <input
      id={p.name}
      name={p.name}
      type={p.type ?? 'text'}
      value={p.value}
      autocomplete={p.autocomplete}
      inputmode={p.inputmode}
      maxlength={p.maxlength}
      autocapitalize={p.code ? 'characters' : undefined}
      aria-required={p.required ? 'true' : undefined}
      aria-invalid={p.error ? 'true' : undefined}
      aria-describedby={describedBy(p.name, p.error, p.hint)}
    />
  </div>
);

export const TextBox: FC<{ name: string; label: string; value: string; error?: string; hint?: string; maxlength?: number; rows?: number }> = (p) => (
  <div class={p.error ? 'field has-error' : 'field'}>
    <label for={p.name}>
      {p.label}
      <span class="required">（必填）</span>
    </label>
    <Messages name={p.name} error={p.error} hint={p.hint} />
    <textarea id={p.name} name={p.name} rows={p.rows ?? 6} maxlength={p.maxlength} aria-required="true" aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.error, p.hint)}>
      {p.value}
    </textarea>
  </div>
);

/** One radio button with a label large enough to tap. */
export const Radio: FC<{ name: string; choice: Choice; value: string }> = ({ name, choice, value }) => (
  <label class="choice" for={`${name}-${choice.value}`}>
    <input type="radio" id={`${name}-${choice.value}`} name={name} value={choice.value} checked={value === choice.value} />
    <span>{choice.label}</span>
  </label>
);

/** A fieldset of radio buttons with its legend, hint and error; `children` may add grouped choices. */
export const RadioGroup: FC<{ name: string; legend: string; choices: Choice[]; value: string; error?: string; hint?: string; children?: Child }> = (p) => (
  <fieldset class={p.error ? 'choice-group has-error' : 'choice-group'} aria-describedby={describedBy(p.name, p.error, p.hint)}>
    <legend>
      {p.legend}
      <span class="required">（必填）</span>
    </legend>
    <Messages name={p.name} error={p.error} hint={p.hint} />
    {p.choices.map((choice) => (
      <Radio name={p.name} choice={choice} value={p.value} />
    ))}
    {p.children}
  </fieldset>
);

export const Select: FC<{ name: string; label: string; choices: Choice[]; value: string; error?: string; hint?: string }> = (p) => (
  <div class={p.error ? 'field has-error' : 'field'}>
    <label for={p.name}>
      {p.label}
      <span class="required">（必填）</span>
    </label>
    <Messages name={p.name} error={p.error} hint={p.hint} />
    <select id={p.name} name={p.name} aria-invalid={p.error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.error, p.hint)}>
      {p.choices.map((choice) => (
        <option value={choice.value} selected={choice.value === p.value}>{choice.label}</option>
      ))}
    </select>
  </div>
);
