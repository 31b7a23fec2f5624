/**
 * Drafting a letter from an application's facts, the remedy clause, letter numbers and the printable
 * model (late placeholders 文号/日期/机关名称 filled at approval).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertEditedText,
  assertLetterPrefix,
  buildLetterModel,
  defaultLetterPrefix,
  defaultTemplate,
  draftLetter,
  formatLetterNumber,
  NUMBER_PENDING,
  remedyClause,
  templateKeyOf,
  type LetterFacts,
} from '../../../src/domain/applications/letters/index.ts';
import { OUTCOMES } from '../../../src/domain/applications/vocabulary.ts';

const facts: LetterFacts = {
  applicantName: '张三',
  ref: 'YSQ-2026-0003',
  receivedOn: '2026-03-05',
  request: '2025年度城乡居民医保基金收支情况',
  dueDate: '2026-04-02',
  remedy: { reconsiderationBody: '中卫市人民政府', court: '中卫市沙坡头区人民法院' },
};

describe('drafting', () => {
  it('a withholding answer cites OUTCOMES basis, the situation and the reason', () => {
    const draft = draftLetter(defaultTemplate(templateKeyOf('answer', 'withheld.processInfo')), {
      ...facts,
      outcome: 'withheld.processInfo',
      reason: '该信息为局务会讨论记录。',
    });
    assert.equal(draft.addressee, '张三：');
    assert.ok(draft.body.includes('2026年3月5日收到您提出的政府信息公开申请（受理编号：YSQ-2026-0003）'));
    assert.ok(draft.body.includes(OUTCOMES['withheld.processInfo'].basis));
    assert.ok(draft.body.includes('过程性信息（该信息为局务会讨论记录）'));
    assert.ok(draft.body.includes('六十日内向中卫市人民政府申请行政复议'));
    assert.ok(draft.body.includes('六个月内向中卫市沙坡头区人民法院提起行政诉讼'));
  });

  it('a partial answer ends the reason with one full stop', () => {
    const draft = draftLetter(defaultTemplate('answer.partial'), { ...facts, outcome: 'partial', provided: '收支表', reason: '其余部分涉及个人隐私' });
    assert.ok(draft.body.includes('理由是：其余部分涉及个人隐私。'));
  });

  it('a withholding answer without the reason is refused, naming the missing placeholder', () => {
    assert.throws(() => draftLetter(defaultTemplate('answer.withheld'), { ...facts, outcome: 'withheld.stateSecret' }), /“\{答复理由\}”没有可填写的内容/);
  });

  it('a correction notice numbers every item', () => {
    const draft = draftLetter(defaultTemplate('correction'), { ...facts, correctionItems: ['请提供身份证明', ' ', '请明确所需信息的年度'], correctionDueDate: '2026-03-20' });
    assert.ok(draft.body.includes('1. 请提供身份证明\n2. 请明确所需信息的年度'));
    assert.ok(draft.body.includes('请您于2026年3月20日前'));
  });

  it('a fee notice prints the amount with two decimals', () => {
    const draft = draftLetter(defaultTemplate('feeNotice'), { ...facts, feeStandard: '按件计收，第11至30件每件100元', amount: 5500, feeDueDate: '2026-04-10', paymentMethod: '非税收入缴款书' });
    assert.ok(draft.body.includes('应缴金额：5500.00元。'));
  });

  it('the third-party letter is addressed to the party and carries no applicant data', () => {
    const draft = draftLetter(defaultTemplate('thirdPartyConsultation'), { ...facts, party: '某医药有限公司' });
    assert.equal(draft.addressee, '某医药有限公司：');
    assert.ok(!draft.body.includes('张三') && !draft.body.includes('YSQ-2026-0003'));
  });
});

describe('the remedy clause', () => {
  it('states 60 days and 6 months with the articles, and generic bodies by default', () => {
    const clause = remedyClause();
    assert.match(clause, /六十日内向本级人民政府申请行政复议（《中华人民共和国行政复议法》第二十条）/);
    assert.match(clause, /六个月内向有管辖权的人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）/);
  });
});

describe('letter numbers', () => {
  it('formats prefix, year and serial', () => {
    assert.equal(formatLetterNumber('中卫医保依公', 2026, 3), '中卫医保依公〔2026〕3号');
  });

  it('refuses a prefix with brackets or 号, and trims', () => {
    assert.throws(() => assertLetterPrefix('中卫医保依公〔2026〕'), /只能由汉字、字母和数字组成/);
    assert.throws(() => assertLetterPrefix('  '), /不能为空/);
    assert.equal(assertLetterPrefix(' 中卫医保依公 '), '中卫医保依公');
  });

  it('suggests a prefix from the agency name', () => {
    assert.equal(defaultLetterPrefix('中卫市医疗保障局'), '中卫市医保依公');
  });
});

describe('the printable model', () => {
  const content = { title: '政府信息公开申请答复书', addressee: '张三：', body: '第一段\n\n  第二段（{文号}）\n', agencyName: '中卫市医疗保障局', attachments: ['基金收支表.pdf'] };

  it('a draft says the number and date come at approval', () => {
    const model = buildLetterModel({ ...content, number: null, date: null });
    assert.equal(model.numberLine, NUMBER_PENDING);
    assert.deepEqual(model.paragraphs, ['第一段', `第二段（${NUMBER_PENDING}）`]);
  });

  it('an approved letter carries its number and the Chinese date', () => {
    const model = buildLetterModel({ ...content, number: '中卫医保依公〔2026〕3号', date: '2026-04-01' });
    assert.equal(model.dateLine, '2026年4月1日');
    assert.equal(model.paragraphs[1], '第二段（中卫医保依公〔2026〕3号）');
  });

  it('an edited text may keep only 文号, 日期 and 机关名称', () => {
    assert.doesNotThrow(() => assertEditedText('{机关名称}{日期}{文号}', '正文'));
    assert.throws(() => assertEditedText('{申请人}您好', '正文'), /正文中的占位符“\{申请人\}”没有可填写的内容/);
  });
});
