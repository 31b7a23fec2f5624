/**
 * Letter templates: the closed placeholder vocabulary (unknown names refused with the name in the
 * message), the placeholders each kind must keep, and the defaults' wording per outcome group.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertValidTemplate,
  defaultTemplate,
  placeholdersIn,
  renderTemplate,
  TEMPLATE_KEYS,
  templateIssues,
  templateKeyOf,
  type LetterTemplate,
} from '../../../src/domain/applications/letters/index.ts';
import { DomainError } from '../../../src/domain/shared/errors.ts';

describe('rendering a template', () => {
  it('fills known placeholders and keeps the late ones when asked', () => {
    const text = renderTemplate('{申请人}：本机关于{收到申请日期}收到申请。文号{文号}', { 申请人: '张三', 收到申请日期: '2026年3月5日' }, { keep: ['文号'] });
    assert.equal(text, '张三：本机关于2026年3月5日收到申请。文号{文号}');
  });

  it('refuses an unknown placeholder and names it in Chinese', () => {
    assert.throws(
      () => renderTemplate('{申请人名}您好', { 申请人: '张三' }, { field: '正文' }),
      (error: unknown) => error instanceof DomainError && error.code === 'validation.failed' && error.message.includes('未知的占位符“{申请人名}”') && error.message.startsWith('正文'),
    );
  });

  it('refuses a known placeholder without a value, naming it', () => {
    assert.throws(() => renderTemplate('请于{补正期限}前补正', {}), /占位符“\{补正期限\}”没有可填写的内容/);
  });

  it('inserts values literally: braces in a value are not rendered again', () => {
    assert.equal(renderTemplate('“{申请内容}”', { 申请内容: '关于{申请人}的文件' }), '“关于{申请人}的文件”');
  });
});

describe('default templates', () => {
  it('every default passes its own checks', () => {
    for (const key of TEMPLATE_KEYS) assert.deepEqual(templateIssues(key, defaultTemplate(key)), [], key);
  });

  it('answers cite the basis and end with the remedy clause, per outcome group', () => {
    for (const outcome of ['granted', 'partial', 'withheld.stateSecret', 'unavailable.notHeld', 'notProcessed.repeat', 'other.noCorrection'] as const) {
      const template = defaultTemplate(templateKeyOf('answer', outcome));
      assert.equal(template.title, '政府信息公开申请答复书');
      assert.ok(placeholdersIn(template.body).includes('法律依据'), outcome);
      assert.ok(template.body.split('\n').at(-2)!.includes('{救济途径}'), outcome);
    }
  });

  it('the correction notice states every item at once and the period (条例第三十条)', () => {
    const body = defaultTemplate('correction').body;
    assert.match(body, /一次性告知/);
    assert.ok(placeholdersIn(body).includes('补正事项') && placeholdersIn(body).includes('补正期限'));
  });

  it('consultation letters give 15 working days and never name the applicant', () => {
    for (const key of ['thirdPartyConsultation', 'coMakerConsultation'] as const) {
      const template = defaultTemplate(key);
      assert.match(template.body, /15个工作日内/);
      assert.ok(!placeholdersIn(template.body + template.addressee).includes('申请人'), key);
    }
  });

  it('the fee notice states basis, standard, amount and 20 working days', () => {
    const body = defaultTemplate('feeNotice').body;
    assert.match(body, /国办函〔2020〕109号/);
    assert.match(body, /20个工作日/);
    for (const name of ['收费标准', '金额', '缴费期限']) assert.ok(placeholdersIn(body).includes(name), name);
  });
});

describe('checking an agency template', () => {
  const base = defaultTemplate('correction');

  it('refuses a template that drops a placeholder its kind requires', () => {
    const edited: LetterTemplate = { ...base, body: base.body.replace('{补正事项}', '请补充材料') };
    assert.throws(() => assertValidTemplate('correction', edited), /补正告知书须包含占位符“\{补正事项\}”（条例第三十条）/);
  });

  it('refuses the applicant in a letter to a third party', () => {
    const letter = defaultTemplate('thirdPartyConsultation');
    const issues = templateIssues('thirdPartyConsultation', { ...letter, body: `${letter.body}\n申请人：{申请人}` });
    assert.ok(issues.some((issue) => issue.message.includes('不得使用占位符“{申请人}”')));
  });

  it('refuses an unknown placeholder in the title and empty fields', () => {
    const issues = templateIssues('correction', { title: '{机关简称}补正告知书', addressee: ' ', body: base.body });
    assert.deepEqual(
      issues.map((issue) => issue.path),
      ['title', 'addressee'],
    );
    assert.match(issues[0]!.message, /未知的占位符“\{机关简称\}”/);
  });
});
