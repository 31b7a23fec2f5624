/**
 * An INDEPENDENT count of annual-report table 三 from applications-contract.md §4, written from
 * the contract text and not from src/domain/applications/table3.ts:
 * newReceived = original receipt in the year; carriedOver = received before the year and not
 * closed before 1 January; one outcome row per application closed in the year; total = the
 * outcome rows added up; carriedForward = received by 31 December and not closed by then.
 */
import { referenceClosure, type ReferenceEvent } from './referenceAnswerClock.ts';

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legal', 'other'] as const;
/** Contract §1, in table order. */
const OUTCOME_ROWS = [
  'granted', 'partial',
  'withheld.stateSecret', 'withheld.lawProhibits', 'withheld.threeSecurities', 'withheld.thirdParty',
  'withheld.internalAffairs', 'withheld.processInfo', 'withheld.enforcementFile', 'withheld.administrativeQuery',
  'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclearAfterCorrection',
  'notProcessed.petition', 'notProcessed.repeat', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation',
  'other.noCorrection', 'other.feeUnpaid', 'other.other',
];

export interface ReferenceApplication {
  receivedOn: string;
  applicantType: string;
  events: readonly ReferenceEvent[];
}

export type ReferenceTable = Record<string, Record<string, number>>;

function zeroRow(): Record<string, number> {
  return Object.fromEntries([...COLUMNS, 'total'].map((column) => [column, 0]));
}

export function referenceTable3(applications: readonly ReferenceApplication[], year: number): ReferenceTable {
  const rows = ['newReceived', 'carriedOver', ...OUTCOME_ROWS, 'total', 'carriedForward'];
  const table: ReferenceTable = Object.fromEntries(rows.map((row) => [row, zeroRow()]));
  const count = (row: string, column: string) => {
    table[row]![column]!++;
    table[row]!.total!++;
  };
  const yearOf = (date: string) => Number(date.slice(0, 4));
  for (const application of applications) {
    const { closedOn, outcome } = referenceClosure(application.events);
    const receivedYear = yearOf(application.receivedOn);
    const closedYear = closedOn === null ? null : yearOf(closedOn);
    if (receivedYear === year) count('newReceived', application.applicantType);
    if (receivedYear < year && (closedYear === null || closedYear >= year)) count('carriedOver', application.applicantType);
    if (closedYear === year) {
      if (outcome === null) throw new Error(`closed without an outcome: ${application.receivedOn}`);
      count(outcome, application.applicantType);
    }
    if (receivedYear <= year && (closedYear === null || closedYear > year)) count('carriedForward', application.applicantType);
  }
  for (const row of OUTCOME_ROWS) for (const column of [...COLUMNS, 'total']) table.total![column]! += table[row]![column]!;
  return table;
}
