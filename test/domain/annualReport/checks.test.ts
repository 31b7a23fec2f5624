import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReport, checkTables, type Finding, type ReportTables } from '../../../src/domain/annualReport/index.ts';
import { consistentReport, lastYearReport } from './consistentReport.ts';

const rulesOf = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();
const broken = (change: (tables: ReportTables) => void) => {
  const tables = consistentReport();
  change(tables);
  return checkTables(tables);
};

describe('R1–R6 on the tables (regulations.md §2.5)', () => {
  it('the consistent report passes every rule', () => {
    assert.deepEqual(checkReport({ tables: consistentReport() }, { lastYear: { tables: lastYearReport() } }), []);
  });

  it('R1: 一 + 二 ≠ 三（七）+ 四', () => {
    const findings = broken((t) => {
      t.table3.newReceived.naturalPerson! += 1;
      t.table3.newReceived.total! += 1;
    });
    assert.deepEqual(rulesOf(findings), ['R1']);
    assert.deepEqual(findings.map((f) => f.where), ['table3.total.naturalPerson', 'table3.total.total']);
    assert.match(findings[0]!.message, /^表三“自然人”列：第一项加第二项之和为18，第三项（七）总计加第四项之和为17/);
  });

  it('R2: （七）总计 ≠ the sum of （一）…（六）', () => {
    const findings = broken((t) => {
      t.table3.granted.naturalPerson! -= 1;
      t.table3.granted.total! -= 1;
    });
    assert.deepEqual(rulesOf(findings), ['R2']);
    assert.equal(findings[0]!.where, 'table3.total.naturalPerson');
    assert.match(findings[0]!.message, /表三“（七）总计”行“自然人”列为15，但（一）至（六）各项之和为14/);
  });

  it('R3: a row total ≠ the sum of its applicant columns', () => {
    const findings = broken((t) => {
      t.table3.granted.total! -= 1;
      t.table3.partial.total! += 1;
    });
    assert.deepEqual(rulesOf(findings), ['R3']);
    assert.deepEqual(findings.map((f) => f.where), ['table3.granted.total', 'table3.partial.total']);
  });

  it('R4: a table 四 group total ≠ its four results', () => {
    const findings = broken((t) => {
      t.table4.litigationAfterReview.total = 2;
    });
    assert.deepEqual(findings, [
      { rule: 'R4', severity: 'error', where: 'table4.litigationAfterReview.total', message: '表四“行政诉讼（复议后起诉）”的“总计”为2，但结果维持、结果纠正、其他结果、尚未审结之和为1' },
    ]);
  });

  it('R5: a blank cell is reported as blank, not read as 0, and the sums needing it are skipped', () => {
    const findings = broken((t) => {
      t.table3['withheld.stateSecret'].research = null;
    });
    assert.deepEqual(findings, [
      { rule: 'R5', severity: 'error', where: 'table3.withheld.stateSecret.research', message: '表三“（三）不予公开1.属于国家秘密”行“科研机构”列为空（没有数字时应填写0）' },
    ]);
  });

  it('R5: negative or fractional counts are errors; 万元 may be a decimal', () => {
    const findings = broken((t) => {
      t.table2.fees!.amountTenThousandYuan = 1.25;
      t.table2.penalties!.decisions = 2.5;
      t.table4.reconsideration.corrected = -1;
    });
    assert.deepEqual(
      findings.filter((f) => f.rule === 'R5').map((f) => [f.where, f.message]),
      [
        ['table2.penalties.decisions', '表二“行政处罚”的“本年处理决定数量”不是整数（2.5）'],
        ['table4.reconsideration.corrected', '表四“行政复议”的“结果纠正”不是非负数（-1）'],
      ],
    );
  });

  it('R6: an application of 部分公开 counted again under 不予公开', () => {
    const findings = broken((t) => {
      t.table3['withheld.thirdParty'].naturalPerson! += 1;
      t.table3['withheld.thirdParty'].total! += 1;
      t.table3.total.naturalPerson! += 1;
      t.table3.total.total! += 1;
    });
    const r6 = findings.filter((f) => f.rule === 'R6');
    assert.deepEqual(r6.map((f) => [f.severity, f.where]), [['warning', 'table3.partial.naturalPerson'], ['warning', 'table3.partial.total']]);
    assert.match(r6[0]!.message, /多1件.*区分处理的申请只计部分公开/);
    assert.deepEqual(rulesOf(findings), ['R1', 'R6']);
  });
});

describe('R7: this year’s 上年结转 = last year’s 结转下年度', () => {
  it('flags a column that does not carry over', () => {
    const lastYear = lastYearReport();
    lastYear.table3.carriedForward.naturalPerson = 3;
    lastYear.table3.carriedForward.total = 3;
    const findings = checkReport({ tables: consistentReport() }, { lastYear: { tables: lastYear } });
    assert.deepEqual(rulesOf(findings), ['R7']);
    assert.deepEqual(findings.map((f) => f.where), ['table3.carriedOver.naturalPerson', 'table3.carriedOver.total']);
    assert.match(findings[0]!.message, /为2，但上一年度报告“四、结转下年度继续办理”为3/);
  });
});

describe('a 2019 试行 report read from history', () => {
  const as2019 = (): ReportTables => {
    const tables = consistentReport();
    const t3 = tables.table3;
    for (const column of ['naturalPerson', 'total'] as const) t3['other.other'][column] = t3['other.noCorrection'][column]! + t3['other.feeUnpaid'][column]! + t3['other.other'][column]!;
    const { 'other.noCorrection': _noCorrection, 'other.feeUnpaid': _feeUnpaid, ...rows } = t3;
    return {
      ...tables,
      format: '2019',
      table3: rows as ReportTables['table3'],
      table2: {
        regulations: { made: 0, published: 0, total: 0 },
        normativeDocuments: { made: 2, published: 2, total: 5 },
        licensing: { lastYearItems: 2, change: -1, decisions: 0 },
        otherServices: { lastYearItems: 3, change: 0, decisions: 40 },
        penalties: { lastYearItems: 1, change: 0, decisions: 12 },
        enforcement: { lastYearItems: 0, change: 0, decisions: 0 },
        fees: { lastYearItems: 0, change: 0 },
        procurement: { projects: 2, amount: 35.6 },
      },
    };
  };

  it('passes without the three （六） sub-rows, counting （六）其他处理 in other.other', () => {
    assert.deepEqual(checkTables(as2019()), []);
  });

  it('still checks its sums and cells', () => {
    const tables = as2019();
    tables.table3['other.other'].naturalPerson = null;
    tables.table2.procurement!.projects = 1.5;
    assert.deepEqual(checkTables(tables).map((f) => [f.rule, f.where]), [['R5', 'table2.procurement.projects'], ['R5', 'table3.other.other.naturalPerson']]);
  });

  it('does not compare the 2021 table 二 phrases of its overview', () => {
    assert.deepEqual(checkReport({ tables: as2019(), overviewText: '全年制发行政规范性文件2件，公开行政处罚决定12件，收到政府信息公开申请18件。' }), []);
  });
});
