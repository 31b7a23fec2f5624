import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeAnswerClock } from '../../src/domain/applications/answerClock.ts';
import { ledgerIssues } from '../../src/domain/applications/ledgerRules.ts';
import { countTable3 } from '../../src/domain/applications/table3.ts';
import { OUTCOME_KEYS } from '../../src/domain/applications/vocabulary.ts';
import { generateRegister } from '../helpers/applicationRegisterGenerator.ts';
import { referenceClosure, referenceDueOn } from '../helpers/referenceAnswerClock.ts';
import { referenceTable3 } from '../helpers/referenceTable3.ts';
import { seedCalendar } from '../calendar/seedCalendar.ts';

const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i * 7919);

describe('the answer clock and table 三 against the independent reference (contract §3, §4)', () => {
  it('generates valid ledgers that cover every outcome, 补正, overlapping consultations, extensions, withdrawals and open cases', () => {
    const { applications } = generateRegister({ seed: 42, count: 300 });
    assert.equal(applications.length, 300);
    for (const [i, a] of applications.entries()) assert.deepEqual(ledgerIssues(seedCalendar, a.receivedOn, a.events), [], `application ${i + 1}`);
    const outcomes = new Set(applications.flatMap((a) => a.events.filter((e) => e.type === 'answered').map((e) => e.outcome)));
    for (const key of OUTCOME_KEYS) assert.ok(outcomes.has(key), key);
    const has = (test: (a: (typeof applications)[number]) => boolean) => applications.some(test);
    assert.ok(has((a) => a.events.some((e) => e.type === 'withdrawn')));
    assert.ok(has((a) => a.events.some((e) => e.type === 'correctionReceived')));
    const overlapping = (a: (typeof applications)[number]) => {
      const [first, second] = a.events.filter((e) => e.type === 'consultationStarted');
      const firstEnd = a.events.find((e) => e.type === 'consultationEnded' && e.party === first?.party);
      return !!second && !!firstEnd && second.on < firstEnd.on;
    };
    assert.ok(has(overlapping), 'overlapping consultations');
    assert.ok(has((a) => a.events.some((e) => e.type === 'consultationStarted' && [0, 6].includes(new Date(`${e.on}T00:00:00Z`).getUTCDay()))), 'a pause from a weekend');
    assert.ok(has((a) => a.events.some((e) => e.type === 'consultationStarted') && !a.events.some((e) => e.type === 'consultationEnded')), 'a consultation still open');
    assert.ok(has((a) => a.events.some((e) => e.type === 'extended')));
    assert.ok(has((a) => !a.events.some((e) => e.type === 'answered' || e.type === 'withdrawn')));
    assert.ok(has((a) => a.receivedOn < '2026-01-01') && has((a) => a.receivedOn >= '2026-01-01'));
  });

  it('computeAnswerClock gives the reference dueOn for every application of many seeds', () => {
    let compared = 0;
    for (const seed of SEEDS) {
      for (const [i, a] of generateRegister({ seed }).applications.entries()) {
        const clock = computeAnswerClock(seedCalendar, a.receivedOn, a.events);
        assert.equal(clock.dueOn, referenceDueOn(a.receivedOn, a.events), `seed ${seed}, application ${i + 1}: ${JSON.stringify(a.events)}`);
        const closure = referenceClosure(a.events);
        assert.equal(clock.closedOn, closure.closedOn);
        assert.equal(clock.outcome, closure.outcome);
        compared++;
      }
    }
    assert.equal(compared, SEEDS.length * 300);
  });

  it('countTable3 equals the reference table cell for cell, for both years of every seed', () => {
    for (const seed of SEEDS) {
      const { applications } = generateRegister({ seed });
      const counted = applications.map((a) => {
        const clock = computeAnswerClock(seedCalendar, a.receivedOn, a.events);
        return { receivedOn: a.receivedOn, applicantType: a.applicantType, closedOn: clock.closedOn, outcome: clock.outcome };
      });
      for (const year of [2025, 2026]) assert.deepEqual(countTable3(counted, year), referenceTable3(applications, year), `seed ${seed}, ${year}`);
    }
  });

  it('the reference walks the contract by hand: a fixed example with 补正, overlapping consultations and an extension', () => {
    // 2025-09-26 (Fri) received; 补正 asked 09-29 and received 10-10 (Fri): the clock restarts on 10-10.
    const events = [
      { type: 'correctionRequested', on: '2025-09-29' },
      { type: 'correctionReceived', on: '2025-10-10' },
      { type: 'consultationStarted', on: '2025-10-13', party: 'A' },
      { type: 'consultationStarted', on: '2025-10-15', party: 'B' },
      { type: 'consultationEnded', on: '2025-10-17', party: 'A' },
      { type: 'consultationEnded', on: '2025-10-24', party: 'B' },
      { type: 'extended', on: '2025-11-05', workingDays: 5, approvedBy: '张主任' },
    ];
    // From 10-10: 10-11 (Sat, 国庆调休上班) is day 1, 10-13 day 2; the union (10-13, 10-24] pauses 9 working days;
    // days 3 … 25 (20 + 5 extended) run from 10-27 and end on 11-26.
    assert.equal(referenceDueOn('2025-09-26', events), '2025-11-26');
  });
});
