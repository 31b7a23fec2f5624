import type { ApplicationEvent, ApplicationRecord } from '../../domain/applications/application.ts';
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, DELIVERY_FORM_LABELS, ID_TYPE_LABELS, OUTCOMES, type IdType } from '../../domain/applications/vocabulary.ts';
import { orderEvents } from '../../domain/applications/answerClock.ts';
import { REGISTER_COLUMNS, type RegisterColumn } from '../../importers/applications/registerHeaders.ts';

/** The columns of an exported 台账, in order, with the headers the register reader knows (registerHeaders.ts). */
export const EXPORT_COLUMNS = Object.keys(REGISTER_COLUMNS) as RegisterColumn[];

/** Several values in one cell (two consultations, two extensions). */
const SEPARATOR = '；';
const KIND_TEXT = { thirdParty: '第三方', coMaker: '共同制作机关' } as const;

interface Consultation {
  start: ApplicationEvent;
  end: ApplicationEvent | null;
}

/** Pairs each consultation with its end, as the clock does: by party, else the earliest one open. Ended ones first. */
function consultations(events: readonly ApplicationEvent[]): Consultation[] {
  const pairs: Consultation[] = [];
  for (const event of events) {
    if (event.type === 'consultationStarted') pairs.push({ start: event, end: null });
    if (event.type !== 'consultationEnded') continue;
    const open = pairs.filter((p) => p.end === null);
    const pair = open.find((p) => event.party && p.start.party === event.party) ?? open[0];
    if (pair) pair.end = event;
  }
  return [...pairs.filter((p) => p.end), ...pairs.filter((p) => !p.end)];
}

/**
 * One application as a 台账 row, column by column (applications-contract.md §2 flattened):
 * labels in Chinese, dates YYYY-MM-DD, several consultations or extensions in one cell.
 * Staff-only: the applicant's personal data is included.
 */
export function registerRow(record: ApplicationRecord): Record<RegisterColumn, string> {
  const events = orderEvents(record.events);
  const of = (type: ApplicationEvent['type']) => events.filter((e) => e.type === type);
  const join = (values: readonly (string | number | undefined)[]) => values.map((v) => String(v ?? '')).join(SEPARATOR);
  const pairs = consultations(events);
  const extensions = of('extended');
  const closing = events.find((e) => e.type === 'answered' || e.type === 'withdrawn');
  const a = record.applicant;
  return {
    ref: record.ref ?? '',
    receivedOn: record.receivedOn,
    applicantName: a.name,
    applicantType: APPLICANT_TYPE_LABELS[record.applicantType],
    idType: a.idType ? (ID_TYPE_LABELS[a.idType as IdType] ?? a.idType) : '',
    idNumber: a.idNumber ?? '',
    contactName: a.contactName ?? '',
    phone: a.phone ?? '',
    address: a.address ?? '',
    email: a.email ?? '',
    request: record.request,
    channel: CHANNEL_LABELS[record.channel],
    deliveryForm: DELIVERY_FORM_LABELS[record.deliveryForm],
    correctionRequested: join(of('correctionRequested').map((e) => e.on)),
    correctionPeriod: String(of('correctionRequested')[0]?.periodWorkingDays ?? ''),
    correctionReceived: join(of('correctionReceived').map((e) => e.on)),
    consultationStarted: join(pairs.map((p) => p.start.on)),
    consultationEnded: join(pairs.filter((p) => p.end).map((p) => p.end!.on)),
    consultationParty: join(pairs.map((p) => p.start.party ?? '—')),
    consultationKind: join(pairs.map((p) => KIND_TEXT[p.start.kind ?? 'thirdParty'])),
    extendedOn: join(extensions.map((e) => e.on)),
    extensionDays: join(extensions.map((e) => e.workingDays)),
    approvedBy: join(extensions.map((e) => e.approvedBy ?? '—')),
    feeNotifiedOn: join(of('feeNotified').map((e) => e.on)),
    feeAmount: String(of('feeNotified')[0]?.amount ?? ''),
    feePaidOn: join(of('feePaid').map((e) => e.on)),
    delayedOn: join(of('delayed').map((e) => e.on)),
    delayedUntil: String(of('delayed')[0]?.until ?? ''),
    answeredOn: closing?.on ?? '',
    outcome: !closing ? '' : closing.type === 'withdrawn' ? '申请人撤回' : closing.outcome ? OUTCOMES[closing.outcome].label : '',
  };
}
