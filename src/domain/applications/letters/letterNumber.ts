import { ValidationError } from '../../shared/errors.ts';

/**
 * The number of a letter in the agency's series: prefix, year in 六角括号 and serial, as
 * 《党政机关公文格式》（GB/T 9704-2012）7.2.4 writes a 发文字号 — e.g. 中卫医保依公〔2026〕3号.
 * Serials start at 1 each year, are assigned when the letter is approved and never reused.
 */
export function formatLetterNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}

const PREFIX_PATTERN = /^[\p{Script=Han}A-Za-z0-9]{1,20}$/u;

/** Problems with a letter prefix typed in the back office, or null. */
export function letterPrefixProblem(prefix: string): string | null {
  const trimmed = prefix.trim();
  if (trimmed === '') return '文号前缀不能为空（例如“中卫医保依公”）';
  if (!PREFIX_PATTERN.test(trimmed)) return '文号前缀只能由汉字、字母和数字组成，不超过20个字，年份和“号”由系统添加';
  return null;
}

export function assertLetterPrefix(prefix: string): string {
  const problem = letterPrefixProblem(prefix);
  if (problem) throw new ValidationError(problem, [{ path: 'prefix', message: problem }]);
  return prefix.trim();
}

/** A prefix for an agency that has not chosen one: its short name and 依公 (依申请公开). */
export function defaultLetterPrefix(agencyName: string): string {
  const han = [...agencyName].filter((char) => /\p{Script=Han}/u.test(char)).join('');
  const short = han.replace(/(人民政府|医疗保障局)$/u, (suffix) => (suffix === '医疗保障局' ? '医保' : '政'));
  return `${short.slice(0, 14) || '本机关'}依公`;
}
