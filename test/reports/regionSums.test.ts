/** The region view's pure parts: summing tables 三 and 四 with blanks counted, and R9's five states. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sumRegionTables } from '../../src/domain/annualReport/regionSums.ts';
import { reportPublication } from '../../src/domain/annualReport/timeliness.ts';
import { zeroTables } from './regionFixture.ts';

describe('region sums', () => {
  it('adds cell by cell, counts blanks, and does not count a 2019 report’s missing 2021 rows as blanks', () => {
    const a = zeroTables(2025);
    a.table3.granted.commercial = 2;
    a.table4.litigationDirect.total = 1;
    const b = zeroTables(2025);
    b.table3.granted.commercial = 5;
    b.table3.granted.total = null;
    const old = { ...zeroTables(2020), format: '2019' as const };
    delete (old.table3 as Partial<typeof old.table3>)['other.noCorrection'];
    delete (old.table3 as Partial<typeof old.table3>)['other.feeUnpaid'];
    old.table3['other.other'].naturalPerson = 4;
    const sums = sumRegionTables([a, b, old]);
    assert.equal(sums.table3.granted.commercial, 7);
    assert.equal(sums.table3.granted.total, 0);
    assert.equal(sums.table3['other.other'].naturalPerson, 4);
    assert.equal(sums.table4.litigationDirect.total, 1);
    assert.deepEqual([sums.reports, sums.blankCells], [3, 1]);
    const missingRow = zeroTables(2025);
    delete (missingRow.table3 as Partial<typeof missingRow.table3>).carriedOver;
    assert.equal(sumRegionTables([missingRow]).blankCells, 7, 'a row missing from a 2021 report is seven blanks');
  });
});

describe('R9 in the region view', () => {
  it('tells 未到期, 已按时发布, 逾期发布, 逾期未发布 and an imported report without a date', () => {
    assert.deepEqual(reportPublication(2025, '2025-12-31', null), { timeliness: 'notDue', dueOn: '2026-01-31', daysLeft: 31 });
    assert.deepEqual(reportPublication(2025, '2026-01-31', null), { timeliness: 'notDue', dueOn: '2026-01-31', daysLeft: 0 });
    assert.equal(reportPublication(2025, '2026-02-01', null).timeliness, 'overdue');
    assert.equal(reportPublication(2025, '2026-03-01', '2026-01-31').timeliness, 'onTime');
    assert.equal(reportPublication(2025, '2026-03-01', '2026-02-01').timeliness, 'late');
    assert.equal(reportPublication(2025, '2026-03-01', null, true).timeliness, 'undated');
    assert.equal(reportPublication(2025, '2026-03-01', '2026-01-02', true).timeliness, 'onTime');
  });
});
