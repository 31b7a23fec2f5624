/** A consistent 2025 annual report (and its 2024 predecessor) that the tests break one rule at a time. */
import { countTable3, type CountedApplication } from '../../../src/domain/applications/index.ts';
import type { ReportTables } from '../../../src/domain/annualReport/index.ts';

const closed = (receivedOn: string, closedOn: string, outcome: CountedApplication['outcome'], applicantType: CountedApplication['applicantType'] = 'naturalPerson', times = 1): CountedApplication[] =>
  Array.from({ length: times }, () => ({ receivedOn, closedOn, outcome, applicantType }));
const open = (receivedOn: string, applicantType: CountedApplication['applicantType'] = 'naturalPerson', times = 1): CountedApplication[] =>
  Array.from({ length: times }, () => ({ receivedOn, closedOn: null, outcome: null, applicantType }));

/** 2 carried over from 2024, 18 received in 2025, 17 closed, 3 carried forward. */
export const APPLICATIONS: readonly CountedApplication[] = [
  ...closed('2024-12-20', '2025-01-10', 'granted'),
  ...closed('2024-12-23', '2025-01-15', 'partial'),
  ...closed('2025-02-03', '2025-02-20', 'granted', 'naturalPerson', 5),
  ...closed('2025-03-03', '2025-03-25', 'partial', 'naturalPerson', 2),
  ...closed('2025-04-01', '2025-04-20', 'withheld.thirdParty'),
  ...closed('2025-05-06', '2025-05-26', 'unavailable.notHeld', 'naturalPerson', 3),
  ...closed('2025-06-02', '2025-06-10', 'notProcessed.repeat'),
  ...closed('2025-07-01', '2025-08-01', 'other.noCorrection'),
  ...closed('2025-08-04', '2025-08-20', 'granted', 'commercial'),
  ...closed('2025-09-01', '2025-09-20', 'unavailable.notHeld', 'legal'),
  ...open('2025-12-15', 'naturalPerson', 2),
  ...open('2025-12-22', 'commercial'),
];

export function consistentReport(): ReportTables {
  return {
    agency: '某县医疗保障局',
    year: 2025,
    format: '2021',
    table2: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 2, repealed: 1, inForce: 5 },
      licensing: { decisions: 0 },
      penalties: { decisions: 12 },
      enforcement: { decisions: 0 },
      fees: { amountTenThousandYuan: 0 },
    },
    table3: countTable3(APPLICATIONS, 2025),
    table4: {
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    },
  };
}

/** The same applications in the 2019 试行 layout: one （六） row, the 2019 table 二 (regulations.md §2.8). */
export function as2019(tables: ReportTables): ReportTables {
  const t3 = structuredClone(tables.table3);
  for (const column of Object.keys(t3['other.other']) as (keyof (typeof t3)['other.other'])[]) {
    t3['other.other'][column] = (t3['other.other'][column] ?? 0) + (t3['other.noCorrection'][column] ?? 0) + (t3['other.feeUnpaid'][column] ?? 0);
  }
  const { 'other.noCorrection': _noCorrection, 'other.feeUnpaid': _feeUnpaid, ...table3 } = t3;
  const items = (lastYearItems: number, change: number, decisions: number) => ({ lastYearItems, change, decisions });
  const table2 = {
    regulations: { made: 0, published: 0, total: 0 },
    normativeDocuments: { made: 2, published: 2, total: 5 },
    licensing: items(0, 0, 0),
    otherServices: items(4, -1, 7),
    penalties: items(3, 0, 12),
    enforcement: items(0, 0, 0),
    fees: { lastYearItems: 0, change: 0 },
    procurement: { projects: 1, amount: 3.5 },
  };
  return { ...tables, format: '2019', table2, table3: table3 as ReportTables['table3'] };
}

/** Last year's report: its 四、结转下年度继续办理 is this year's 二、上年结转. */
export function lastYearReport(): ReportTables {
  return { ...consistentReport(), year: 2024, table3: countTable3(APPLICATIONS, 2024) };
}

/** Section 一 of the consistent report, in the words real reports use. */
export const OVERVIEW_TEXT = [
  '2025年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。',
  '（一）主动公开。全年主动公开政府信息326条，其中制发行政规范性文件2件，废止行政规范性文件1件；公开行政处罚决定12件。',
  '（二）依申请公开。全年共收到政府信息公开申请18件，上年结转2件，办结17件，其中予以公开7件，部分公开3件，不予公开1件，无法提供4件，不予处理1件，其他处理1件；结转下年度继续办理3件。',
  '（五）监督保障。全年发生政府信息公开行政复议1件、行政诉讼1件，未发生因政府信息公开工作被责任追究的情况。',
].join('\n');
