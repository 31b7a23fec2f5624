import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildWorkingCalendar } from '../../src/domain/calendar/workingCalendar.ts';
import { seedCalendarDays } from '../../src/domain/calendar/calendarDay.ts';
import { computeAnswerClock, isOverdue } from '../../src/domain/applications/answerClock.ts';
import { closingIssues, ledgerIssues } from '../../src/domain/applications/ledgerRules.ts';
import { explainAnswerClock } from '../../src/domain/applications/clockExplanation.ts';
import type { ApplicationEvent } from '../../src/domain/applications/application.ts';

const calendar = buildWorkingCalendar(seedCalendarDays());
const clock = (events: ApplicationEvent[], received = '2026-03-02') => computeAnswerClock(calendar, received, events);

describe('answer clock (applications-contract.md §3)', () => {
  it('counts 20 working days from the day after receipt, across holidays and 调休', () => {
    assert.equal(clock([], '2025-09-26').dueOn, '2025-10-30');
    assert.equal(clock([]).dueOn, '2026-03-30');
    assert.equal(clock([]).correctionNoticeDue, '2026-03-11');
  });

  it('has no running clock while a correction is awaited, and restarts on the corrected application', () => {
    const waiting = clock([{ type: 'correctionRequested', on: '2026-03-04' }]);
    assert.equal(waiting.dueOn, null);
    assert.equal(waiting.awaitingCorrection, true);
    const restarted = clock([{ type: 'correctionRequested', on: '2026-03-04' }, { type: 'correctionReceived', on: '2026-03-16' }]);
    assert.equal(restarted.dueOn, '2026-04-14', '2026-03-16 + 20 working days, 清明 2026-04-04..06 skipped');
  });

  it('does not count consultation days, overlapping consultations once', () => {
    const one = clock([{ type: 'consultationStarted', on: '2026-03-09', party: '甲' }, { type: 'consultationEnded', on: '2026-03-13' }]);
    assert.equal(one.pausedWorkingDays, 4);
    const overlapping = clock([
      { type: 'consultationStarted', on: '2026-03-09', party: '甲' },
      { type: 'consultationStarted', on: '2026-03-11', party: '乙', kind: 'coMaker' },
      { type: 'consultationEnded', on: '2026-03-13', party: '甲' },
      { type: 'consultationEnded', on: '2026-03-17', party: '乙' },
    ]);
    assert.equal(overlapping.pausedWorkingDays, 6, '(03-09, 03-17] = 6 working days, counted once');
    assert.equal(overlapping.dueOn, '2026-04-08');
    const open = clock([{ type: 'consultationStarted', on: '2026-03-09', party: '甲' }]);
    assert.equal(open.pausedWorkingDays, 15, 'an open consultation pauses for the party’s 15 working days');
  });

  it('adds extensions, applies a 第三十五条 delay, and judges lateness', () => {
    const extended = clock([{ type: 'extended', on: '2026-03-20', workingDays: 20, approvedBy: '王主任' }]);
    assert.equal(extended.dueOn, '2026-04-28');
    const delayed = clock([{ type: 'delayed', on: '2026-03-20', until: '2026-06-30' }]);
    assert.equal(delayed.dueOn, '2026-06-30');
    const late = clock([{ type: 'answered', on: '2026-03-31', outcome: 'granted' }]);
    assert.equal(isOverdue(late, '2026-04-01'), true);
    assert.equal(isOverdue(clock([]), '2026-03-30'), false);
    assert.equal(isOverdue(clock([]), '2026-03-31'), true);
    assert.equal(clock([{ type: 'withdrawn', on: '2026-03-05' }]).outcome, 'other.other');
  });

  it('explains the date with the pause and the extension', () => {
    const events: ApplicationEvent[] = [
      { type: 'consultationStarted', on: '2026-03-09', party: '甲公司' },
      { type: 'consultationEnded', on: '2026-03-13' },
      { type: 'extended', on: '2026-03-20', workingDays: 10, approvedBy: '王主任' },
    ];
    const lines = explainAnswerClock(calendar, clock(events), events).join('\n');
    assert.match(lines, /4个工作日不计入答复期限/);
    assert.match(lines, /经王主任同意延长答复期限10个工作日/);
    assert.match(lines, /清明节/);
  });
});

describe('ledger rules', () => {
  const issues = (events: ApplicationEvent[]) => ledgerIssues(calendar, '2026-03-02', events).map((i) => i.message);
  it('accepts a lawful ledger', () => {
    assert.deepEqual(issues([{ type: 'correctionRequested', on: '2026-03-03' }, { type: 'correctionReceived', on: '2026-03-05' }, { type: 'answered', on: '2026-03-20', outcome: 'granted' }]), []);
  });
  it('refuses what the law forbids, each in Chinese', () => {
    assert.match(issues([{ type: 'correctionRequested', on: '2026-03-03' }, { type: 'correctionReceived', on: '2026-03-05' }, { type: 'correctionRequested', on: '2026-03-06' }])[0]!, /一次性告知/);
    assert.match(issues([{ type: 'extended', on: '2026-03-05', workingDays: 21, approvedBy: '甲' }])[0]!, /不得超过20个工作日/);
    assert.match(issues([{ type: 'extended', on: '2026-03-05', workingDays: 5 }])[0]!, /批准人/);
    assert.match(issues([{ type: 'extended', on: '2026-03-31', workingDays: 5, approvedBy: '甲' }])[0]!, /届满前/);
    assert.match(issues([{ type: 'answered', on: '2026-03-01', outcome: 'granted' }])[0]!, /早于收到申请日期/);
    assert.match(issues([{ type: 'answered', on: '2026-03-05', outcome: 'nope' as never }])[0]!, /不在约定的结果代码中/);
    assert.match(issues([{ type: 'answered', on: '2026-03-05', outcome: 'granted' }, { type: 'extended', on: '2026-03-06', workingDays: 1, approvedBy: '甲' }])[0]!, /已于 2026-03-05 办结/);
    assert.match(issues([{ type: 'consultationEnded', on: '2026-03-05' }])[0]!, /没有正在进行的征求意见/);
    assert.match(issues([{ type: 'feePaid', on: '2026-03-05' }])[0]!, /没有发出收费通知/);
  });
  it('lets staff close as 逾期不补正 or 逾期未缴费 only when the ledger shows it', () => {
    assert.match(closingIssues(calendar, [], { type: 'answered', on: '2026-03-20', outcome: 'other.noCorrection' })[0]!, /没有待补正/);
    const notice: ApplicationEvent[] = [{ type: 'feeNotified', on: '2026-03-03', amount: 200 }];
    assert.match(closingIssues(calendar, notice, { type: 'answered', on: '2026-03-20', outcome: 'other.feeUnpaid' })[0]!, /缴费期限 2026-03-31 尚未届满/);
    assert.deepEqual(closingIssues(calendar, notice, { type: 'answered', on: '2026-04-01', outcome: 'other.feeUnpaid' }), []);
  });
});
