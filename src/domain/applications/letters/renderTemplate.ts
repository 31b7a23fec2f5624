import { ValidationError } from '../../shared/errors.ts';
import { isPlaceholderName, PLACEHOLDER_PATTERN, type PlaceholderName, type PlaceholderValues } from './placeholders.ts';

/** Every `{名称}` in a text, in order of first appearance, known or not. */
export function placeholdersIn(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!);
  return [...new Set(names)];
}

/** The first placeholder of a text that is not in the vocabulary, or null. */
export function unknownPlaceholder(text: string): string | null {
  return placeholdersIn(text).find((name) => !isPlaceholderName(name)) ?? null;
}

/** Refuses a text naming a placeholder outside the vocabulary, naming it in the message. */
export function assertKnownPlaceholders(text: string, field: string): void {
  const unknown = unknownPlaceholder(text);
  if (unknown !== null) {
    const message = `${field}中有未知的占位符“{${unknown}}”，请改用模板说明中列出的占位符`;
    throw new ValidationError(message, [{ path: field, message }]);
  }
}

export interface RenderOptions {
  /** Placeholders left as written when no value is given (filled later, e.g. 文号 at approval). */
  keep?: readonly PlaceholderName[];
  /** The field name used in messages (e.g. 正文). */
  field?: string;
}

/**
 * Fills a template. Unknown placeholders are refused; a known placeholder without a value is refused
 * too (naming it), unless it is one the caller keeps for later. Values are inserted literally: a value
 * containing `{…}` is not rendered again.
 */
export function renderTemplate(text: string, values: PlaceholderValues, options: RenderOptions = {}): string {
  const field = options.field ?? '模板';
  assertKnownPlaceholders(text, field);
  const keep = new Set(options.keep ?? []);
  const missing = placeholdersIn(text).find((name) => {
    const value = values[name as PlaceholderName];
    return (value === undefined || value.trim() === '') && !keep.has(name as PlaceholderName);
  });
  if (missing !== undefined) {
    const message = `${field}中的占位符“{${missing}}”没有可填写的内容，请先补充该项或在草稿中改写这句话`;
    throw new ValidationError(message, [{ path: field, message }]);
  }
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    const value = values[name as PlaceholderName];
    return value === undefined || value.trim() === '' ? whole : value;
  });
}
