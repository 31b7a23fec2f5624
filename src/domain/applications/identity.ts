import { isValidIdNumber } from '../documents/personalData.ts';

export { isValidIdNumber };

/** GB 32100-2015 统一社会信用代码: 18 characters from this set (no I, O, Z, S, V). */
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: the 18th character is the MOD 31 check character of the first 17. */
export function isValidCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARSET.indexOf(code[i]!) * CREDIT_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CHARSET[check] === code[17];
}

/** The check a document number must pass, by its type; a message in Chinese or null. */
export function identityNumberProblem(idType: string, idNumber: string): string | null {
  const value = idNumber.trim();
  if (!value) return '请填写证件号码';
  if (value.length > 40) return '证件号码过长';
  if (idType === 'residentId' && !isValidIdNumber(value.toUpperCase())) return '居民身份证号码不正确：请核对18位号码及最后一位校验码（GB 11643）';
  if (idType === 'creditCode' && !isValidCreditCode(value)) return '统一社会信用代码不正确：请核对18位代码及最后一位校验码（GB 32100）';
  return null;
}
