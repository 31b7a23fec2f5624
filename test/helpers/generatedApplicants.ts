/**
 * Made-up applicants for generated registers: names, valid 居民身份证号 (GB 11643 check digit)
 * and 统一社会信用代码 (GB 32100 check character), phones, addresses, e-mails. Nobody real.
 */
import type { ApplicantDetails } from '../../src/domain/applications/application.ts';
import type { ApplicantType } from '../../src/domain/applications/vocabulary.ts';

export type Random = () => number;

/** mulberry32: a small seeded PRNG, the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

export function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '马', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平'];
const ORGS: Record<Exclude<ApplicantType, 'naturalPerson'>, string[]> = {
  commercial: ['宁夏塞上商贸有限公司', '中卫市沙坡头物流有限公司', '银川市贺兰山建材有限责任公司'],
  research: ['宁夏农林科学院某研究所', '宁夏大学西部发展研究中心'],
  publicInterest: ['宁夏环境保护志愿者协会', '中卫市助残公益服务中心'],
  legal: ['宁夏某某律师事务所', '中卫市法律援助中心'],
  other: ['某村民委员会', '某业主委员会'],
};
const STREETS = ['鼓楼街', '文萃路', '长城路', '应理路', '新华街', '北京路'];
const CITIES = ['中卫市沙坡头区', '银川市兴庆区', '吴忠市利通区', '石嘴山市大武口区'];

/** GB 11643-1999: 17 digits, then the MOD 11-2 check character. */
export function residentIdNumber(random: Random): string {
  const birth = `19${integer(random, 50, 99)}${String(integer(random, 1, 12)).padStart(2, '0')}${String(integer(random, 1, 28)).padStart(2, '0')}`;
  const body = `6405${String(integer(random, 1, 99)).padStart(2, '0')}${birth}${String(integer(random, 0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

/** GB 32100-2015: 17 characters, then the MOD 31 check character. */
export function creditCode(random: Random): string {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let body = `91640${integer(random, 100, 599)}`;
  while (body.length < 17) body += pick(random, [...charset]);
  const sum = [...body].reduce((total, ch, i) => total + charset.indexOf(ch) * weights[i]!, 0);
  return body + charset[(31 - (sum % 31)) % 31]!;
}

export function generatedApplicant(random: Random, type: ApplicantType, serial: number): ApplicantDetails {
  const person = pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.5 ? pick(random, GIVEN) : '');
  const phone = `1${pick(random, ['3', '5', '8'])}${String(integer(random, 0, 999_999_999)).padStart(9, '0')}`;
  const address = `宁夏回族自治区${pick(random, CITIES)}${pick(random, STREETS)}${integer(random, 1, 300)}号`;
  const email = `applicant${serial}@example.cn`;
  if (type === 'naturalPerson') return { name: person, idType: 'residentId', idNumber: residentIdNumber(random), phone, address, email };
  return { name: `${pick(random, ORGS[type])}${serial}`, idType: 'creditCode', idNumber: creditCode(random), contactName: person, phone, address, email };
}
