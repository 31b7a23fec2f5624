import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateReadiness } from '../../../src/domain/supervision/evaluateReadiness.ts';
import type { ColumnFact, ReadinessFacts } from '../../../src/domain/supervision/readinessFacts.ts';
import { READINESS_RULES } from '../../../src/domain/supervision/readinessRules.ts';

const TODAY = '2026-09-15';

/** An agency with nothing to find on TODAY: every column fresh, 年报 on time, 指南 complete and recent. */
function readyFacts(patch: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return {
    catalog: { versionId: 'v1', publishedOn: '2026-03-01' },
    columns: [column('c-news', '工作动态', '2026-09-10'), column('c-notice', '通知公告', '2026-05-01'), column('c-org', '机构信息', '2020-01-01')],
    periodBlanks: [],
    brokenLinks: [],
    annualReport: { year: 2025, reportId: 'r2025', publishedOn: '2026-01-20' },
    guide: { officeName: '办公室', address: '中卫市沙坡头区', hours: '8:30-12:00', phone: '0955-1234567', email: 'gk@example.gov.cn', postcode: '755000', applicationChannel: true, updatedOn: '2026-03-01' },
    ...patch,
  };
}

function column(itemId: string, level2: string, lastPublishedOn: string | null, extra: Partial<ColumnFact> = {}): ColumnFact {
  return { itemId, level1: '法定主动公开内容', level2, lastPublishedOn, everPublished: lastPublishedOn !== null, emptyNote: null, ...extra };
}

const blankColumns = (n: number) => Array.from({ length: n }, (_, i) => column(`b${i}`, `空白栏目${i + 1}`, null));
const ruleIds = (facts: ReadinessFacts, today = TODAY) => evaluateReadiness(facts, today).findings.map((f) => f.ruleId);

describe('inspection readiness rules as data', () => {
  it('every rule has a Chinese title, threshold and citation with its source; unconfirmed ones say why', () => {
    for (const rule of READINESS_RULES) {
      assert.match(rule.title + rule.threshold + rule.citation.text, /^[^a-zA-Z]*$/u, rule.id);
      assert.ok(rule.citation.source.includes('regulations.md'), rule.id);
      assert.equal(rule.confirmed, rule.unconfirmed === undefined, rule.id);
      assert.ok(rule.vetoAt !== undefined || rule.belowVeto === 'notice' || rule.pointsEach, rule.id);
    }
  });

  it('an agency with nothing to find scores 100 and passes', () => {
    assert.deepEqual(evaluateReadiness(readyFacts(), TODAY), { today: TODAY, findings: [], score: 100, vetoed: false, verdict: '合格', verdictReason: null });
  });
});

describe('空白栏目 (单项否决 at 5)', () => {
  it('4 blank columns are 提示, 5 are 单项否决 and make the site 不合格', () => {
    const four = evaluateReadiness(readyFacts({ columns: blankColumns(4) }), TODAY);
    assert.deepEqual(four.findings.map((f) => f.severityLabel), ['提示', '提示', '提示', '提示']);
    assert.equal(four.verdict, '合格');
    const five = evaluateReadiness(readyFacts({ columns: blankColumns(5) }), TODAY);
    assert.deepEqual(new Set(five.findings.map((f) => f.severityLabel)), new Set(['单项否决']));
    assert.equal(five.verdict, '不合格');
    assert.equal(five.verdictReason, '单项否决：空白栏目');
    assert.match(five.findings[0]!.message, /栏目“法定主动公开内容 \/ 空白栏目1”自开设以来没有发布过信息.*共5个，达到单项否决标准5个/);
    assert.deepEqual(five.findings[0]!.target, { kind: 'item', itemId: 'b0' });
  });

  it('a note on the column that the agency has no such information clears it; an unrelated note does not', () => {
    const noted = [...blankColumns(4), column('n', '行政处罚', null, { emptyNote: '本单位暂无此类信息' })];
    assert.equal(evaluateReadiness(readyFacts({ columns: noted }), TODAY).vetoed, false);
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('n', '通知公告', null, { emptyNote: '本单位暂无此类信息' })] })), [], 'an explained empty 通知公告 column is not stale either');
    const unrelated = [...blankColumns(4), column('n', '行政处罚', null, { emptyNote: '按季度更新' })];
    assert.equal(evaluateReadiness(readyFacts({ columns: unrelated }), TODAY).vetoed, true);
  });

  it('a column whose documents were all withdrawn is not blank', () => {
    const withdrawn = [...blankColumns(4), column('w', '行政许可', null, { everPublished: true })];
    assert.equal(evaluateReadiness(readyFacts({ columns: withdrawn }), TODAY).vetoed, false);
  });
});

