import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildFeeNotice,
  computeAnswerClock,
  FEE_STANDARD_TEXT,
  isFeeOverdue,
  OUTCOMES,
  perApplicationFee,
  perPageFee,
} from '../../src/domain/applications/index.ts';
import { addWorkingDays } from '../../src/domain/calendar/arithmetic.ts';
import { ValidationError } from '../../src/domain/shared/errors.ts';
import { seedCalendar } from '../calendar/seedCalendar.ts';

const paymentWay = '通过宁夏非税收入缴款码缴纳（缴款码见本通知附件）';
const chineseLine = (pattern: RegExp) => (error: unknown) => error instanceof ValidationError && pattern.test(error.message) && !error.message.includes('\n');

describe('收费通知 content', () => {
  it('states basis, standard, method, amount and its arithmetic for 按量计收', () => {
    const notice = buildFeeNotice(seedCalendar, { assessment: perPageFee(250), noticeOn: '2025-09-26', paymentWay });
    assert.equal(notice.methodLabel, '按量计收');
    assert.match(notice.basis, /条例》第四十二条/);
    assert.match(notice.basis, /国办函〔2020〕109号）第三条、第五条$/);
    assert.deepEqual(notice.standard, FEE_STANDARD_TEXT.perPage);
    assert.equal(notice.standard.length, 4);
    assert.match(notice.standard[3]!, /201页以上的部分：40元\/页/);
    assert.deepEqual([notice.amountYuan, notice.amountText], [4700, '4,700元']);
    assert.deepEqual(notice.breakdown, ['第31—100页：70页×10元/页=700元', '第101—200页：100页×20元/页=2,000元', '第201—250页：50页×40元/页=2,000元']);
    assert.equal(notice.paymentWay, paymentWay);
  });

  it('states the 按件计收 standard with its bands above 30 and the applicant\'s place in the month', () => {
    const notice = buildFeeNotice(seedCalendar, { assessment: perApplicationFee(11), noticeOn: '2025-03-10', paymentWay });
    assert.equal(notice.methodLabel, '按件计收');
    assert.match(notice.basis, /第三条、第四条$/);
    assert.match(notice.standard.join(''), /31—40件200元\/件，41—50件300元\/件/);
    assert.deepEqual([notice.amountText, notice.breakdown], ['100元', ['第12件：1件×100元/件=100元']]);
  });

  it('gives 20 working days from the day after receipt to pay, across 国庆 and its 调休 days', () => {
    const notice = buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-09-26', paymentWay });
    assert.deepEqual([notice.deliveredOn, notice.payFrom], ['2025-09-26', '2025-09-27']);
    // Counted: 09-28 (调休上班), 09-29, 09-30, 10-09 … (10-01…10-08 off, 10-11 调休上班) → the 20th is 10-30.
    assert.equal(notice.payBy, '2025-10-30');
    assert.equal(notice.payBy, addWorkingDays(seedCalendar, '2025-09-26', 20));
    assert.equal(notice.provisional, false);
    const byPost = buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-09-26', deliveredOn: '2025-09-30', paymentWay });
    assert.deepEqual([byPost.payFrom, byPost.payBy], ['2025-10-01', addWorkingDays(seedCalendar, '2025-09-30', 20)]);
    assert.ok(byPost.payBy > notice.payBy);
  });

  it('says that unpaid ends the application as other.feeUnpaid (年报表三（六）2)', () => {
    const notice = buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-09-26', paymentWay });
    assert.equal(notice.unpaidOutcome, 'other.feeUnpaid');
    assert.match(OUTCOMES[notice.unpaidOutcome].row, /^2\.申请人逾期未按收费通知要求缴纳费用/);
    assert.match(notice.consequence, /收到本通知次日起20个工作日内（2025-10-30前）缴纳信息处理费100元/);
    assert.match(notice.consequence, /视为放弃申请/);
    assert.equal(isFeeOverdue(notice, null, '2025-10-30'), false);
    assert.equal(isFeeOverdue(notice, null, '2025-10-31'), true);
    assert.equal(isFeeOverdue(notice, '2025-10-30', '2025-11-30'), false);
  });

  it('matches the answer clock: an unpaid fee pauses it until the same pay-by date', () => {
    const notice = buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-09-26', paymentWay });
    const clock = computeAnswerClock(seedCalendar, '2025-09-15', [{ type: 'feeNotified', on: notice.noticeOn, amount: notice.amountYuan }]);
    assert.equal(clock.pauses[0]!.to, notice.payBy);
  });

  it('is provisional when the pay-by date falls in a year without a holiday notice', () => {
    const notice = buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2026-12-21', paymentWay });
    assert.ok(notice.payBy.startsWith('2027-01'));
    assert.deepEqual([notice.provisional, notice.unknownYears], [true, [2027]]);
  });

  it('refuses a zero fee, a missing payment route and impossible dates, each with one Chinese line', () => {
    assert.throws(() => buildFeeNotice(seedCalendar, { assessment: perPageFee(30), noticeOn: '2025-09-26', paymentWay }), chineseLine(/无需发出收费通知/));
    assert.throws(() => buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-09-26', paymentWay: '  ' }), chineseLine(/请填写缴纳方式/));
    assert.throws(() => buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-02-29', paymentWay }), chineseLine(/收费通知日期/));
    assert.throws(
      () => buildFeeNotice(seedCalendar, { assessment: perPageFee(40), noticeOn: '2025-09-26', deliveredOn: '2025-09-25', paymentWay }),
      chineseLine(/不早于通知日期/),
    );
  });
});
