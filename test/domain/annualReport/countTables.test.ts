import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { countTable2 } from '../../../src/domain/annualReport/table2.ts';
import { countTable4 } from '../../../src/domain/annualReport/table4.ts';

describe('年报 table 二 from documents and entered figures', () => {
  const docs = [
    { legalForm: 'normativeDocument' as const, issuedOn: '2025-03-01', repealedOn: null },
    { legalForm: 'normativeDocument' as const, issuedOn: '2024-05-01', repealedOn: '2025-06-30' },
    { legalForm: 'normativeDocument' as const, issuedOn: '2023-05-01', repealedOn: '2026-01-10' },
    { legalForm: 'regulation' as const, issuedOn: '2026-01-02', repealedOn: null },
  ];
  it('counts issued, repealed and in force at 31 December', () => {
    const t = countTable2(docs, { licensing: 12, fees: 3.25 }, 2025);
    assert.deepEqual(t.normativeDocuments, { issued: 1, repealed: 1, inForce: 2 });
    assert.deepEqual(t.regulations, { issued: 0, repealed: 0, inForce: 0 });
    assert.deepEqual(t.licensing, { decisions: 12 });
    assert.deepEqual(t.fees, { amountTenThousandYuan: 3.25 });
  });
  it('leaves a figure nobody entered blank, not 0', () => {
    const t = countTable2([], {}, 2025);
    assert.equal(t.penalties!.decisions, null);
    assert.equal(t.enforcement!.decisions, null);
  });
});

describe('年报 table 四 from the case register', () => {
  it('counts cases filed in the year with their result at 31 December', () => {
    const t = countTable4([
      { kind: 'reconsideration', filedOn: '2025-02-01', decidedOn: '2025-04-01', result: 'upheld' },
      { kind: 'reconsideration', filedOn: '2025-11-01', decidedOn: '2026-02-01', result: 'corrected' },
      { kind: 'litigationDirect', filedOn: '2025-07-01', decidedOn: null, result: 'pending' },
      { kind: 'litigationAfterReview', filedOn: '2024-07-01', decidedOn: '2025-03-01', result: 'other' },
    ], 2025);
    assert.deepEqual(t.reconsideration, { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 });
    assert.deepEqual(t.litigationDirect, { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    assert.deepEqual(t.litigationAfterReview, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });
});
