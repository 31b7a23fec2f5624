/**
 * Applicant form fields for the register bench: people with a 居民身份证号 that passes GB 11643,
 * organisations with a 统一社会信用代码 that passes GB 32100, and a request text.
 */
import { isValidCreditCode } from '../../src/domain/applications/identity.ts';
import { APPLICANT_TYPES } from '../../src/domain/applications/vocabulary.ts';
import type { Random } from './ledgers.ts';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩然子涵欣怡梓轩晨佳琪思远建国志强海燕文博';
const ORG_WORDS = ['宁夏塞上', '银川新华', '中卫沙坡头', '固原六盘', '吴忠黄河', '石嘴山贺兰'];
const ORG_KINDS = ['建设工程有限公司', '律师事务所', '农业科技研究所', '环保公益服务中心', '商贸有限公司', '物业服务有限公司'];
const TOPICS = ['城乡居民医保基金收支情况', '征地补偿安置方案', '建设项目环境影响评价批复', '财政预算执行情况', '老旧小区改造项目资金', '行政处罚决定书', '规划许可证及附图', '政府采购合同'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const pick = (random: Random, text: string) => text[Math.floor(random() * text.length)]!;

/** GB 11643: 17 digits and the MOD 11-2 check character. */
function residentId(random: Random): string {
  const birth = `19${50 + Math.floor(random() * 50)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const body = `640${String(100 + Math.floor(random() * 400))}${birth}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

function creditCode(random: Random): string {
  const body = `9164${String(Math.floor(random() * 10000)).padStart(4, '0')}MA${Array.from({ length: 7 }, () => pick(random, CREDIT_CHARS)).join('')}`;
  return [...CREDIT_CHARS].map((c) => body + c).find((code) => isValidCreditCode(code))!;
}

export function personName(random: Random): string {
  return pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : '');
}

export function applicantFields(random: Random, n: number): Record<string, string> {
  const applicantType = random() < 0.85 ? 'naturalPerson' : APPLICANT_TYPES[1 + Math.floor(random() * (APPLICANT_TYPES.length - 1))]!;
  const person = applicantType === 'naturalPerson';
  const way = (['email', 'post', 'pickup', 'inspection'] as const)[Math.floor(random() * 4)]!;
  return {
    applicantType,
    name: person ? personName(random) : `${ORG_WORDS[Math.floor(random() * ORG_WORDS.length)]}${ORG_KINDS[Math.floor(random() * ORG_KINDS.length)]}`,
    idType: person ? 'residentId' : 'creditCode',
    idNumber: person ? residentId(random) : creditCode(random),
    ...(person ? {} : { contactName: personName(random) }),
    phone: `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
    address: `宁夏银川市兴庆区解放西街${1 + (n % 300)}号`,
    email: `applicant${n}@example.cn`,
    request: `申请公开${2024 + Math.floor(random() * 3)}年度${TOPICS[Math.floor(random() * TOPICS.length)]}（第${n}号申请）`,
    medium: random() < 0.6 ? 'electronic' : 'paper',
    way,
  };
}
