import { ValidationError } from '../../shared/errors.ts';

/**
 * The placeholders a letter template may use, each with the Chinese description shown next to
 * the template editor. A template naming anything else is refused (renderTemplate below), so a typo
 * never reaches an applicant as a literal 「{申请人名}」.
 */
export const PLACEHOLDERS = {
  申请人: '申请人姓名或者名称',
  受理编号: '申请的受理编号',
  收到申请日期: '本机关收到申请的日期（条例第三十一条）',
  申请内容: '申请公开的政府信息的名称、文号或者特征性描述',
  答复期限: '当前的答复期限',
  答复情形: '答复类型的具体情形（年报表三的行）',
  答复类型: '答复类型的简称',
  法律依据: '答复所依据的条款',
  答复理由: '不予公开（或者部分不予公开）的理由（条例第三十六条第（三）项）',
  提供的信息: '向申请人提供的政府信息及其形式',
  救济途径: '行政复议、行政诉讼的告知语',
  补正事项: '需要补正的全部事项（条例第三十条：一次性告知）',
  补正期限: '补正期限',
  延长天数: '延长的工作日数（条例第三十三条：最长20个工作日）',
  延长后期限: '延长后的答复期限',
  延期理由: '延长答复期限的理由',
  延迟答复期限: '条例第三十五条确定的延迟答复期限',
  第三方: '被征求意见的第三方',
  共同制作机关: '被征求意见的共同制作机关',
  收费标准: '适用的收费标准（按件计收或者按量计收）',
  金额: '应缴纳的信息处理费金额（元）',
  缴费期限: '缴费期限（收到通知次日起20个工作日）',
  缴费方式: '缴费方式',
  复议机关: '受理行政复议申请的机关',
  人民法院: '有管辖权的人民法院',
  机关名称: '作出文书的行政机关',
  日期: '成文日期',
  文号: '文书编号（审签时编定）',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export function isPlaceholderName(value: string): value is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, value);
}

/**
 * Filled only when the letter is printed: the number is assigned at 审签 and the date is the day
 * it is approved, so a draft keeps these placeholders in its body until then.
 */
export const LATE_PLACEHOLDERS: readonly PlaceholderName[] = ['文号', '日期', '机关名称'];

/** Values for a rendering; a missing value for a placeholder the template uses is refused. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** `{名称}` as written in templates. */
export const PLACEHOLDER_PATTERN = /\{([^{}\s]{1,20})\}/gu;

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
