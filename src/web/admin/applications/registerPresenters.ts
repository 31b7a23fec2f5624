import type { RegisterQuery, RegisterRow } from '../../../app/applications/listApplications.ts';
import { STATUS_LABELS, type ApplicationStatus } from '../../../domain/applications/status.ts';
import { OUTCOMES } from '../../../domain/applications/vocabulary.ts';
import type { LocalDate } from '../../../domain/shared/clock.ts';

/** The register's query string, as typed in the filter form (strings; '' = not set). */
export interface RegisterParams {
  agency: string;
  status: string;
  dueWithin: string;
  overdue: string;
  applicantType: string;
  outcome: string;
  q: string;
}

const PARAM_NAMES: readonly (keyof RegisterParams)[] = ['agency', 'status', 'dueWithin', 'overdue', 'applicantType', 'outcome', 'q'];

export function registerParamsOf(query: Record<string, unknown>): RegisterParams {
  const params = {} as RegisterParams;
  for (const name of PARAM_NAMES) params[name] = typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 100) : '';
  return params;
}

/** What listApplications understands; a due-within value that is not a whole number up to 60 is ignored. */
export function registerQueryOf(params: RegisterParams, page: number, pageSize: number): RegisterQuery {
  const due = /^\d{1,2}$/.test(params.dueWithin) ? Number(params.dueWithin) : undefined;
  return {
    status: params.status || undefined,
    dueWithin: due !== undefined && due <= 60 ? due : undefined,
    overdue: params.overdue === '1',
    applicantType: params.applicantType || undefined,
    outcome: params.outcome || undefined,
    q: params.q || undefined,
    page,
    pageSize,
  };
}

/** The register's URL for these filters (empty ones left out), for the pager and the dashboard links. */
export function registerHref(params: Partial<RegisterParams>, page = 1): string {
  const query = new URLSearchParams();
  for (const name of PARAM_NAMES) if (params[name]) query.set(name, params[name]!);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/applications?${text}` : '/admin/applications';
}

/** How urgent a due date looks: red when overdue, amber within 3 working days. */
export type DueTone = 'overdue' | 'soon' | null;

export interface RegisterLine {
  id: string;
  trackingNo: string;
  ref: string | null;
  receivedOn: string | null;
  applicantName: string;
  request: string;
  status: ApplicationStatus;
  statusLabel: string;
  dueOn: string | null;
  provisional: boolean;
  tone: DueTone;
  handlerName: string | null;
  outcomeLabel: string | null;
}

const OPEN = new Set<ApplicationStatus>(['processing', 'awaitingCorrection', 'consulting', 'awaitingPayment']);

/** A request cut to one readable line for the list (the case page has the whole text). */
export function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function dueToneOf(row: Pick<RegisterRow, 'overdue' | 'status' | 'dueOn'>, soonBy: LocalDate): DueTone {
  if (row.overdue) return 'overdue';
  if (OPEN.has(row.status) && row.dueOn && row.dueOn <= soonBy) return 'soon';
  return null;
}

export function presentRegisterRow(row: RegisterRow, soonBy: LocalDate, handlers: ReadonlyMap<string, string>): RegisterLine {
  return {
    id: row.id,
    trackingNo: row.trackingNo,
    ref: row.ref,
    receivedOn: row.receivedOn,
    applicantName: row.applicant.name,
    request: shorten(row.request),
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    dueOn: row.dueOn,
    provisional: row.provisional,
    tone: dueToneOf(row, soonBy),
    handlerName: row.handlerId ? (handlers.get(row.handlerId) ?? null) : null,
    outcomeLabel: row.outcome ? OUTCOMES[row.outcome].label : null,
  };
}
