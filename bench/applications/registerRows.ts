/**
 * The rows the use cases write for one application, computed with the same domain functions
 * (submitOnlineApplication / registerApplication → storeApplication, confirmReceipt,
 * recordApplicationEvent → refreshClock): the `applications` row as it stands after the last
 * ledger event, its `application_events`, its two `deadlines` (answer period with the ledger,
 * 补正 notice) and the audit events — so the bench can load 100,000 of them in bulk.
 * test/applications/benchRows.test.ts checks them against the use cases.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { computeAnswerClock, type ClockOptions } from '../../src/domain/applications/answerClock.ts';
import { ANSWER_DEADLINE, answerClockRule, CORRECTION_NOTICE_DEADLINE } from '../../src/domain/applications/answerDeadline.ts';
import { validateApplicationInput } from '../../src/domain/applications/applicationInput.ts';
import { receiptOf } from '../../src/domain/applications/receipt.ts';
import { statusOf } from '../../src/domain/applications/status.ts';
import { STATUTORY_RULES } from '../../src/domain/calendar/rules.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/workingCalendar.ts';
import type { Actor } from '../../src/domain/accounts/roles.ts';
import { dedupeKey, hashQueryCode, newQueryCode } from '../../src/app/applications/trackingCodes.ts';
import { describeEvent } from '../../src/app/applications/recordApplicationEvent.ts';
import type { AuditEventTable, Database } from '../../src/storage/schema.ts';
import type { ApplicationSpec } from './ledgers.ts';

export interface RegisterRows {
  application: Insertable<Database['applications']>;
  events: Insertable<Database['application_events']>[];
  deadlines: Insertable<Database['deadlines']>[];
  audits: Omit<Insertable<AuditEventTable>, 'id'>[];
  submission: Insertable<Database['application_submissions']> | null;
}

const at = (day: string, hour: number, minute = 0) => `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

export function registerRows(spec: ApplicationSpec, c: { agencyId: string; staff: Actor; trackingNo: string; calendar: WorkingCalendar; options: ClockOptions }): RegisterRows {
  const value = validateApplicationInput(spec.fields);
  const online = spec.source === 'online';
  const createdAt = at(spec.submittedOn, 1);
  const id = randomUUID();
  const audit = (actor: Actor | null, when: string, action: string, summary: string, after?: unknown) => ({
    at: when, actor_id: actor?.id ?? null, actor_name: actor?.name ?? '访客', action, entity_type: 'application', entity_id: id,
    agency_id: c.agencyId, summary, before_json: null, after_json: after === undefined ? null : JSON.stringify(after),
  });
  const label = `申请 ${c.trackingNo}`;
  const audits = [online
    ? audit(null, createdAt, 'application.submitted', `收到网上${label}，待确认收到`)
    : audit(c.staff, createdAt, 'application.registered', `登记${label}，收到日期 ${spec.receipt!.on}（${receiptOf(spec.receipt!).basis}）`)];
  const application: Insertable<Database['applications']> = {
    id, agency_id: c.agencyId, tracking_no: c.trackingNo, query_code_hash: hashQueryCode(newQueryCode()), ref: spec.ref, source: spec.source,
    channel: online ? 'online' : spec.receipt!.channel, applicant_type: value.applicantType, applicant_name: value.applicant.name,
    applicant_json: JSON.stringify(value.applicant), request_text: value.request, delivery_form: value.deliveryForm,
    delivery_json: JSON.stringify({ medium: value.medium, way: value.way }), submitted_at: online ? createdAt : null,
    received_on: null, received_basis: null, status: 'unconfirmed', due_on: null, provisional: 0, correction_notice_due: null, closed_on: null, outcome: null,
    handler_id: null, dedupe_key: online ? dedupeKey(c.agencyId, value.applicant.idNumber, value.applicant.name, value.request) : null,
    proactive_suggestion: null, archived_at: null, created_by: online ? null : c.staff.id, created_at: createdAt, updated_at: createdAt,
  };
  const submission = online ? { id: randomUUID(), source_key: `bench-${spec.agencyIndex}-${c.trackingNo}`, at: createdAt } : null;
  if (!spec.receipt) return { application, events: [], deadlines: [], audits, submission };

  const { receivedOn, basis } = receiptOf(spec.receipt);
  const startedAt = online ? at(receivedOn, 2) : createdAt;
  if (online) audits.push(audit(c.staff, startedAt, 'application.receipt_confirmed', `确认收到${label}：收到日期 ${receivedOn}，答复期限 ${computeAnswerClock(c.calendar, receivedOn, [], c.options).dueOn ?? '无'}`));
  const events = spec.events.map((event, i) => {
    const { type, on, ...data } = event;
    return { id: randomUUID(), application_id: id, seq: i + 1, type, on_date: on, data_json: JSON.stringify(data), recorded_by: c.staff.name, recorded_at: at(on, 3, i) };
  });
  spec.events.forEach((event, i) => {
    const due = computeAnswerClock(c.calendar, receivedOn, spec.events.slice(0, i + 1), c.options).dueOn;
    audits.push(audit(c.staff, events[i]!.recorded_at, `application.${event.type}`, `${label}：${describeEvent(event)}；答复期限 ${due ?? '（待补正）'}`, { event: { ...event, party: event.party ? '（已记录）' : undefined } }));
  });
  const clock = computeAnswerClock(c.calendar, receivedOn, spec.events, c.options);
  const lastAt = events.at(-1)?.recorded_at ?? startedAt;
  Object.assign(application, {
    received_on: receivedOn, received_basis: basis, status: statusOf(clock), due_on: clock.dueOn, provisional: clock.provisional ? 1 : 0,
    correction_notice_due: clock.correctionNoticeDue, closed_on: clock.closedOn, outcome: clock.outcome, updated_at: lastAt,
  });
  const deadline = (kind: { subjectType: string; label: string }, rule: unknown, due: string | null, provisional: boolean, settled: boolean) => ({
    id: randomUUID(), subject_type: kind.subjectType, subject_id: id, label: kind.label, agency_id: c.agencyId, rule_json: JSON.stringify(rule),
    start_date: receivedOn, due_date: due, provisional: provisional ? 1 : 0, computed_at: lastAt, created_at: startedAt, settled_at: settled ? lastAt : null,
  });
  const noticeSettled = spec.events.some((e) => e.type === 'correctionRequested') || clock.closedOn !== null;
  const deadlines = [
    deadline(ANSWER_DEADLINE, answerClockRule(spec.events, c.options), clock.dueOn, clock.provisional, clock.closedOn !== null),
    deadline(CORRECTION_NOTICE_DEADLINE, STATUTORY_RULES.correctionNotice, clock.correctionNoticeDue, clock.correctionNoticeProvisional, noticeSettled),
  ];
  return { application, events, deadlines, audits, submission };
}
