import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedCalendar } from '../calendar/seedCalendar.ts';
import { withTimeLimitRule } from '../../src/domain/calendar/timeLimitParser.ts';
import { workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { itemObligations, type ObligationDocument } from '../../src/domain/supervision/itemObligations.ts';

/** An item as the catalog stores it: the text and the rule the parser reads from it. */
const item = (timeLimit: string | null, level2 = '部门文件', level1 = '基本信息') => withTimeLimitRule({ level1, level2, timeLimit });
const doc = (publishedOn: string, formedOn: string | null = null, title = `文件${publishedOn}`): ObligationDocument => ({ documentId: `d-${publishedOn}`, title, formedOn, publishedOn });
const judge = (timeLimit: string | null, docs: ObligationDocument[], today: string, since = '2025-01-02', level2?: string) =>
  itemObligations(item(timeLimit, level2), docs, seedCalendar, today, { since });

describe('obligations of event-driven items (条例第二十六条)', () => {
  const RULE = '形成或者变更之日起20个工作日内';

  it('is late when published after 成文日期 + 20 working days, counted over 国庆 and its 调休 Saturdays', () => {
    // 2025-09-26 + 20 working days = 2025-10-30: 10月1日–8日 off, 9月28日 and 10月11日 worked.
    const onTime = judge(RULE, [doc('2025-10-30', '2025-09-26')], '2026-03-02');
    assert.equal(onTime.kind, 'event');
    assert.equal(onTime.status, 'ok');
    const late = judge(RULE, [doc('2025-10-30', '2025-09-26'), doc('2025-11-03', '2025-09-26', '迟发的通知')], '2026-03-02');
    assert.equal(late.status, 'late');
    const finding = late.findings[0]!;
    assert.ok(finding.kind === 'late');
    assert.deepEqual(finding.documents.map((d) => [d.title, d.dueDate, d.workingDaysLate]), [['迟发的通知', '2025-10-30', 2]]);
    assert.match(late.explanation, /「迟发的通知」应于2025-10-30前公开，2025-11-03才公开，迟了2个工作日/);
    assert.match(late.source, /第二十六条/);
  });

  it('owes nothing while no event happened, and skips documents without 成文日期', () => {
    assert.equal(judge(RULE, [], '2026-03-02').status, 'ok');
    assert.equal(judge(RULE, [doc('2026-03-01')], '2026-03-02').status, 'ok');
  });

  it('judges 7 working days for 行政许可、行政处罚 decisions, counting the 调休 Sunday after 元旦', () => {
    // 2026-01-02 is a day off (元旦 1月1日–3日) and 2026-01-04 (Sunday) is worked: day 7 is 01-12, not 01-13.
    const result = judge('其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', [doc('2026-01-14', '2026-01-02')], '2026-03-02');
    assert.equal(result.status, 'late');
    assert.match(result.explanation, /应于2026-01-12前公开，2026-01-14才公开，迟了2个工作日/);
    assert.equal(judge('其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', [doc('2026-01-12', '2026-01-02')], '2026-03-02').status, 'ok');
  });
});

describe('obligations of periodic items', () => {
  it('is blank for each quarter that passed without a publication, naming the quarter', () => {
    const result = judge('每季度', [doc('2025-02-10')], '2025-10-01');
    assert.equal(result.kind, 'periodic');
    assert.equal(result.status, 'blank');
    const finding = result.findings[0]!;
    assert.ok(finding.kind === 'blank');
    assert.deepEqual(finding.periods.map((p) => p.label), ['2025年第二季度', '2025年第三季度']);
    assert.match(result.explanation, /2025年第二季度（2025-04-01至2025-06-30）/);
  });

  it('does not count the running period before its last day', () => {
    assert.equal(judge('每季度', [doc('2025-02-10'), doc('2025-05-10')], '2025-09-30').status, 'ok');
    assert.equal(judge('每季度', [doc('2025-02-10'), doc('2025-05-10')], '2025-10-01').status, 'blank');
  });

  it('crosses the year boundary month by month', () => {
    const result = judge('每月', [doc('2025-12-20')], '2026-02-01', '2025-12-05');
    const finding = result.findings[0]!;
    assert.ok(finding.kind === 'blank');
    assert.deepEqual(finding.periods.map((p) => [p.label, p.due]), [['2026年1月', '2026-01-31']]);
    assert.equal(judge('每月', [doc('2025-12-20'), doc('2026-01-31')], '2026-02-01', '2025-12-05').status, 'ok');
  });

  it('gives a quarter its working days after the end, over 国庆 and 调休 (2025 Q3 → 2025-10-21)', () => {
    const blank = judge('每季度结束后10个工作日内', [], '2025-10-22', '2025-07-01');
    const finding = blank.findings[0]!;
    assert.ok(finding.kind === 'blank');
    assert.deepEqual(finding.periods.map((p) => [p.label, p.opens, p.due]), [['2025年第三季度', '2025-07-01', '2025-10-21']]);
    // Published in October, it still fills the third quarter.
    assert.equal(judge('每季度结束后10个工作日内', [doc('2025-10-20')], '2025-10-22', '2025-07-01').status, 'ok');
    assert.equal(judge('每季度结束后10个工作日内', [], '2025-10-21', '2025-07-01').status, 'ok');
  });

  it('expects a 年报 by 1月31日 every year, from the day after last year\'s date', () => {
    const blank = judge('每年1月31日前', [doc('2025-01-20')], '2026-02-01', '2025-01-02');
    const finding = blank.findings[0]!;
    assert.ok(finding.kind === 'blank');
    assert.deepEqual(finding.periods.map((p) => [p.label, p.opens, p.due]), [['2026年1月31日前', '2025-02-01', '2026-01-31']]);
    assert.equal(judge('每年1月31日前', [doc('2025-01-20'), doc('2026-01-30')], '2026-02-01').status, 'ok');
    assert.equal(judge('每年1月31日前', [doc('2025-01-20')], '2026-01-31').status, 'ok');
  });

  it('owes no period that ended before the catalog came into force', () => {
    assert.equal(judge('每季度', [], '2025-10-01', '2025-10-01').status, 'ok');
    const result = judge('每半年', [], '2026-01-01', '2025-03-15');
    const finding = result.findings[0]!;
    assert.ok(finding.kind === 'blank');
    assert.deepEqual(finding.periods.map((p) => p.label), ['2025年上半年', '2025年下半年']);
  });
});

describe('obligations of standing items', () => {
  it('is blank when a 长期 item has no document once the first 20 working days have passed', () => {
    assert.equal(judge('长期', [], '2025-01-20', '2025-01-02').status, 'ok');
    const blank = judge('长期', [], '2025-03-03', '2025-01-02');
    assert.equal(blank.kind, 'standing');
    assert.equal(blank.status, 'blank');
    assert.match(blank.explanation, /空白栏目/);
  });

  it('is stale a year after its last publication or recorded review', () => {
    const stale = judge('长期', [doc('2025-01-10')], '2026-01-11');
    assert.equal(stale.status, 'stale');
    const finding = stale.findings[0]!;
    assert.ok(finding.kind === 'stale');
    assert.equal(finding.lastReviewedOn, '2025-01-10');
    assert.equal(judge('长期', [doc('2025-01-10')], '2026-01-10').status, 'ok');
    const reviewed = itemObligations(item('长期'), [doc('2025-01-10')], seedCalendar, '2026-03-02', { since: '2025-01-02', lastReviewedOn: '2025-12-01' });
    assert.equal(reviewed.status, 'ok');
  });

  it('treats 机构职能 and 领导信息 as standing and still judges their documents by the stated period', () => {
    const result = judge('形成或者变更之日起20个工作日内', [doc('2025-11-03', '2025-09-26')], '2026-03-02', '2025-01-02', '机构职能');
    assert.equal(result.kind, 'standing');
    assert.deepEqual(result.findings.map((f) => f.kind), ['late']);
    assert.match(result.explanation, /^按信息形成或者变更之日起20个工作日内（《政府信息公开条例》第二十六条）/);
    assert.match(result.source, /第二十条第（二）项/);
    assert.equal(judge('形成或者变更之日起20个工作日内', [], '2026-03-02', '2025-01-02', '领导信息').status, 'blank');
  });
});

describe('items marked 依申请公开 only', () => {
  it('owe no publication, whatever their time limit says', () => {
    const onRequest = { ...item('每季度'), mode: ['依申请公开' as const] };
    const result = itemObligations(onRequest, [], seedCalendar, '2026-03-02', { since: '2025-01-02' });
    assert.equal(result.kind, 'on_request');
    assert.deepEqual(result.findings, []);
    assert.match(result.explanation, /不要求主动公开.*第三十三条/);
    // Without 公开方式 (imported catalogs leave it empty) an item counts as proactive.
    assert.equal(itemObligations({ ...item('每季度'), mode: [] }, [], seedCalendar, '2026-03-02', { since: '2025-01-02' }).status, 'blank');
  });
});

describe('vague or unreadable time limits', () => {
  it('falls back to 20 working days for 及时/实时/即时 and lists a lint finding, never an immediate deadline', () => {
    for (const text of ['即时公开', '实时', '及时公开，公告期限为5个工作日']) {
      const onTenthDay = judge(text, [doc('2025-10-17', '2025-09-26')], '2026-03-02');
      assert.equal(onTenthDay.kind, 'vague', text);
      assert.deepEqual(onTenthDay.findings.map((f) => f.kind), ['vague'], text);
      assert.match(onTenthDay.explanation, /没有写明具体期限，按信息形成或者变更之日起20个工作日内计算/);
      const late = judge(text, [doc('2025-10-31', '2025-09-26')], '2026-03-02');
      assert.equal(late.status, 'late', text);
      assert.equal(workingDaysBetween(seedCalendar, '2025-10-30', '2025-10-31'), 1);
    }
  });

  it('reads an event without a period (信息形成后及时公开, 文件印发后公开) as vague, judged by 20 working days', () => {
    for (const text of ['信息形成后及时公开', '文件印发后公开']) {
      assert.equal(judge(text, [doc('2025-10-30', '2025-09-26')], '2026-03-02').status, 'vague', text);
      assert.equal(judge(text, [doc('2025-10-31', '2025-09-26')], '2026-03-02').status, 'late', text);
    }
  });

  it('says so when the starting event is not a document date (财政部门批复), instead of calling it on time', () => {
    const result = judge('财政部门批复后20日内', [doc('2026-02-10', '2025-12-01')], '2026-03-02');
    assert.equal(result.status, 'ok');
    assert.match(result.explanation, /起算日（财政部门批复之日）不在文件信息中，已公开1条信息，未判断是否按时/);
  });

  it('reads 尽快, 无 and an empty cell as vague with the reason', () => {
    assert.match(judge('信息变更后尽快', [], '2026-03-02').explanation, /公开时限「信息变更后尽快」没有写明具体期限/);
    assert.equal(judge('无', [], '2026-03-02').kind, 'vague');
    assert.match(judge(null, [], '2026-03-02').explanation, /目录未写公开时限/);
  });
});
