/**
 * Personal data that must not be published unmasked (条例第十五条: personal privacy is not
 * disclosed without consent; 《个人信息保护法》第二十八条: ID and financial account numbers are
 * sensitive personal information). Masked forms (6405**********1234, 138****5678) do not match.
 */
export type PersonalDataKind = 'id_number' | 'mobile' | 'bank_card';

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  id_number: '身份证号',
  mobile: '手机号',
  bank_card: '银行卡号',
};

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** The number with its middle masked, safe to show in a finding. */
  masked: string;
  index: number;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 公民身份号码: 17 digits, a valid birth date, and the ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(value)) return false;
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth) return false;
  const year = Number(birth.slice(0, 4));
  if (year < 1900 || year > 2100) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17]!.toUpperCase();
}

/** The Luhn (mod 10) check used by bank card numbers (ISO/IEC 7812). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Mainland mobile numbers: 11 digits starting 13–19 (an optional +86/86 prefix is allowed). */
export function isMobileNumber(digits: string): boolean {
  return /^1[3-9]\d{9}$/.test(digits);
}

/** Bank cards: 16–19 digits, issuer prefix 3–6 (UnionPay 62, Visa 4, Mastercard 5 …), Luhn-valid. */
export function isBankCardNumber(digits: string): boolean {
  return /^[3-6]\d{15,18}$/.test(digits) && passesLuhn(digits);
}

const mask = (value: string) => (value.length <= 7 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`);

const CANDIDATES: { kind: PersonalDataKind; pattern: RegExp; valid: (digits: string) => boolean }[] = [
  { kind: 'id_number', pattern: /(?<![\dA-Za-z*])\d{17}[\dXx](?![\dA-Za-z*])/g, valid: isValidIdNumber },
  { kind: 'mobile', pattern: /(?<![\d*])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![\d*])/g, valid: (d) => isMobileNumber(d.replace(/^86(?=1\d{10}$)/, '')) },
  { kind: 'bank_card', pattern: /(?<![\d*])[3-6]\d{3}(?:[ -]?\d{4}){2,3}(?:[ -]?\d{1,3})?(?![\d*])/g, valid: isBankCardNumber },
];

/**
 * Unmasked personal numbers in a text. Each kind is looked for in turn (ID numbers first),
 * and a span already claimed by an earlier kind is not judged again.
 */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const claimed: [number, number][] = [];
  for (const { kind, pattern, valid } of CANDIDATES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (claimed.some(([a, b]) => start < b && end > a)) continue;
      const compact = match[0].replace(/[ +-]/g, '');
      if (!valid(compact)) continue;
      claimed.push([start, end]);
      hits.push({ kind, masked: mask(compact), index: start });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
