import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuotedNumbers, checkReport, checkSections, overviewOf, splitSections } from '../../../src/domain/annualReport/index.ts';
import { consistentReport, OVERVIEW_TEXT } from './consistentReport.ts';

const REPORT = [
  '某县医疗保障局2025年政府信息公开工作年度报告',
  '本报告根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号编制。',
  '一、总体情况',
  OVERVIEW_TEXT,
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量 18 0 1 0 0 0 19',
  '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
  '三、本年度办理结果',
  '四、结转下年度继续办理 2 1 0 0 0 0 3',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '政策解读形式较为单一。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
].join('\n');

describe('the six sections of a report (条例第五十条)', () => {
  it('finds the six headings and not table 三’s numbered rows', () => {
    const sections = splitSections(REPORT);
    assert.deepEqual(sections.map((s) => s.number), ['一', '二', '三', '四', '五', '六']);
    assert.match(sections[2]!.text, /^一、本年新收政府信息公开申请数量[\s\S]*四、结转下年度继续办理 2 1 0 0 0 0 3$/);
    assert.deepEqual(checkSections(REPORT), []);
  });

  it('gives section 一 to R8', () => {
    assert.equal(overviewOf(REPORT), OVERVIEW_TEXT);
    assert.deepEqual(checkQuotedNumbers(overviewOf(REPORT)!, consistentReport()), []);
    assert.equal(overviewOf('没有标题的文字。'), null);
  });

  it('warns of a missing section and notes an older title', () => {
    const text = REPORT.replace('五、存在的主要问题及改进情况\n', '').replace('四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况');
    assert.deepEqual(checkSections(text), [
      { rule: 'R10', severity: 'info', where: 'section.四', message: '第四部分标题为“因政府信息公开工作被申请行政复议、提起行政诉讼情况”，2021年格式为“政府信息公开行政复议、行政诉讼情况”' },
      { rule: 'R10', severity: 'warning', where: 'section.五', message: '未找到第五部分“存在的主要问题及改进情况”（年度报告格式规定的六个部分缺一不可）' },
    ]);
  });

  it('checkReport reads section 一 out of the whole text', () => {
    assert.deepEqual(checkReport({ tables: consistentReport(), text: REPORT }), []);
    const findings = checkReport({ tables: consistentReport(), text: REPORT.replace('办结17件', '办结16件') });
    assert.deepEqual(findings.map((f) => [f.rule, f.where]), [['R8', 'table3.total.total']]);
  });
});

describe('a heading printed without its number (柞水县医疗保障局 2024)', () => {
  it('still opens section 一 for R8 and notes the missing number', () => {
    const text = REPORT.replace('一、总体情况', '总体情况');
    assert.equal(overviewOf(text), OVERVIEW_TEXT);
    assert.deepEqual(checkSections(text), [{ rule: 'R10', severity: 'info', where: 'section.一', message: '第一部分标题“总体情况”缺少序号“一、”' }]);
  });
});

describe('R10 compares the narrative, not the format’s fixed words', () => {
  it('two years with the same headings and table labels but their own narrative are not copies', () => {
    const lastYear = REPORT.replace(OVERVIEW_TEXT, '2024年，本局依法做好政府信息公开，收到申请2件。').replace('政策解读形式较为单一。', '信息更新不够及时。').replace('本年度未收取信息处理费。', '全年未收取任何费用。');
    const findings = checkReport({ tables: consistentReport(), text: REPORT }, { lastYear: { tables: consistentReport(), text: lastYear } });
    assert.deepEqual(findings.filter((f) => f.rule === 'R10'), []);
  });

  it('a section 一 copied from last year is', () => {
    const lastYear = REPORT.replace('政策解读形式较为单一。', '信息更新不够及时。');
    const findings = checkReport({ tables: consistentReport(), text: REPORT }, { lastYear: { tables: consistentReport(), text: lastYear } });
    assert.deepEqual(findings.filter((f) => f.rule === 'R10').map((f) => f.where), ['text']);
  });
});
