import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedsTable2, parseReportFigures } from '../../../src/domain/annualReport/reportFigures.ts';
import { parseReviewCase } from '../../../src/domain/annualReport/reviewCase.ts';
import { parseDocumentMetadata } from '../../../src/domain/documents/metadata.ts';
import type { DomainError } from '../../../src/domain/shared/errors.ts';

/** The messages of a refused input, by field. */
function refusal(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    return Object.fromEntries((error as DomainError).issues.map((i) => [i.path, i.message]));
  }
  throw new Error('expected a refusal');
}

const FIGURES = { licensing: '1203', licensingSource: '政务服务平台统计', penalties: '0', penaltiesSource: '执法平台', enforcement: '', enforcementSource: '', fees: '12.3456', feesSource: '财政非税收入系统' };
const CASE = { kind: 'reconsideration', caseNumber: '卫政复〔2025〕7号', filedOn: '2025-11-20', decidedOn: '2026-01-10', result: 'upheld', body: '中卫市人民政府', applicationTrackingNo: '', summary: '' };

describe('table 二 figures as entered', () => {
  it('reads whole numbers, an amount in 万元 to 4 decimals and full-width digits; a blank figure is no figure', () => {
    const parsed = parseReportFigures({ ...FIGURES, penalties: '１５' });
    assert.deepEqual(parsed.licensing, { value: 1203, source: '政务服务平台统计' });
    assert.deepEqual(parsed.penalties, { value: 15, source: '执法平台' });
    assert.deepEqual(parsed.enforcement, { value: null, source: null });
    assert.deepEqual(parsed.fees, { value: 12.3456, source: '财政非税收入系统' });
  });

  it('refuses negatives, decimals of decisions, thousands separators, 5 decimals and a figure without its source, each in Chinese', () => {
    const messages = refusal(() => parseReportFigures({ ...FIGURES, licensing: '1,203', penalties: '-1', enforcement: '2.5', enforcementSource: '平台', fees: '1.23456', feesSource: '' }));
    assert.match(messages.licensing!, /行政许可处理决定数量应为不小于0的整数/);
    assert.match(messages.penalties!, /不小于0的整数/);
    assert.match(messages.enforcement!, /整数/);
    assert.match(messages.fees!, /最多4位小数/);
    assert.match(refusal(() => parseReportFigures({ ...FIGURES, feesSource: ' ' })).feesSource!, /请填写行政事业性收费金额（万元）的来源/);
    assert.match(refusal(() => parseReportFigures({ licensing: '5' })).licensingSource!, /政务服务平台统计/);
  });

  it('a document feeds table 二 of a year when issued by 31 December and not repealed before 1 January', () => {
    assert.equal(feedsTable2({ issuedOn: '2024-05-10', repealedOn: '2025-06-30' }, 2025), true);
    assert.equal(feedsTable2({ issuedOn: '2024-05-10', repealedOn: '2024-12-31' }, 2025), false);
    assert.equal(feedsTable2({ issuedOn: '2026-01-01', repealedOn: null }, 2025), false);
  });
});

describe('行政复议/行政诉讼 case validation', () => {
  it('accepts a decided case and a pending one without a decision date', () => {
    assert.equal(parseReviewCase(CASE).result, 'upheld');
    const pending = parseReviewCase({ ...CASE, result: 'pending', decidedOn: '' });
    assert.deepEqual([pending.decidedOn, pending.caseNumber, pending.summary], [null, '卫政复〔2025〕7号', null]);
  });

  it('pending ⇔ no decision date, decision not before filing, real dates, known kind and result', () => {
    assert.match(refusal(() => parseReviewCase({ ...CASE, result: 'pending' })).decidedOn!, /尚未审结的案件不应填写/);
    assert.match(refusal(() => parseReviewCase({ ...CASE, decidedOn: '' })).decidedOn!, /已审结的案件请填写/);
    assert.match(refusal(() => parseReviewCase({ ...CASE, decidedOn: '2025-11-19' })).decidedOn!, /不能早于申请/);
    assert.match(refusal(() => parseReviewCase({ ...CASE, filedOn: '2025-02-30' })).filedOn!, /有效日期/);
    assert.match(refusal(() => parseReviewCase({ ...CASE, filedOn: '' })).filedOn!, /请填写申请复议或起诉的日期/);
    const bad = refusal(() => parseReviewCase({ ...CASE, kind: 'appeal', result: 'won' }));
    assert.match(bad.kind!, /请选择案件类型/);
    assert.match(bad.result!, /请选择结果/);
    assert.match(refusal(() => parseReviewCase({ ...CASE, caseNumber: '号'.repeat(101) })).caseNumber!, /不能超过100字/);
  });
});

describe('文件类型 in the document metadata', () => {
  const base = { title: '中卫市医疗保障局行政规范性文件管理办法' };
  it('is null unless 规章 or 行政规范性文件 is chosen; anything else is refused in Chinese', () => {
    assert.equal(parseDocumentMetadata(base).legalForm, null);
    assert.equal(parseDocumentMetadata({ ...base, legalForm: '' }).legalForm, null);
    assert.equal(parseDocumentMetadata({ ...base, legalForm: 'normativeDocument' }).legalForm, 'normativeDocument');
    assert.equal(refusal(() => parseDocumentMetadata({ ...base, legalForm: 'law' })).legalForm, '文件类型只能是规章、行政规范性文件或其他');
  });
});
