import type { LocalDate } from '../shared/clock.ts';
import { ValidationError } from '../shared/errors.ts';
import { APPLICANT_TYPES, OUTCOME_KEYS, type ApplicantType, type OutcomeKey } from './vocabulary.ts';

/** One cell row of table 三: the six applicant columns plus 总计. */
export type Table3Row = Record<ApplicantType | 'total', number>;

export type Table3RowKey = 'newReceived' | 'carriedOver' | OutcomeKey | 'total' | 'carriedForward';

/** Table 三 in the order of the 2021 format (applications-contract.md §4). */
export const TABLE3_ROW_KEYS: readonly Table3RowKey[] = ['newReceived', 'carriedOver', ...OUTCOME_KEYS, 'total', 'carriedForward'];

export type Table3 = Record<Table3RowKey, Table3Row>;

/** What table 三 needs of one application: nothing personal. */
export interface CountedApplication {
  /** The original date of receipt (条例第三十一条), not a restart after 补正. */
  receivedOn: LocalDate;
  applicantType: ApplicantType;
  closedOn: LocalDate | null;
  outcome: OutcomeKey | null;
}

export function emptyTable3Row(): Table3Row {
  return { naturalPerson: 0, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0, total: 0 };
}

/**
 * Table 三 of `year` by the contract's counting rules (§4): new = received in the year;
 * carried over = received before it and not closed before 1 January; one outcome row per
 * application closed in the year; carried forward = received by 31 December, not closed by
 * then. R1 (一+二 = 三（七）+ 四) and R2/R3 hold by construction.
 */
export function countTable3(applications: Iterable<CountedApplication>, year: number): Table3 {
  const table = Object.fromEntries(TABLE3_ROW_KEYS.map((key) => [key, emptyTable3Row()])) as Table3;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const add = (row: Table3RowKey, type: ApplicantType) => {
    table[row][type]++;
    table[row].total++;
  };
  for (const a of applications) {
    if (a.receivedOn > last) continue;
    if (a.receivedOn >= first) add('newReceived', a.applicantType);
    else if (a.closedOn === null || a.closedOn >= first) add('carriedOver', a.applicantType);
    else continue;
    if (a.closedOn !== null && a.closedOn <= last) {
      if (a.outcome === null) throw new ValidationError(`已办结的申请缺少办理结果（收到日期 ${a.receivedOn}）`);
      add(a.outcome, a.applicantType);
      add('total', a.applicantType);
    } else add('carriedForward', a.applicantType);
  }
  return table;
}

export { APPLICANT_TYPES };