describe('栏目不更新 (动态 2 weeks, 通知公告/政策文件 6 months; 单项否决 at 5)', () => {
  it('a 通知公告 column last updated 6 months minus one day ago passes; plus one day is a deduction', () => {
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('n', '通知公告', '2026-03-16')] })), []);
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('n', '通知公告', '2026-03-15')] })), [], 'exactly 6 months is still in time');
    const late = evaluateReadiness(readyFacts({ columns: [column('n', '通知公告', '2026-03-14')] }), TODAY);
    assert.deepEqual(late.findings.map((f) => [f.ruleId, f.severityLabel, f.points]), [['columns.stale', '扣分', 5]]);
    assert.equal(late.score, 95);
    assert.match(late.findings[0]!.message, /通知公告、政策文件类栏目，最近一次发布在2026年3月14日，超过6个月未更新/);
  });

  it('a 动态 column is stale after 14 days', () => {
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('d', '工作动态', '2026-09-01')] })), []);
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('d', '工作动态', '2026-08-31')] })), ['columns.stale']);
  });

  it('dynamic and notice columns count together: 4 are deductions (at most 20 points), 5 are 单项否决', () => {
    const stale = [column('d1', '工作动态', '2026-01-01'), column('d2', '部门要闻', '2026-01-01'), column('p1', '政策文件', '2025-01-01'), column('p2', '规范性文件', '2025-01-01')];
    const four = evaluateReadiness(readyFacts({ columns: stale }), TODAY);
    assert.deepEqual(four.findings.map((f) => f.points), [5, 5, 5, 5]);
    assert.equal(four.score, 80);
    const five = evaluateReadiness(readyFacts({ columns: [...stale, column('p3', '公示公告', '2025-01-01')] }), TODAY);
    assert.equal(five.findings.filter((f) => f.severity === 'veto').length, 5);
    assert.equal(five.score, 100, 'single-veto findings deduct nothing; the verdict carries them');
    assert.equal(five.verdict, '不合格');
  });

  it('columns of no class (机构信息) are never stale; 人事/规划计划 columns after 12 months are 提示 until 10', () => {
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('o', '机构信息', '2010-01-01')] })), []);
    const plans = (n: number) => Array.from({ length: n }, (_, i) => column(`p${i}`, `人事信息${i}`, '2025-09-14'));
    assert.deepEqual(new Set(evaluateReadiness(readyFacts({ columns: plans(9) }), TODAY).findings.map((f) => f.severity)), new Set(['notice']));
    assert.equal(evaluateReadiness(readyFacts({ columns: plans(10) }), TODAY).vetoed, true);
    assert.deepEqual(ruleIds(readyFacts({ columns: [column('p', '发展规划', '2025-09-15')] })), [], 'exactly 12 months is still in time');
  });
});

