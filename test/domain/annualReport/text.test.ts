import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCopiedText, checkQuotedNumbers, checkReport, parseNumber, quotedNumbers, sharedSentences } from '../../../src/domain/annualReport/index.ts';
import { countTable3 } from '../../../src/domain/applications/index.ts';
import { consistentReport, OVERVIEW_TEXT } from './consistentReport.ts';

describe('numbers as reports write them', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    const cases: [string, number | null][] = [['15', 15], ['1,234', 1234], ['１５', 15], ['0.35', 0.35], ['十', 10], ['十五', 15], ['二十', 20], ['一百零三', 103], ['两千三百', 2300], ['三万二千', 32000], ['零', 0], ['十五件', null], ['', null]];
    for (const [text, value] of cases) assert.equal(parseNumber(text), value, text);
  });
});

describe('R8: numbers quoted in 一、总体情况 against the tables', () => {
  it('reads every quoted number of a realistic overview', () => {
    assert.deepEqual(
      quotedNumbers(OVERVIEW_TEXT).map((q) => `${q.quote}=${q.value}`),
      ['主动公开政府信息326条=326', '制发行政规范性文件2件=2', '废止行政规范性文件1件=1', '行政处罚决定12件=12', '收到政府信息公开申请18件=18', '上年结转2件=2', '办结17件=17',
        '予以公开7件=7', '部分公开3件=3', '不予公开1件=1', '无法提供4件=4', '不予处理1件=1', '结转下年度继续办理3件=3', '行政复议1件=1', '行政诉讼1件=1'],
    );
  });

  it('passes when the text matches the tables', () => {
    assert.deepEqual(checkQuotedNumbers(OVERVIEW_TEXT, consistentReport()), []);
  });

  it('flags a number that differs, naming the sentence and the cell, Chinese numerals too', () => {
    const text = OVERVIEW_TEXT.replace('办结17件', '办结十六件');
    const findings = checkQuotedNumbers(text, consistentReport());
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.rule, findings[0]!.severity, findings[0]!.where], ['R8', 'error', 'table3.total.total']);
    assert.match(findings[0]!.message, /^总体情况中的“办结十六件”与表三“（七）总计”的总计（17）不一致（句子：“全年共收到政府信息公开申请18件，上年结转2件，办结十六件，/);
  });

  it('compares sums: 行政诉讼 is both groups of table 四, 不予公开 all eight rows', () => {
    const tables = consistentReport();
    tables.table4.litigationDirect = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 };
    tables.table3['withheld.processInfo'] = { ...tables.table3['withheld.processInfo'], naturalPerson: 1, total: 1 };
    const findings = checkQuotedNumbers(OVERVIEW_TEXT, tables);
    assert.deepEqual(findings.map((f) => f.where), ['table3.withheld.*.total', 'table4.litigationDirect.total+table4.litigationAfterReview.total']);
  });

  it('says when a quoted cell is blank instead of reading it as 0', () => {
    const tables = consistentReport();
    tables.table4.reconsideration.total = null;
    const findings = checkQuotedNumbers('全年发生政府信息公开行政复议0件。', tables);
    assert.deepEqual([findings[0]!.severity, findings[0]!.where], ['warning', 'table4.reconsideration.total']);
    assert.match(findings[0]!.message, /无法核对：表四“行政复议”的“总计”为空/);
  });

  it('does not read 不予以公开 as 予以公开, and reads fees in 元 as 万元', () => {
    assert.deepEqual(quotedNumbers('不予以公开2件。').map((q) => q.quote), []);
    const tables = consistentReport();
    tables.table2.fees = { amountTenThousandYuan: 1.2 };
    assert.deepEqual(checkQuotedNumbers('全年行政事业性收费共计12000元。', tables), []);
    assert.equal(checkQuotedNumbers('全年行政事业性收费共计1.5万元。', tables)[0]?.where, 'table2.fees.amountTenThousandYuan');
  });

  it('does not read 办结 of 人大建议 or a 医保 行政复议 as the tables', () => {
    const text = '全年办理人大代表建议、政协委员提案，办结9件。办理医疗保障行政复议案件5件。';
    assert.deepEqual(quotedNumbers(text), []);
    assert.deepEqual(checkQuotedNumbers(text, consistentReport()), []);
  });

  it('warns, not errs, when a table 二 figure differs: the text may count published items', () => {
    const findings = checkQuotedNumbers('全年公开行政处罚决定44条。', consistentReport());
    assert.deepEqual(findings.map((f) => [f.severity, f.where]), [['warning', 'table2.penalties.decisions']]);
  });

  it('runs in checkReport when the overview is given', () => {
    const findings = checkReport({ tables: consistentReport(), overviewText: OVERVIEW_TEXT.replace('上年结转2件', '上年结转3件') });
    assert.deepEqual(findings.map((f) => [f.rule, f.where]), [['R8', 'table3.carriedOver.total']]);
  });
});

