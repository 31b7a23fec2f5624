/**
 * Synthetic 依申请公开 applications for the register bench: form fields that pass
 * validateApplicationInput, a receipt by channel (条例第三十一条) and a ledger that ledgerIssues
 * accepts, with 补正, consultations, fees, extensions and answers spread over 2025–2026. About
 * 12 % are still open on `today`, 1 % wait for confirmation, 2 % are withdrawn.
 */
import type { ApplicationEvent } from '../../src/domain/applications/application.ts';
import { computeAnswerClock, DEFAULT_CLOCK_OPTIONS } from '../../src/domain/applications/answerClock.ts';
import { closingIssues, ledgerIssues } from '../../src/domain/applications/ledgerRules.ts';
import type { ReceiptFacts } from '../../src/domain/applications/receipt.ts';
import { OUTCOME_KEYS, type OutcomeKey } from '../../src/domain/applications/vocabulary.ts';
import { addWorkingDays, nextWorkingDayOnOrAfter, workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { dayNumber, formatDayNumber } from '../../src/domain/calendar/localDate.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/workingCalendar.ts';
import type { LocalDate } from '../../src/domain/shared/clock.ts';
import { applicantFields } from './applicants.ts';

export interface ApplicationSpec {
  agencyIndex: number;
  source: 'online' | 'staff';
  /** Online: the day the form was sent (the receipt is the confirmation). */
  submittedOn: LocalDate;
  /** null: an online application not yet confirmed. */
  receipt: ReceiptFacts | null;
  ref: string | null;
  fields: Record<string, string>;
  events: ApplicationEvent[];
}

export type Random = () => number;

/** mulberry32: small, fast, and exact in 32-bit integer arithmetic. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const OUTCOME_WEIGHTS: [OutcomeKey, number][] = OUTCOME_KEYS.map((k) => [k, k === 'granted' ? 40 : k === 'partial' ? 15 : k.startsWith('unavailable') ? 6 : 1.5]);
const PARTIES = ['某医药公司', '某建设集团有限公司', '某区人民政府', '某物业服务公司', '某合作社'];

/** The working day `n` working days before `date`. */
function workingDaysBefore(calendar: WorkingCalendar, date: LocalDate, n: number): LocalDate {
  if (n === 0) return date;
  for (let back = 1; ; back++) {
    const d = formatDayNumber(dayNumber(date) - back);
    if (workingDaysBetween(calendar, d, date) >= n && nextWorkingDayOnOrAfter(calendar, d) === d) return d;
  }
}

function pickOutcome(random: Random): OutcomeKey {
  const total = OUTCOME_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [key, w] of OUTCOME_WEIGHTS) if ((r -= w) < 0) return key;
  return 'granted';
}

/** A whole ledger from receipt to answer (some events may lie after `today`: the caller cuts them). */
function fullLedger(calendar: WorkingCalendar, random: Random, receivedOn: LocalDate): ApplicationEvent[] {
  const add = (d: LocalDate, n: number) => addWorkingDays(calendar, d, n);
  const events: ApplicationEvent[] = [];
  let t = receivedOn;
  if (random() < 0.15) {
    const asked = add(receivedOn, between(random, 1, 7));
    events.push({ type: 'correctionRequested', on: asked, periodWorkingDays: random() < 0.5 ? 10 : 15 });
    if (random() < 0.1) return [...events, { type: 'answered', on: add(asked, 16), outcome: 'other.noCorrection' }];
    t = add(asked, between(random, 1, 10));
    events.push({ type: 'correctionReceived', on: t });
  }
  if (random() < 0.1) {
    const party = PARTIES[between(random, 0, PARTIES.length - 1)]!;
    t = add(t, between(random, 1, 8));
    events.push({ type: 'consultationStarted', on: t, party, kind: random() < 0.8 ? 'thirdParty' : 'coMaker' });
    t = add(t, between(random, 2, 15));
    events.push({ type: 'consultationEnded', on: t, party });
  }
  if (random() < 0.03) {
    t = add(t, between(random, 1, 5));
    events.push({ type: 'feeNotified', on: t, amount: between(random, 1, 40) * 50 });
    t = add(t, between(random, 1, 12));
    events.push({ type: 'feePaid', on: t });
  }
  const running = computeAnswerClock(calendar, receivedOn, events, DEFAULT_CLOCK_OPTIONS).dueOn!;
  if (random() < 0.08 && t < running) {
    const on = workingDaysBefore(calendar, running, between(random, 1, 5));
    t = on > t ? on : t;
    events.push({ type: 'extended', on: t, workingDays: [5, 10, 15, 20][between(random, 0, 3)]!, approvedBy: '王主任' });
  }
  const due = computeAnswerClock(calendar, receivedOn, events, DEFAULT_CLOCK_OPTIONS).dueOn!;
  if (random() < 0.02) return [...events, { type: 'withdrawn', on: add(t, between(random, 1, 5)) }];
  const late = random() < 0.05;
  const onTime = add(t, between(random, 1, 20));
  const answeredOn = late ? add(due > t ? due : t, between(random, 1, 10)) : onTime > due ? (due > t ? due : t) : onTime;
  const answer: ApplicationEvent = { type: 'answered', on: answeredOn, outcome: pickOutcome(random) };
  // Staff may close only with an outcome the ledger bears out (逾期不补正 etc.): otherwise 予以公开.
  if (closingIssues(calendar, events, answer).length) answer.outcome = 'granted';
  return [...events, answer];
}

