import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedCalendarDays } from '../../src/domain/calendar/calendarDay.ts';
import { noticeCalendarDays, parseHolidayNotice } from '../../src/domain/calendar/noticeParser.ts';
import { referenceDays } from './referenceHolidays.ts';
import { NOTICE_2019_NEW_YEAR, NOTICE_2024, NOTICE_2025, NOTICE_2026, NOTICE_2027_SAMPLE } from './noticeTexts.ts';

const key = (d: { date: string; kind: string; name: string }) => `${d.date} ${d.kind} ${d.name}`;

describe('State Council notice parser', () => {
  for (const [year, text] of [[2024, NOTICE_2024], [2025, NOTICE_2025], [2026, NOTICE_2026]] as const) {
    it(`reads the ${year} notice into exactly the days of the reference data and of the seed`, () => {
      const notice = parseHolidayNotice(text);
      assert.equal(notice.year, year);
      assert.equal(notice.title, `国务院办公厅关于${year}年部分节假日安排的通知`);
      const parsed = noticeCalendarDays(notice, 'test').map(key).sort();
      const seed = seedCalendarDays().filter((d) => d.noticeYear === year).map(key).sort();
      assert.deepEqual(parsed, seed);
      const reference = [...referenceDays([year]).values()].map((d) => `${d.date} ${d.isOffDay ? 'off' : 'makeup_workday'} ${d.name}`).sort();
      assert.deepEqual(parsed.filter((k) => reference.includes(k)), parsed, 'every parsed day is in the reference');
      const weekdayOffOrWeekendWork = reference.filter((k) => !parsed.includes(k));
      assert.deepEqual(weekdayOffOrWeekendWork, [], 'the reference has nothing the parser missed');
    });
  }

  it('ignores dates outside 放假/上班 sentences (除夕（2月9日）, the signature date) and checks declared day counts', () => {
    const notice = parseHolidayNotice(NOTICE_2024);
    const all = notice.holidays.flatMap((h) => [...h.off, ...h.makeup]);
    assert.ok(!all.includes('2024-02-09'));
    assert.ok(!all.includes('2023-10-25'));
    assert.deepEqual(notice.warnings, []);
    assert.deepEqual(notice.holidays.map((h) => h.declaredDays), [null, 8, 3, 5, null, 3, 7]);
  });

  it('places late-December 元旦 days in the previous year', () => {
    const notice = parseHolidayNotice(NOTICE_2019_NEW_YEAR);
    assert.deepEqual(notice.holidays[0], { name: '元旦', off: ['2018-12-30', '2018-12-31', '2019-01-01'], makeup: ['2018-12-29'], declaredDays: 3 });
  });

  it('reads a 2027 notice that no data set has yet', () => {
    const notice = parseHolidayNotice(NOTICE_2027_SAMPLE);
    assert.deepEqual(notice.holidays.map((h) => [h.name, h.off.length, h.makeup]), [['元旦', 3, []], ['春节', 8, ['2027-01-31', '2027-02-20']]]);
  });

  it('refuses a notice without a year, with a wrong year (weekday notes disagree) or without sections', () => {
    assert.throws(() => parseHolidayNotice('一、元旦：1月1日放假。'), { code: 'calendar.notice_unparsed' });
    assert.throws(() => parseHolidayNotice(NOTICE_2025, { year: 2024 }), /不一致/);
    assert.throws(() => parseHolidayNotice(NOTICE_2025.replace('2025年部分', '2026年部分')), /标注为周三，实际是周四/);
    assert.throws(() => parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n今年不放假。'), /未找到/);
    assert.throws(() => parseHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：2月30日放假。'), /不存在/);
  });

  it('warns when the stated number of days disagrees with the range', () => {
    const notice = parseHolidayNotice(NOTICE_2026.replace('共9天', '共8天'));
    assert.equal(notice.warnings.length, 1);
    assert.match(notice.warnings[0]!, /春节.*共8天.*9天/);
  });
});
