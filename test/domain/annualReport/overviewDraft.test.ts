/**
 * Section 一 drafted from the tables (overviewDraft.ts): the sentences real reports use, and — a property over
 * random consistent tables — a draft that R8 (checkQuotedNumbers) reads back without a single finding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuotedNumbers, quotedNumbers, type ReportTables } from '../../../src/domain/annualReport/index.ts';
import { draftOverview } from '../../../src/domain/annualReport/overviewDraft.ts';
import { APPLICANT_TYPES, countTable3, OUTCOME_KEYS, type CountedApplication } from '../../../src/domain/applications/index.ts';
import { consistentReport } from './consistentReport.ts';

const FACTS = { agency: '某县医疗保障局', year: 2025, publishedItems: 326 };

/** A small deterministic generator (mulberry32), so that a failing seed can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTables(seed: number): ReportTables {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const pick = <T>(list: readonly T[]) => list[int(list.length - 1)]!;
  const applications: CountedApplication[] = Array.from({ length: int(3) === 0 ? 0 : int(60) }, () => {
    const receivedOn = `${2024 + int(1)}-${String(1 + int(11)).padStart(2, '0')}-15`;
    const closed = int(4) > 0;
    const closedOn = closed ? `${receivedOn.slice(0, 4) === '2024' ? 2025 : 2025 + int(1)}-12-${String(16 + int(10))}` : null;
    return { receivedOn, applicantType: pick(APPLICANT_TYPES), closedOn, outcome: closed ? pick(OUTCOME_KEYS) : null };
  });
  const row4 = () => {
    const [upheld, corrected, other, pending] = [int(1) * int(3), int(1) * int(2), int(1), int(1) * int(2)];
    return { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  };
  const maybe = (value: number) => (int(4) === 0 ? null : value);
  return {
    format: '2021', year: 2025,
    table2: {
      regulations: { issued: int(2), repealed: int(1), inForce: int(5) },
      normativeDocuments: { issued: int(9), repealed: int(3), inForce: int(40) },
      licensing: { decisions: maybe(int(500)) },
      penalties: { decisions: maybe(int(60)) },
      enforcement: { decisions: maybe(int(5)) },
      fees: { amountTenThousandYuan: maybe(int(3) === 0 ? 0 : int(99_999) / 100) },
    },
    table3: countTable3(applications, 2025),
    table4: { reconsideration: int(1) ? row4() : { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }, litigationDirect: row4(), litigationAfterReview: row4() },
  };
}

describe('draftOverview', () => {
  it('quotes the tables in the sentences real reports use', () => {
    const text = draftOverview(consistentReport(), FACTS);
    assert.match(text, /^2025年，某县医疗保障局认真贯彻落实《中华人民共和国政府信息公开条例》/);
    assert.ok(text.includes('全年主动公开政府信息326条，制定规章0件，制发行政规范性文件2件，废止行政规范性文件1件，现行有效行政规范性文件5件'), text);
    assert.ok(text.includes('全年共收到政府信息公开申请18件，上年结转2件，办结17件，其中予以公开7件，部分公开3件，不予公开1件，无法提供4件，不予处理1件，其他处理1件；结转下年度继续办理3件。'), text);
    assert.ok(text.includes('全年因政府信息公开工作被申请行政复议1件；因政府信息公开工作被提起行政诉讼1件。'), text);
    assert.deepEqual(checkQuotedNumbers(text, consistentReport()), []);
  });

  it('says 全年未… when nothing was received and no case was brought, and leaves blank figures out', () => {
    const tables = { ...randomTables(1), table3: countTable3([], 2025) };
    tables.table4 = { reconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }, litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }, litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 } };
    tables.table2 = { ...tables.table2, licensing: { decisions: null } };
    const text = draftOverview(tables, { ...FACTS, publishedItems: null });
    assert.ok(text.includes('全年未收到政府信息公开申请，无上年结转政府信息公开申请。'), text);
    assert.ok(text.includes('全年未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。'), text);
    assert.ok(!text.includes('行政许可'), 'a blank figure is not quoted');
    assert.deepEqual(quotedNumbers(text).filter((q) => q.phrase.cells.includes('table3.newReceived.total')).map((q) => q.value), [0]);
  });

  it('drafts text that R8 reads back without a finding, for 300 random consistent tables', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const tables = randomTables(seed);
      const text = draftOverview(tables, FACTS);
      assert.deepEqual(checkQuotedNumbers(text, tables), [], `seed ${seed}: ${text}`);
      const quotedCells = new Set(quotedNumbers(text).flatMap((q) => q.phrase.cells));
      if (tables.table3.newReceived.total) assert.ok(quotedCells.has('table3.newReceived.total'), `seed ${seed}: the number received is quoted`);
    }
  });

  it('is caught by R8 when the tables change under it', () => {
    const tables = consistentReport();
    const text = draftOverview(tables, FACTS);
    const changed = { ...tables, table3: countTable3([], 2025) };
    assert.ok(checkQuotedNumbers(text, changed).some((f) => f.rule === 'R8' && f.severity === 'error'));
  });
});
