import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.ts';
import {
  ANSWER_WORKING_DAYS,
  computeAnswerClock,
  DEFAULT_CLOCK_OPTIONS,
  FEE_PAYMENT_WORKING_DAYS,
  type ApplicationEvent,
  type ClockOptions,
} from '../../src/domain/applications/index.ts';
import { addWorkingDays, workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { seedCalendar } from '../calendar/seedCalendar.ts';

/** docs/adr/0009: with the option on, working days in (feeNotified, feePaid] are not counted. */
const on: ClockOptions = { pauseWhileFeeAwaited: true };
const off: ClockOptions = { pauseWhileFeeAwaited: false };
const clock = (receivedOn: string, events: ApplicationEvent[], options: ClockOptions) => computeAnswerClock(seedCalendar, receivedOn, events, options);

describe('answer clock while a 信息处理费 is awaited (GONGKAI_FEE_PAUSES_CLOCK)', () => {
  const receivedOn = '2025-09-01';
  const base = addWorkingDays(seedCalendar, receivedOn, ANSWER_WORKING_DAYS);
  const paid: ApplicationEvent[] = [
    { type: 'feeNotified', on: '2025-09-10', amount: 4700 },
    { type: 'feePaid', on: '2025-09-17' },
  ];

  it('stops by default, as the configuration does', () => {
    assert.equal(DEFAULT_CLOCK_OPTIONS.pauseWhileFeeAwaited, true);
    assert.equal(loadConfig({}).applications.pauseClockWhileFeeAwaited, DEFAULT_CLOCK_OPTIONS.pauseWhileFeeAwaited);
  });

  it('moves dueOn by exactly the working days awaited when on, and not at all when off', () => {
    assert.equal(base, '2025-09-28', 'the 20th working day is Sunday 09-28, a 调休上班 day');
    // (09-10, 09-17]: Thu 11, Fri 12, Mon 15, Tue 16, Wed 17 = 5 working days.
    const awaited = workingDaysBetween(seedCalendar, '2025-09-10', '2025-09-17');
    assert.equal(awaited, 5);
    const paused = clock(receivedOn, paid, on);
    assert.equal(paused.pausedWorkingDays, 5);
    assert.equal(paused.dueOn, addWorkingDays(seedCalendar, base, 5));
    assert.equal(paused.dueOn, '2025-10-11', 'five working days after 09-28: 09-29, 09-30, then 国庆 (10-01…10-08) off, 10-09, 10-10, 10-11 (调休上班)');
    const running = clock(receivedOn, paid, off);
    assert.equal(running.pausedWorkingDays, 0);
    assert.deepEqual(running.pauses, []);
    assert.equal(running.dueOn, base);
  });

  it('counts a pause across 国庆 in working days, 调休 Sundays included', () => {
    // (09-26, 10-10]: Sun 28 (调休上班), Mon 29, Tue 30, Thu 10-09, Fri 10-10 = 5; 10-01…10-08 off.
    const events: ApplicationEvent[] = [
      { type: 'feeNotified', on: '2025-09-26' },
      { type: 'feePaid', on: '2025-10-10' },
    ];
    const result = clock(receivedOn, events, on);
    assert.equal(result.pausedWorkingDays, 5);
    assert.equal(result.dueOn, addWorkingDays(seedCalendar, base, 5));
    assert.equal(clock(receivedOn, events, off).dueOn, base);
  });

  it('while unpaid, pauses until the 20 working days to pay run out', () => {
    const events: ApplicationEvent[] = [{ type: 'feeNotified', on: '2025-09-10', amount: 600 }];
    const open = clock(receivedOn, events, on);
    assert.equal(open.pauses.length, 1);
    assert.deepEqual([open.pauses[0]!.kind, open.pauses[0]!.open, open.pauses[0]!.to], ['fee', true, addWorkingDays(seedCalendar, '2025-09-10', FEE_PAYMENT_WORKING_DAYS)]);
    assert.equal(open.pausedWorkingDays, FEE_PAYMENT_WORKING_DAYS);
    assert.equal(open.dueOn, addWorkingDays(seedCalendar, base, FEE_PAYMENT_WORKING_DAYS));
    assert.equal(clock(receivedOn, events, off).dueOn, base);
  });

  it('counts days a consultation and the fee both pause only once', () => {
    const events: ApplicationEvent[] = [
      { type: 'consultationStarted', on: '2025-09-05', party: '某公司' },
      { type: 'feeNotified', on: '2025-09-10' },
      { type: 'consultationEnded', on: '2025-09-15' },
      { type: 'feePaid', on: '2025-09-17' },
    ];
    // Union (09-05, 09-17] = 8 working days; the consultation alone is (09-05, 09-15] = 6.
    const both = clock(receivedOn, events, on);
    assert.equal(both.pausedWorkingDays, workingDaysBetween(seedCalendar, '2025-09-05', '2025-09-17'));
    assert.equal(both.pausedWorkingDays, 8);
    assert.equal(both.dueOn, addWorkingDays(seedCalendar, base, 8));
    const consultationOnly = clock(receivedOn, events, off);
    assert.equal(consultationOnly.pausedWorkingDays, 6);
    assert.equal(consultationOnly.dueOn, addWorkingDays(seedCalendar, base, 6));
  });

  it('pauses the running period after a 补正 restart too, and answering as other.feeUnpaid closes it', () => {
    const events: ApplicationEvent[] = [
      { type: 'correctionRequested', on: '2025-09-03' },
      { type: 'correctionReceived', on: '2025-09-08' },
      { type: 'feeNotified', on: '2025-09-10' },
      { type: 'answered', on: '2025-10-20', outcome: 'other.feeUnpaid' },
    ];
    const restarted = addWorkingDays(seedCalendar, '2025-09-08', ANSWER_WORKING_DAYS);
    const result = clock(receivedOn, events, on);
    assert.equal(result.dueOn, addWorkingDays(seedCalendar, restarted, FEE_PAYMENT_WORKING_DAYS));
    assert.deepEqual([result.closedOn, result.outcome], ['2025-10-20', 'other.feeUnpaid']);
    assert.equal(clock(receivedOn, events, off).dueOn, restarted);
  });
});
