import type { Child, FC } from 'hono/jsx';

export interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children?: Child;
}

/** Ids that tie an input to its hint and its error message. */
export function describedBy(name: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled field; the error message sits right under the label, next to what was typed. */
export const Field: FC<FieldProps> = ({ name, label, error, hint, children }) => (
  <div class={error ? 'field has-error' : 'field'}>
    <label for={name}>{label}</label>
    {hint ? <p id={`${name}-hint`} class="hint">{hint}</p> : null}
    {error ? (
      <p id={`${name}-error`} class="field-error">
        {error}
      </p>
    ) : null}
    {children}
  </div>
);

export const TextInput: FC<{ name: string; label: string; value: string; error?: string; hint?: string; required?: boolean }> = (props) => (
  <Field name={props.name} label={props.label} error={props.error} hint={props.hint}>
    <input
      id={props.name}
      name={props.name}
      type="text"
      value={props.value}
      required={props.required}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props.name, props.error, props.hint)}
    />
  </Field>
);

export const TextArea: FC<{ name: string; label: string; value: string; error?: string; hint?: string; rows?: number; required?: boolean }> = (props) => (
  <Field name={props.name} label={props.label} error={props.error} hint={props.hint}>
    <textarea
      id={props.name}
      name={props.name}
      rows={props.rows ?? 3}
      required={props.required}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props.name, props.error, props.hint)}
    >
      {props.value}
    </textarea>
  </Field>
);

/** A group of check boxes in a fieldset, with the group's error next to it. */
export const CheckboxGroup: FC<{
  name: string;
  legend: string;
  options: readonly string[];
  checked: readonly string[];
  error?: string;
  extra?: (option: string) => Child;
}> = ({ name, legend, options, checked, error, extra }) => (
  <fieldset class={error ? 'checkbox-group has-error' : 'checkbox-group'} aria-describedby={error ? `${name}-error` : undefined}>
    <legend>{legend}</legend>
    {error ? (
      <p id={`${name}-error`} class="field-error">
        {error}
      </p>
    ) : null}
    {options.map((option, index) => (
      <div class="checkbox">
        <input type="checkbox" id={`${name}-${index}`} name={name} value={option} checked={checked.includes(option)} />
        <label for={`${name}-${index}`}>{option}</label>
        {extra ? extra(option) : null}
      </div>
    ))}
  </fieldset>
);
