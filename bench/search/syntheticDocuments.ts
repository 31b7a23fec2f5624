/** Synthetic but realistic documents for the search benchmark, from the vocabulary of the golden catalogs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const GENRES = ['通知', '公告', '公示', '办法', '意见', '决定', '报告', '规划', '方案', '答复'];
const COUNTIES = ['兴庆区', '西夏区', '金凤区', '永宁县', '贺兰县', '灵武市', '大武口区', '惠农区', '平罗县', '利通区', '盐池县', '同心县', '原州区', '西吉县', '隆德县', '沙坡头区', '中宁县', '海原县'];
const DEPARTMENTS = ['医疗保障局', '财政局', '卫生健康委员会', '民政局', '人力资源和社会保障局', '住房和城乡建设局', '教育局', '农业农村局', '市场监督管理局', '自然资源局'];
/** 文号 abbreviations of the departments (same order as DEPARTMENTS): 兴医保发〔2024〕15号. */
const DEPARTMENT_ABBREVIATIONS = ['医保', '财', '卫健', '民', '人社', '住建', '教', '农', '市监', '自然资源'];
const SENTENCES = [
  '为进一步做好{x}工作，根据有关规定，结合本地实际，现将有关事项{g}如下。',
  '城乡居民基本医疗保险参保缴费标准按照自治区统一部署执行，门诊报销比例适当提高。',
  '各单位要高度重视{x}，明确责任分工，确保各项措施落到实处。',
  '定点医药机构应当严格执行医保支付政策，规范诊疗行为，接受社会监督。',
  '本{g}自发布之日起施行，有效期五年，由{a}负责解释。',
  '对符合条件的困难群众实施医疗救助，救助资金按规定及时拨付。',
  '公示期间如有异议，请以书面形式向{a}反映，联系电话0955-7012345。',
  '年度预算执行情况良好，项目支出绩效目标基本完成。',
  '政府信息公开工作坚持以公开为常态、不公开为例外，及时回应社会关切。',
  '招标采购项目按照公开、公平、公正原则组织实施，结果在门户网站公示。',
];

function goldenVocabulary(sharedDir: string): string[] {
  const dir = join(sharedDir, 'golden');
  const words = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { items: { level1: string; level2: string | null; content: string | null }[] };
    for (const item of doc.items) for (const text of [item.level1, item.level2, item.content]) if (text && text.length <= 30) words.add(text);
  }
  return [...words];
}

/** A deterministic pseudo-random generator (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function agencyNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const base = `${COUNTIES[i % COUNTIES.length]}${DEPARTMENTS[Math.floor(i / COUNTIES.length) % DEPARTMENTS.length]}`;
    names.push(i < COUNTIES.length * DEPARTMENTS.length ? base : `${base}第${Math.floor(i / (COUNTIES.length * DEPARTMENTS.length)) + 1}分局`);
  }
  return names;
}

/** The 文号 of an agency's `serial`-th document of `year`: county initial + department abbreviation + 发〔year〕n号. */
export function documentNumberOf(agencyIndex: number, year: number, serial: number): string {
  const county = COUNTIES[agencyIndex % COUNTIES.length]!.charAt(0);
  const department = DEPARTMENT_ABBREVIATIONS[Math.floor(agencyIndex / COUNTIES.length) % DEPARTMENTS.length]!;
  return `${county}${department}发〔${year}〕${serial}号`;
}

export function documentMaker(sharedDir: string, seed = 42) {
  const vocabulary = goldenVocabulary(sharedDir);
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return (agency: string) => {
    const topic = pick(vocabulary);
    const genre = pick(GENRES);
    const title = `${agency}关于${topic}的${genre}`;
    const parts: string[] = [];
    while (parts.join('').length < 300) parts.push(pick(SENTENCES).replace(/\{x\}/g, pick(vocabulary)).replace(/\{g\}/g, genre).replace(/\{a\}/g, agency));
    return { title, summary: `${topic}${genre}`, body: parts.join(''), keywords: [topic.slice(0, 10), genre], genre };
  };
}
