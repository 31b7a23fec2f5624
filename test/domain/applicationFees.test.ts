import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applicantKey,
  applicationsInSameFeeMonth,
  assessFee,
  feeMonthOf,
  formatYuan,
  normalisePhone,
  perApplicationFee,
  perApplicationMonthTotal,
  perPageFee,
  unitsFiledBefore,
  type FeeChoice,
  type FeeCountedApplication,
} from '../../src/domain/applications/index.ts';
import { chinaDateOf } from '../../src/domain/shared/clock.ts';
import { ValidationError } from '../../src/domain/shared/errors.ts';

// Independent per-unit prices, written from regulations.md §3 without the module's band walk.
const priceOfNthApplication = (n: number) => (n <= 10 ? 0 : n <= 30 ? 100 : 100 * (Math.floor((n - 31) / 10) + 2));
const priceOfNthPage = (n: number) => (n <= 30 ? 0 : n <= 100 ? 10 : n <= 200 ? 20 : 40);
const sumOf = (count: number, price: (n: number) => number) => Array.from({ length: count }, (_, i) => price(i + 1)).reduce((a, b) => a + b, 0);

const isChineseValidation = (pattern: RegExp) => (error: unknown) =>
  error instanceof ValidationError && /[\u4e00-\u9fff]/.test(error.message) && pattern.test(error.message) && !error.message.includes('\n');

describe('信息处理费: the two worked examples of regulations.md §3', () => {
  it('45 applications of one applicant in one month cost 5,500 元 (按件计收)', () => {
    const month = perApplicationMonthTotal(45);
    assert.equal(month.amountYuan, 5500);
    assert.deepEqual(month.lines.map((l) => [l.from, l.to, l.yuanPerUnit, l.yuan]), [[1, 10, 0, 0], [11, 30, 100, 2000], [31, 40, 200, 2000], [41, 45, 300, 1500]]);
    assert.equal(formatYuan(month.amountYuan), '5,500元');
  });

  it('one application of 250 pages costs 4,700 元 (按量计收)', () => {
    const fee = perPageFee(250);
    assert.equal(fee.amountYuan, 4700);
    assert.deepEqual(fee.lines.map((l) => [l.units, l.yuan]), [[30, 0], [70, 700], [100, 2000], [50, 2000]]);
    assert.equal(formatYuan(fee.amountYuan), '4,700元');
  });
});

describe('信息处理费: band boundaries', () => {
  it('prices the n-th application of the month at every boundary (10/11, 30/31, 40/41, 50/51)', () => {
    const marginal = (nth: number) => perApplicationFee(nth - 1).amountYuan;
    assert.deepEqual([10, 11, 30, 31, 40, 41, 50, 51].map(marginal), [0, 100, 100, 200, 200, 300, 300, 400]);
    assert.deepEqual([10, 11, 30, 31, 40, 41].map((n) => perApplicationMonthTotal(n).amountYuan), [0, 100, 2000, 2200, 4000, 4300]);
  });

  it('prices pages at every boundary (30/31, 100/101, 200/201)', () => {
    assert.deepEqual([0, 30, 31, 100, 101, 200, 201].map((p) => perPageFee(p).amountYuan), [0, 0, 10, 700, 720, 2700, 2740]);
  });

  it('agrees with an independent per-unit sum, and marginal fees add up to the month total', () => {
    let running = 0;
    for (let n = 1; n <= 130; n++) {
      running += perApplicationFee(n - 1).amountYuan;
      assert.equal(perApplicationMonthTotal(n).amountYuan, sumOf(n, priceOfNthApplication), `${n} applications`);
      assert.equal(running, perApplicationMonthTotal(n).amountYuan, `marginal sum at ${n}`);
    }
    for (let pages = 0; pages <= 260; pages++) assert.equal(perPageFee(pages).amountYuan, sumOf(pages, priceOfNthPage), `${pages} pages`);
  });

  it('charges an application split into several 件 (一事一申请) for each of them', () => {
    // Already 28 this month; this one counts 4: the 29th–32nd → 100 + 100 + 200 + 200.
    assert.equal(perApplicationFee(28, 4).amountYuan, 600);
    assert.equal(assessFee({ method: 'perApplication', alreadyThisMonth: 28, units: 4 }).amountYuan, 600);
    assert.equal(assessFee({ method: 'perPage', pages: 250 }).amountYuan, 4700);
  });
});

