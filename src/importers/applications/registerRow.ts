import type { ApplicantDetails, ApplicationEvent, ApplicationRecord } from '../../domain/applications/application.ts';
import { canonicalLedger } from '../../domain/applications/ledgerOrder.ts';
import { cellValues, DATE_LIST_SEPARATORS, parseRegisterDate } from './registerDates.ts';
import { exportHeader, type RegisterColumn } from './registerHeaders.ts';
import { issueAt, spreadsheetPlace, type RegisterIssue } from './registerIssues.ts';
import type { RegisterRow } from './registerGrid.ts';
import { applicantTypeOfText, channelOfText, consultationKindOfText, deliveryFormOfText, idTypeOfText, outcomeOfText } from './registerTexts.ts';

/** Reads one 台账 row; every problem is an issue naming the row and the column's header. */
export function readRegisterRow({ row, cells }: RegisterRow): { record: ApplicationRecord | null; issues: RegisterIssue[] } {
  const issues: RegisterIssue[] = [];
  const report = (column: RegisterColumn, problem: string) => issues.push(issueAt(spreadsheetPlace, row, cells.ref, exportHeader(column), problem));
  const text = (column: RegisterColumn) => cells[column]?.trim() ?? '';
  const required = (column: RegisterColumn) => text(column) || (report(column, '不能为空'), '');
  const dates = (column: RegisterColumn) => cellValues(text(column), DATE_LIST_SEPARATORS).map((value) => parseRegisterDate(value) ?? (report(column, `“${value}”不是可识别的日期（如 2025-09-26、2025/9/26、2025年9月26日）`), ''));
  const mapped = <T>(column: RegisterColumn, read: (value: string) => T | null, fallback: T | null, what: string): T | null => {
    const value = text(column);
    if (!value) return fallback ?? (report(column, '不能为空'), null);
    return read(value) ?? (report(column, `“${value}”不是可识别的${what}`), null);
  };

  const receivedText = required('receivedOn');
  const receivedOn = receivedText ? dates('receivedOn')[0] ?? '' : '';
  const applicantType = mapped('applicantType', applicantTypeOfText, null, '申请人类型（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）');
  // A register without the column, or an empty cell, records no channel or form: 其他 (not recorded), not a guess.
  const channel = mapped('channel', channelOfText, 'other', '申请方式（当面、信件、网上、传真、其他）');
  const deliveryForm = mapped('deliveryForm', deliveryFormOfText, 'other', '获取方式（纸质、电子、电子邮件、当场阅读、其他）');
  const idType = text('idType') ? mapped('idType', idTypeOfText, null, '证件类型') : null;
  const applicant: ApplicantDetails = { name: required('applicantName') };
  for (const key of ['idNumber', 'phone', 'address', 'email', 'contactName'] as const) if (text(key)) applicant[key] = text(key);
  if (idType) applicant.idType = idType;
  const request = required('request');
  const events = readEvents(cells, dates, report);
  if (issues.length || !applicantType || !channel || !deliveryForm) return { record: null, issues };
  const record: ApplicationRecord = { receivedOn, channel, applicantType, applicant, request, deliveryForm, events: canonicalLedger(events) };
  return { record: text('ref') ? { ref: text('ref'), ...record } : record, issues };
}

type Dates = (column: RegisterColumn) => string[];
type Report = (column: RegisterColumn, problem: string) => void;

/** The ledger a row's date columns describe (contract §2–§3). */
function readEvents(cells: RegisterRow['cells'], dates: Dates, report: Report): ApplicationEvent[] {
  // “—” keeps a place in a list cell (a consultation without a named party).
  const values = (column: RegisterColumn) => cellValues(cells[column] ?? '').map((value) => (/^[—-]+$/.test(value) ? '' : value));
  const events: ApplicationEvent[] = [];
  const period = Number(values('correctionPeriod')[0]);
  for (const on of dates('correctionRequested')) events.push({ type: 'correctionRequested', on, ...(period > 0 ? { periodWorkingDays: period } : {}) });
  for (const on of dates('correctionReceived')) events.push({ type: 'correctionReceived', on });
  const parties = values('consultationParty');
  const kinds = values('consultationKind');
  const ends = dates('consultationEnded');
  const starts = dates('consultationStarted');
  if (ends.length > starts.length) report('consultationEnded', '结束日期多于开始日期');
  starts.forEach((on, i) => {
    const kind = kinds[i] ? consultationKindOfText(kinds[i]!) : 'thirdParty';
    if (!kind) report('consultationKind', `“${kinds[i]}”不是可识别的征求意见类型（第三方、共同制作机关）`);
    events.push({ type: 'consultationStarted', on, ...(parties[i] ? { party: parties[i] } : {}), kind: kind ?? 'thirdParty' });
    if (ends[i]) events.push({ type: 'consultationEnded', on: ends[i]!, ...(parties[i] ? { party: parties[i] } : {}) });
  });
  const days = values('extensionDays');
  const approvers = values('approvedBy');
  const extendedOn = dates('extendedOn');
  extendedOn.forEach((on, i) => {
    const workingDays = Number(days[i]?.replace(/个?工作日|天|日/g, ''));
    if (!Number.isInteger(workingDays) || workingDays <= 0) report('extensionDays', `第${i + 1}次延期的延长天数“${days[i] ?? ''}”应为正整数`);
    events.push({ type: 'extended', on, workingDays, ...(approvers[i] ? { approvedBy: approvers[i] } : {}) });
  });
  if (days.length > extendedOn.length) report('extendedOn', '填写了延长天数，但缺少延期日期');
  const amount = Number(values('feeAmount')[0]);
  for (const on of dates('feeNotifiedOn')) events.push({ type: 'feeNotified', on, ...(amount >= 0 && values('feeAmount').length ? { amount } : {}) });
  for (const on of dates('feePaidOn')) events.push({ type: 'feePaid', on });
  const until = dates('delayedUntil')[0];
  for (const on of dates('delayedOn')) events.push({ type: 'delayed', on, ...(until ? { until } : {}) });
  events.push(...closing(cells, dates, report));
  return events.filter((event) => event.on !== '');
}

function closing(cells: RegisterRow['cells'], dates: Dates, report: Report): ApplicationEvent[] {
  const on = dates('answeredOn')[0];
  const text = cells.outcome?.trim() ?? '';
  if (!on && !text) return [];
  if (!on) return (report('answeredOn', `填写了办理结果“${text}”，但缺少答复日期`), []);
  if (!text) return (report('outcome', `填写了答复日期 ${on}，但缺少办理结果`), []);
  const outcome = outcomeOfText(text);
  if (!outcome) return (report('outcome', `“${text}”不是可识别的办理结果（如 予以公开、部分公开、不予公开（属于国家秘密）、本机关不掌握、逾期不补正、申请人撤回）`), []);
  return [outcome === 'withdrawn' ? { type: 'withdrawn', on } : { type: 'answered', on, outcome }];
}