const LAST_YEAR = [
  '根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，编制本报告。',
  '2024年，本局全年共收到政府信息公开申请15件，均在法定期限内答复。',
  '本局坚持以公开为常态、不公开为例外，全面推进医疗保障领域基层政务公开标准化规范化工作。',
  '存在的主要问题是政策解读形式较为单一，信息公开队伍业务水平有待提高。',
  '下一步，本局将加强业务培训，丰富政策解读形式，持续提升政府信息公开工作质量。',
].join('');

describe('R10: text copied from last year’s report', () => {
  it('flags a report that only changed the numbers', () => {
    const copied = LAST_YEAR.replace('2024年', '2025年').replace('15件', '18件');
    const result = sharedSentences(copied, LAST_YEAR);
    assert.deepEqual([result.compared, result.shared.length, result.ratio], [5, 5, 1]);
    const findings = checkCopiedText(copied, LAST_YEAR);
    assert.deepEqual([findings[0]!.rule, findings[0]!.severity, findings[0]!.where], ['R10', 'warning', 'text']);
    assert.match(findings[0]!.message, /^本年度报告有100%的句子（5\/5句）与上一年度报告相同/);
  });

  it('passes a rewritten report that keeps the legal opening', () => {
    const rewritten = [
      '根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的要求，编制本报告。',
      '2025年，本局全年共收到政府信息公开申请18件，其中3件因需第三方意见延长答复期限。',
      '本局围绕医保基金监管、药品集中带量采购等群众关注事项，新增公开栏目两个。',
      '存在的主要问题是部分乡镇医保经办机构信息更新不及时，已建立月度检查制度。',
    ].join('');
    assert.equal(sharedSentences(rewritten, LAST_YEAR).shared.length, 1);
    assert.deepEqual(checkCopiedText(rewritten, LAST_YEAR), []);
    assert.equal(checkCopiedText(rewritten, LAST_YEAR, 0.2)[0]?.rule, 'R10');
  });
});

describe('R8: zeros stated in words', () => {
  const ZERO_TEXT = '（二）依申请公开情况。2025年，我局未收到政府信息公开申请，无上年结转政府信息公开申请。未因政府信息公开工作收到被申请行政复议、提起诉讼的情况。';
  const emptyReport = () => {
    const tables = consistentReport();
    tables.table3 = countTable3([], 2025);
    for (const group of ['reconsideration', 'litigationDirect', 'litigationAfterReview'] as const) tables.table4[group] = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    return tables;
  };

  it('reads 未收到…申请, 无上年结转, 未因…行政复议、提起诉讼 as zeros', () => {
    assert.deepEqual(quotedNumbers(ZERO_TEXT).map((q) => `${q.quote}=${q.value}`), ['未收到政府信息公开申请=0', '无上年结转=0', '未因政府信息公开工作收到被申请行政复议=0', '未因政府信息公开工作收到被申请行政复议、提起诉讼=0']);
    assert.deepEqual(quotedNumbers('本年度未收到公民、法人和其他组织申请公开政府信息要求。').map((q) => q.value), [0]);
  });

  it('passes on empty tables and flags the cells that are not zero', () => {
    assert.deepEqual(checkQuotedNumbers(ZERO_TEXT, emptyReport()), []);
    assert.deepEqual(checkQuotedNumbers(ZERO_TEXT, consistentReport()).map((f) => f.where), [
      'table3.newReceived.total',
      'table3.carriedOver.total',
      'table4.reconsideration.total',
      'table4.litigationDirect.total+table4.litigationAfterReview.total',
    ]);
  });

  it('does not read an unrelated 未收到 as a zero', () => {
    assert.deepEqual(quotedNumbers('对逾期未收到补正材料的申请，告知申请人。'), []);
  });
});
