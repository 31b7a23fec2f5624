import type { ApplicationRecord } from '../../domain/applications/application.ts';
import { identityNumberProblem } from '../../domain/applications/identity.ts';
import { ledgerIssues } from '../../domain/applications/ledgerRules.ts';
import { DEFAULT_CLOCK_OPTIONS, type ClockOptions } from '../../domain/applications/answerClock.ts';
import type { WorkingCalendar } from '../../domain/calendar/workingCalendar.ts';

/** One reason a register cannot be imported: the row (application number in a JSON file), the field, a Chinese message. */
export interface RegisterIssue {
  row: number | null;
  field: string;
  message: string;
}

/** What a register reader returns. A register with any issue imports nothing; the caller decides how to say so. */
export interface ImportedRegister {
  agency: string | null;
  records: ApplicationRecord[];
  issues: RegisterIssue[];
}

/** How an issue names its place: 第3行 in a spreadsheet, 第3件申请（编号 2025-017） in a JSON file. */
export type PlaceOf = (row: number, ref: string | undefined) => string;

export const spreadsheetPlace: PlaceOf = (row) => `第${row}行`;
export const jsonPlace: PlaceOf = (row, ref) => `第${row}件申请${ref ? `（编号 ${ref}）` : ''}`;

export function issueAt(place: PlaceOf, row: number, ref: string | undefined, field: string, problem: string): RegisterIssue {
  return { row, field, message: `${place(row, ref)}“${field}”：${problem}` };
}

/**
 * The rules every imported application must keep, whatever its file: the ledger rules the
 * staff screens obey too (条例第三十条、第三十三条; ledgerRules.ts), a valid document number
 * when its type says which check applies (GB 11643, GB 32100), and one application per 编号.
 */
export function recordIssues(
  calendar: WorkingCalendar,
  records: readonly { record: ApplicationRecord; row: number }[],
  place: PlaceOf,
  options: ClockOptions = DEFAULT_CLOCK_OPTIONS,
): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  const seenRefs = new Map<string, number>();
  for (const { record, row } of records) {
    for (const issue of ledgerIssues(calendar, record.receivedOn, record.events, options)) {
      issues.push(issueAt(place, row, record.ref, '办理记录', issue.message));
    }
    const { idType, idNumber } = record.applicant;
    const idProblem = idType && idNumber ? identityNumberProblem(idType, idNumber) : null;
    if (idProblem) issues.push(issueAt(place, row, record.ref, '证件号码', idProblem));
    if (record.ref) {
      const first = seenRefs.get(record.ref);
      if (first !== undefined) issues.push(issueAt(place, row, record.ref, '编号', `与${place(first, undefined)}的编号“${record.ref}”重复`));
      else seenRefs.set(record.ref, row);
    }
  }
  return issues;
}
