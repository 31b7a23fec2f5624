import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainDeadline, formatExplanation } from '../../src/domain/calendar/explanation.ts';
import { STATUTORY_RULES } from '../../src/domain/calendar/rules.ts';
import { dueIfFormedToday, provisionalWarning } from '../../src/domain/calendar/warnings.ts';
import { seedCalendar } from './seedCalendar.ts';

describe('deadline explanation', () => {
  it('lists the holidays and weekends skipped and the make-up workdays counted (2025-09-26 + 20 WD)', () => {
    const e = explainDeadline(seedCalendar, STATUTORY_RULES.applicationAnswer, '2025-09-26');
    assert.equal(e.due, '2025-10-30');
    assert.equal(e.workingDaysCounted, 20);
    assert.deepEqual(e.skipped.filter((d) => d.reason === 'holiday').map((d) => d.date), [
      '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
    ]);
    assert.ok(e.skipped.filter((d) => d.reason === 'holiday').every((d) => d.name === '国庆节、中秋节'));
    assert.deepEqual(e.skipped.filter((d) => d.reason === 'weekend').map((d) => d.date), ['2025-09-27', '2025-10-12', '2025-10-18', '2025-10-19', '2025-10-25', '2025-10-26']);
    assert.deepEqual(e.makeupWorkdays.map((d) => d.date), ['2025-09-28', '2025-10-11']);
    assert.match(e.source, /第三十三条/);
    assert.deepEqual(e.warnings, []);
    const text = formatExplanation(e).join('\n');
    assert.match(text, /截止：2025-10-30（周四）/);
    assert.match(text, /跳过节假日：国庆节、中秋节 2025-10-01至2025-10-08（8天）/);
    assert.match(text, /计入调休上班日：2025-09-28（周日，国庆节、中秋节）、2025-10-11（周六/);
    assert.match(text, /民法典》第二百零一条/);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(e)));
  });

  it('warns in words when the period runs into a year without a notice', () => {
    const e = explainDeadline(seedCalendar, STATUTORY_RULES.proactiveDisclosure, '2026-12-20');
    assert.equal(e.provisional, true);
    assert.match(e.warnings[0]!, /^2027年的调休安排尚未公布：已按《全国年节及纪念日放假办法》扣除法定节假日（元旦、春节、/);
    const text = formatExplanation(e).join('\n');
    assert.match(text, /【暂定】/);
    // 2027-01-01 is a Friday: skipped as 元旦 by name, not silently counted and not called a weekend.
    assert.match(text, /跳过法定节假日（《全国年节及纪念日放假办法》第二条，当年调休安排未公布）：元旦 2027-01-01（1天）/);
    assert.deepEqual(e.skipped.find((d) => d.date === '2027-01-01'), { date: '2027-01-01', weekday: '周五', reason: 'holiday', name: '元旦', statutoryOnly: true });
    assert.equal(provisionalWarning([2027, 2028]).startsWith('2027年、2028年的调休安排尚未公布'), true);
  });

  it('gives the item-page sentence for formed-today', () => {
    assert.deepEqual(dueIfFormedToday(seedCalendar, STATUTORY_RULES.proactiveDisclosure, '2026-02-10'), {
      text: '若今日形成，应于 2026-03-16 前公开（信息形成或者变更之日起20个工作日内）',
      due: '2026-03-16',
      provisional: false,
      warning: null,
    });
    const late = dueIfFormedToday(seedCalendar, STATUTORY_RULES.proactiveDisclosure, '2026-12-20');
    assert.match(late.text, /（暂定）/);
    assert.match(late.warning!, /2027年的调休安排尚未公布/);
    assert.match(dueIfFormedToday(seedCalendar, null, '2026-02-10').text, /未能识别/);
    assert.match(dueIfFormedToday(seedCalendar, { trigger: 'standing' }, '2026-02-10').text, /长期公开/);
    // 即时公开 and an event without a period are not a same-day deadline (and the latter no longer throws).
    for (const rule of [{ trigger: 'immediate' }, { trigger: 'formed_or_changed' }] as const) {
      assert.deepEqual(dueIfFormedToday(seedCalendar, rule, '2026-02-10'), {
        text: '公开时限未写明具体期限，按《政府信息公开条例》第二十六条：若今日形成，应于 2026-03-16 前公开', due: '2026-03-16', provisional: false, warning: null,
      });
    }
    assert.equal(dueIfFormedToday(seedCalendar, STATUTORY_RULES.annualReport, '2026-02-10').due, '2027-01-31');
  });
});
