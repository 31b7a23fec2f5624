import type { FC } from 'hono/jsx';
import type { Option } from '../userPresenters.ts';
import { describedBy, Field } from './formFields.tsx';

/** Role check boxes: value the role code, label its Chinese name. */
export const RoleCheckboxes: FC<{ options: Option[]; checked: readonly string[]; error?: string }> = ({ options, checked, error }) => (
  <fieldset class={error ? 'checkbox-group has-error' : 'checkbox-group'} aria-describedby={error ? 'roles-error' : undefined}>
    <legend>角色</legend>
    {error ? <p id="roles-error" class="field-error">{error}</p> : null}
    {options.map((option) => (
      <div class="checkbox">
        <input type="checkbox" id={`roles-${option.value}`} name="roles" value={option.value} checked={checked.includes(option.value)} />
        <label for={`roles-${option.value}`}>{option.label}</label>
      </div>
    ))}
  </fieldset>
);

/** A labelled drop-down; `empty` is the label of the "none" choice, if there is one. */
export const SelectField: FC<{ name: string; label: string; options: Option[]; value: string; empty?: string; error?: string; hint?: string }> = (props) => (
  <Field name={props.name} label={props.label} error={props.error} hint={props.hint}>
    <select id={props.name} name={props.name} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy(props.name, props.error, props.hint)}>
      {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
      {props.options.map((option) => (
        <option value={option.value} selected={option.value === props.value}>{option.label}</option>
      ))}
    </select>
  </Field>
);

/** A password box (never pre-filled). */
export const PasswordField: FC<{ name: string; label: string; error?: string; hint?: string; autocomplete: string }> = (props) => (
  <Field name={props.name} label={props.label} error={props.error} hint={props.hint}>
    <input
      id={props.name}
      name={props.name}
      type="password"
      autocomplete={props.autocomplete}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={describedBy(props.name, props.error, props.hint)}
    />
  </Field>
);

export const CsrfField: FC<{ token: string }> = ({ token }) => <input type="hidden" name="_csrf" value={token} />;
