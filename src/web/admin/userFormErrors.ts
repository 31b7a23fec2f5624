import { isDomainError, type DomainError } from '../../domain/shared/errors.ts';

/** Refusals a form shows next to its fields (400); anything else (403, 404, bugs) goes to the error page. */
export function isUserFormError(error: unknown): error is DomainError {
  return isDomainError(error) && (error.code === 'validation.failed' || error.code === 'conflict');
}

/** Messages by form field: each issue on its own field when the form has it, else on `fallback`. */
export function fieldErrorsOf(error: DomainError, formFields: readonly string[], fallback: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = formFields.includes(issue.path) ? issue.path : fallback;
    errors[field] ??= issue.message;
  }
  return Object.keys(errors).length ? errors : { [fallback]: error.message };
}

/** A form value as text; repeated fields (check boxes) as a list. */
export const formText = (value: unknown): string => (typeof value === 'string' ? value : '');
export const formList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);
