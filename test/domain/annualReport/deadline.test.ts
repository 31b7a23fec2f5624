import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicationDeadline } from '../../../src/domain/annualReport/index.ts';

describe('R9: the report of year Y is published by 31 January of Y+1 (条例第四十九条)', () => {
  it('is not due during the year itself', () => {
    const result = publicationDeadline(2025, '2025-12-31', null);
    assert.deepEqual([result.dueOn, result.state, result.findings], ['2026-01-31', 'notDue', []]);
  });

  it('reminds from 1 January to 31 January', () => {
    const first = publicationDeadline(2025, '2026-01-01', null);
    assert.deepEqual([first.state, first.daysLeft, first.findings[0]!.severity], ['reminder', 30, 'info']);
    assert.equal(first.findings[0]!.message, '2025年度政府信息公开工作年度报告应于2026年1月31日前发布，还剩30天（条例第四十九条）');
    assert.equal(publicationDeadline(2025, '2026-01-31', null).state, 'reminder');
  });

  it('is overdue from 1 February when unpublished', () => {
    const result = publicationDeadline(2025, '2026-02-03', null);
    assert.deepEqual([result.state, result.daysLeft, result.findings[0]!.rule, result.findings[0]!.severity], ['overdue', -3, 'R9', 'error']);
    assert.match(result.findings[0]!.message, /尚未发布，已超过2026年1月31日的法定期限3天/);
  });

  it('judges a published report by its publication date, not by today', () => {
    assert.deepEqual(publicationDeadline(2025, '2026-06-01', '2026-01-31').findings, []);
    const late = publicationDeadline(2025, '2026-06-01', '2026-02-01');
    assert.equal(late.state, 'late');
    assert.equal(late.findings[0]!.message, '2025年度政府信息公开工作年度报告于2026年2月1日发布，晚于2026年1月31日的法定期限（条例第四十九条）');
  });
});
