/**
 * Seeded registers of 依申请公开 for the tests: N applications of one agency across a year
 * boundary, every outcome key of contract §1 at least once, 补正 (corrected and never
 * corrected), third-party and co-maker consultations (some overlapping, some still open),
 * extensions (≤ 20 working days, decided before the running due date), withdrawals, and
 * applications still open on the horizon. Valid ledgers only; invalidRegister breaks one.
 * Due dates while generating come from the independent reference, never from the domain.
 */
import type { ApplicationEvent, ApplicationRecord } from '../../src/domain/applications/application.ts';
import { canonicalLedger } from '../../src/domain/applications/ledgerOrder.ts';
import { APPLICANT_TYPES, CHANNELS, DELIVERY_FORMS, OUTCOME_KEYS, type OutcomeKey } from '../../src/domain/applications/vocabulary.ts';
import { generatedApplicant, integer, pick, seededRandom, type Random } from './generatedApplicants.ts';
import { referenceDueOn } from './referenceAnswerClock.ts';
import { plusDays, referencePlusWorkingDays, utcDate } from './referenceWorkingDays.ts';

export interface RegisterOptions {
  seed: number;
  count?: number;
  from?: string;
  to?: string;
  /** Events after this day have not happened yet: their applications stay open. */
  horizon?: string;
}

export interface GeneratedRegister {
  agency: string;
  applications: ApplicationRecord[];
  horizon: string;
}

export const GENERATED_AGENCY = '中卫市医疗保障局';
const THIRD_PARTIES = ['宁夏某某药业有限公司', '中卫市某某医院', '某某医疗器械有限公司'];
const CO_MAKERS = ['中卫市财政局', '中卫市卫生健康委员会'];
const APPROVERS = ['张主任', '李科长'];
const REQUESTS = ['2025年度定点医药机构名单', '医保基金结算情况', '某项目招标文件', '某药品集中采购价格', '某决定的文号及全文'];
/** Outcomes a random application may get; noCorrection only arises on the 补正 path. */
const RANDOM_OUTCOMES = OUTCOME_KEYS.filter((key) => key !== 'other.noCorrection' && key !== 'unavailable.unclearAfterCorrection');

const daysBetween = (a: string, b: string) => Math.round((utcDate(b).getTime() - utcDate(a).getTime()) / 86_400_000);
const latest = (events: readonly ApplicationEvent[], floor: string) => events.reduce((max, e) => (e.on > max ? e.on : max), floor);

/** A later day: mostly n working days on, sometimes n calendar days on (a weekend or a holiday). */
function later(random: Random, from: string, min: number, max: number): string {
  const n = integer(random, min, max);
  return random() < 0.3 ? plusDays(from, n) : referencePlusWorkingDays(from, n);
}

function consultations(random: Random, events: ApplicationEvent[], clockStart: string, force: boolean): void {
  if (!force && random() >= 0.25) return;
  const start = later(random, clockStart, 1, 8);
  const party = pick(random, THIRD_PARTIES);
  const end = later(random, start, 1, 15);
  events.push({ type: 'consultationStarted', on: start, party, kind: 'thirdParty' }, { type: 'consultationEnded', on: end, party });
  if (random() >= 0.4) return;
  // A co-maker consulted while the third party still has the file: the pauses overlap.
  const second = plusDays(start, integer(random, 0, daysBetween(start, end)));
  const coMaker = pick(random, CO_MAKERS);
  events.push({ type: 'consultationStarted', on: second, party: coMaker, kind: 'coMaker' }, { type: 'consultationEnded', on: later(random, second, 1, 15), party: coMaker });
}

function extensions(random: Random, events: ApplicationEvent[], receivedOn: string, force: boolean): void {
  if (!force && random() >= 0.2) return;
  const parts = random() < 0.3 ? [integer(random, 1, 10), integer(random, 1, 10)] : [integer(random, 1, 20)];
  for (const workingDays of parts) {
    const last = latest(events, receivedOn);
    const running = referenceDueOn(receivedOn, canonicalLedger(events));
    if (running === null || running <= last) return;
    // 条例第三十三条: decided (and approved) before the running due date.
    const on = plusDays(last, integer(random, 0, daysBetween(last, running) - 1));
    events.push({ type: 'extended', on, workingDays, approvedBy: pick(random, APPROVERS) });
  }
}

