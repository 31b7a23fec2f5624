import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import chineseDays from 'chinese-days';
import { seedCalendarDays } from '../../src/domain/calendar/calendarDay.ts';
import { addDays } from '../../src/domain/calendar/localDate.ts';
import { qingmingDayOfApril } from '../../src/domain/calendar/lunarCalendar.ts';
import { statutoryHolidays, type StatutoryHoliday } from '../../src/domain/calendar/statutoryHolidays.ts';
import { buildWorkingCalendar, isWorkingDay } from '../../src/domain/calendar/workingCalendar.ts';
import { referenceDays, referenceIsWorkingDay, utc } from './referenceHolidays.ts';
import { seedCalendar } from './seedCalendar.ts';

const datesOf = (holidays: StatutoryHoliday[], name: string) => holidays.filter((h) => h.name === name).map((h) => h.date);

describe('statutory holidays of 《全国年节及纪念日放假办法》第二条', () => {
  it('are days off in the independent reference data and in our seed schedules, 2019–2026', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let year = 2019; year <= 2026; year++) {
      for (const h of statutoryHolidays(year)) {
        checked++;
        if (referenceIsWorkingDay(utc(h.date))) mismatches.push(`${h.date} ${h.name}: reference says working day`);
        if (isWorkingDay(seedCalendar, h.date)) mismatches.push(`${h.date} ${h.name}: seed says working day`);
      }
    }
    assert.deepEqual(mismatches, []);
    // 11 days a year under the 2014 version (2019–2024), 13 under the 2024 amendment (2025, 2026).
    assert.equal(checked, 6 * 11 + 2 * 13);
  });

  it('fall on the notice days named for the same festival, in every reference year with data (2019–2026; 2027 once published)', () => {
    // holiday-cn names each listed day after its festival ("国庆节、中秋节" when merged); a statutory day must be
    // listed as a day off under its own name, so 除夕/初一 fall in 春节, 五月初五 in 端午节, 八月十五 in 中秋节, 清明 in 清明节.
    const years = Array.from({ length: 9 }, (_, i) => 2019 + i);
    const reference = referenceDays(years);
    const withData = years.filter((y) => [...reference.keys()].some((d) => d.startsWith(`${y}-`)));
    assert.ok(withData.length >= 8 && withData.slice(0, 8).join() === '2019,2020,2021,2022,2023,2024,2025,2026', withData.join());
    const mismatches: string[] = [];
    let checked = 0;
    for (const year of withData) {
      for (const h of statutoryHolidays(year)) {
        checked++;
        const listed = reference.get(h.date);
        if (!listed?.isOffDay || !listed.name.split('、').includes(h.name)) mismatches.push(`${h.date} ${h.name}: reference ${listed ? `${listed.name} ${listed.isOffDay ? '休' : '班'}` : 'not listed'}`);
        const seedName = seedCalendar.days.get(h.date)?.name ?? '';
        if (!seedName.includes(h.name.replace(/节$/, ''))) mismatches.push(`${h.date} ${h.name}: seed ${seedName || 'not listed'}`);
      }
    }
    assert.deepEqual(mismatches, []);
    assert.ok(checked >= 6 * 11 + 2 * 13);
  });

  it('agree with chinese-days on 除夕, 春节, 端午 and 中秋 for every year 2000–2099', () => {
    const mismatches: string[] = [];
    let checked = 0;
    const lunar = (year: number, monthDay: string) => chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;
    for (let year = 2000; year <= 2099; year++) {
      const ours = statutoryHolidays(year);
      const firstDay = lunar(year, '01-01');
      // 春节 as days from 正月初一: 除夕至初三 from 2025, 初一至初三 2014–2024 and before 2008, 除夕至初二 2008–2013.
      const offsets = year >= 2025 ? [-1, 0, 1, 2] : year >= 2014 || year < 2008 ? [0, 1, 2] : [-1, 0, 1];
      const spring = offsets.map((i) => addDays(firstDay, i));
      const expected: [string, string[]][] = [['春节', spring]];
      if (year >= 2008) expected.push(['端午节', [lunar(year, '05-05')]], ['中秋节', [lunar(year, '08-15')]]);
      for (const [name, dates] of expected) {
        checked += dates.length;
        if (datesOf(ours, name).join() !== dates.join()) mismatches.push(`${year} ${name}: chinese-days ${dates.join('、')}, ours ${datesOf(ours, name).join('、')}`);
      }
    }
    assert.deepEqual(mismatches, []);
    assert.equal(checked, 8 * 3 + 6 * (3 + 2) + 11 * (3 + 2) + 75 * (4 + 2));
  });

  it('put 清明 on the known days and agree with chinese-days 2008–2099', () => {
    // 清明 of the State Council notices 2008–2026 (the day itself, not the bridging days).
    const known: Record<number, number> = {
      2008: 4, 2009: 4, 2010: 5, 2011: 5, 2012: 4, 2013: 4, 2014: 5, 2015: 5, 2016: 4, 2017: 4,
      2018: 5, 2019: 5, 2020: 4, 2021: 4, 2022: 5, 2023: 5, 2024: 4, 2025: 4, 2026: 5,
    };
    for (const [year, day] of Object.entries(known)) assert.equal(qingmingDayOfApril(Number(year)), day, year);
    const formula: string[] = [];
    for (let year = 1901; year <= 2099; year++) {
      const theirs = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
      if (theirs !== `${year}-04-0${qingmingDayOfApril(year)}`) formula.push(`${year}: chinese-days ${theirs}, formula 4月${qingmingDayOfApril(year)}日`);
    }
    assert.deepEqual(formula, [], 'the formula over its whole range 1901–2099');
    const mismatches: string[] = [];
    let checked = 0;
    for (let year = 2008; year <= 2099; year++) {
      const theirs = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
      const ours = datesOf(statutoryHolidays(year), '清明节');
      checked++;
      if (ours.length !== 1 || ours[0] !== theirs) mismatches.push(`${year}: chinese-days ${theirs}, ours ${ours.join('、')}`);
    }
    assert.deepEqual(mismatches, []);
    assert.equal(checked, 92);
  });

  it('apply the 2024 amendment from 2025 only: 春节 gains 除夕, 劳动节 gains 5月2日', () => {
    assert.deepEqual(datesOf(statutoryHolidays(2024), '春节'), ['2024-02-10', '2024-02-11', '2024-02-12']);
    assert.deepEqual(datesOf(statutoryHolidays(2024), '劳动节'), ['2024-05-01']);
    assert.deepEqual(datesOf(statutoryHolidays(2025), '春节'), ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    assert.deepEqual(datesOf(statutoryHolidays(2025), '劳动节'), ['2025-05-01', '2025-05-02']);
    // 2027: 除夕 2027-02-05 (the eve of 正月初一 2027-02-06), 端午 06-09, 中秋 09-15.
    assert.deepEqual(statutoryHolidays(2027).map((h) => `${h.name}${h.date.slice(5)}`).join(' '),
      '元旦01-01 春节02-05 春节02-06 春节02-07 春节02-08 清明节04-05 劳动节05-01 劳动节05-02 端午节06-09 中秋节09-15 国庆节10-01 国庆节10-02 国庆节10-03');
    assert.throws(() => statutoryHolidays(1999), /2000–2099/);
  });

  it('are days off in a year without a notice, without inventing 调休 or bridging days; a loaded notice decides instead', () => {
    assert.equal(isWorkingDay(seedCalendar, '2027-01-01'), false);
    assert.equal(isWorkingDay(seedCalendar, '2027-02-05'), false, '除夕, a Friday');
    assert.equal(isWorkingDay(seedCalendar, '2027-02-09'), true, 'the notice may bridge 02-09…12; the law does not');
    assert.equal(isWorkingDay(seedCalendar, '2027-01-31'), false, 'no make-up Sunday is invented');
    assert.equal(isWorkingDay(seedCalendar, '2026-10-08'), true, 'a loaded year keeps its notice');
    const with2027 = buildWorkingCalendar([...seedCalendarDays(),
      { date: '2027-01-01', kind: 'makeup_workday', name: '测试', source: '测试', noticeYear: 2027 }]);
    assert.equal(with2027.statutoryOnly.has('2027-02-05'), false);
    assert.equal(isWorkingDay(with2027, '2027-02-05'), true, 'once 2027 is loaded, only its rows count');
  });
});
