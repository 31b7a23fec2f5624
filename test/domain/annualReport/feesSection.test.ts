import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feesChargedIn, feesSection } from '../../../src/domain/annualReport/feesSection.ts';

describe('section 六: 信息处理费 of the year', () => {
  it('says none was charged when no fee was paid in the year', () => {
    assert.equal(feesSection([]), '本年度未收取信息处理费。');
    assert.deepEqual(feesChargedIn([{ type: 'feeNotified', on: '2025-12-20', amount: 100 }], 2025), [], 'a notice not paid is no fee');
  });

  it('counts a fee in the year it was paid, for the amount of the notice it pays', () => {
    const ledger = [
      { type: 'feeNotified', on: '2025-12-20', amount: 100 },
      { type: 'feePaid', on: '2026-01-05' },
      { type: 'feeNotified', on: '2026-03-01', amount: 4700 },
      { type: 'feePaid', on: '2026-03-03' },
    ] as const;
    assert.deepEqual(feesChargedIn(ledger, 2025), []);
    assert.deepEqual(feesChargedIn(ledger, 2026), [{ paidOn: '2026-01-05', amountYuan: 100 }, { paidOn: '2026-03-03', amountYuan: 4700 }]);
    assert.equal(feesSection(feesChargedIn(ledger, 2026)), '本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费2件次，合计4,800元。');
  });

  it('names the fees whose amount the register did not record instead of counting them as 0', () => {
    assert.equal(feesSection([{ paidOn: '2026-02-01', amountYuan: null }]), '本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费1件次（其中1件未记录收费金额）。');
  });
});