function closing(random: Random, events: ApplicationEvent[], receivedOn: string, outcome: OutcomeKey, withdraw: boolean): void {
  const last = latest(events, receivedOn);
  const due = referenceDueOn(receivedOn, canonicalLedger(events)) ?? last;
  const late = random() < 0.12;
  let on = late ? plusDays(due, integer(random, 1, 10)) : plusDays(due, -integer(random, 0, 12));
  if (on < last) on = last;
  events.push(withdraw ? { type: 'withdrawn', on } : { type: 'answered', on, outcome });
}

/** The ledger of one application; `forced` picks its outcome (or a withdrawal) for coverage. */
function ledger(random: Random, receivedOn: string, forced: OutcomeKey | 'withdrawn' | null): ApplicationEvent[] {
  const events: ApplicationEvent[] = [];
  let clockStart = receivedOn;
  const needsCorrection = forced === 'other.noCorrection' || forced === 'unavailable.unclearAfterCorrection';
  if (needsCorrection || (forced === null && random() < 0.18)) {
    const requested = referencePlusWorkingDays(receivedOn, integer(random, 1, 7));
    events.push({ type: 'correctionRequested', on: requested, periodWorkingDays: 15 });
    if (forced === 'other.noCorrection' || (forced === null && random() < 0.3)) {
      events.push({ type: 'answered', on: plusDays(requested, integer(random, 22, 40)), outcome: 'other.noCorrection' });
      return events;
    }
    clockStart = plusDays(requested, integer(random, 1, 20));
    events.push({ type: 'correctionReceived', on: clockStart });
  }
  if (forced === null && random() < 0.04) {
    // Still consulting on the horizon: the party has not answered, nothing else has happened.
    consultations(random, events, clockStart, true);
    return events.filter((event) => event.type !== 'consultationEnded');
  }
  consultations(random, events, clockStart, forced === 'withheld.thirdParty');
  extensions(random, events, receivedOn, forced === 'granted');
  const corrected = clockStart !== receivedOn;
  const outcome = forced && forced !== 'withdrawn' ? forced : corrected && random() < 0.15 ? 'unavailable.unclearAfterCorrection' : pick(random, RANDOM_OUTCOMES);
  closing(random, events, receivedOn, outcome, forced === 'withdrawn' || (forced === null && random() < 0.05));
  return events;
}

export function generateRegister(options: RegisterOptions): GeneratedRegister {
  const { seed, count = 300, from = '2025-10-01', to = '2026-03-31', horizon = '2026-04-20' } = options;
  const random = seededRandom(seed);
  const span = daysBetween(from, to);
  const dates = Array.from({ length: count }, () => plusDays(from, integer(random, 0, span))).sort();
  const forcedOutcomes: (OutcomeKey | 'withdrawn')[] = [...OUTCOME_KEYS, 'withdrawn'];
  const serials = new Map<string, number>();
  const applications = dates.map((receivedOn, index): ApplicationRecord => {
    const applicantType = index < APPLICANT_TYPES.length ? APPLICANT_TYPES[index]! : pick(random, APPLICANT_TYPES);
    const year = receivedOn.slice(0, 4);
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    const events = ledger(random, receivedOn, forcedOutcomes[index] ?? null).filter((event) => event.on <= horizon);
    return {
      ref: `${year}-${String(serial).padStart(3, '0')}`,
      receivedOn,
      channel: pick(random, CHANNELS),
      applicantType,
      applicant: generatedApplicant(random, applicantType, index + 1),
      request: `申请公开${pick(random, REQUESTS)}（第${index + 1}件）`,
      deliveryForm: pick(random, DELIVERY_FORMS),
      events: canonicalLedger(events),
    };
  });
  return { agency: GENERATED_AGENCY, applications, horizon };
}