describe('other deductions', () => {
  it('blank periods of periodic items deduct 2 each, at most 10', () => {
    const blanks = Array.from({ length: 6 }, (_, i) => ({ itemId: 'q', level1: '财政信息', level2: '预算执行', period: `2026年${i + 1}月`, dueOn: `2026-0${i + 2}-10` }));
    const result = evaluateReadiness(readyFacts({ periodBlanks: blanks }), TODAY);
    assert.deepEqual(result.findings.map((f) => f.points), [2, 2, 2, 2, 2, 0]);
    assert.equal(result.score, 90);
    assert.match(result.findings[0]!.message, /事项“财政信息 \/ 预算执行”2026年\d月的信息应于2026年\d月10日前公开，期满仍未公开/);
    assert.deepEqual(ruleIds(readyFacts({ periodBlanks: [] })), []);
  });

  it('a broken internal link names the document and leads to it', () => {
    const result = evaluateReadiness(readyFacts({ brokenLinks: [{ documentId: 'd1', documentTitle: '关于调整报销比例的通知', href: '/documents/gone', targetKind: 'document' }] }), TODAY);
    assert.deepEqual(result.findings.map((f) => [f.where, f.points, f.target]), [['文件《关于调整报销比例的通知》', 1, { kind: 'document', documentId: 'd1' }]]);
    const attachment = evaluateReadiness(readyFacts({ brokenLinks: [{ documentId: 'd2', documentTitle: '某文件', href: '/documents/d9/attachments/a1', targetKind: 'attachment' }] }), TODAY);
    assert.equal(attachment.findings[0]!.message, '文件《某文件》正文中的站内链接 /documents/d9/attachments/a1 指向的附件不存在或已撤回');
  });

  it('年报: 提示 in January, missing after 31 January, late when published after it', () => {
    const missing = { year: 2025, reportId: null, publishedOn: null };
    assert.deepEqual(evaluateReadiness(readyFacts({ annualReport: missing }), '2026-01-31').findings.map((f) => [f.ruleId, f.severityLabel]), [['annualReport.missing', '提示']]);
    const overdue = evaluateReadiness(readyFacts({ annualReport: missing }), '2026-02-01');
    assert.deepEqual(overdue.findings.map((f) => [f.ruleId, f.severityLabel, f.points]), [['annualReport.missing', '扣分', 5]]);
    assert.deepEqual(overdue.findings[0]!.target, { kind: 'annualReport', year: 2025, reportId: null });
    assert.deepEqual(ruleIds(readyFacts({ annualReport: { ...missing, publishedOn: '2026-01-31' } })), []);
    assert.deepEqual(ruleIds(readyFacts({ annualReport: { ...missing, publishedOn: '2026-02-01' } })), ['annualReport.late']);
    assert.deepEqual(ruleIds(readyFacts({ annualReport: missing }), '2025-12-31'), [], 'not due before 1 January');
  });

  it('指南: each missing fact and a missing application channel deduct 1, at most 5', () => {
    const guide = readyFacts().guide;
    const one = evaluateReadiness(readyFacts({ guide: { ...guide, email: null } }), TODAY);
    assert.deepEqual(one.findings.map((f) => [f.message, f.points, f.target.kind]), [['政府信息公开指南未载明电子邮箱', 1, 'contact']]);
    const none = { ...guide, officeName: null, address: null, hours: null, phone: null, email: null, postcode: null, applicationChannel: false };
    const all = evaluateReadiness(readyFacts({ guide: none }), TODAY);
    assert.equal(all.findings.length, 7);
    assert.equal(all.score, 95);
    assert.ok(all.findings.some((f) => f.message === '政府信息公开指南未载明依申请公开的申请渠道'));
  });

  it('指南 and 目录 not updated in 12 months (第五十三条), and a catalog never published', () => {
    const old = readyFacts({ catalog: { versionId: 'v0', publishedOn: '2025-09-14' }, guide: { ...readyFacts().guide, updatedOn: '2025-09-14' } });
    assert.deepEqual(ruleIds(old), ['guide.stale', 'catalog.stale']);
    const edge = readyFacts({ catalog: { versionId: 'v0', publishedOn: '2025-09-15' }, guide: { ...readyFacts().guide, updatedOn: '2025-09-15' } });
    assert.deepEqual(ruleIds(edge), []);
    const none = evaluateReadiness(readyFacts({ catalog: null }), TODAY);
    assert.deepEqual(none.findings.map((f) => [f.message, f.target]), [['政府信息公开目录尚未发布', { kind: 'catalog', versionId: null }]]);
  });
});

describe('ordering and score', () => {
  it('单项否决 first, then deductions largest first, then 提示; the score subtracts deductions only', () => {
    const facts = readyFacts({
      columns: [...blankColumns(5), column('n', '通知公告', '2025-01-01')],
      brokenLinks: [{ documentId: 'd1', documentTitle: '某文件', href: '/documents/x', targetKind: 'document' }],
      annualReport: { year: 2025, reportId: null, publishedOn: null },
    });
    const result = evaluateReadiness(facts, '2026-01-10');
    assert.deepEqual(result.findings.map((f) => f.severityLabel), ['单项否决', '单项否决', '单项否决', '单项否决', '单项否决', '扣分', '扣分', '提示']);
    assert.deepEqual(result.findings.slice(5).map((f) => f.ruleId), ['columns.stale', 'links.broken', 'annualReport.missing']);
    assert.equal(result.score, 94);
    assert.equal(result.verdict, '不合格');
  });

  it('without a veto, a score below 60 fails (pass mark UNCONFIRMED)', () => {
    const stale = Array.from({ length: 4 }, (_, i) => column(`s${i}`, `政策文件${i}`, '2025-01-01'));
    const blanks = Array.from({ length: 5 }, (_, i) => ({ itemId: 'q', level1: '财政信息', level2: null, period: `2026年${i + 1}月`, dueOn: '2026-06-01' }));
    const guide = { ...readyFacts().guide, officeName: null, address: null, hours: null, phone: null, email: null, updatedOn: null };
    const facts = readyFacts({ columns: stale, periodBlanks: blanks, guide, catalog: null, annualReport: { year: 2025, reportId: null, publishedOn: null },
      brokenLinks: Array.from({ length: 5 }, (_, i) => ({ documentId: `d${i}`, documentTitle: `文件${i}`, href: '/documents/x', targetKind: 'attachment' as const })) });
    const result = evaluateReadiness(facts, TODAY);
    assert.equal(result.score, 100 - 20 - 10 - 5 - 5 - 2 - 2 - 5);
    assert.equal(result.vetoed, false);
    assert.equal(result.verdict, '不合格');
    assert.equal(result.verdictReason, '得分51分，低于60分');
  });
});