describe('信息处理费: the same applicant in the same calendar month', () => {
  const app = (id: string, receivedOn: string, key = 'id:110105194912310029', units?: number): FeeCountedApplication => ({ id, applicantKey: key, receivedOn, units });

  it('counts by the calendar month of the China-time receipt date', () => {
    assert.equal(feeMonthOf('2025-01-31'), '2025-01');
    assert.equal(feeMonthOf('2025-02-01'), '2025-02');
    // Submitted online at 00:30 on 1 February in Beijing: February, though still 31 January in UTC.
    assert.equal(feeMonthOf(chinaDateOf('2025-01-31T16:30:00Z')), '2025-02');
    assert.equal(feeMonthOf('2024-12-31') === feeMonthOf('2025-01-01'), false);
  });

  it('finds the applications of one applicant in one month, in order of receipt, and the 件 filed before', () => {
    const january = Array.from({ length: 12 }, (_, i) => app(`j${i + 1}`, `2025-01-${10 + i}`));
    const others = [app('x1', '2025-01-21', 'name:李四|tel:13900000000'), app('d1', '2024-12-31'), app('f1', '2025-02-01')];
    const all = [...others.slice(0, 2), ...january.reverse(), others[2]!];
    const target = app('j12', '2025-01-21');
    const month = applicationsInSameFeeMonth(all, target);
    assert.equal(month.length, 12);
    assert.ok(month.every((a) => a.receivedOn.startsWith('2025-01') && a.applicantKey === target.applicantKey));
    assert.deepEqual(month.map((a) => a.receivedOn), [...month.map((a) => a.receivedOn)].sort());
    assert.equal(unitsFiledBefore(all, target), 11);
    assert.equal(perApplicationFee(unitsFiledBefore(all, target)).amountYuan, 100, 'the 12th in January');
    assert.equal(unitsFiledBefore(all, app('f1', '2025-02-01')), 0, 'February starts again at zero');
    assert.equal(unitsFiledBefore(all, app('d1', '2024-12-31')), 0);
  });

  it('orders same-day applications as given and adds the 件 of split ones', () => {
    const all = [app('a', '2025-03-03', undefined, 3), app('b', '2025-03-03'), app('c', '2025-03-02', undefined, 2)];
    assert.deepEqual(applicationsInSameFeeMonth(all, all[1]!).map((a) => a.id), ['c', 'a', 'b']);
    assert.equal(unitsFiledBefore(all, all[1]!), 5);
    assert.throws(() => unitsFiledBefore(all, app('z', '2025-03-03')), isChineseValidation(/不在该申请人的申请记录中/));
  });

  it('recognises a repeat applicant by the normalised document number, else name + phone', () => {
    assert.equal(applicantKey({ name: '张三', idNumber: ' １１０１０５ 19491231002x ' }), 'id:11010519491231002X');
    assert.equal(applicantKey({ name: '张三', idNumber: '11010519491231002X', phone: '1' }), applicantKey({ name: '张 三', idNumber: '11010519491231002x' }));
    assert.equal(applicantKey({ name: '某某 科技有限公司', phone: '+86 139-0000-0000' }), applicantKey({ name: '某某科技有限公司', phone: '13900000000' }));
    assert.equal(applicantKey({ name: '李四', phone: '0951-1234567' }), 'name:李四|tel:09511234567');
    assert.notEqual(applicantKey({ name: '李四', phone: '13900000000' }), applicantKey({ name: '李四', phone: '13900000001' }));
    assert.equal(normalisePhone('0086 13900000000'), '13900000000');
    assert.equal(normalisePhone('86-951-1234567'), '869511234567', 'a prefix is stripped only before a mobile number');
    assert.throws(() => applicantKey({ name: '王五' }), isChineseValidation(/无法识别申请人/));
    assert.throws(() => applicantKey({ name: ' ', phone: '13900000000' }), isChineseValidation(/无法识别申请人/));
  });
});

describe('信息处理费: invalid input', () => {
  for (const pages of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000_001]) {
    it(`refuses ${pages} pages with one Chinese line`, () => {
      assert.throws(() => perPageFee(pages), isChineseValidation(/页数应为0至10000000之间的整数/));
    });
  }

  it('refuses negative or fractional counts and non-numbers from a form', () => {
    assert.throws(() => perApplicationFee(-1), isChineseValidation(/本月此前已申请件数/));
    assert.throws(() => perApplicationFee(3, 0), isChineseValidation(/本件申请计收件数/));
    assert.throws(() => perApplicationMonthTotal(4.5), isChineseValidation(/本月申请件数/));
    assert.throws(() => assessFee({ method: 'perPage', pages: '30' } as unknown as FeeChoice), isChineseValidation(/页数/));
    assert.throws(() => feeMonthOf('2025-02-30'), isChineseValidation(/收到申请日期/));
  });

  it('refuses both methods at once (办法第三条) and an unknown method', () => {
    const both = { method: 'perPage', pages: 40, alreadyThisMonth: 12 } as unknown as FeeChoice;
    assert.throws(() => assessFee(both), isChineseValidation(/不得同时按照两种标准重复计算/));
    assert.throws(() => assessFee({ method: 'perWord' } as unknown as FeeChoice), isChineseValidation(/收费方式应为/));
  });
});
