import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertReportSignOff, isReportEditable, nextReportStatus, reportSignOffRefusal } from '../../../src/domain/annualReport/workflow.ts';
import type { DomainError } from '../../../src/domain/shared/errors.ts';

describe('annual report workflow', () => {
  it('goes draft → submitted → reviewed → approved → published, and back to the 填表人 when returned', () => {
    assert.equal(nextReportStatus('draft', 'submit'), 'submitted');
    assert.equal(nextReportStatus('submitted', 'review_pass'), 'reviewed');
    assert.equal(nextReportStatus('reviewed', 'approve'), 'approved');
    assert.equal(nextReportStatus('approved', 'publish'), 'published');
    assert.equal(nextReportStatus('submitted', 'review_return'), 'returned');
    assert.equal(nextReportStatus('reviewed', 'approve_return'), 'returned');
    assert.equal(nextReportStatus('returned', 'submit'), 'submitted');
  });

  it('refuses steps out of order with the status in Chinese, and edits and recomputation after approval', () => {
    assert.throws(() => nextReportStatus('draft', 'approve'), (e: DomainError) => e.code === 'workflow.invalid_transition' && e.message.includes('「草稿」'));
    assert.throws(() => nextReportStatus('approved', 'refresh'), (e: DomainError) => e.message.includes('「已审签」'));
    assert.throws(() => nextReportStatus('submitted', 'edit'));
    assert.throws(() => nextReportStatus('imported', 'submit'));
    assert.equal(isReportEditable('returned'), true);
    assert.equal(isReportEditable('reviewed'), false);
  });

  it('needs three different people: 填表人 ≠ 复核人 ≠ 审签人', () => {
    const round = { preparerId: 'u1', reviewerId: 'u2' };
    assert.throws(() => assertReportSignOff({ preparerId: 'u1', reviewerId: null }, 'review_pass', 'u1'), (e: DomainError) => e.code === 'forbidden' && e.message.includes('您已是本年度报告的填表人，不能再复核'));
    assert.throws(() => assertReportSignOff(round, 'approve', 'u2'), (e: DomainError) => e.message.includes('复核人，不能再审签'));
    assert.throws(() => assertReportSignOff(round, 'approve', 'u1'), (e: DomainError) => e.message.includes('填表人，不能再审签'));
    assertReportSignOff(round, 'approve', 'u3');
    assert.equal(reportSignOffRefusal({ ...round, status: 'reviewed' }, 'u2'), '您已是本年度报告的复核人，不能再审签');
    assert.equal(reportSignOffRefusal({ ...round, status: 'reviewed' }, 'u3'), null);
  });
});
