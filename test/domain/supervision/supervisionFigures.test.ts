import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildWorkingCalendar } from '../../../src/domain/calendar/workingCalendar.ts';
import { lastTwelveMonths } from '../../../src/domain/supervision/agencySupervision.ts';
import { applicationFigures, monthFigures, type ApplicationDates } from '../../../src/domain/supervision/supervisionFigures.ts';

/** No holidays: weekdays only, so the working days are easy to count by hand. */
const calendar = buildWorkingCalendar([]);
const row = (status: string, receivedOn: string | null, dueOn: string | null, closedOn: string | null): ApplicationDates => ({ status, receivedOn, dueOn, closedOn });

describe('supervision figures', () => {
  it('counts the year to date: received, answered on time, open and overdue, mean working days to answer', () => {
    const rows = [
      row('closed', '2026-03-02', '2026-03-30', '2026-03-09'), // 5 working days, on time
      row('closed', '2026-03-02', '2026-03-30', '2026-04-06'), // 25 working days, late
      row('withdrawn', '2026-03-03', '2026-03-31', '2026-03-04'), // not an answer
      row('processing', '2026-11-02', '2026-11-30', null), // open, overdue on 12-07
      row('processing', '2026-12-01', '2026-12-29', null), // open, not due
      row('closed', '2025-12-01', '2025-12-29', '2025-12-10'), // last year
    ];
    assert.deepEqual(applicationFigures(rows, calendar, '2026-12-07'), {
      year: 2026, received: 5, answered: 2, answeredOnTime: 1, open: 2, overdue: 1, meanAnswerWorkingDays: 15,
    });
    assert.equal(applicationFigures([], calendar, '2026-12-07').meanAnswerWorkingDays, null);
  });

  it('gives twelve months ending with today\'s, across the year boundary, with answers per month', () => {
    assert.deepEqual(lastTwelveMonths('2026-02-15'), ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    const months = monthFigures(new Map([['2026-01', 3], ['2024-01', 9]]), [row('closed', '2026-01-05', '2026-02-02', '2026-02-03')], '2026-02-15');
    assert.deepEqual(months.slice(-2), [{ month: '2026-01', documents: 3, answered: 0, answeredOnTime: 0 }, { month: '2026-02', documents: 0, answered: 1, answeredOnTime: 0 }]);
    assert.equal(months.reduce((sum, m) => sum + m.documents, 0), 3);
  });
});