export interface GenerateOptions {
  count: number;
  agencyWeights: readonly number[];
  today: LocalDate;
  calendar: WorkingCalendar;
  seed?: number;
}

/** `count` applications; each ledger is checked with ledgerIssues (a failure is a bug here, not data). */
export function generateApplications(options: GenerateOptions): ApplicationSpec[] {
  const random = seededRandom(options.seed ?? 7);
  const { calendar, today } = options;
  const cumulative = options.agencyWeights.map(((s) => (w: number) => (s += w))(0));
  const total = cumulative.at(-1)!;
  const first = '2025-01-02';
  const span = dayNumber(today) - dayNumber(first);
  const refs = new Map<string, number>();
  const specs: ApplicationSpec[] = [];
  for (let n = 0; n < options.count; n++) {
    const r = random() * total;
    const agencyIndex = cumulative.findIndex((c) => r < c);
    const kind = random();
    const receivedOn = kind < 0.24
      ? workingDaysBefore(calendar, today, between(random, 0, 30))
      : nextWorkingDayOnOrAfter(calendar, formatDayNumber(dayNumber(first) + between(random, 0, span - 70)));
    const unconfirmed = kind >= 0.24 && kind < 0.25;
    const online = unconfirmed || random() < 0.45;
    const submittedOn = online ? workingDaysBefore(calendar, receivedOn, between(random, 0, 2)) : receivedOn;
    const events = unconfirmed ? [] : fullLedger(calendar, random, receivedOn).filter((e) => e.on <= today);
    const year = receivedOn.slice(0, 4);
    const key = `${agencyIndex}/${year}`;
    refs.set(key, (refs.get(key) ?? 0) + 1);
    const channel = online ? 'online' : (['inPerson', 'post', 'post', 'fax', 'other'] as const)[between(random, 0, 4)]!;
    const receipt: ReceiptFacts = { channel, on: receivedOn, ...(channel === 'post' ? { signedFor: random() < 0.7 } : {}), ...(channel === 'other' ? { note: '政务服务中心转来' } : {}) };
    const spec: ApplicationSpec = {
      agencyIndex,
      source: online ? 'online' : 'staff',
      submittedOn: unconfirmed ? workingDaysBefore(calendar, today, between(random, 0, 2)) : submittedOn,
      receipt: unconfirmed ? null : receipt,
      ref: !online && random() < 0.7 ? `${year}-${String(refs.get(key)).padStart(3, '0')}` : null,
      fields: applicantFields(random, n),
      events,
    };
    if (spec.receipt) {
      const issues = ledgerIssues(calendar, receivedOn, events, DEFAULT_CLOCK_OPTIONS);
      if (issues.length) throw new Error(`generator produced an invalid ledger: ${issues[0]!.message}`);
    }
    specs.push(spec);
  }
  return specs;
}
