import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { TimeLimitRule } from '../../src/domain/catalog/catalog.ts';
import { parseTimeLimit, timeLimitFindings, withTimeLimitRule } from '../../src/domain/calendar/timeLimitParser.ts';

const golden = fileURLToPath(new URL('../../../shared/golden/', import.meta.url));
const WD = 'working_day';

/** regulations.md §6.4 and the seeds: text → rule. */
const CASES: [string, TimeLimitRule][] = [
  ['自该政府信息形成或者变更之日起20个工作日内（及时）公开', { trigger: 'formed_or_changed', amount: 20, unit: WD }],
  ['信息形成（或变更）20个工作日内', { trigger: 'formed_or_changed', amount: 20, unit: WD }],
  ['其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', { trigger: 'decision_made', amount: 7, unit: WD }],
  ['关联规范性文件公开3个工作日内', { trigger: 'related_document_published', amount: 3, unit: WD }],
  ['1月31日前', { trigger: 'yearly_date', month: 1, day: 31 }],
  ['及时公开，公告期限为5个工作日', { trigger: 'immediate', displayFor: { amount: 5, unit: WD } }],
  ['即时公开', { trigger: 'immediate' }],
  ['实时', { trigger: 'immediate' }],
  ['长期', { trigger: 'standing' }],
  ['6个月', { trigger: 'unstated', amount: 6, unit: 'month' }],
  ['1年', { trigger: 'unstated', amount: 1, unit: 'year' }],
  ['6月底前', { trigger: 'yearly_date', month: 6, day: 30 }],
  ['财政部门批复后20日内', { trigger: 'fiscal_approval', amount: 20, unit: 'calendar_day' }],
  ['项目开工后7个工作日内公开', { trigger: 'project_start', amount: 7, unit: WD }],
  ['每年1月15日之前', { trigger: 'yearly_date', month: 1, day: 15 }],
  ['每年1月31日前灵武市人民政府信息公开办公室提交上一年度政府信息公开工作年度报告并向社会公布', { trigger: 'yearly_date', month: 1, day: 31 }],
  ['形成或变更之日起15个工作日内（法律、法规对政府信息公开期限另有规定的，从其规定）', { trigger: 'formed_or_changed', amount: 15, unit: WD, otherLawPrevails: true }],
  ['信息生成或者变更之日起5个工作日内予以公开', { trigger: 'formed_or_changed', amount: 5, unit: WD }],
  ['文件印发之日起二十个工作日内', { trigger: 'document_issued', amount: 20, unit: WD }],
  ['每季度', { trigger: 'recurring', every: 'quarter' }],
  ['每年', { trigger: 'recurring', every: 'year' }],
  ['每季度结束后15日内', { trigger: 'recurring', every: 'quarter', amount: 15, unit: 'calendar_day' }],
  ['自收到申请之日起２０个工作日内', { trigger: 'application_received', amount: 20, unit: WD }],
];

describe('公开时限 parser', () => {
  for (const [text, rule] of CASES) {
    it(`reads「${text}」`, () => assert.deepEqual(parseTimeLimit(text), { ok: true, rule }));
  }

  it('reads every 公开时限 of the five seed catalogs', () => {
    const texts = new Set<string>();
    for (const file of readdirSync(golden).filter((f) => f.endsWith('.json'))) {
      const catalog = JSON.parse(readFileSync(golden + file, 'utf8')) as { items: { timeLimit: string | null }[] };
      for (const item of catalog.items) if (item.timeLimit) texts.add(item.timeLimit);
      assert.deepEqual(timeLimitFindings(catalog.items), [], file);
    }
    assert.ok(texts.size >= 15, `only ${texts.size} distinct texts`);
    for (const text of texts) assert.equal(parseTimeLimit(text).ok, true, text);
  });

  it('refuses what it cannot read, with the reason, instead of guessing', () => {
    for (const text of ['', '按上级要求', '上级批复后10日内', '行政处罚7个工作日内，其他20个工作日内', '13月1日前', '信息变更后尽快', '2025年3月前']) {
      const parsed = parseTimeLimit(text);
      assert.equal(parsed.ok, false, text);
    }
    const findings = timeLimitFindings([{ timeLimit: '即时公开' }, { timeLimit: null }, { timeLimit: '视情况而定' }]);
    assert.deepEqual(findings.map((f) => [f.itemIndex, f.code]), [[2, 'time_limit.unparsed']]);
    assert.match(findings[0]!.message, /视情况而定/);
    assert.equal(withTimeLimitRule({ timeLimit: '视情况而定' }).timeLimitRule, null);
    assert.equal(JSON.parse(JSON.stringify(withTimeLimitRule({ timeLimit: '长期' }))).timeLimitRule.trigger, 'standing');
  });
});
